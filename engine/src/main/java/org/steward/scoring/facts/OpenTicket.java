package org.steward.scoring.facts;

import java.time.LocalDate;

import org.steward.account.TicketPriority;

/** A support ticket not yet resolved or closed on the day scored; {@code ageDays} since it was opened. */
public record OpenTicket(String ticketId, TicketPriority priority, LocalDate openedOn, long ageDays) {
}
