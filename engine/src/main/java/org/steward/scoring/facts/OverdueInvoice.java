package org.steward.scoring.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice unpaid after its due date; {@code daysOverdue} counts from the due date to the day scored. */
public record OverdueInvoice(String invoiceId, BigDecimal amount, String currency, LocalDate dueOn,
        long daysOverdue) {
}
