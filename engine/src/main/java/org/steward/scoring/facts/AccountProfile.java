package org.steward.scoring.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.steward.account.Segment;

/**
 * The account as the rules see it on {@code asOf}, the day being scored. {@code daysToRenewal} is
 * negative once the renewal date has passed.
 */
public record AccountProfile(
        String accountId,
        Segment segment,
        String plan,
        BigDecimal arr,
        int seatsPurchased,
        LocalDate contractStart,
        LocalDate renewalDate,
        LocalDate asOf,
        long daysSinceStart,
        long daysToRenewal) {

    public static AccountProfile of(String accountId, Segment segment, String plan, BigDecimal arr,
            int seatsPurchased, LocalDate contractStart, LocalDate renewalDate, LocalDate asOf) {
        return new AccountProfile(accountId, segment, plan, arr, seatsPurchased, contractStart, renewalDate, asOf,
                ChronoUnit.DAYS.between(contractStart, asOf), ChronoUnit.DAYS.between(asOf, renewalDate));
    }
}
