package org.steward.system.engine;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import org.kie.kogito.jobs.JobDescription;
import org.kie.kogito.jobs.JobsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * jBPM's {@link JobsService} on MariaDB: every timer is a row in {@code scheduled_tasks}, written in the
 * caller's transaction (a rolled-back process leaves no timer behind), fired by whichever node picks it
 * first, and fired after a restart when it came due while the server was down.
 */
public class DurableJobsService implements JobsService {

    private static final Logger log = LoggerFactory.getLogger(DurableJobsService.class);

    private final ObjectProvider<SchedulerClient> scheduler;
    private final CustomTask<EngineTimer> task;
    private final JdbcTemplate jdbc;

    public DurableJobsService(ObjectProvider<SchedulerClient> scheduler, CustomTask<EngineTimer> task, JdbcTemplate jdbc) {
        this.scheduler = scheduler;
        this.task = task;
        this.jdbc = jdbc;
    }

    @Override
    public String scheduleJob(JobDescription description) {
        EngineTimer timer = EngineTimer.of(description);
        TaskInstance<EngineTimer> instance = task.instance(timer.jobId(), timer);
        SchedulerClient client = scheduler.getObject();
        if (!client.scheduleIfNotExists(instance, timer.dueAt())) {
            client.reschedule(TaskInstanceId.of(task.getName(), timer.jobId()), timer.dueAt(), timer);
        }
        log.debug("Timer scheduled for {} at {}", timer.where(), timer.dueAt());
        return timer.jobId();
    }

    @Override
    public boolean cancelJob(String id) {
        if (id.equals(TimerFiring.current())) {
            // The timer that is firing now: db-scheduler completes (or reschedules) it when the firing commits.
            return true;
        }
        int removed = jdbc.update("DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance = ? AND picked = FALSE",
                task.getName(), id);
        return removed == 1;
    }

    /** When the timer with this id is due, if it is still scheduled. */
    public java.util.Optional<Instant> dueAt(String id) {
        return scheduler.getObject().getScheduledExecution(TaskInstanceId.of(task.getName(), id))
                .map(execution -> execution.getExecutionTime());
    }
}
