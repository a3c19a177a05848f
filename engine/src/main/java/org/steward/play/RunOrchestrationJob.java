package org.steward.play;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.steward.play.PlayOrchestrator.Decision;
import org.steward.scoring.ScoringRunStatus;

/**
 * Orchestrates what one stored chunk of a whole-book scoring run changed, once the run has ended: a db-scheduler job
 * (task {@value #TASK}, one per chunk, instance {@code run-<runId>-<first assessment id>}) written in the chunk's
 * transaction, so it exists exactly when the chunk's assessments do. While the run is queued or running the job only
 * looks again {@link #POLL} later (it reads the run's state, not its notices): the run keeps the cores and the database,
 * and plays start after it, not during it. Then each notice is handled by {@link PlayOrchestrator#handle} in a
 * transaction of its own.
 * <p>
 * A notice that fails does not stop the others: it is logged, and the job is rescheduled with the failed notices alone
 * (with back-off, {@value #MAX_FAILED_ATTEMPTS} times at most, then they are logged as given up, as the job of a single
 * assessment would be). Only the failed ones, since handling a notice again is harmless but not free: a chunk holds up
 * to a thousand. A node that dies mid-chunk leaves the job to db-scheduler, which revives it on a live node and handles
 * the whole chunk again; notices handled already change nothing.
 */
class RunOrchestrationJob {

    static final String TASK = "play-orchestration-run";
    static final Duration POLL = Duration.ofSeconds(5);
    static final int MAX_FAILED_ATTEMPTS = 20;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(RunOrchestrationJob.class);

    private final ObjectProvider<PlayOrchestrator> orchestrator;
    private final ObjectProvider<ScoringRunStatus> runs;

    RunOrchestrationJob(ObjectProvider<PlayOrchestrator> orchestrator, ObjectProvider<ScoringRunStatus> runs) {
        this.orchestrator = orchestrator;
        this.runs = runs;
    }

    /** The job's instance id: the run, and the chunk by its first assessment. */
    static String instanceId(long runId, long firstAssessmentId) {
        return "run-" + runId + "-" + firstAssessmentId;
    }

    CompletionHandler<RunNotices> execute(TaskInstance<RunNotices> instance, ExecutionContext context) {
        if (runs.getObject().inProgress(runId(instance.getId()))) {
            return (complete, operations) -> operations.reschedule(complete, complete.getTimeDone().plus(POLL));
        }
        RunNotices batch = instance.getData();
        List<AssessmentNotice> failed = new ArrayList<>();
        Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
        for (AssessmentNotice notice : batch.notices()) {
            try {
                decisions.merge(orchestrator.getObject().handle(notice), 1, Integer::sum);
            } catch (RuntimeException e) {
                log.warn("Assessment {} of {} (scoring run {}) could not be orchestrated; retried later", notice.assessmentId(),
                        notice.accountExternalId(), batch.runId(), e);
                failed.add(notice);
            }
        }
        log.info("Scoring run {}: {} assessment(s) orchestrated: {}{}", batch.runId(), batch.notices().size() - failed.size(), decisions,
                failed.isEmpty() ? "" : "; " + failed.size() + " failed");
        if (failed.isEmpty()) {
            return new CompletionHandler.OnCompleteRemove<>();
        }
        int attempts = batch.failedAttempts() + 1;
        if (attempts >= MAX_FAILED_ATTEMPTS) {
            log.error("Scoring run {}: gave up orchestrating assessment(s) {} after {} attempts", batch.runId(),
                    failed.stream().map(AssessmentNotice::assessmentId).toList(), attempts);
            return new CompletionHandler.OnCompleteRemove<>();
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 16));
        RunNotices left = new RunNotices(batch.runId(), attempts, failed);
        return (complete, operations) -> operations.reschedule(complete, complete.getTimeDone().plus(wait), left);
    }

    private static long runId(String instanceId) {
        return Long.parseLong(instanceId.substring("run-".length(), instanceId.indexOf('-', "run-".length())));
    }
}
