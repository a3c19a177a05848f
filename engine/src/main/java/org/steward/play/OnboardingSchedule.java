package org.steward.play;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

import org.steward.system.calendar.StewardBusinessCalendar;

/**
 * The fixed moments of an onboarding play: when each milestone task is due and when it goes to the CS directors, and
 * when the activation check runs. {@link #from} computes them from the contract start.
 */
record OnboardingSchedule(Instant kickoffDue, Instant kickoffDirectorDue, Instant firstValueDue, Instant firstValueDirectorDue,
                          Instant deepeningDue, Instant deepeningDirectorDue, Instant activationCheckAt) {

    static final String KICKOFF = "onboarding-kickoff";
    static final String FIRST_VALUE = "onboarding-first-value";
    static final String DEEPENING = "onboarding-deepening";

    /**
     * Counts each task's playbook SLA from the contract start: a whole number of days ({@code P7D}) is due at the end
     * of that day's working hours, business time ({@code 5bd}) from the start of the contract's first working day. The
     * activation check runs at the start of day {@code activationCheckDay}.
     */
    static OnboardingSchedule from(LocalDate contractStart, PlaybookTerms terms, OnboardingPlayProperties properties,
                                   StewardBusinessCalendar calendar) {
        Instant[] kickoff = dues(contractStart, terms.task(KICKOFF), calendar);
        Instant[] firstValue = dues(contractStart, terms.task(FIRST_VALUE), calendar);
        Instant[] deepening = dues(contractStart, terms.task(DEEPENING), calendar);
        return new OnboardingSchedule(kickoff[0], kickoff[1], firstValue[0], firstValue[1], deepening[0], deepening[1],
                calendar.startOfDay(contractStart.plusDays(properties.activationCheckDay())));
    }

    private static Instant[] dues(LocalDate contractStart, PlaybookTerms.TaskTerms task, StewardBusinessCalendar calendar) {
        Instant due = due(contractStart, task.sla(), calendar);
        Instant director = task.escalateAfter() != null ? due(contractStart, task.escalateAfter(), calendar)
                : due.plus(Duration.between(calendar.startOfDay(contractStart), due));
        return new Instant[] {due, director.isAfter(due) ? director : due.plus(Duration.ofDays(1))};
    }

    private static Instant due(LocalDate contractStart, String sla, StewardBusinessCalendar calendar) {
        try {
            Period days = Period.parse(sla);
            if (days.getYears() == 0 && days.getMonths() == 0) {
                return calendar.endOfDay(contractStart.plusDays(days.getDays()));
            }
        } catch (DateTimeParseException e) {
            // business time or a time-based ISO duration: counted on the calendar below
        }
        return calendar.dueAt(calendar.startOfDay(contractStart), sla);
    }
}
