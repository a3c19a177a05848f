package org.steward.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.steward.account.AccountFact;
import org.steward.account.AssessmentFact;
import org.steward.account.ContactFact;
import org.steward.account.InvoiceFact;
import org.steward.account.NpsFact;
import org.steward.account.Segment;
import org.steward.account.Seniority;
import org.steward.account.TicketFact;
import org.steward.account.TicketStatus;
import org.steward.scoring.facts.AccountProfile;
import org.steward.scoring.facts.Contact;
import org.steward.scoring.facts.CsmAssessment;
import org.steward.scoring.facts.LoginBaseline;
import org.steward.scoring.facts.NpsHistory;
import org.steward.scoring.facts.OpenTicket;
import org.steward.scoring.facts.OverdueInvoice;
import org.steward.scoring.facts.ScoreHistory;
import org.steward.scoring.facts.ScoringParameters;
import org.steward.scoring.facts.WindowKind;

/**
 * Turns an {@link AccountSnapshot} into the facts the rules read, as of the snapshot's day: the profile,
 * usage windows and login baseline (sizes from the parameters {@code usage.windows.*},
 * {@code usage.baseline.days}, {@code churn.logins.drop.weeks}), contacts with their seniority, tickets
 * still open, the latest two NPS responses, invoices overdue, the latest CSM assessment and the score
 * history, with the segment's parameters alongside. Pure Java; nothing is read from a database here.
 */
public final class FactAssembler {

    private FactAssembler() {
    }

    public static AccountFacts assemble(AccountSnapshot snapshot, ParameterSet parameterSet) {
        AccountFact account = snapshot.account();
        LocalDate asOf = snapshot.asOf();
        ScoringParameters parameters = parameterSet.forSegment(account.segment());
        List<Object> facts = new ArrayList<>();
        facts.add(AccountProfile.of(account.externalId(), account.segment(), account.plan(), account.arr(),
                account.seatsPurchased(), account.contractStart(), account.renewalDate(), asOf));
        addUsage(snapshot, parameters, facts);
        snapshot.contacts().forEach(contact -> facts.add(contact(contact)));
        snapshot.tickets().stream().filter(ticket -> isOpen(ticket, asOf))
                .forEach(ticket -> facts.add(new OpenTicket(ticket.externalId(), ticket.priority(), ticket.openedOn(),
                        ChronoUnit.DAYS.between(ticket.openedOn(), asOf))));
        addNps(snapshot, facts);
        snapshot.invoices().stream().filter(invoice -> isOverdue(invoice, asOf))
                .forEach(invoice -> facts.add(new OverdueInvoice(invoice.externalId(), invoice.amount(),
                        invoice.currency(), invoice.dueOn(), ChronoUnit.DAYS.between(invoice.dueOn(), asOf))));
        snapshot.assessments().stream().filter(assessment -> !assessment.assessedOn().isAfter(asOf))
                .max(Comparator.comparing(AssessmentFact::assessedOn))
                .ifPresent(latest -> facts.add(new CsmAssessment(latest.score(), latest.assessedOn(),
                        latest.assessedBy(), ChronoUnit.DAYS.between(latest.assessedOn(), asOf))));
        ScoreHistory history = history(snapshot.pastScores(), asOf, parameters.whole("trend.drop.days"));
        if (history != null) {
            facts.add(history);
        }
        facts.addAll(snapshot.userActivity());
        return new AccountFacts(account.externalId(), asOf, parameters, facts);
    }

    private static void addUsage(AccountSnapshot snapshot, ScoringParameters parameters, List<Object> facts) {
        int weeks = parameters.whole("usage.windows.weeks");
        int months = parameters.whole("usage.windows.months");
        int recentWeeks = parameters.whole("churn.logins.drop.weeks");
        int baselineDays = parameters.whole("usage.baseline.days");
        int lookback = lookback(parameters);
        UsageSeries series = new UsageSeries(snapshot.asOf(), snapshot.account().seatsPurchased(), snapshot.usage(),
                lookback, snapshot.usageSince());
        facts.addAll(series.windows(WindowKind.WEEK, weeks));
        facts.addAll(series.windows(WindowKind.MONTH, months));
        LoginBaseline baseline = series.baseline(recentWeeks, baselineDays);
        if (baseline != null) {
            facts.add(baseline);
        }
    }

