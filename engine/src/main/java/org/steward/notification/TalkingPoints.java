package org.steward.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.steward.notification.QbrModel.HealthPoint;
import org.steward.notification.QbrModel.NpsResponse;
import org.steward.notification.QbrModel.UsagePoint;

/**
 * Chooses the three to five points a QBR should raise, by a fixed rule: every candidate below that holds
 * gets its weight; the five heaviest are raised, heaviest first (ties in the order listed); when fewer than
 * three hold, the fillers at the end make up the three.
 * <pre>
 *   renewal within 120 days                                   100
 *   health tier now RED                                         95
 *   health score fell 10+ points over the history               90
 *   active users fell 20 %+ (first to last usage period)        85
 *   a churn signal (each)                                       80
 *   latest NPS response 0–6 (detractor)                         80
 *   an open high-priority ticket                                75
 *   active users grew 20 %+                                     70
 *   seats in use 80 %+ of seats purchased                       65
 *   an expansion signal (each)                                  62
 *   health score rose 10+ points                                60
 *   API calls 80 %+ of the plan limit                           60
 *   latest NPS response 9–10 (promoter)                         55
 *   5+ open tickets (none high priority)                        50
 *   renewal in 121–180 days                                     40
 *   fillers: usage over the period 10, health now 9, goals for next quarter 1
 * </pre>
 */
public final class TalkingPoints {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final int MAX = 5;
    static final int MIN = 3;

    private TalkingPoints() {
    }

    public static List<TalkingPoint> choose(QbrModel m) {
        List<TalkingPoint> candidates = new ArrayList<>();
        renewal(m, candidates);
        health(m, candidates);
        usage(m, candidates);
        for (Signal s : m.signals()) {
            boolean churn = "churn".equalsIgnoreCase(s.kind());
            candidates.add(new TalkingPoint(churn ? "risk" : "expansion", s.title(), evidence(s), churn ? 80 : 62));
        }
        support(m, candidates);
        nps(m, candidates);
        List<TalkingPoint> chosen = new ArrayList<>(candidates.stream()
                .sorted(Comparator.comparingInt(TalkingPoint::weight).reversed()).limit(MAX).toList());
        for (TalkingPoint filler : fillers(m)) {
            if (chosen.size() >= MIN) {
                break;
            }
            chosen.add(filler);
        }
        return List.copyOf(chosen);
    }

