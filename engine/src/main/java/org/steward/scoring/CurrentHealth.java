package org.steward.scoring;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An account's latest assessment and the day it entered its current tier (its first assessment in a row in it),
 * with the latest attempt to score the account that failed since that assessment was stored ({@code null} when
 * none did): a CSM sees why the health has not moved although the facts changed.
 */
public record CurrentHealth(LocalDate tierSince, @JsonUnwrapped HealthAssessment assessment, FailedScoring lastFailure) {

    /** An attempt to score the account as of {@code asOf} that failed: the rule that threw (null when none is to blame). */
    public record FailedScoring(LocalDate asOf, Long runId, String rule, String message, Instant failedAt) {
    }
}
