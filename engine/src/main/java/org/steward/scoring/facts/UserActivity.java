package org.steward.scoring.facts;

/**
 * One user's activity in the week ending on the day scored, where product analytics reports per-user
 * usage: on how many days the user was active and how many distinct features they used.
 */
public record UserActivity(String userId, int activeDays, int distinctFeatures) {
}
