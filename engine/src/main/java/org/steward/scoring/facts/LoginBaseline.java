package org.steward.scoring.facts;

import java.time.LocalDate;

/**
 * The account's own normal: logins per week averaged over up to 90 days ({@code days}) that end just
 * before the most recent weekly windows the churn rules compare with it.
 */
public record LoginBaseline(double weeklyLogins, int days, LocalDate from, LocalDate to) {
}
