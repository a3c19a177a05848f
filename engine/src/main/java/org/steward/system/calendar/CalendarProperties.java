package org.steward.system.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The team's working time: {@code steward.calendar.zone}, {@code .working-days}, {@code .day-start},
 * {@code .day-end} and {@code .holidays} (ISO dates).
 */
@ConfigurationProperties("steward.calendar")
public record CalendarProperties(
        @DefaultValue("UTC") ZoneId zone,
        @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> workingDays,
        @DefaultValue("09:00") LocalTime dayStart,
        @DefaultValue("17:00") LocalTime dayEnd,
        @DefaultValue({}) List<LocalDate> holidays) {

    public CalendarProperties {
        if (workingDays == null || workingDays.isEmpty()) {
            throw new IllegalArgumentException("steward.calendar.working-days must name at least one day");
        }
        if (!dayStart.isBefore(dayEnd)) {
            throw new IllegalArgumentException("steward.calendar.day-start must be before steward.calendar.day-end");
        }
        workingDays = EnumSet.copyOf(workingDays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}
