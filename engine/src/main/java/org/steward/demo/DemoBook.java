package org.steward.demo;

import java.time.LocalDate;
import java.util.List;

import org.steward.account.AccountFact;
import org.steward.account.AssessmentFact;
import org.steward.account.ContactFact;
import org.steward.account.InvoiceFact;
import org.steward.account.NpsFact;
import org.steward.account.TicketFact;
import org.steward.account.UsageFact;

/** A whole demo book as of {@code today}: accounts and every fact about them, ready to ingest. */
record DemoBook(LocalDate today, List<DemoAccount> accounts, List<ContactFact> contacts, List<UsageFact> usage,
                List<TicketFact> tickets, List<NpsFact> nps, List<InvoiceFact> invoices,
                List<AssessmentFact> assessments) {

    List<AccountFact> accountFacts() {
        return accounts.stream().map(DemoAccount::fact).toList();
    }
}
