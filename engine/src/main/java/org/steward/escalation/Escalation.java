package org.steward.escalation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.steward.task.EscalationLevel;

/** One entry of the escalation queue. {@code dedupKey} is unique: each escalation happens once. */
@Entity
@Table(name = "escalation")
class Escalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key", nullable = false, unique = true)
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscalationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscalationLevel level;

    @Column(name = "play_id", nullable = false)
    private String playId;

    @Column(name = "task_id")
    private String taskId;

    @Column(name = "task_name")
    private String taskName;

    @Column(name = "account_external_id")
    private String accountExternalId;

    @Column(name = "team_lead")
    private String teamLead;

    @Column(name = "escalated_to", nullable = false)
    private String escalatedTo;

    @Column(nullable = false)
    private String reason;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "late_seconds")
    private Long lateSeconds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscalationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    private String resolution;

    protected Escalation() {
    }

    Escalation(String dedupKey, EscalationKind kind, EscalationLevel level, String playId, String taskId, String taskName,
               String accountExternalId, String teamLead, String escalatedTo, String reason, Instant dueAt, Long lateSeconds,
               Instant createdAt) {
        this.dedupKey = dedupKey;
        this.kind = kind;
        this.level = level;
        this.playId = playId;
        this.taskId = taskId;
        this.taskName = taskName;
        this.accountExternalId = accountExternalId;
        this.teamLead = teamLead;
        this.escalatedTo = escalatedTo;
        this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.dueAt = dueAt;
        this.lateSeconds = lateSeconds;
        this.status = EscalationStatus.OPEN;
        this.createdAt = createdAt;
    }

    void resolve(String resolution, Instant at) {
        if (status == EscalationStatus.OPEN) {
            this.status = EscalationStatus.RESOLVED;
            this.resolution = resolution.length() > 50 ? resolution.substring(0, 50) : resolution;
            this.resolvedAt = at;
        }
    }

    Long getId() {
        return id;
    }

    EscalationKind getKind() {
        return kind;
    }

    EscalationLevel getLevel() {
        return level;
    }

    String getPlayId() {
        return playId;
    }

    String getTaskId() {
        return taskId;
    }

    String getTaskName() {
        return taskName;
    }

    String getAccountExternalId() {
        return accountExternalId;
    }

    String getTeamLead() {
        return teamLead;
    }

    String getEscalatedTo() {
        return escalatedTo;
    }

    String getReason() {
        return reason;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Long getLateSeconds() {
        return lateSeconds;
    }

    EscalationStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }

    String getResolution() {
        return resolution;
    }
}
