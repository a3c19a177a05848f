package org.steward.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The model of the daily CSM digest ({@code digest/csm/daily}): that CSM's overdue tasks, tasks due soon,
 * and signals that fired on their accounts since the last digest. Gathering it is the task inbox's job.
 */
public record CsmDigest(String csm, LocalDate day, List<Task> overdue, List<Task> due, List<NewSignal> newSignals) {

    public CsmDigest {
        overdue = List.copyOf(overdue);
        due = List.copyOf(due);
        newSignals = List.copyOf(newSignals);
    }

    /** An open task: {@code lateBy} only for overdue ones ("2 business days"). */
    public record Task(String taskId, String title, String accountName, String accountExternalId, Instant dueAt, String lateBy, String link) {
    }

    /** A signal that fired on one of the CSM's accounts, with the account's tier now. */
    public record NewSignal(String accountName, String accountExternalId, String tier, Signal signal) {
    }
}
