package org.steward.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.system.engine.NodeName;
import org.steward.system.web.ConflictException;
import org.steward.system.web.NotFoundException;

/**
 * Whole-book scoring runs. A run is a row in {@code scoring_run} and a db-scheduler one-time task, created in
 * one transaction; whichever node picks the task executes it. The run reads the active rule set once and keeps
 * it to its end, reads the book in chunks (keyset by account id), scores each chunk on a pool of its own (one
 * thread per core) while the next chunk is read, and stores the chunks in order on one writer thread, each chunk
 * in one transaction with the run's progress. A node that dies mid-run leaves its task to db-scheduler, which
 * gives it to a live node once the dead one misses its heartbeats: the run resumes after the last chunk it
 * stored, or is marked failed if the active rule set changed meanwhile. One run at a time.
 */
@Component
class ScoringRuns implements DisposableBean {

    static final String RUN_TASK = "scoring-run";
    static final String MANUAL = "MANUAL";
    static final String DAILY = "DAILY";
    private static final int CHUNKS_IN_FLIGHT = 3;
    private static final Logger log = LoggerFactory.getLogger(ScoringRuns.class);

    private final RunTable runs;
    private final BookReader reader;
    private final AssessmentWriter writer;
    private final ActiveRuleSets ruleSets;
    private final ScoringProperties properties;
    private final NodeName node;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final ExecutorService pool;

    ScoringRuns(RunTable runs, BookReader reader, AssessmentWriter writer, ActiveRuleSets ruleSets,
                ScoringProperties properties, NodeName node, Clock clock, PlatformTransactionManager transactions,
                ObjectProvider<SchedulerClient> scheduler) {
        this.runs = runs;
        this.reader = reader;
        this.writer = writer;
        this.ruleSets = ruleSets;
        this.properties = properties;
        this.node = node;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.scheduler = scheduler;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("scoring-");
        threads.setDaemon(true);
        this.pool = Executors.newFixedThreadPool(properties.scoringThreads(), threads);
    }

    /** Queues a whole-book run as of today; 409 while another run is queued or running. */
    ScoringRun request(String requestedBy, String trigger) {
        long id = transaction.execute(status -> {
            long created = create(requestedBy, trigger);
            scheduler.getObject().scheduleIfNotExists(new TaskInstance.Builder<Long>(RUN_TASK, taskId(created)).data(created)
                            .priority(Priority.HIGH).build(),
                    clock.instant());
            return created;
        });
        return find(id).orElseThrow();
    }

    /**
     * Fails the run in progress when no task will ever execute it (its task row is gone): otherwise it would
     * block every later run.
     */
    @EventListener(ApplicationReadyEvent.class)
    void failOrphanedRun() {
        runs.inProgress().ifPresent(id -> {
            if (!scheduler.getObject().getScheduledExecution(TaskInstanceId.of(RUN_TASK, taskId(id))).isPresent()) {
                runs.finish(id, ScoringRun.RunState.FAILED, "The run's task was lost; start a new run");
                log.warn("Scoring run {} had no task left to execute it and was marked FAILED", id);
            }
        });
    }

    private static String taskId(long runId) {
        return "run-" + runId;
    }

    /** The run row alone, queued, as of today; the caller executes it. */
    long create(String requestedBy, String trigger) {
        return create(requestedBy, trigger, LocalDate.ofInstant(clock.instant(), clock.getZone()));
    }

