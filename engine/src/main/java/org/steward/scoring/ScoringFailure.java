package org.steward.scoring;

import java.time.LocalDate;

/**
 * An account the rule set could not score: the rule that failed (null when no single rule is to blame,
 * e.g. the rule set produced no health score) and why. The previous assessment stays current.
 */
public record ScoringFailure(String accountId, LocalDate asOf, String ruleName, String message)
        implements ScoringResult {
}
