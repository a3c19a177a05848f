package org.steward.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid rows of each kind, their external ids behind a prefix of their own so tests sharing a database do not meet. */
final class FactRows {

    static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";

    String id(String name) {
        return prefix + name;
    }

    AccountFact account(String name) {
        return new AccountFact(id(name), "Account " + name, Segment.MID_MARKET, "growth", new BigDecimal("48000.00"), 40,
                LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31), "t-csm", null, Map.of("region", "EMEA"));
    }

    ContactFact contact(String name, String account) {
        return new ContactFact(id(name), id(account), "Contact " + name, name + "@example.test", "VP Ops", true, Disc.D, true);
    }

    UsageFact usage(String account, LocalDate date) {
        return new UsageFact(id(account), date, 31, 120, List.of("reports", "api"), 9_000L, 10_000L, 35, null);
    }

    TicketFact ticket(String name, String account) {
        return new TicketFact(id(name), id(account), "Export fails", TicketPriority.HIGH, TicketStatus.OPEN, DAY, null);
    }

    NpsFact nps(String name, String account, String contact) {
        return new NpsFact(id(name), id(account), contact == null ? null : id(contact), 9, DAY, "Great support");
    }

    InvoiceFact invoice(String name, String account) {
        return new InvoiceFact(id(name), id(account), new BigDecimal("12000"), "EUR", DAY, DAY.plusDays(30), null);
    }

    AssessmentFact assessment(String account, LocalDate on) {
        return new AssessmentFact(id(account), on, 7, "t-csm", "Steady; champion engaged");
    }
}
