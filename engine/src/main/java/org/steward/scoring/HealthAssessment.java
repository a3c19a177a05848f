package org.steward.scoring;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A stored assessment of an account with its why (see {@link AccountAssessment}: each layer's contribution,
 * notes such as a redistributed weight, the tier and its reason, the trend, every signal with its evidence,
 * lifecycle stage, primary contact, the chosen playbook with its reason, the rules that fired), the rule-set
 * version, when it was scored and the whole-book run it belongs to (null: scored alone when the account's
 * facts changed).
 */
public record HealthAssessment(
        long id,
        Instant scoredAt,
        Long runId,
        int ruleSetVersion,
        @JsonUnwrapped AccountAssessment assessment) {
}
