package org.steward.system.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * Arithmetic on working time. Definitions (also in docs/configuration.md):
 * <ul>
 * <li>A moment inside working hours of a working day stays where it is; any other moment (evening,
 * weekend, holiday) first moves to the start of the next working period.</li>
 * <li><b>n business days</b> later is the n-th following working day at the same time of day; from
 * Friday 15:00, one business day is Monday 15:00, and a holiday on that Monday makes it Tuesday 15:00.</li>
 * <li><b>n business hours</b> (or minutes) count only working hours: with a 09:00–17:00 day, Friday
 * 16:00 plus two business hours is Monday 10:00.</li>
 * </ul>
 */
public final class WorkingCalendar {

    private final CalendarProperties properties;
    private final Set<LocalDate> holidays;

    public WorkingCalendar(CalendarProperties properties) {
        this.properties = properties;
        this.holidays = new HashSet<>(properties.holidays());
    }

    public boolean isWorkingDay(LocalDate date) {
        return properties.workingDays().contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** The moment from which working time is counted: {@code from} itself, or the next start of a working day. */
    public ZonedDateTime workingStart(Instant from) {
        ZonedDateTime at = from.atZone(properties.zone());
        if (isWorkingDay(at.toLocalDate())) {
            if (at.toLocalTime().isBefore(properties.dayStart())) {
                return at.with(properties.dayStart());
            }
            if (at.toLocalTime().isBefore(properties.dayEnd())) {
                return at;
            }
        }
        return startOf(nextWorkingDay(at.toLocalDate()));
    }

    public Instant plusBusinessDays(Instant from, int days) {
        ZonedDateTime start = workingStart(from);
        LocalDate date = start.toLocalDate();
        for (int i = 0; i < days; i++) {
            date = nextWorkingDay(date);
        }
        return ZonedDateTime.of(LocalDateTime.of(date, start.toLocalTime()), properties.zone()).toInstant();
    }

    public Instant plusBusinessTime(Instant from, Duration workingTime) {
        ZonedDateTime at = workingStart(from);
        Duration left = workingTime;
        while (true) {
            Duration restOfDay = Duration.between(at.toLocalTime(), properties.dayEnd());
            if (left.compareTo(restOfDay) < 0) {
                return at.plus(left).toInstant();
            }
            left = left.minus(restOfDay);
            at = startOf(nextWorkingDay(at.toLocalDate()));
            if (left.isZero()) {
                return at.toInstant();
            }
        }
    }

    private LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        for (int guard = 0; !isWorkingDay(next); guard++) {
            if (guard > 3660) {
                throw new IllegalStateException("No working day within ten years after " + date + ": check steward.calendar");
            }
            next = next.plusDays(1);
        }
        return next;
    }

    private ZonedDateTime startOf(LocalDate date) {
        return ZonedDateTime.of(LocalDateTime.of(date, properties.dayStart()), properties.zone());
    }
}
