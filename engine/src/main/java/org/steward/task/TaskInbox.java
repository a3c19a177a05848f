package org.steward.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.system.web.NotFoundException;
import org.steward.user.Role;

/** Reads tasks from Steward's task table: the inbox (by due date, paged) and single tasks. */
@Service
class TaskInbox {

    /** Whose tasks an inbox lists: held by me, offered to me among others, or of the team I lead. */
    enum Scope { ME, GROUP, TEAM }

    record Query(Scope scope, TaskStatus status, Boolean overdue, String accountExternalId, int page, int size) {
    }

    private final TaskRepository tasks;
    private final ObjectMapper json;
    private final Clock clock;

    TaskInbox(TaskRepository tasks, ObjectMapper json, Clock clock) {
        this.tasks = tasks;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TaskPage inbox(Caller caller, Query query) {
        if (query.scope() == Scope.TEAM && !caller.has(Role.TEAM_LEAD)) {
            throw new AccessDeniedException("Only team leads have a team inbox");
        }
        Instant now = clock.instant();
        Specification<Task> spec = scope(caller, query.scope()).and(filters(query, now));
        PageRequest page = PageRequest.of(query.page(), query.size(), Sort.by(Sort.Order.asc("dueAt"), Sort.Order.asc("id")));
        Page<Task> found = tasks.findAll(spec, page);
        List<TaskView> items = found.getContent().stream().map(task -> TaskView.of(task, now, json, false)).toList();
        return new TaskPage(items, query.page(), query.size(), found.getTotalElements());
    }

    @Transactional(readOnly = true)
    public TaskView get(Caller caller, String id) {
        Task task = tasks.findById(id).orElseThrow(() -> new NotFoundException("task", id));
        TaskAccess.requireVisible(caller, task);
        return TaskView.of(task, clock.instant(), json, true);
    }

    private static Specification<Task> scope(Caller caller, Scope scope) {
        String me = caller.username();
        return (root, q, cb) -> switch (scope) {
            case ME -> cb.equal(root.get("assignee"), me);
            case TEAM -> cb.equal(root.get("teamLead"), me);
            case GROUP -> cb.and(
                    cb.or(cb.isNull(root.get("assignee")), cb.notEqual(root.get("assignee"), me)),
                    cb.or(offered(root, q.subquery(String.class), cb, "candidates", List.of(me)),
                            offered(root, q.subquery(String.class), cb, "candidateGroups", List.copyOf(caller.roleNames()))));
        };
    }

    /** The task is offered to one of these users (or groups): {@code id in (select ... where candidate in (...))}. */
    private static Predicate offered(Root<Task> root, Subquery<String> ids, CriteriaBuilder cb, String collection, List<String> names) {
        if (names.isEmpty()) {
            return cb.disjunction();
        }
        Root<Task> other = ids.from(Task.class);
        Join<Task, String> candidate = other.join(collection);
        ids.select(other.get("id")).where(candidate.in(names));
        return root.get("id").in(ids);
    }

    private static Specification<Task> filters(Query query, Instant now) {
        return (root, q, cb) -> {
            Predicate where = query.status() != null ? cb.equal(root.get("status"), query.status()) : cb.isTrue(root.get("open"));
            if (Boolean.TRUE.equals(query.overdue())) {
                where = cb.and(where, cb.isTrue(root.get("open")), cb.lessThan(root.get("dueAt"), now));
            } else if (Boolean.FALSE.equals(query.overdue())) {
                where = cb.and(where, cb.or(cb.isNull(root.get("dueAt")), cb.greaterThanOrEqualTo(root.get("dueAt"), now)));
            }
            if (query.accountExternalId() != null) {
                where = cb.and(where, cb.equal(root.get("accountExternalId"), query.accountExternalId()));
            }
            return where;
        };
    }
}
