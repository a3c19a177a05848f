package org.steward.scoring.facts;

/** The account's lifecycle stage on the day scored and why. */
public record Lifecycle(LifecycleStage stage, String reason) {
}
