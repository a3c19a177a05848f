package org.steward.scoring;

import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.steward.system.web.ConflictException;

/**
 * The db-scheduler tasks of scoring: a whole-book run (one-time, revived on a live node when the node running
 * it dies) and the daily run (recurring: one row, so one node starts it each day). A requested run goes before
 * other due jobs (high priority): after a first scoring, play timers that fell due together would otherwise keep
 * every scheduler thread busy while the next run waits.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScoringProperties.class)
class ScoringTasks {

    static final String DAILY_TASK = "scoring-daily";
    private static final Logger log = LoggerFactory.getLogger(ScoringTasks.class);

    @Bean
    OneTimeTask<Long> scoringRunTask(@Lazy ScoringRuns runs) {
        return Tasks.oneTime(ScoringRuns.RUN_TASK, Long.class)
                .defaultPriority(Priority.HIGH)
                .onDeadExecutionRevive()
                .execute((instance, context) -> runs.execute(instance.getData()));
    }

    @Bean
    RecurringTask<Void> dailyScoringRunTask(@Lazy ScoringRuns runs, ScoringProperties properties) {
        ScoringProperties.DailyRun daily = properties.dailyRun();
        return Tasks.recurring(DAILY_TASK, Schedules.daily(daily.zone(), daily.time()))
                .execute((instance, context) -> {
                    if (!properties.dailyRun().enabled()) {
                        return;
                    }
                    try {
                        ScoringRun run = runs.request("steward", ScoringRuns.DAILY);
                        log.info("Daily scoring run {} queued", run.id());
                    } catch (ConflictException e) {
                        log.info("Daily scoring run skipped: {}", e.getMessage());
                    }
                });
    }
}
