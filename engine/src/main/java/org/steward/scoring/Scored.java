package org.steward.scoring;

/**
 * One account scored and ready to be stored: its internal id, the result, and for an assessment its why
 * already written as JSON (done where the rules ran, in parallel, not by the single writer).
 */
record Scored(long accountId, ScoringResult result, String detailJson) {
}
