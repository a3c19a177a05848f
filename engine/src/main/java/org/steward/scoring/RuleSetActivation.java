package org.steward.scoring;

import java.time.Instant;

/** A switch of the active rule-set version: to which, from which (null for the first), by whom and when. */
public record RuleSetActivation(int version, Integer previousVersion, Instant activatedAt, String activatedBy) {
}
