package org.steward.escalation;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.task.EscalationLevel;

/** The open escalations of a team, for digests; no access checks. */
@Service
public class OpenEscalations {

    private final EscalationRepository escalations;

    OpenEscalations(EscalationRepository escalations) {
        this.escalations = escalations;
    }

    /** An open entry of the escalation queue: an SLA that lapsed ({@code taskId} set) or an account that turned red. */
    public record OpenEscalation(long id, String kind, EscalationLevel level, String playId, String taskId, String taskName,
                                 String accountExternalId, String escalatedTo, String reason, Instant dueAt, Long lateSeconds,
                                 Instant createdAt) {
    }

    /** The open escalations of the accounts this user leads, oldest first. */
    @Transactional(readOnly = true)
    public List<OpenEscalation> ofTeamLead(String teamLead) {
        return escalations.findByTeamLeadAndStatusOrderByCreatedAt(teamLead, EscalationStatus.OPEN).stream()
                .map(e -> new OpenEscalation(e.getId(), e.getKind().name(), e.getLevel(), e.getPlayId(), e.getTaskId(), e.getTaskName(),
                        e.getAccountExternalId(), e.getEscalatedTo(), e.getReason(), e.getDueAt(), e.getLateSeconds(), e.getCreatedAt()))
                .toList();
    }
}