    private static void renewal(QbrModel m, List<TalkingPoint> out) {
        if (m.account().renewalDate() == null || m.asOf() == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(m.asOf(), m.account().renewalDate());
        if (days >= 0 && days <= 180) {
            out.add(new TalkingPoint("renewal", "Renewal in " + days + " days",
                    "The contract renews on " + day(m.account().renewalDate()) + ": agree what the next term must deliver.", days <= 120 ? 100 : 40));
        }
    }

    private static void health(QbrModel m, List<TalkingPoint> out) {
        if (m.health().isEmpty()) {
            return;
        }
        HealthPoint first = m.health().get(0);
        HealthPoint last = m.health().get(m.health().size() - 1);
        if ("RED".equalsIgnoreCase(last.tier())) {
            out.add(new TalkingPoint("health", "Health is red at " + last.score(), "Score " + last.score() + " on " + day(last.date())
                    + "; agree a recovery plan with owners and dates.", 95));
        }
        int delta = last.score() - first.score();
        if (delta <= -10) {
            out.add(new TalkingPoint("health", "Health fell from " + first.score() + " to " + last.score(),
                    "Between " + day(first.date()) + " and " + day(last.date()) + ".", 90));
        } else if (delta >= 10) {
            out.add(new TalkingPoint("health", "Health rose from " + first.score() + " to " + last.score(),
                    "Between " + day(first.date()) + " and " + day(last.date()) + ": name what worked and keep it.", 60));
        }
    }

    private static void usage(QbrModel m, List<TalkingPoint> out) {
        if (m.usage().isEmpty()) {
            return;
        }
        UsagePoint first = m.usage().get(0);
        UsagePoint last = m.usage().get(m.usage().size() - 1);
        Measure users = Measure.of("active users", first.activeUsers(), last.activeUsers(), "", first.period() + " to " + last.period());
        if (users.change() != null && users.change() <= -20) {
            out.add(new TalkingPoint("usage", "Active users fell " + -users.change() + " %", first.activeUsers() + " in " + first.period()
                    + ", " + last.activeUsers() + " in " + last.period() + ": find out who stopped and why.", 85));
        } else if (users.change() != null && users.change() >= 20) {
            out.add(new TalkingPoint("usage", "Active users grew " + users.change() + " %", first.activeUsers() + " in " + first.period()
                    + ", " + last.activeUsers() + " in " + last.period() + ".", 70));
        }
        Integer seats = m.account().seatsPurchased();
        if (seats != null && seats > 0 && last.seatsUsed() * 100 >= seats * 80) {
            out.add(new TalkingPoint("seats", last.seatsUsed() + " of " + seats + " seats in use",
                    Math.round(last.seatsUsed() * 100f / seats) + " % utilisation in " + last.period() + ": plan the headroom before it runs out.", 65));
        }
        if (last.apiPercentOfLimit() != null && last.apiPercentOfLimit() >= 80) {
            out.add(new TalkingPoint("api", "API calls at " + last.apiPercentOfLimit() + " % of the plan limit",
                    "In " + last.period() + ": discuss the limit before calls are throttled.", 60));
        }
    }

    private static void support(QbrModel m, List<TalkingPoint> out) {
        if (m.tickets() == null) {
            return;
        }
        if (m.tickets().openHighPriority() > 0) {
            out.add(new TalkingPoint("support", m.tickets().openHighPriority() + " high-priority ticket(s) open",
                    m.tickets().open() + " open in all; bring the status and the owner of each.", 75));
        } else if (m.tickets().open() >= 5) {
            out.add(new TalkingPoint("support", m.tickets().open() + " tickets open", "Look for a common cause.", 50));
        }
    }

    private static void nps(QbrModel m, List<TalkingPoint> out) {
        if (m.nps().isEmpty()) {
            return;
        }
        NpsResponse latest = m.nps().get(m.nps().size() - 1);
        String who = latest.contact() == null ? "" : " from " + latest.contact();
        String comment = latest.comment() == null || latest.comment().isBlank() ? "" : ": \u201c" + latest.comment() + "\u201d";
        if (latest.score() <= 6) {
            out.add(new TalkingPoint("nps", "NPS " + latest.score() + who, "A detractor score on " + day(latest.date()) + comment, 80));
        } else if (latest.score() >= 9) {
            out.add(new TalkingPoint("nps", "NPS " + latest.score() + who, "A promoter on " + day(latest.date()) + comment
                    + " — ask for a reference or a case study.", 55));
        }
    }

    private static List<TalkingPoint> fillers(QbrModel m) {
        List<TalkingPoint> fillers = new ArrayList<>();
        if (!m.usage().isEmpty()) {
            UsagePoint first = m.usage().get(0);
            UsagePoint last = m.usage().get(m.usage().size() - 1);
            fillers.add(new TalkingPoint("usage", "Usage over the period", "Active users " + first.activeUsers() + " in " + first.period()
                    + ", " + last.activeUsers() + " in " + last.period() + ".", 10));
        }
        if (!m.health().isEmpty()) {
            HealthPoint last = m.health().get(m.health().size() - 1);
            fillers.add(new TalkingPoint("health", "Health now " + last.score() + " (" + last.tier() + ")", "As of " + day(last.date()) + ".", 9));
        }
        fillers.add(new TalkingPoint("goals", "Goals for next quarter", "Agree two or three measurable goals and who owns each.", 1));
        return fillers;
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String evidence(Signal s) {
        return String.join("; ", s.evidence().stream().map(Measure::summary).toList());
    }
}
