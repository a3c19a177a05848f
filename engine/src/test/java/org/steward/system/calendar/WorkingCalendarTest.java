package org.steward.system.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Friday 2026-11-27; a holiday on Tuesday 2026-12-01.
    private final WorkingCalendar calendar = new WorkingCalendar(new CalendarProperties(BERLIN,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
            List.of(LocalDate.of(2026, 12, 1))));

    @Test
    void shouldMakeACheckInRaisedOnFridayAfternoonDueFiveWorkingDaysLaterSkippingTheHoliday() {
        Instant due = BusinessDuration.parse("5bd").after(at(2026, 11, 27, 15, 30), calendar);
        // Mon 30, (Tue 1 holiday), Wed 2, Thu 3, Fri 4, Mon 7 -> Monday at the same hour.
        assertThat(due).isEqualTo(at(2026, 12, 7, 15, 30));
    }

    @Test
    void shouldStartCountingAtTheNextWorkingMorningWhenRaisedOutsideWorkingHours() {
        assertThat(BusinessDuration.parse("1bd").after(at(2026, 11, 27, 18, 0), calendar)).isEqualTo(at(2026, 12, 2, 9, 0));
        assertThat(BusinessDuration.parse("1bd").after(at(2026, 11, 28, 11, 0), calendar)).isEqualTo(at(2026, 12, 2, 9, 0));
        assertThat(BusinessDuration.parse("1bd").after(at(2026, 11, 26, 7, 0), calendar)).isEqualTo(at(2026, 11, 27, 9, 0));
    }

    @Test
    void shouldCountBusinessHoursOnlyInsideWorkingHours() {
        assertThat(BusinessDuration.parse("2bh").after(at(2026, 11, 27, 16, 0), calendar)).isEqualTo(at(2026, 11, 30, 10, 0));
        assertThat(BusinessDuration.parse("8bh").after(at(2026, 11, 30, 9, 0), calendar)).isEqualTo(at(2026, 12, 2, 9, 0));
        assertThat(BusinessDuration.parse("1bd 4bh").after(at(2026, 11, 26, 10, 0), calendar)).isEqualTo(at(2026, 11, 27, 14, 0));
        assertThat(BusinessDuration.parse("30bm").after(at(2026, 11, 27, 16, 45), calendar)).isEqualTo(at(2026, 11, 30, 9, 15));
    }

    @Test
    void shouldKeepIsoDurationsAsElapsedTime() {
        Instant saturday = at(2026, 11, 28, 11, 0);
        assertThat(BusinessDuration.parse("PT30S").after(saturday, calendar)).isEqualTo(saturday.plusSeconds(30));
        assertThat(BusinessDuration.parse("P7D").after(saturday, calendar)).isEqualTo(saturday.plusSeconds(7 * 86400));
        assertThat(BusinessDuration.parse("1500").after(saturday, calendar)).isEqualTo(saturday.plusMillis(1500));
    }

    @Test
    void shouldRefuseWhatIsNotADuration() {
        assertThatThrownBy(() -> BusinessDuration.parse("5 days")).hasMessageContaining("5bd");
        assertThatThrownBy(() -> BusinessDuration.parse("5bd x")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> BusinessDuration.parse("P5X")).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> BusinessDuration.parse(" ")).hasMessageContaining("required");
    }

    @Test
    void shouldRefuseACalendarWithoutWorkingDaysOrWithTheDayEndingBeforeItStarts() {
        assertThatThrownBy(() -> new CalendarProperties(BERLIN, EnumSet.noneOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(17, 0), List.of()))
                .hasMessageContaining("working-days");
        assertThatThrownBy(() -> new CalendarProperties(BERLIN, EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(17, 0), LocalTime.of(9, 0), List.of()))
                .hasMessageContaining("day-start");
    }

    private static Instant at(int y, int mo, int d, int h, int mi) {
        return LocalDateTime.of(y, mo, d, h, mi).atZone(BERLIN).toInstant();
    }
}
