package org.steward.scoring;

import java.time.LocalDateTime;

/**
 * One account scored and ready to be stored: its internal id, the result, for an assessment its why already
 * written as JSON (done where the rules ran, in parallel, not by the single writer), and when its facts were read
 * (the database's clock, UTC).
 */
record Scored(long accountId, ScoringResult result, String detailJson, LocalDateTime factsReadAt) {
}
