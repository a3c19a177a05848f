package org.steward.scoring;

import java.time.LocalDate;
import java.util.List;

import org.steward.account.AccountFact;
import org.steward.account.AssessmentFact;
import org.steward.account.ContactFact;
import org.steward.account.InvoiceFact;
import org.steward.account.NpsFact;
import org.steward.account.TicketFact;
import org.steward.account.UsageFact;
import org.steward.scoring.facts.UserActivity;

/**
 * Everything known about one account, to be scored as of {@code asOf}: the account facts as Steward
 * takes them in, earlier scores, and per-user activity where product analytics reports it. Facts dated
 * after {@code asOf} are ignored, so a history can be replayed day by day. {@code usageSince} is the day of
 * the account's first usage row when {@code usage} holds only the recent days the rules read (null: the
 * history starts with the first row given).
 */
public record AccountSnapshot(
        LocalDate asOf,
        AccountFact account,
        List<ContactFact> contacts,
        List<UsageFact> usage,
        List<TicketFact> tickets,
        List<NpsFact> nps,
        List<InvoiceFact> invoices,
        List<AssessmentFact> assessments,
        List<PastScore> pastScores,
        List<UserActivity> userActivity,
        LocalDate usageSince) {

    /** A snapshot whose usage list is the account's whole usage history. */
    public AccountSnapshot(LocalDate asOf, AccountFact account, List<ContactFact> contacts, List<UsageFact> usage,
            List<TicketFact> tickets, List<NpsFact> nps, List<InvoiceFact> invoices, List<AssessmentFact> assessments,
            List<PastScore> pastScores, List<UserActivity> userActivity) {
        this(asOf, account, contacts, usage, tickets, nps, invoices, assessments, pastScores, userActivity, null);
    }

    public AccountSnapshot {
        contacts = List.copyOf(contacts);
        usage = List.copyOf(usage);
        tickets = List.copyOf(tickets);
        nps = List.copyOf(nps);
        invoices = List.copyOf(invoices);
        assessments = List.copyOf(assessments);
        pastScores = List.copyOf(pastScores);
        userActivity = List.copyOf(userActivity);
    }

    /** The same account scored on another day. */
    public AccountSnapshot on(LocalDate day) {
        return new AccountSnapshot(day, account, contacts, usage, tickets, nps, invoices, assessments, pastScores,
                userActivity, usageSince);
    }
}