    /**
     * How many days of usage, up to the day scored, the rules look at for any segment: the longest of the
     * weekly windows, the 30-day windows, and the recent weeks with the login baseline before them. Usage
     * older than this changes no assessment, so it need not be read.
     */
    public static int usageDays(ParameterSet parameterSet) {
        int days = 1;
        for (Segment segment : Segment.values()) {
            days = Math.max(days, lookback(parameterSet.forSegment(segment)));
        }
        return days;
    }

    private static int lookback(ScoringParameters parameters) {
        return Math.max(Math.max(parameters.whole("usage.windows.weeks") * 7, parameters.whole("usage.windows.months") * 30),
                parameters.whole("churn.logins.drop.weeks") * 7 + parameters.whole("usage.baseline.days"));
    }

    private static Contact contact(ContactFact contact) {
        return new Contact(contact.externalId(), contact.name(), contact.role(), Boolean.TRUE.equals(contact.champion()),
                Boolean.TRUE.equals(contact.active()), contact.disc(), Seniority.of(contact.role()));
    }

    /** Open on {@code day}: opened by then and not resolved by then (a closed ticket without a date counts as resolved). */
    static boolean isOpen(TicketFact ticket, LocalDate day) {
        if (ticket.openedOn().isAfter(day)) {
            return false;
        }
        if (ticket.resolvedOn() != null) {
            return ticket.resolvedOn().isAfter(day);
        }
        return ticket.status() != TicketStatus.RESOLVED && ticket.status() != TicketStatus.CLOSED;
    }

    static boolean isOverdue(InvoiceFact invoice, LocalDate day) {
        return !invoice.issuedOn().isAfter(day) && invoice.dueOn().isBefore(day)
                && (invoice.paidOn() == null || invoice.paidOn().isAfter(day));
    }

    private static void addNps(AccountSnapshot snapshot, List<Object> facts) {
        List<NpsFact> responses = snapshot.nps().stream().filter(nps -> !nps.respondedOn().isAfter(snapshot.asOf()))
                .sorted(Comparator.comparing(NpsFact::respondedOn).thenComparing(NpsFact::externalId).reversed())
                .toList();
        if (!responses.isEmpty()) {
            NpsFact latest = responses.get(0);
            NpsFact previous = responses.size() > 1 ? responses.get(1) : null;
            facts.add(new NpsHistory(latest.score(), latest.respondedOn(), previous == null ? null : previous.score(),
                    previous == null ? null : previous.respondedOn()));
        }
    }

    /** Null without any score before {@code asOf}. */
    static ScoreHistory history(List<PastScore> scores, LocalDate asOf, int recentDays) {
        List<PastScore> earlier = scores.stream().filter(score -> score.scoredOn().isBefore(asOf))
                .sorted(Comparator.comparing(PastScore::scoredOn).reversed()).toList();
        if (earlier.isEmpty()) {
            return null;
        }
        PastScore peak = earlier.stream().filter(score -> !score.scoredOn().isBefore(asOf.minusDays(recentDays)))
                .max(Comparator.comparingInt(PastScore::score).thenComparing(PastScore::scoredOn)).orElse(null);
        return new ScoreHistory(scoreOnOrBefore(earlier, asOf.minusDays(30)), scoreOnOrBefore(earlier, asOf.minusDays(60)),
                scoreOnOrBefore(earlier, asOf.minusDays(90)), peak == null ? null : peak.score(),
                peak == null ? null : peak.scoredOn(), recentDays);
    }

    private static Integer scoreOnOrBefore(List<PastScore> newestFirst, LocalDate day) {
        return newestFirst.stream().filter(score -> !score.scoredOn().isAfter(day)).map(PastScore::score)
                .findFirst().orElse(null);
    }
}
