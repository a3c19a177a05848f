package org.steward.scoring.facts;

/** A playbook the account qualifies for; the lowest {@code rank} wins (ranks are parameters). */
public record PlaybookCandidate(int rank, String playbookId, String reason) {
}
