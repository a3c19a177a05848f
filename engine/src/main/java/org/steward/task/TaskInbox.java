package org.steward.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;
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
        PageRequest page = PageRequest.of(query.page(), query.size(), Sort.by(Sort.Order.asc("dueAt"), Sort.Order.asc("id")));
        Page<Task> found = query.scope() == Scope.GROUP ? offered(caller, query, now, page)
                : tasks.findAll(scope(caller, query.scope()).and(filters(query, now)), page);
        List<TaskView> items = found.getContent().stream().map(task -> TaskView.of(task, now, json, false)).toList();
        return new TaskPage(items, query.page(), query.size(), found.getTotalElements());
    }

    /** The group inbox: tasks offered to the caller or their roles that someone else (or nobody) holds. */
    private Page<Task> offered(Caller caller, Query query, Instant now, PageRequest page) {
        String me = caller.username();
        Set<String> groups = caller.roleNames().isEmpty() ? Set.of("") : caller.roleNames();
        String status = query.status() == null ? null : query.status().name();
        List<Task> content = tasks.offeredPage(me, groups, status, query.overdue(), now, query.accountExternalId(),
                page.getPageSize(), page.getOffset());
        return PageableExecutionUtils.getPage(content, page,
                () -> tasks.countOffered(me, groups, status, query.overdue(), now, query.accountExternalId()));
    }

    @Transactional(readOnly = true)
    public TaskView get(Caller caller, String id) {
        Task task = tasks.findById(id).orElseThrow(() -> new NotFoundException("task", id));
        TaskAccess.requireVisible(caller, task);
        return TaskView.of(task, clock.instant(), json, true);
    }

    private static Specification<Task> scope(Caller caller, Scope scope) {
        String me = caller.username();
        return (root, q, cb) -> cb.equal(root.get(scope == Scope.ME ? "assignee" : "teamLead"), me);
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
