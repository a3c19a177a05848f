package org.steward.scoring.facts;

import java.time.LocalDate;

/** The CSM's latest assessment of the account, 1 (about to churn) to 10 (thriving). */
public record CsmAssessment(int score, LocalDate assessedOn, String assessedBy, long ageDays) {
}
