package org.steward.scoring;

/** What scoring one account gave: its assessment, or the failure that prevented it. */
public sealed interface ScoringResult permits AccountAssessment, ScoringFailure {

    String accountId();
}
