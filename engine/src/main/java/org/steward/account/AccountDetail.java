package org.steward.account;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An account with its contacts and latest facts: the rows of its latest usage day (one per team), open tickets
 * (OPEN or PENDING), the latest NPS response, unpaid invoices and the latest CSM assessment.
 */
record AccountDetail(
        @JsonUnwrapped AccountFact account,
        List<ContactFact> contacts,
        List<UsageFact> latestUsage,
        List<TicketFact> openTickets,
        NpsFact latestNps,
        List<InvoiceFact> unpaidInvoices,
        AssessmentFact latestAssessment) {
}
