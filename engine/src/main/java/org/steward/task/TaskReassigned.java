package org.steward.task;

import java.time.Instant;

/** A team lead, CS director or admin reassigned a task ({@code delegated} is false), or its owner delegated it. */
public record TaskReassigned(String taskId, String playId, String from, String to, String by, boolean delegated, Instant at) {
}
