package org.steward.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole-book scoring run: what started it ({@code MANUAL} through the API, {@code DAILY} by the daily
 * schedule), its state, the day scored, the rule-set version it keeps to its end, progress, assessments per
 * tier, failures (all counted; the first few with account, rule and message), and when it started, finished and
 * how long it took.
 */
public record ScoringRun(
        long id,
        String trigger,
        RunState state,
        LocalDate asOf,
        Integer ruleSetVersion,
        Progress progress,
        Tiers tiers,
        int failed,
        List<Failure> failures,
        String requestedBy,
        String node,
        String message,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Long durationMillis) {

    public enum RunState { QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    /** Accounts done (scored or failed) of the accounts the book had when the run started (null before). */
    public record Progress(int done, Integer total) {
    }

    public record Tiers(int green, int yellow, int red) {
    }

    /** An account the rules could not score; {@code rule} is null when no single rule is to blame. */
    public record Failure(String account, String rule, String message) {
    }
}
