package org.steward.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A task as the API shows it; {@code form} (what completing it takes) only on the single-task view. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TaskView(String id, String playId, String playKind, String name, String title, String instructions, String template,
                String context, String accountExternalId,
                TaskStatus status, String assignee, String substituteFor, Set<String> candidates, Set<String> candidateGroups,
                String teamLead, String sla, Instant dueAt, boolean overdue, Long overdueSeconds, Instant createdAt,
                Instant claimedAt, Instant startedAt, Instant endedAt, String completedBy, Map<String, Object> outcome,
                Long completedLateSeconds, boolean escalated, Escalation escalation, TaskForm form) {

    /** The latest escalation of the task: to whom, why, and how late the task was then. */
    record Escalation(EscalationLevel level, String reason, Instant at, Long lateSeconds) {
    }

    static TaskView of(Task task, Instant now, ObjectMapper json, boolean withForm) {
        boolean overdue = task.isOverdue(now);
        Escalation escalation = task.isEscalated()
                ? new Escalation(task.getEscalationLevel(), task.getEscalationReason(), task.getEscalatedAt(), task.getEscalationLateSeconds())
                : null;
        return new TaskView(task.getId(), task.getPlayId(), task.getPlayKind(), task.getName(), task.getTitle(),
                task.getInstructions(), task.getTemplate(), task.getContext(), task.getAccountExternalId(), task.getStatus(), task.getAssignee(), task.getSubstituteFor(),
                new TreeSet<>(task.getCandidates()), new TreeSet<>(task.getCandidateGroups()), task.getTeamLead(), task.getSla(),
                task.getDueAt(), overdue, overdue ? Duration.between(task.getDueAt(), now).toSeconds() : null,
                task.getCreatedAt(), task.getClaimedAt(), task.getStartedAt(), task.getEndedAt(), task.getCompletedBy(),
                outcome(task.getOutcomeJson(), json), task.getCompletedLateSeconds(), task.isEscalated(), escalation,
                withForm ? TaskForm.of(task.getName()) : null);
    }

    private static Map<String, Object> outcome(String text, ObjectMapper json) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored outcome is not JSON: " + text, e);
        }
    }
}