    /** The run row alone, queued, as of {@code asOf}; the caller executes it. */
    long create(String requestedBy, String trigger, LocalDate asOf) {
        try {
            return runs.create(trigger, asOf, requestedBy);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A whole-book scoring run is queued or running already"
                    + runs.inProgress().map(id -> " (run " + id + ")").orElse("") + "; wait until it has finished");
        }
    }

    /**
     * Cancels a queued or running run: it stops after the chunks it is storing (what they stored stays), and
     * the next run may start at once. 404 for an unknown run, 409 for one that has ended.
     */
    ScoringRun cancel(long id, String by) {
        ScoringRun run = find(id).orElseThrow(() -> new NotFoundException("scoring run", id));
        if (!runs.cancel(id, "Cancelled by " + by)) {
            throw new ConflictException("Scoring run " + id + " is " + run.state() + ", not queued or running");
        }
        log.info("Scoring run {} cancelled by {}", id, by);
        return find(id).orElseThrow();
    }

    Optional<ScoringRun> find(long id) {
        return runs.find(id, properties.maxRunFailures());
    }

    List<ScoringRun> recent(int limit) {
        return runs.recent(limit);
    }

    /** Executes (or resumes) the run with the rule set active now. */
    void execute(long id) {
        execute(id, ruleSets.current());
    }

    /** Executes (or resumes) the run with {@code ruleSet}, which it keeps to its end. */
    void execute(long id, ActiveRuleSet ruleSet) {
        ScoringRun run = runs.find(id, 0).orElse(null);
        if (run == null || run.state() == ScoringRun.RunState.SUCCEEDED || run.state() == ScoringRun.RunState.FAILED
                || run.state() == ScoringRun.RunState.CANCELLED) {
            return;
        }
        if (run.ruleSetVersion() != null && run.ruleSetVersion() != ruleSet.version()) {
            runs.finish(id, ScoringRun.RunState.FAILED, "The run was interrupted and the active rule set changed from"
                    + " version " + run.ruleSetVersion() + " to " + ruleSet.version() + " since; start a new run");
            return;
        }
        try {
            runs.start(id, node.value(), ruleSet.version(), reader.count());
            log.info("Scoring run {} {} as of {} with rule set version {}", id,
                    run.ruleSetVersion() == null ? "started" : "resumed", run.asOf(), ruleSet.version());
            int failed = scoreBook(id, run.asOf(), ruleSet, runs.resumeAfter(id),
                    properties.maxRunFailures() - runs.recordedFailures(id));
            runs.finish(id, ScoringRun.RunState.SUCCEEDED, failed == 0 ? null
                    : failed + " account(s) could not be scored; their previous assessments stay current");
            log.info("Scoring run {} finished", id);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Scoring run {} interrupted (the node is stopping); it resumes when its task runs again", id);
            throw new IllegalStateException("scoring run " + id + " interrupted", e);
        } catch (RuntimeException e) {
            log.error("Scoring run {} failed", id, e);
            runs.finish(id, ScoringRun.RunState.FAILED, "Steward could not finish this run: " + e.getMessage());
        }
    }

    /** Reads, scores and stores the book after account {@code afterId}; returns how many accounts failed. */
    private int scoreBook(long runId, LocalDate asOf, ActiveRuleSet ruleSet, long afterId, int failureQuota)
            throws InterruptedException {
        AccountScorer scorer = new AccountScorer(ruleSet.rules());
        int usageDays = FactAssembler.usageDays(ruleSet.rules().parameters());
        ExecutorService writes = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("scoring-writer-"));
        Semaphore inFlight = new Semaphore(CHUNKS_IN_FLIGHT);
        AtomicReference<RuntimeException> error = new AtomicReference<>();
        AtomicInteger quota = new AtomicInteger(failureQuota);
        AtomicInteger failed = new AtomicInteger();
        AtomicLong readNanos = new AtomicLong();
        AtomicLong scoreNanos = new AtomicLong();
        AtomicLong writeNanos = new AtomicLong();
        try {
            long after = afterId;
            while (error.get() == null && runs.inProgress(runId)) {
                inFlight.acquire();
                long readStarted = System.nanoTime();
                BookReader.Chunk chunk = reader.chunk(after, properties.chunkSize(), asOf, usageDays);
                readNanos.addAndGet(System.nanoTime() - readStarted);
                if (chunk.entries().isEmpty()) {
                    inFlight.release();
                    break;
                }
                CompletableFuture<List<Scored>> scored = score(scorer, chunk.entries(), scoreNanos);
                long last = chunk.lastId();
                writes.execute(() -> {
                    try {
                        if (error.get() == null) {
                            List<Scored> results = scored.join();
                            long writeStarted = System.nanoTime();
                            AssessmentWriter.Outcome outcome = writer.write(results, ruleSet.version(), runId,
                                    quota.get(), stored -> runs.progress(runId, stored, last));
                            quota.addAndGet(-Math.min(Math.max(quota.get(), 0), outcome.failed()));
                            failed.addAndGet(outcome.failed());
                            writeNanos.addAndGet(System.nanoTime() - writeStarted);
                        }
                    } catch (RuntimeException e) {
                        error.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
                after = last;
            }
        } finally {
            writes.shutdown();
            writes.awaitTermination(1, TimeUnit.HOURS);
        }
        if (error.get() != null) {
            throw error.get();
        }
        log.info("Scoring run {}: reading the book took {} ms, rules and their JSON {} ms of thread time on {} thread(s),"
                + " storing {} ms", runId, readNanos.get() / 1_000_000, scoreNanos.get() / 1_000_000,
                properties.scoringThreads(), writeNanos.get() / 1_000_000);
        return failed.get();
    }

    /** Scores the entries on the pool, one slice per thread; the results in the entries' order. */
    private CompletableFuture<List<Scored>> score(AccountScorer scorer, List<BookReader.Entry> entries, AtomicLong nanos) {
        int threads = properties.scoringThreads();
        int per = (entries.size() + threads - 1) / threads;
        List<CompletableFuture<List<Scored>>> slices = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += per) {
            List<BookReader.Entry> slice = entries.subList(from, Math.min(entries.size(), from + per));
            slices.add(CompletableFuture.supplyAsync(() -> {
                long started = System.nanoTime();
                List<Scored> scored = slice.stream().map(entry -> reader.score(scorer, entry)).toList();
                nanos.addAndGet(System.nanoTime() - started);
                return scored;
            }, pool));
        }
        return CompletableFuture.allOf(slices.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<Scored> all = new ArrayList<>(entries.size());
            slices.forEach(slice -> all.addAll(slice.join()));
            return all;
        });
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
