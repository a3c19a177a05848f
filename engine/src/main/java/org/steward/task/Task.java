package org.steward.task;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/**
 * Steward's record of one user task: the engine's state copied by {@link TaskHistory}, plus what only Steward knows
 * (due date, start, outcome form, escalation). It outlives the jBPM task.
 */
@Entity
@Table(name = "play_task")
class Task {

    @Id
    private String id;

    @Column(name = "play_id", nullable = false)
    private String playId;

    @Column(name = "play_kind")
    private String playKind;

    @Column(name = "node_id", nullable = false)
    private String nodeId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String title;

    @Column(name = "account_external_id")
    private String accountExternalId;

    /** What to do, in the playbook variant's words (placeholders filled when the play started). */
    private String instructions;

    /** The message template (e.g. save/check-in) the task's customer message is drafted from. */
    private String template;

    /** What the task is about beyond its title: the latest assessment, the signal's talking point. */
    private String context;

    private String assignee;

    @Column(name = "substitute_for")
    private String substituteFor;

    @Column(name = "team_lead")
    private String teamLead;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;

    @Column(name = "is_open", nullable = false)
    private boolean open;

    private String sla;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "outcome_json")
    private String outcomeJson;

    @Column(name = "completed_late_seconds")
    private Long completedLateSeconds;

    private boolean escalated;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_level")
    private EscalationLevel escalationLevel;

    @Column(name = "escalation_reason")
    private String escalationReason;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "escalation_late_seconds")
    private Long escalationLateSeconds;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 200)
    @CollectionTable(name = "play_task_candidate", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "username")
    private Set<String> candidates = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 200)
    @CollectionTable(name = "play_task_candidate_group", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "group_name")
    private Set<String> candidateGroups = new HashSet<>();

    protected Task() {
    }

    Task(String id, String playId, String playKind, String nodeId, String name, Instant createdAt) {
        this.id = id;
        this.playId = playId;
        this.playKind = playKind;
        this.nodeId = nodeId;
        this.name = name;
        this.title = name;
        this.createdAt = createdAt;
        this.status = TaskStatus.READY;
        this.open = true;
    }

    /** Copies what the process gave the task; the due date is fixed once, from the SLA, at creation. */
    void describe(String title, String accountExternalId, String teamLead, String sla, Instant dueAt) {
        if (title != null) {
            this.title = title.length() > 255 ? title.substring(0, 255) : title;
        }

        this.accountExternalId = accountExternalId;
        this.teamLead = teamLead;
        if (this.sla == null && sla != null) {
            this.sla = sla;
            this.dueAt = dueAt;
        }
    }

    /** Copies the playbook's wording of the task and what it is about, when the process gave them. */
    void explain(String instructions, String template, String context) {
        if (instructions != null) {
            this.instructions = instructions;
        }
        if (template != null) {
            this.template = template.length() > 100 ? template.substring(0, 100) : template;
        }
        if (context != null) {
            this.context = context;
        }
    }

    /**
     * Copies who holds the task and who may take it, as the engine has it now. The assignee is the actual owner, or
     * the single user the task is offered to; {@code claimedAt} is set while someone owns it.
     */
    void assign(String owner, Set<String> users, Set<String> groups, Instant now) {
        if (owner == null) {
            claimedAt = null;
        } else if (claimedAt == null || !owner.equals(assignee)) {
            claimedAt = now;
        }
        if (startedBy != null && !startedBy.equals(owner)) {
            startedBy = null;
        }
        replace(candidates, users);
        replace(candidateGroups, groups);
        assignee = owner != null ? owner : users.size() == 1 ? users.iterator().next() : null;
        substituteFor = owner != null && users.size() == 1 && !users.contains(owner) ? users.iterator().next() : null;
    }

    /**
     * Copies the engine's state; a terminal state closes the task for good. A closed task is offered to nobody, which
     * keeps the candidate tables as small as the open work (the group inbox reads them).
     */
    void state(TaskStatus engineStatus, Instant now) {
        if (!open) {
            return;
        }
        if (engineStatus == TaskStatus.RESERVED && startedBy != null && startedBy.equals(assignee)) {
            status = TaskStatus.IN_PROGRESS;
        } else {
            status = engineStatus;
        }
        if (!engineStatus.isOpen()) {
            open = false;
            endedAt = now;
            candidates.clear();
            candidateGroups.clear();
            if (engineStatus == TaskStatus.COMPLETED && dueAt != null && now.isAfter(dueAt)) {
                completedLateSeconds = Duration.between(dueAt, now).toSeconds();
            }
        }
    }

    void start(String username, Instant now) {
        startedBy = username;
        startedAt = now;
        status = TaskStatus.IN_PROGRESS;
    }

    void recordOutcome(String json, String by) {
        outcomeJson = json;
        completedBy = by;
    }

    void escalate(EscalationLevel level, String reason, Instant at, Duration late) {
        escalated = true;
        escalationLevel = level;
        escalationReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        escalatedAt = at;
        escalationLateSeconds = late.isNegative() ? 0 : late.toSeconds();
    }

    boolean isOverdue(Instant now) {
        return open && dueAt != null && now.isAfter(dueAt);
    }

    private static void replace(Set<String> target, Set<String> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }

    String getId() {
        return id;
    }

    String getPlayId() {
        return playId;
    }

    String getPlayKind() {
        return playKind;
    }

    String getNodeId() {
        return nodeId;
    }

    String getName() {
        return name;
    }

    String getTitle() {
        return title;
    }

    String getAccountExternalId() {
        return accountExternalId;
    }

    String getInstructions() {
        return instructions;
    }

    String getTemplate() {
        return template;
    }

    String getContext() {
        return context;
    }

    String getAssignee() {
        return assignee;
    }

    String getSubstituteFor() {
        return substituteFor;
    }

    String getTeamLead() {
        return teamLead;
    }

    TaskStatus getStatus() {
        return status;
    }

    boolean isOpen() {
        return open;
    }

    String getSla() {
        return sla;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getClaimedAt() {
        return claimedAt;
    }

    String getStartedBy() {
        return startedBy;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getEndedAt() {
        return endedAt;
    }

    String getCompletedBy() {
        return completedBy;
    }

    String getOutcomeJson() {
        return outcomeJson;
    }

    Long getCompletedLateSeconds() {
        return completedLateSeconds;
    }

    boolean isEscalated() {
        return escalated;
    }

    EscalationLevel getEscalationLevel() {
        return escalationLevel;
    }

    String getEscalationReason() {
        return escalationReason;
    }

    Instant getEscalatedAt() {
        return escalatedAt;
    }

    Long getEscalationLateSeconds() {
        return escalationLateSeconds;
    }

    Set<String> getCandidates() {
        return Set.copyOf(candidates);
    }

    Set<String> getCandidateGroups() {
        return Set.copyOf(candidateGroups);
    }
}
