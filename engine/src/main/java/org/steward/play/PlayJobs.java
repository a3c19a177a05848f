package org.steward.play;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.steward.scoring.AssessmentChanged;
import org.steward.system.calendar.CalendarProperties;

/**
 * Orchestration's durable jobs (db-scheduler, table {@code scheduled_tasks}). An {@link AssessmentChanged} event is
 * turned into a job in the very transaction that stores the assessment: if that transaction commits, the job exists,
 * and whichever node picks it up runs it (after a crash, on restart), retrying with back-off on failure. So a play is
 * never lost between the assessment's commit and its start; and since handling an assessment twice changes nothing,
 * a job that runs again after a crash does no harm. The daily job ends save plays whose account recovered.
 */
@Configuration(proxyBeanMethods = false)
class PlayJobs {

    static final String ORCHESTRATION = "play-orchestration";
    static final String RECOVERY_CHECK = "save-play-recovery-check";

    @Bean
    OneTimeTask<AssessmentNotice> playOrchestrationTask(ObjectProvider<PlayOrchestrator> orchestrator) {
        return Tasks.oneTime(ORCHESTRATION, AssessmentNotice.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(20,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10), 2.0)))
                .execute((instance, context) -> orchestrator.getObject().handle(instance.getData()));
    }

    @Bean
    RecurringTask<Void> saveRecoveryCheckTask(ObjectProvider<SaveRecovery> recovery, SavePlayProperties save, CalendarProperties calendar) {
        return Tasks.recurring(RECOVERY_CHECK, Schedules.daily(calendar.zone(), save.recoveryCheckAt()))
                .execute((instance, context) -> recovery.getObject().run());
    }

    /** Queues the assessment for orchestration, inside the transaction that stores it (one job per assessment). */
    @Bean
    AssessmentIntake assessmentIntake(ObjectProvider<SchedulerClient> scheduler, OneTimeTask<AssessmentNotice> playOrchestrationTask,
                                      java.time.Clock clock) {
        return new AssessmentIntake(scheduler, playOrchestrationTask, clock);
    }

    static class AssessmentIntake {

        private final ObjectProvider<SchedulerClient> scheduler;
        private final OneTimeTask<AssessmentNotice> task;
        private final java.time.Clock clock;

        AssessmentIntake(ObjectProvider<SchedulerClient> scheduler, OneTimeTask<AssessmentNotice> task, java.time.Clock clock) {
            this.scheduler = scheduler;
            this.task = task;
            this.clock = clock;
        }

        @EventListener
        void on(AssessmentChanged changed) {
            Instant now = clock.instant();
            scheduler.getObject().scheduleIfNotExists(task.instance("assessment-" + changed.assessmentId(), AssessmentNotice.of(changed)), now);
        }
    }
}
