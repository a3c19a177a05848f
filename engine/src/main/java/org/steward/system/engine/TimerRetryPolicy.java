package org.steward.system.engine;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;

/**
 * A timer that failed is tried again with exponential backoff (first retry after {@code first}, doubling,
 * never more than {@code longest} apart), for as long as it keeps failing: a timer is never dropped.
 */
record TimerRetryPolicy(Duration first, Duration longest) implements FailureHandler<EngineTimer> {

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<EngineTimer> operations) {
        int failures = complete.getExecution().consecutiveFailures + 1;
        operations.reschedule(complete, Instant.now().plus(delayAfter(failures)));
    }

    Duration delayAfter(int failures) {
        long factor = 1L << Math.min(Math.max(failures - 1, 0), 20);
        Duration delay = first.multipliedBy(factor);
        return delay.compareTo(longest) > 0 ? longest : delay;
    }
}
