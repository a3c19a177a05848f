package org.steward.system.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.kie.kogito.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * The calendar jBPM uses for every timer of every process: a timer written {@code #{checkInSla}} with
 * {@code checkInSla = "5bd"} fires five business days later; ISO durations stay plain elapsed time.
 */
@Component
public class StewardBusinessCalendar implements BusinessCalendar {

    private final WorkingCalendar calendar;
    private final Clock clock;

    StewardBusinessCalendar(CalendarProperties properties, Clock clock) {
        this.calendar = new WorkingCalendar(properties);
        this.clock = clock;
    }

    /** When a duration that starts now ends. */
    public Instant dueAt(String expression) {
        return dueAt(clock.instant(), expression);
    }

    public Instant dueAt(Instant from, String expression) {
        return BusinessDuration.parse(expression).after(from, calendar);
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
