package org.steward.notification;

import java.time.Instant;

/**
 * The model of the task notices ({@code notice/task-assigned}, {@code notice/sla-lapsing},
 * {@code notice/escalated}): which task, on which account, due when; {@code lateBy} and {@code reason}
 * for escalations ("3 business days", "check-in SLA lapsed"); {@code from} who handed it over.
 */
public record TaskNotice(String taskId, String title, String accountName, String accountExternalId, String playbook,
                         Instant dueAt, String timeLeft, String lateBy, String reason, String from, String link) {
}
