package org.steward.escalation;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.task.Caller;
import org.steward.task.EscalationLevel;
import org.steward.user.Role;

/**
 * The escalation queue, oldest first. A team lead sees their own team's (the accounts they lead); CS directors and
 * admins see every team's, or one team's with {@code team}.
 */
@Service
class EscalationQueue {

    record Query(String team, EscalationStatus status, EscalationLevel level, int page, int size) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EscalationView(long id, EscalationKind kind, EscalationLevel level, EscalationStatus status, String playId,
                          String taskId, String taskName, String accountExternalId, String teamLead, String escalatedTo,
                          String reason, Instant dueAt, Long lateSeconds, Instant escalatedAt, Instant resolvedAt,
                          String resolution) {

        static EscalationView of(Escalation e) {
            return new EscalationView(e.getId(), e.getKind(), e.getLevel(), e.getStatus(), e.getPlayId(), e.getTaskId(),
                    e.getTaskName(), e.getAccountExternalId(), e.getTeamLead(), e.getEscalatedTo(), e.getReason(), e.getDueAt(),
                    e.getLateSeconds(), e.getCreatedAt(), e.getResolvedAt(), e.getResolution());
        }
    }

    record EscalationPage(List<EscalationView> items, int page, int size, long total) {
    }

    private final EscalationRepository escalations;

    EscalationQueue(EscalationRepository escalations) {
        this.escalations = escalations;
    }

    @Transactional(readOnly = true)
    EscalationPage list(Caller caller, Query query) {
        String team = query.team();
        if (!caller.seesEverything()) {
            if (!caller.has(Role.TEAM_LEAD)) {
                throw new AccessDeniedException("The escalation queue is for team leads and CS directors");
            }
            if (team != null && !team.equals(caller.username())) {
                throw new AccessDeniedException("A team lead sees the escalations of their own team only");
            }
            team = caller.username();
        }
        String teamLead = team;
        Specification<Escalation> spec = (root, q, cb) -> {
            Predicate where = cb.conjunction();
            if (teamLead != null) {
                where = cb.and(where, cb.equal(root.get("teamLead"), teamLead));
            }
            if (query.status() != null) {
                where = cb.and(where, cb.equal(root.get("status"), query.status()));
            }
            if (query.level() != null) {
                where = cb.and(where, cb.equal(root.get("level"), query.level()));
            }
            return where;
        };
        Page<Escalation> found = escalations.findAll(spec,
                PageRequest.of(query.page(), query.size(), Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"))));
        return new EscalationPage(found.getContent().stream().map(EscalationView::of).toList(), query.page(), query.size(),
                found.getTotalElements());
    }
}
