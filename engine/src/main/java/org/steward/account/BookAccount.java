package org.steward.account;

import java.time.LocalDate;
import java.util.List;

/**
 * One account with the facts of it a {@link FactWindow} selects, as {@link AccountBook} reads them: plain
 * records, in the shape integrations send them. {@code id} is Steward's internal key, ascending in the order
 * accounts are streamed; {@code firstUsage} is the day of the account's first usage row ever (null without
 * usage), which tells how far its history reaches when {@code usage} holds only the window's days.
 */
public record BookAccount(
        long id,
        AccountFact account,
        List<ContactFact> contacts,
        List<UsageFact> usage,
        List<TicketFact> tickets,
        List<NpsFact> nps,
        List<InvoiceFact> invoices,
        List<AssessmentFact> assessments,
        LocalDate firstUsage) {
}
