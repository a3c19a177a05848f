package org.steward.scoring.facts;

import java.time.LocalDate;
import java.util.Set;

/**
 * Product usage of an account over one window. {@code index} 0 is the window ending on the day scored,
 * 1 the one before it, and so on. {@code complete} is false when the account's usage history starts
 * inside the window (only index 0 is then given). Days without a usage row count as days without
 * logins; {@code seatUtilisation} (seats used / seats purchased) and {@code apiUtilisation} (calls /
 * limit) are averages over the days that have a row.
 */
public record UsageWindow(
        WindowKind kind,
        int index,
        LocalDate from,
        LocalDate to,
        boolean complete,
        int daysWithData,
        long logins,
        double seatUtilisation,
        int distinctFeatures,
        Set<String> features,
        long apiCalls,
        long apiLimit,
        double apiUtilisation,
        int distinctTeams) {

    public UsageWindow {
        features = Set.copyOf(features);
    }
}
