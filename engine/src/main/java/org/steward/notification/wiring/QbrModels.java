package org.steward.notification.wiring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.steward.account.AccountOverviews;
import org.steward.account.AccountOverviews.AccountActivity;
import org.steward.account.AccountOverviews.AccountOverview;
import org.steward.account.AccountOverviews.UsageDay;
import org.steward.account.ContactFact;
import org.steward.account.TicketFact;
import org.steward.account.TicketPriority;
import org.steward.notification.CustomerAccount;
import org.steward.notification.CustomerContact;
import org.steward.notification.Measure;
import org.steward.notification.QbrModel;
import org.steward.notification.QbrModel.HealthPoint;
import org.steward.notification.QbrModel.NpsResponse;
import org.steward.notification.QbrModel.Tickets;
import org.steward.notification.QbrModel.UsagePoint;
import org.steward.notification.Signal;
import org.steward.scoring.AccountHealth;
import org.steward.scoring.CurrentHealth;
import org.steward.scoring.HealthAssessment;
import org.steward.system.web.NotFoundException;

/**
 * Gathers what a quarterly business review of one account draws on, as of today: usage per month over the
 * last three months (the current one included), one health score per day scored in the last 90 days, the
 * signals of the latest assessment, tickets (open now; opened in the quarter and how fast those were resolved)
 * and the NPS responses of the quarter. The review is addressed to the account's primary contact.
 */
@Component
public class QbrModels {

    static final int QUARTER_DAYS = 90;

    private final AccountOverviews accounts;
    private final AccountHealth health;
    private final Clock clock;

    QbrModels(AccountOverviews accounts, AccountHealth health, Clock clock) {
        this.accounts = accounts;
        this.health = health;
        this.clock = clock;
    }

    /** The QBR model of this account; 404 for an account Steward does not know. */
    public QbrModel forAccount(String externalId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate quarterStart = today.minusDays(QUARTER_DAYS);
        AccountOverview account = accounts.find(externalId, QUARTER_DAYS + 31)
                .orElseThrow(() -> new NotFoundException("account", externalId));
        AccountActivity activity = accounts.activitySince(externalId, quarterStart);
        CustomerAccount customer = new CustomerAccount(account.externalId(), account.name(), account.plan(), account.csmOwner(),
                account.renewalDate(), account.seatsPurchased());
        CustomerContact contact = account.primaryContact().map(QbrModels::contact).orElse(null);
        return new QbrModel(customer, contact, today, monthly(account.usage(), YearMonth.from(today).minusMonths(2)),
                healthSince(externalId, quarterStart, today), signals(externalId), tickets(account, activity),
                activity.npsResponses().stream().map(r -> new NpsResponse(r.respondedOn(), r.score(), name(account, r.contactExternalId()),
                        r.comment())).toList());
    }

    private static CustomerContact contact(ContactFact contact) {
        return new CustomerContact(contact.name(), contact.email(), contact.role(), contact.disc());
    }

    /** Average active users and seats in use per day with data, and API calls against the daily limit, per calendar month. */
    static List<UsagePoint> monthly(List<UsageDay> days, YearMonth first) {
        Map<YearMonth, List<UsageDay>> byMonth = new LinkedHashMap<>();
        days.stream().filter(day -> !YearMonth.from(day.date()).isBefore(first))
                .sorted(Comparator.comparing(UsageDay::date))
                .forEach(day -> byMonth.computeIfAbsent(YearMonth.from(day.date()), month -> new ArrayList<>()).add(day));
        List<UsagePoint> points = new ArrayList<>();
        byMonth.forEach((month, inMonth) -> {
            List<UsageDay> limited = inMonth.stream().filter(day -> day.apiLimit() != null && day.apiLimit() > 0).toList();
            Integer apiPercent = limited.isEmpty() ? null
                    : (int) Math.round(limited.stream().mapToDouble(day -> 100.0 * day.apiCalls() / day.apiLimit()).average().orElse(0));
            points.add(new UsagePoint(month.toString(), (int) Math.round(inMonth.stream().mapToInt(UsageDay::activeUsers).average().orElse(0)),
                    (int) Math.round(inMonth.stream().mapToInt(UsageDay::seatsUsed).average().orElse(0)), apiPercent));
        });
        return points;
    }

    /** The last assessment of each day, oldest first. */
    private List<HealthPoint> healthSince(String externalId, LocalDate from, LocalDate to) {
        Map<LocalDate, HealthPoint> byDay = new LinkedHashMap<>();
        health.history(externalId, from, to).stream()
                .sorted(Comparator.comparing((HealthAssessment a) -> a.assessment().asOf()).thenComparing(HealthAssessment::id))
                .forEach(a -> byDay.put(a.assessment().asOf(),
                        new HealthPoint(a.assessment().asOf(), a.assessment().score(), a.assessment().tier().name())));
        return List.copyOf(byDay.values());
    }

    private List<Signal> signals(String externalId) {
        return health.latest(externalId).map(CurrentHealth::assessment).map(HealthAssessment::assessment)
                .map(latest -> Stream.concat(latest.churnSignals().stream(), latest.expansionSignals().stream())
                        .map(s -> new Signal(s.code(), s.kind().name().toLowerCase(java.util.Locale.ROOT), s.summary(),
                                Measure.numbersOf(s.evidence())))
                        .toList())
                .orElse(List.of());
    }

    private static Tickets tickets(AccountOverview account, AccountActivity activity) {
        int open = account.openTickets().size();
        int openHigh = (int) account.openHighPriorityTickets();
        List<Long> daysToResolve = activity.ticketsOpened().stream().filter(t -> t.resolvedOn() != null)
                .map(t -> ChronoUnit.DAYS.between(t.openedOn(), t.resolvedOn())).sorted().toList();
        Integer median = daysToResolve.isEmpty() ? null : (int) Math.round(daysToResolve.size() % 2 == 1
                ? daysToResolve.get(daysToResolve.size() / 2)
                : (daysToResolve.get(daysToResolve.size() / 2 - 1) + daysToResolve.get(daysToResolve.size() / 2)) / 2.0);
        return new Tickets(open, openHigh, activity.ticketsOpened().size(), median);
    }

    private static String name(AccountOverview account, String contactExternalId) {
        return account.contacts().stream().filter(c -> c.externalId().equals(contactExternalId)).map(ContactFact::name)
                .findFirst().orElse(null);
    }
}
