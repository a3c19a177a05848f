package org.steward.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.steward.account.AccountFact;
import org.steward.account.AssessmentFact;
import org.steward.account.ContactFact;
import org.steward.account.Disc;
import org.steward.account.InvoiceFact;
import org.steward.account.NpsFact;
import org.steward.account.Segment;
import org.steward.account.TicketFact;
import org.steward.account.TicketPriority;
import org.steward.account.TicketStatus;
import org.steward.account.UsageFact;
import org.steward.scoring.facts.UserActivity;

/**
 * The facts about one made-up account over time, scored as of any day: the built-in {@link CheckAccounts}
 * and the scoring tests are written with it. Defaults: a mid-market account on the growth plan with 100 seats.
 */
final class AccountHistory {

    static final List<String> FEATURES = List.of("dashboards", "reports", "alerts", "integrations", "api", "sso");

    private final String id;
    private Segment segment = Segment.MID_MARKET;
    private String plan = "growth";
    private int seats = 100;
    private LocalDate contractStart = LocalDate.of(2025, 9, 1);
    private LocalDate renewalDate = LocalDate.of(2027, 8, 31);
    private final List<ContactFact> contacts = new ArrayList<>();
    private final List<UsageFact> usage = new ArrayList<>();
    private final List<TicketFact> tickets = new ArrayList<>();
    private final List<NpsFact> nps = new ArrayList<>();
    private final List<InvoiceFact> invoices = new ArrayList<>();
    private final List<AssessmentFact> assessments = new ArrayList<>();
    private final List<PastScore> pastScores = new ArrayList<>();
    private final List<UserActivity> userActivity = new ArrayList<>();

    private AccountHistory(String id) {
        this.id = id;
    }

    static AccountHistory account(String id) {
        return new AccountHistory(id);
    }

    AccountHistory segment(Segment value) {
        segment = value;
        return this;
    }

    AccountHistory plan(String value) {
        plan = value;
        return this;
    }

    AccountHistory seats(int value) {
        seats = value;
        return this;
    }

    AccountHistory contract(LocalDate start, LocalDate renewal) {
        contractStart = start;
        renewalDate = renewal;
        return this;
    }

    AccountHistory contact(String contactId, String role, boolean champion, boolean active, Disc disc) {
        contacts.add(new ContactFact(contactId, id, "Name of " + contactId, contactId + "@example.com", role, champion,
                disc, active));
        return this;
    }

    /** One usage row a day from {@code from} to {@code to}, both included. */
    AccountHistory usage(LocalDate from, LocalDate to, Function<LocalDate, UsageFact> day) {
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            usage.add(day.apply(date));
        }
        return this;
    }

    /** Daily usage with the given logins and seats used, the standard features and an API at 20 % of its limit. */
    AccountHistory usage(LocalDate from, LocalDate to, int logins, int seatsUsed) {
        return usage(from, to, logins, seatsUsed, FEATURES);
    }

    AccountHistory usage(LocalDate from, LocalDate to, int logins, int seatsUsed, List<String> features) {
        return usage(from, to, date -> new UsageFact(id, date, seatsUsed, logins, features, 2_000L, 10_000L, seatsUsed,
                null));
    }

    AccountHistory ticket(String ticketId, TicketPriority priority, LocalDate openedOn, LocalDate resolvedOn) {
        tickets.add(new TicketFact(ticketId, id, "ticket " + ticketId, priority,
                resolvedOn == null ? TicketStatus.OPEN : TicketStatus.RESOLVED, openedOn, resolvedOn));
        return this;
    }

    AccountHistory nps(String responseId, int score, LocalDate on) {
        nps.add(new NpsFact(responseId, id, null, score, on, null));
        return this;
    }

    AccountHistory invoice(String invoiceId, LocalDate issuedOn, LocalDate dueOn, LocalDate paidOn) {
        invoices.add(new InvoiceFact(invoiceId, id, new BigDecimal("4000.00"), "EUR", issuedOn, dueOn, paidOn));
        return this;
    }

    AccountHistory assessment(int score, LocalDate on) {
        assessments.add(new AssessmentFact(id, on, score, "csm1", "note"));
        return this;
    }

    AccountHistory pastScore(LocalDate on, int score) {
        pastScores.add(new PastScore(on, score));
        return this;
    }

    AccountHistory userActivity(UserActivity activity) {
        userActivity.add(activity);
        return this;
    }

    AccountSnapshot on(LocalDate day) {
        AccountFact account = new AccountFact(id, "Account " + id, segment, plan, new BigDecimal("60000"), seats,
                contractStart, renewalDate, "csm1", "lead1", null);
        return new AccountSnapshot(day, account, contacts, usage, tickets, nps, invoices, assessments, pastScores,
                userActivity);
    }
}
