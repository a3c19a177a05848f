package org.steward.play;

import java.time.Instant;
import java.time.LocalDate;

import org.steward.account.Segment;
import org.steward.system.calendar.StewardBusinessCalendar;

/** When the three steps of a renewal play start: fixed moments before the renewal date. */
record RenewalSchedule(Instant healthAssessmentAt, Instant successReviewAt, Instant renewalTalksAt) {

    /** Each step starts at the start of the working day the configured number of days before the renewal date. */
    static RenewalSchedule from(LocalDate renewalDate, Segment segment, RenewalPlayProperties properties, StewardBusinessCalendar calendar) {
        return new RenewalSchedule(calendar.startOfDay(renewalDate.minusDays(properties.healthAssessmentDays(segment))),
                calendar.startOfDay(renewalDate.minusDays(properties.successReviewDays())),
                calendar.startOfDay(renewalDate.minusDays(properties.renewalTalksDays())));
    }
}
