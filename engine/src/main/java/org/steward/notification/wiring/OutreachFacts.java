package org.steward.notification.wiring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.steward.account.AccountOverviews.AccountOverview;
import org.steward.account.AccountOverviews.UsageDay;
import org.steward.account.ContactFact;
import org.steward.account.Disc;
import org.steward.account.NpsFact;
import org.steward.notification.CustomerAccount;
import org.steward.notification.CustomerContact;
import org.steward.notification.CustomerMessage;
import org.steward.notification.Measure;
import org.steward.notification.Signal;

/**
 * Turns an account's facts into what a customer message quotes: active users and logins over the last period
 * against the one before, seat and API use, open high-priority tickets, the latest NPS response. A play's message
 * leads with the signal its kind is about (a save play with what fell, an expansion play with what grew); when the
 * facts hold nothing concrete for it there is no message, never a generic one.
 */
final class OutreachFacts {

    private final AccountOverview account;
    private final int days;
    private final String period;
    private final Measure activeUsers;
    private final Measure logins;
    private final Measure seats;
    private final Measure api;
    private final long highPriorityTickets;

    /** {@code overview} must hold usage for at least {@code 2 * days} days before its latest usage day (when there is some). */
    OutreachFacts(AccountOverview overview, int days) {
        this.account = overview;
        this.days = days;
        this.period = days % 7 == 0 ? "over the last " + (days / 7 == 1 ? "week" : days / 7 + " weeks") : "over the last " + days + " days";
        List<UsageDay> usage = overview.usage();
        List<UsageDay> current = List.of();
        List<UsageDay> previous = List.of();
        if (!usage.isEmpty()) {
            LocalDate latest = usage.get(usage.size() - 1).date();
            current = usage.stream().filter(d -> d.date().isAfter(latest.minusDays(days))).toList();
            previous = usage.stream().filter(d -> !d.date().isAfter(latest.minusDays(days)) && d.date().isAfter(latest.minusDays(2L * days))).toList();
        }
        this.activeUsers = current.isEmpty() ? null : Measure.of("average daily active users",
                previous.isEmpty() ? null : average(previous), average(current), "", period);
        this.logins = current.isEmpty() ? null : Measure.of("logins",
                previous.isEmpty() ? null : previous.stream().mapToLong(UsageDay::logins).sum(),
                current.stream().mapToLong(UsageDay::logins).sum(), "", period);
        UsageDay last = usage.isEmpty() ? null : usage.get(usage.size() - 1);
        Integer purchased = overview.seatsPurchased();
        this.seats = last == null || purchased == null || purchased == 0 ? null
                : Measure.now("seat utilisation", Math.round(last.seatsUsed() * 100f / purchased), "%",
                "(" + last.seatsUsed() + " of " + purchased + " seats)");
        this.api = last == null || last.apiLimit() == null || last.apiLimit() == 0 ? null
                : Measure.now("API calls", Math.round(last.apiCalls() * 100f / last.apiLimit()), "% of the plan limit", "on " + last.date());
        this.highPriorityTickets = overview.openHighPriorityTickets();
    }

    CustomerAccount customerAccount() {
        return new CustomerAccount(account.externalId(), account.name(), account.plan(), account.csmOwner(), account.renewalDate(),
                account.seatsPurchased());
    }

    /**
     * The contact a message addresses: the named one when active, else the primary contact. Its style is the
     * playbook variant when that is a DISC style, {@code neutral} when the variant says so, else the contact's own.
     */
    Optional<CustomerContact> contact(String contactExternalId, String variant) {
        Optional<ContactFact> named = contactExternalId == null ? Optional.empty() : account.activeContact(contactExternalId);
        return named.or(account::primaryContact).map(c -> new CustomerContact(c.name(), c.email(), c.role(), style(variant, c.disc())));
    }

