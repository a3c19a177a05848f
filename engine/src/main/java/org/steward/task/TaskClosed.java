package org.steward.task;

import java.time.Instant;

/** A task was completed or cancelled. */
public record TaskClosed(String taskId, String playId, TaskStatus status, String by, Instant at) {
}
