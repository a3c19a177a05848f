package org.steward.scoring;

import java.time.LocalDate;

/** A health score the account had on an earlier day, read from its stored assessments. */
public record PastScore(LocalDate scoredOn, int score) {
}
