package org.steward.escalation;

import java.time.Duration;
import java.time.Instant;

import org.steward.task.EscalationLevel;

/** A task's SLA lapsed and the task was escalated to its team lead or the CS directors. */
public record TaskEscalated(long escalationId, String taskId, String playId, String taskName, String accountExternalId,
                            EscalationLevel level, String escalatedTo, String reason, Instant dueAt, Duration late, Instant at) {
}
