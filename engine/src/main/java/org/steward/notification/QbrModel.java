package org.steward.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * What a quarterly business review draws on: usage over recent months (oldest first), health history
 * (oldest first), current signals, support tickets, NPS responses (oldest first) and the renewal date
 * (on {@code account}). Gathering it from the account's facts and assessments is left to the caller.
 */
public record QbrModel(CustomerAccount account, CustomerContact contact, LocalDate asOf, List<UsagePoint> usage,
                       List<HealthPoint> health, List<Signal> signals, Tickets tickets, List<NpsResponse> nps) {

    public QbrModel {
        usage = List.copyOf(usage);
        health = List.copyOf(health);
        signals = List.copyOf(signals);
        nps = List.copyOf(nps);
    }

    /** Usage in one period (a month, "2026-01"): active users, seats in use and API calls as a share of the plan limit. */
    public record UsagePoint(String period, int activeUsers, int seatsUsed, Integer apiPercentOfLimit) {
    }

    public record HealthPoint(LocalDate date, int score, String tier) {
    }

    /** Support in the quarter: open tickets, of which high priority, opened in the quarter, median days to resolve. */
    public record Tickets(int open, int openHighPriority, int openedInQuarter, Integer medianDaysToResolve) {
    }

    public record NpsResponse(LocalDate date, int score, String contact, String comment) {
    }
}
