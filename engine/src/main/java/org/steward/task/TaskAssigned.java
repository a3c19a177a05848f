package org.steward.task;

import java.time.Instant;

/**
 * A task was given to one person: a new task offered to a single user, a reassignment or delegation, or a
 * substitute taking over while its user is away. Not published when someone claims a task offered to several
 * people or groups (they took it themselves). Published in the transaction that changed the task.
 */
public record TaskAssigned(String taskId, String playId, String assignee, String previousAssignee, Instant at) {
}
