package org.steward.task;

/**
 * Where a task stands. READY: offered, nobody holds it; RESERVED: held by its assignee; IN_PROGRESS: the assignee
 * started it; COMPLETED: done with an outcome; CANCELLED: its play ended first (account recovered, play aborted).
 */
public enum TaskStatus {
    READY, RESERVED, IN_PROGRESS, COMPLETED, CANCELLED;

    public boolean isOpen() {
        return this == READY || this == RESERVED || this == IN_PROGRESS;
    }
}
