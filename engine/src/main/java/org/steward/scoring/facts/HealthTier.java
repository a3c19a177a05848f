package org.steward.scoring.facts;

/** The tier the account's health score falls in, with the threshold that placed it there. */
public record HealthTier(Tier tier, String reason) {
}
