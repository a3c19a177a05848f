package org.steward.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.support.ApiTest;
import org.steward.support.Eventually;

/** A timer whose firing fails is logged with where it sits and tried again later; it is never dropped. */
@ExtendWith(OutputCaptureExtension.class)
class TimerRetryTest extends ApiTest {

    @Autowired
    private SchedulerClient scheduler;

    @Autowired
    private CustomTask<EngineTimer> timerTask;

    private final EngineTables tables = new EngineTables();

    @Test
    void shouldLogAFailingTimerWithItsProcessAndRetryItLater(CapturedOutput output) {
        String jobId = "failing-" + System.nanoTime();
        EngineTimer timer = new EngineTimer(EngineTimer.Kind.PROCESS_START, jobId, null, "no-such-process", null, null, null,
                null, null, Instant.now(), 5, null, null, 0);
        scheduler.schedule(timerTask.instance(jobId, timer), Instant.now());

        Eventually.await("the failure is recorded", Duration.ofSeconds(20), () -> failures(jobId) >= 1);
        Map<String, Object> row = tables.jdbc().queryForMap(
                "SELECT consecutive_failures, execution_time > NOW(6) AS later FROM scheduled_tasks WHERE task_instance = ?", jobId);
        assertThat(((Number) row.get("consecutive_failures")).intValue()).isGreaterThanOrEqualTo(1);
        assertThat(output.getAll()).contains("Timer failed and will be retried: process no-such-process");

        scheduler.cancel(com.github.kagkarlsson.scheduler.task.TaskInstanceId.of(timerTask.getName(), jobId));
    }

    @Test
    void shouldBackOffExponentiallyUpToTheLongestDelay() {
        TimerRetryPolicy policy = new TimerRetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(1));
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(500)).isEqualTo(Duration.ofMinutes(1));
    }

    private int failures(String jobId) {
        Integer n = tables.jdbc().queryForObject(
                "SELECT COALESCE(MAX(consecutive_failures), 0) FROM scheduled_tasks WHERE task_instance = ?", Integer.class, jobId);
        return n == null ? 0 : n;
    }
}
