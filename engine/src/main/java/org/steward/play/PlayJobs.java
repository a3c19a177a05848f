package org.steward.play;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.steward.scoring.AssessmentChanged;
import org.steward.scoring.AssessmentsChanged;
import org.steward.scoring.ScoringRunStatus;
import org.steward.system.calendar.CalendarProperties;

/**
 * Orchestration's durable jobs (db-scheduler, table {@code scheduled_tasks}). Scoring's {@link AssessmentsChanged} is
 * turned into jobs in the very transaction that stores the assessments: if that transaction commits, the jobs exist, and
 * whichever node picks them up runs them (after a crash, on restart), retrying with back-off on failure. So a play is
 * never lost between the assessment's commit and its start; and since handling an assessment twice changes nothing, a
 * job that runs again after a crash does no harm. Accounts scored on their own get one job per assessment, run at once;
 * a whole-book run's chunk gets one job for all its assessments, which waits until the run has ended
 * ({@link RunOrchestrationJob}). The daily job ends save plays whose account recovered.
 */
@Configuration(proxyBeanMethods = false)
class PlayJobs {

    static final String ORCHESTRATION = "play-orchestration";
    static final String RECOVERY_CHECK = "save-play-recovery-check";
    /** At most this many notices in one run job (a few hundred kB of JSON). */
    static final int NOTICES_PER_RUN_JOB = 1000;

    @Bean
    OneTimeTask<AssessmentNotice> playOrchestrationTask(ObjectProvider<PlayOrchestrator> orchestrator) {
        return Tasks.oneTime(ORCHESTRATION, AssessmentNotice.class)
                .onFailure(retries())
                .execute((instance, context) -> orchestrator.getObject().handle(instance.getData()));
    }

    @Bean
    CustomTask<RunNotices> runOrchestrationTask(ObjectProvider<PlayOrchestrator> orchestrator, ObjectProvider<ScoringRunStatus> runs) {
        RunOrchestrationJob job = new RunOrchestrationJob(orchestrator, runs);
        return Tasks.custom(RunOrchestrationJob.TASK, RunNotices.class)
                .onFailure(retries())
                .execute(job::execute);
    }

    private static <T> FailureHandler<T> retries() {
        return new FailureHandler.MaxRetriesFailureHandler<>(20,
                new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10), 2.0));
    }

    @Bean
    RecurringTask<Void> saveRecoveryCheckTask(ObjectProvider<SaveRecovery> recovery, SavePlayProperties save, CalendarProperties calendar) {
        return Tasks.recurring(RECOVERY_CHECK, Schedules.daily(calendar.zone(), save.recoveryCheckAt()))
                .execute((instance, context) -> recovery.getObject().run());
    }

    /** Queues a batch of assessments for orchestration, inside the transaction that stores them. */
    @Bean
    AssessmentIntake assessmentIntake(ObjectProvider<SchedulerClient> scheduler, OneTimeTask<AssessmentNotice> playOrchestrationTask,
                                      CustomTask<RunNotices> runOrchestrationTask, Clock clock) {
        return new AssessmentIntake(scheduler, playOrchestrationTask, runOrchestrationTask, clock);
    }

    static class AssessmentIntake {

        private final ObjectProvider<SchedulerClient> scheduler;
        private final OneTimeTask<AssessmentNotice> single;
        private final CustomTask<RunNotices> run;
        private final Clock clock;

        AssessmentIntake(ObjectProvider<SchedulerClient> scheduler, OneTimeTask<AssessmentNotice> single, CustomTask<RunNotices> run,
                         Clock clock) {
            this.scheduler = scheduler;
            this.single = single;
            this.run = run;
            this.clock = clock;
        }

        /** One job per assessment scored on its own, due now; one per (up to 1000) assessments of a run, due after a poll. */
        @EventListener
        void on(AssessmentsChanged changed) {
            Instant now = clock.instant();
            SchedulerClient jobs = scheduler.getObject();
            if (!changed.fromRun()) {
                changed.changes().forEach(change ->
                        jobs.scheduleIfNotExists(single.instance("assessment-" + change.assessmentId(), AssessmentNotice.of(change)), now));
                return;
            }
            List<AssessmentChanged> changes = changed.changes();
            for (int from = 0; from < changes.size(); from += NOTICES_PER_RUN_JOB) {
                List<AssessmentNotice> notices = changes.subList(from, Math.min(changes.size(), from + NOTICES_PER_RUN_JOB)).stream()
                        .map(AssessmentNotice::of).toList();
                jobs.scheduleIfNotExists(run.instance(RunOrchestrationJob.instanceId(changed.runId(), notices.get(0).assessmentId()),
                        new RunNotices(changed.runId(), 0, notices)), now.plus(RunOrchestrationJob.POLL));
            }
        }
    }
}
