package org.steward.notification.wiring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steward.notification.wiring.PlayDrafting.DraftRequest;
import org.steward.notification.wiring.TaskNotices.NoticeRequest;
import org.steward.system.calendar.CalendarProperties;
import org.steward.system.calendar.StewardBusinessCalendar;

/**
 * The durable jobs of messages, on db-scheduler (table {@code scheduled_tasks}, shared by all nodes; each execution
 * runs on one node): one-time jobs for play drafts and task notices, scheduled in the transaction of their cause;
 * recurring jobs for the SLA warning sweep and the two digests. A failed one-time job is retried with a growing wait,
 * five times; a recurring job runs again at its next time.
 */
@Configuration(proxyBeanMethods = false)
class MessageJobs {

    static final String PLAY_DRAFT = "message-play-draft";
    static final String TASK_NOTICE = "message-task-notice";
    static final String SLA_SWEEP = "message-sla-sweep";
    static final String CSM_DIGEST = "message-csm-digest";
    static final String TEAM_LEAD_DIGEST = "message-team-lead-digest";
    /** A recurring run later than this after its time (no node ran) covers the day it runs on, not the missed one. */
    static final Duration STALE = Duration.ofHours(6);

    @Bean
    OneTimeTask<DraftRequest> playDraftJob(PlayDrafting.Writer writer) {
        return Tasks.oneTime(PLAY_DRAFT, DraftRequest.class).onFailure(retries()).onDeadExecutionRevive()
                .execute((instance, context) -> writer.write(instance.getData()));
    }

    @Bean
    OneTimeTask<NoticeRequest> taskNoticeJob(TaskNotices.Writer writer) {
        return Tasks.oneTime(TASK_NOTICE, NoticeRequest.class).onFailure(retries()).onDeadExecutionRevive()
                .execute((instance, context) -> writer.write(instance.getData()));
    }

    @Bean
    RecurringTask<Void> slaSweepJob(SlaWarnings warnings, MessageProperties properties) {
        return Tasks.recurring(SLA_SWEEP, Schedules.fixedDelay(properties.notices().slaSweepInterval()))
                .execute((instance, context) -> warnings.sweep());
    }

    @Bean
    RecurringTask<Void> csmDigestJob(CsmDigests digests, MessageProperties properties, CalendarProperties calendarProperties,
                                     StewardBusinessCalendar calendar, Clock clock) {
        LocalTime at = properties.digests().csmAt();
        return Tasks.recurring(CSM_DIGEST, Schedules.cron(cron(at, "*"), calendarProperties.zone()))
                .execute((instance, context) -> {
                    Instant when = moment(context, clock);
                    boolean workingDay = calendar.workingCalendar().isWorkingDay(when.atZone(calendarProperties.zone()).toLocalDate());
                    if (properties.digests().csmDaily() && (workingDay || !properties.digests().csmWorkingDaysOnly())) {
                        digests.sendAll(when);
                    }
                });
    }

    @Bean
    RecurringTask<Void> teamLeadDigestJob(TeamLeadDigests digests, MessageProperties properties, CalendarProperties calendarProperties,
                                          Clock clock) {
        String day = properties.digests().teamLeadDay().name().substring(0, 3);
        return Tasks.recurring(TEAM_LEAD_DIGEST, Schedules.cron(cron(properties.digests().teamLeadAt(), day), calendarProperties.zone()))
                .execute((instance, context) -> {
                    if (properties.digests().teamLeadWeekly()) {
                        digests.sendAll(moment(context, clock));
                    }
                });
    }

    /** A db-scheduler cron expression (seconds first) for this local time on these days of the week. */
    static String cron(LocalTime at, String daysOfWeek) {
        return at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " * * " + daysOfWeek;
    }

    /** The moment a recurring run stands for: its scheduled time, so that a run repeated after a crash covers the same period. */
    private static Instant moment(ExecutionContext context, Clock clock) {
        Instant scheduled = context.getExecution().executionTime;
        Instant now = clock.instant();
        return Duration.between(scheduled, now).compareTo(STALE) > 0 ? now : scheduled;
    }

    private static <T> FailureHandler<T> retries() {
        return new FailureHandler.MaxRetriesFailureHandler<>(5, new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10), 3));
    }
}
