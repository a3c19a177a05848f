package org.steward.scoring.facts;

import java.time.LocalDate;

/** The account's latest NPS response and the one before it ({@code previous} null when there is none). */
public record NpsHistory(int latest, LocalDate latestOn, Integer previous, LocalDate previousOn) {
}