    /** The message of a play of this kind ({@code save}, {@code renewal}, {@code expansion}; others get the churn view). */
    Optional<CustomerMessage> forPlay(String kind, String reason) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("period", period);
        extra.put("periodDays", days);
        if (reason != null) {
            extra.put("playReason", reason);
        }
        List<Signal> churn = churnSignals();
        List<Signal> growth = expansionSignals();
        return switch (kind) {
            case "expansion" -> growth.isEmpty() ? Optional.empty()
                    : Optional.of(new CustomerMessage(growth.get(0), growth.subList(1, growth.size()), highlights(), extra));
            case "renewal" -> churn.isEmpty() && highlights().isEmpty() ? Optional.empty()
                    : Optional.of(new CustomerMessage(churn.isEmpty() ? null : churn.get(0), churn.isEmpty() ? List.of() : churn.subList(1, churn.size()),
                            highlights(), extra));
            default -> churn.isEmpty() ? Optional.empty()
                    : Optional.of(new CustomerMessage(churn.get(0), churn.subList(1, churn.size()), List.of(), extra));
        };
    }

    /** What is at risk, most telling first: falling usage, open high-priority tickets, a detractor's NPS response. */
    List<Signal> churnSignals() {
        List<Signal> signals = new ArrayList<>();
        if (falling(activeUsers) || falling(logins)) {
            Measure lead = falling(activeUsers) ? activeUsers : logins;
            String title = cap(lead.label()) + " down " + Math.abs(lead.change()) + " % " + period;
            signals.add(new Signal("usage-drop", "churn", title, lead == activeUsers ? present(activeUsers, logins) : present(logins, activeUsers)));
        }
        if (highPriorityTickets > 0) {
            signals.add(new Signal("high-priority-tickets", "churn", highPriorityTickets == 1 ? "One high-priority ticket open"
                    : highPriorityTickets + " high-priority tickets open",
                    List.of(Measure.now("open high-priority tickets", highPriorityTickets, "", "right now"))));
        }
        NpsFact nps = account.latestNps();
        if (nps != null && nps.score() <= 6) {
            signals.add(new Signal("nps-detractor", "churn", "NPS score of " + nps.score() + " on " + nps.respondedOn(),
                    List.of(Measure.now("latest NPS score", nps.score(), "out of 10", "on " + nps.respondedOn()))));
        }
        return signals;
    }

    /** Room to grow, most telling first: seats nearly all in use, API calls near the plan limit, growing usage. */
    List<Signal> expansionSignals() {
        List<Signal> signals = new ArrayList<>();
        if (seats != null && seats.current().intValue() >= 80) {
            signals.add(new Signal("seat-utilisation", "expansion", "Seat utilisation at " + seats.current().intValue() + " %", List.of(seats)));
        }
        if (api != null && api.current().intValue() >= 80) {
            signals.add(new Signal("api-near-limit", "expansion", "API calls at " + api.current().intValue() + " % of the plan limit", List.of(api)));
        }
        if (rising(activeUsers) || rising(logins)) {
            Measure lead = rising(activeUsers) ? activeUsers : logins;
            signals.add(new Signal("usage-growth", "expansion", cap(lead.label()) + " up " + lead.change() + " % " + period,
                    lead == activeUsers ? present(activeUsers, logins) : present(logins, activeUsers)));
        }
        return signals;
    }

    /** What went well, for renewal messages: usage that grew or held, seats in use. */
    List<Measure> highlights() {
        List<Measure> out = new ArrayList<>();
        for (Measure m : new Measure[] {activeUsers, logins}) {
            if (m != null && !falling(m)) {
                out.add(m);
            }
        }
        if (seats != null) {
            out.add(seats);
        }
        return out;
    }

    private static Disc style(String variant, Disc own) {
        if ("neutral".equalsIgnoreCase(variant)) {
            return null;
        }
        if (variant != null) {
            for (Disc d : Disc.values()) {
                if (d.name().equalsIgnoreCase(variant)) {
                    return d;
                }
            }
        }
        return own;
    }

    private static boolean falling(Measure m) {
        return m != null && m.change() != null && m.change() < 0;
    }

    private static boolean rising(Measure m) {
        return m != null && m.change() != null && m.change() > 0;
    }

    private static List<Measure> present(Measure first, Measure second) {
        return second == null ? List.of(first) : List.of(first, second);
    }

    private static double average(List<UsageDay> days) {
        return Math.round(days.stream().mapToInt(UsageDay::activeUsers).average().orElse(0) * 10) / 10.0;
    }

    private static String cap(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
