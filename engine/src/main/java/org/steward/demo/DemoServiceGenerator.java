package org.steward.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.steward.account.AssessmentFact;
import org.steward.account.InvoiceFact;
import org.steward.account.Segment;
import org.steward.account.TicketFact;
import org.steward.account.TicketPriority;
import org.steward.account.TicketStatus;

/**
 * How the vendor serves a demo account: support tickets (more of them, and high-priority ones left open for
 * more than a week, at declining and erratic accounts), invoices by billing cycle (a few overdue) and the CSM's
 * own assessments (some accounts have none yet, and CSMs are sometimes optimistic about a declining one).
 */
final class DemoServiceGenerator {

    private final long seed;

    DemoServiceGenerator(long seed) {
        this.seed = seed;
    }

    List<TicketFact> tickets(DemoAccount account, LocalDate today) {
        Dice dice = Dice.of(seed, account.index(), 4);
        int base = switch (account.fact().segment()) {
            case ENTERPRISE -> dice.between(2, 8);
            case MID_MARKET -> dice.between(1, 5);
            case SMB -> dice.between(0, 3);
        };
        boolean troubled = account.shape() == UsageShape.DECLINING || account.shape() == UsageShape.ERRATIC;
        int count = (int) Math.round(base * (troubled ? 1.7 : 1.0));
        LocalDate earliest = DemoUsageGenerator.later(today.minusDays(DemoUsageGenerator.DAYS), account.fact().contractStart());
        int span = (int) Math.max(1, ChronoUnit.DAYS.between(earliest, today));
        List<TicketFact> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate opened = today.minusDays(dice.between(1, span));
            int age = (int) ChronoUnit.DAYS.between(opened, today);
            TicketPriority priority = priority(dice);
            boolean done = age > 14 ? !dice.chance(0.08) || priority.compareTo(TicketPriority.HIGH) >= 0 : dice.chance(0.5);
            LocalDate resolved = done ? opened.plusDays(dice.between(0, Math.min(10, age - 1))) : null;
            TicketStatus status = !done ? (dice.chance(0.7) ? TicketStatus.OPEN : TicketStatus.PENDING)
                    : age > 30 ? TicketStatus.CLOSED : TicketStatus.RESOLVED;
            tickets.add(new TicketFact(account.id() + "-t" + (tickets.size() + 1), account.id(),
                    dice.pick(DemoNames.TICKET_SUBJECTS), priority, status, opened, resolved));
        }
        if (dice.chance(troubled ? 0.5 : 0.03)) {
            tickets.add(new TicketFact(account.id() + "-t" + (tickets.size() + 1), account.id(),
                    dice.pick(DemoNames.URGENT_SUBJECTS), dice.chance(0.6) ? TicketPriority.HIGH : TicketPriority.URGENT,
                    TicketStatus.OPEN, today.minusDays(dice.between(8, 25)), null));
        }
        return tickets;
    }

    private static TicketPriority priority(Dice dice) {
        double roll = dice.between(0.0, 1.0);
        return roll < 0.25 ? TicketPriority.LOW : roll < 0.75 ? TicketPriority.NORMAL
                : roll < 0.93 ? TicketPriority.HIGH : TicketPriority.URGENT;
    }

    List<InvoiceFact> invoices(DemoAccount account, LocalDate today) {
        Dice dice = Dice.of(seed, account.index(), 5);
        int months = switch (account.fact().attributes().get("billingCycle")) {
            case "monthly" -> 1;
            case "quarterly" -> 3;
            default -> 12;
        };
        BigDecimal amount = account.fact().arr().multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        int netDays = account.fact().segment() == Segment.ENTERPRISE ? 45 : 30;
        double overdueRate = switch (account.shape()) {
            case DECLINING -> 0.20;
            case ERRATIC -> 0.08;
            default -> 0.02;
        };
        boolean overdue = dice.chance(overdueRate);
        List<LocalDate> issues = new ArrayList<>();
        for (int k = 0; ; k++) {
            LocalDate issued = account.fact().contractStart().plusMonths((long) k * months);
            if (!issued.isBefore(today)) {
                break;
            }
            if (issued.isAfter(today.minusDays(365))) {
                issues.add(issued);
            }
        }
        LocalDate lastPastDue = issues.stream().filter(issued -> issued.plusDays(netDays).isBefore(today))
                .reduce((a, b) -> b).orElse(null);
        List<InvoiceFact> invoices = new ArrayList<>();
        for (LocalDate issued : issues) {
            LocalDate due = issued.plusDays(netDays);
            LocalDate paid;
            if (due.isBefore(today)) {
                boolean unpaid = overdue && issued.equals(lastPastDue) && due.isAfter(today.minusDays(75));
                LocalDate payday = issued.plusDays(dice.between(3, netDays + 12));
                paid = unpaid ? null : payday.isBefore(today) ? payday : today.minusDays(1);
            } else {
                long sinceIssue = ChronoUnit.DAYS.between(issued, today);
                paid = sinceIssue > 1 && dice.chance(0.35) ? issued.plusDays(dice.between(1, (int) sinceIssue - 1)) : null;
            }
            invoices.add(new InvoiceFact(account.id() + "-inv-" + issued, account.id(), amount, "USD", issued, due, paid));
        }
        return invoices;
    }

    List<AssessmentFact> assessments(DemoAccount account, LocalDate today) {
        Dice dice = Dice.of(seed, account.index(), 6);
        UsageShape shape = account.shape();
        if (dice.chance(shape == UsageShape.ONBOARDING ? 0.6 : 0.12)) {
            return List.of();
        }
        String csm = account.fact().csmOwner();
        LocalDate latestOn = today.minusDays(shape == UsageShape.ONBOARDING ? dice.between(1, 4) : dice.between(5, 60));
        boolean optimistic = shape == UsageShape.DECLINING && dice.chance(0.25);
        int latest = switch (shape) {
            case HEALTHY -> dice.between(7, 9);
            case GROWING -> dice.between(8, 10);
            case DECLINING -> optimistic ? 7 : dice.between(3, 6);
            case ERRATIC -> dice.between(4, 7);
            case ONBOARDING -> dice.between(6, 8);
        };
        String note = optimistic ? DemoNames.OPTIMISTIC_NOTE : dice.pick(DemoNames.ASSESSMENT_NOTES.get(shape));
        List<AssessmentFact> assessments = new ArrayList<>();
        if (shape != UsageShape.ONBOARDING && dice.chance(0.6)) {
            int previous = shape == UsageShape.DECLINING ? dice.between(7, 8)
                    : Math.max(1, Math.min(10, latest + dice.between(-1, 1)));
            assessments.add(new AssessmentFact(account.id(), latestOn.minusDays(dice.between(60, 90)), previous, csm, null));
        }
        assessments.add(new AssessmentFact(account.id(), latestOn, latest, csm, note));
        return assessments;
    }
}
