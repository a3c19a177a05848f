package org.steward.account;

import java.time.LocalDate;

/**
 * Which facts of an account matter on day {@code asOf}, for {@link AccountBook}: daily usage of the last
 * {@code usageDays} days up to {@code asOf}, tickets still open on {@code asOf}, invoices overdue on it, the
 * latest two NPS responses and the latest CSM assessment given by then, and every contact. Facts dated after
 * {@code asOf} are left out.
 */
public record FactWindow(LocalDate asOf, int usageDays) {

    public FactWindow {
        if (usageDays < 1) {
            throw new IllegalArgumentException("usageDays must be at least 1, was " + usageDays);
        }
    }

    /** The first day of usage read. */
    public LocalDate usageFrom() {
        return asOf.minusDays(usageDays - 1L);
    }
}
