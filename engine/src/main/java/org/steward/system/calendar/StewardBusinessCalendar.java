package org.steward.system.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.kie.kogito.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * The calendar jBPM uses for every timer of every process: a timer written {@code #{checkInSla}} with
 * {@code checkInSla = "5bd"} fires five business days later; ISO durations stay plain elapsed time. An ISO instant
 * ({@code 2027-03-01T09:00:00Z}) is a fixed moment: a timer on it fires then (at once when it has passed), a task with
 * it as its SLA is due then. Plays use fixed moments for dates that come from the account (contract start, renewal).
 */
@Component
public class StewardBusinessCalendar implements BusinessCalendar {

    private final WorkingCalendar calendar;
    private final CalendarProperties properties;
    private final Clock clock;

    StewardBusinessCalendar(CalendarProperties properties, Clock clock) {
        this.calendar = new WorkingCalendar(properties);
        this.properties = properties;
        this.clock = clock;
    }

    /** When a duration that starts now ends. */
    public Instant dueAt(String expression) {
        return dueAt(clock.instant(), expression);
    }

    public Instant dueAt(Instant from, String expression) {
        Instant fixed = fixedMoment(expression);
        return fixed != null ? fixed : BusinessDuration.parse(expression).after(from, calendar);
    }

    /** The start of the working day on this date (its day start in the calendar's zone), e.g. when a play step begins. */
    public Instant startOfDay(LocalDate date) {
        return LocalDateTime.of(date, properties.dayStart()).atZone(properties.zone()).toInstant();
    }

    /** The end of the working day on this date (its day end in the calendar's zone), e.g. when a milestone is due. */
    public Instant endOfDay(LocalDate date) {
        return LocalDateTime.of(date, properties.dayEnd()).atZone(properties.zone()).toInstant();
    }

    /** The expression as a fixed moment (an ISO instant such as 2027-03-01T09:00:00Z), or null for a duration. */
    public static Instant fixedMoment(String expression) {
        if (expression == null || expression.length() < 11 || !Character.isDigit(expression.trim().charAt(0))
                || expression.indexOf('T') < 0) {
            return null;
        }
        try {
            return Instant.parse(expression.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public WorkingCalendar workingCalendar() {
        return calendar;
    }

    @Override
    public long calculateBusinessTimeAsDuration(String timeExpression) {
        Instant now = clock.instant();
        return Math.max(0, Duration.between(now, dueAt(now, timeExpression)).toMillis());
    }

    @Override
    public Date calculateBusinessTimeAsDate(String timeExpression) {
        return Date.from(dueAt(timeExpression));
    }
}
