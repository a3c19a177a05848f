package org.steward.scoring;

import java.time.Duration;

/**
 * How long one account's evaluation by an authored rule set may take, and how much memory it may allocate,
 * before it is stopped and that account fails with the reason ({@code steward.scoring.rule-limits.*}).
 */
public record RuleLimits(Duration time, long memoryBytes) {

    public static final RuleLimits DEFAULT = new RuleLimits(Duration.ofMillis(300), 64L * 1024 * 1024);

    public RuleLimits {
        if (time == null || time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("the time limit of a rule evaluation must be positive");
        }
        if (memoryBytes <= 0) {
            throw new IllegalArgumentException("the memory limit of a rule evaluation must be positive");
        }
    }
}
