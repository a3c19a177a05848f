package org.steward.system.engine;

import java.time.Instant;
import java.time.ZoneOffset;

import org.kie.kogito.jobs.ExactExpirationTime;
import org.kie.kogito.jobs.ExpirationTime;
import org.kie.kogito.jobs.JobDescription;
import org.kie.kogito.jobs.descriptors.ProcessInstanceJobDescription;
import org.kie.kogito.jobs.descriptors.ProcessJobDescription;
import org.kie.kogito.jobs.descriptors.UserTaskInstanceJobDescription;

/**
 * A jBPM timer as it is stored in the timer table (as JSON): enough to fire it again after a restart
 * or on another node. {@code firings} counts how often a repeating timer has fired so far.
 */
public record EngineTimer(
        Kind kind,
        String jobId,
        String timerId,
        String processId,
        String processInstanceId,
        String rootProcessInstanceId,
        String rootProcessId,
        String nodeInstanceId,
        String userTaskInstanceId,
        Instant dueAt,
        Integer priority,
        Long repeatIntervalMillis,
        Integer repeatLimit,
        int firings) {

    /** What a timer does when it fires. */
    public enum Kind { PROCESS_INSTANCE, PROCESS_START, USER_TASK }

    static EngineTimer of(JobDescription description) {
        ExpirationTime expiration = description.expirationTime();
        Instant due = expiration.get().toInstant();
        Long interval = expiration.repeatInterval();
        Integer limit = expiration.repeatLimit();
        if (description instanceof ProcessInstanceJobDescription d) {
            return new EngineTimer(Kind.PROCESS_INSTANCE, d.id(), d.timerId(), d.processId(), d.processInstanceId(),
                    d.rootProcessInstanceId(), d.rootProcessId(), d.nodeInstanceId(), null, due, d.priority(), interval, limit, 0);
        }
        if (description instanceof UserTaskInstanceJobDescription d) {
            return new EngineTimer(Kind.USER_TASK, d.id(), null, d.processId(), d.processInstanceId(),
                    d.rootProcessInstanceId(), d.rootProcessId(), d.nodeInstanceId(), d.userTaskInstanceId(), due, d.priority(), interval, limit, 0);
        }
        if (description instanceof ProcessJobDescription d) {
            return new EngineTimer(Kind.PROCESS_START, d.id(), null, d.processId(), null,
                    null, null, null, null, due, d.priority(), interval, limit, 0);
        }
        throw new IllegalArgumentException("Steward cannot keep a timer of type " + description.getClass().getName());
    }

    UserTaskInstanceJobDescription userTaskDescription() {
        return new UserTaskInstanceJobDescription(jobId, ExactExpirationTime.of(dueAt.atZone(ZoneOffset.UTC)), priority,
                userTaskInstanceId, processId, processInstanceId, nodeInstanceId, rootProcessInstanceId, rootProcessId);
    }

    boolean repeats() {
        return repeatIntervalMillis != null && repeatIntervalMillis > 0;
    }

    /** How many firings remain after this one; 0 marks the last, as jBPM's TimerInstance expects. */
    int remainingAfter(int firingsSoFar) {
        if (!repeats()) {
            return 0;
        }
        if (repeatLimit == null || repeatLimit < 0 || repeatLimit == Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        return Math.max(0, repeatLimit - firingsSoFar);
    }

    EngineTimer fired() {
        return new EngineTimer(kind, jobId, timerId, processId, processInstanceId, rootProcessInstanceId, rootProcessId,
                nodeInstanceId, userTaskInstanceId, dueAt, priority, repeatIntervalMillis, repeatLimit, firings + 1);
    }

    /** Where this timer sits in a process, for logs. */
    String where() {
        return "process " + processId + " instance " + processInstanceId
                + (nodeInstanceId != null ? " node instance " + nodeInstanceId : "")
                + (userTaskInstanceId != null ? " user task " + userTaskInstanceId : "")
                + " (job " + jobId + ")";
    }
}
