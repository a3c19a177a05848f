package org.steward.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.steward.account.Disc;

/** A red account of t-csm's whose champion is a D, with the usage drop and tickets that turned it red. */
public final class MessageFixtures {

    public static final String USAGE_DROP = "weekly active users fell 54 % over the last 30 days (52 \u2192 24)";

    private MessageFixtures() {
    }

    public static CustomerAccount redAccount(String csm) {
        return new CustomerAccount("RED-" + System.nanoTime(), "Globex Freight", "Enterprise", csm, LocalDate.of(2026, 11, 30), 120);
    }

    public static CustomerContact dChampion(String email) {
        return new CustomerContact("Morgan Hale", email, "COO", Disc.D);
    }

    public static CustomerMessage redSignals() {
        Signal usage = new Signal("usage-drop", "churn", "Weekly active users down 54 % in 30 days",
                List.of(Measure.of("weekly active users", 52, 24, "", "over the last 30 days")));
        Signal tickets = new Signal("ticket-spike", "churn", "Three high-priority tickets open",
                List.of(Measure.of("open high-priority tickets", 0, 3, "", "this month")));
        return new CustomerMessage(usage, List.of(tickets), List.of(), Map.of());
    }
}
