package org.steward.scoring.facts;

import java.time.LocalDate;

/**
 * Earlier health scores of the account: the latest score on or before 30, 60 and 90 days ago (null when
 * there is none), and the highest score of the last {@code recentDays} days (parameter
 * {@code trend.drop.days}) with its date (null when there is none).
 */
public record ScoreHistory(Integer score30, Integer score60, Integer score90, Integer recentPeak,
        LocalDate recentPeakOn, int recentDays) {
}
