package org.steward.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.account.AccountFactsChanged;

/**
 * Re-scores accounts as of today once a batch of their facts has committed, off the request thread: the
 * accounts wait in a bounded set for {@code steward.scoring.single.delay}, so an account named by many batches
 * of a burst is scored once, then are read, scored and stored in chunks, each chunk in a transaction of its own.
 * A rolled-back batch publishes nothing after commit, so it scores nothing. When more accounts wait than the set
 * holds, the rest are left to the next whole-book run (logged).
 */
@Component
class SingleAccountScoring implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SingleAccountScoring.class);

    private final BookReader reader;
    private final AssessmentWriter writer;
    private final ActiveRuleSets ruleSets;
    private final ScoringProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private final Set<String> waiting = new LinkedHashSet<>();
    private boolean drainScheduled;
    private boolean draining;
    private long left;

    SingleAccountScoring(BookReader reader, AssessmentWriter writer, ActiveRuleSets ruleSets,
                         ScoringProperties properties, Clock clock) {
        this.reader = reader;
        this.writer = writer;
        this.ruleSets = ruleSets;
        this.properties = properties;
        this.clock = clock;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("account-scoring-");
        threads.setDaemon(true);
        this.worker = new ScheduledThreadPoolExecutor(1, threads);
    }

    @TransactionalEventListener
    void factsChanged(AccountFactsChanged changed) {
        if (properties.single().enabled()) {
            enqueue(changed.accountExternalIds());
        }
    }

    /** Queues accounts for scoring (as many as fit) and makes sure a drain is on its way. */
    synchronized void enqueue(Set<String> accounts) {
        for (String account : accounts) {
            if (waiting.size() >= properties.single().queueCapacity() && !waiting.contains(account)) {
                left++;
            } else {
                waiting.add(account);
            }
        }
        if (!drainScheduled && !waiting.isEmpty()) {
            drainScheduled = true;
            worker.schedule(this::drain, properties.single().delay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void drain() {
        List<String> accounts;
        long dropped;
        synchronized (this) {
            accounts = new ArrayList<>(waiting);
            waiting.clear();
            dropped = left;
            left = 0;
            drainScheduled = false;
            draining = true;
        }
        if (dropped > 0) {
            log.warn("{} account(s) whose facts changed were not queued for scoring (more than {} waiting);"
                    + " the next whole-book run scores them", dropped, properties.single().queueCapacity());
        }
        try {
            score(accounts);
        } catch (RuntimeException e) {
            log.error("Scoring {} account(s) whose facts changed failed; the next whole-book run scores them",
                    accounts.size(), e);
        } finally {
            synchronized (this) {
                draining = false;
            }
        }
    }

    /** Nothing waits to be scored and nothing is being scored. */
    synchronized boolean idle() {
        return waiting.isEmpty() && !drainScheduled && !draining;
    }

    /** Scores these accounts as of today with the active rule set, in chunks; returns how many were stored. */
    int score(List<String> accounts) {
        ActiveRuleSet ruleSet = ruleSets.current();
        AccountScorer scorer = new AccountScorer(ruleSet.rules());
        int usageDays = FactAssembler.usageDays(ruleSet.rules().parameters());
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        int stored = 0;
        for (int from = 0; from < accounts.size(); from += properties.chunkSize()) {
            List<String> chunk = accounts.subList(from, Math.min(accounts.size(), from + properties.chunkSize()));
            List<Scored> scored = reader.accounts(chunk, today, usageDays).stream()
                    .map(entry -> reader.score(scorer, entry)).toList();
            AssessmentWriter.Outcome outcome = writer.write(scored, ruleSet.version(), null, Integer.MAX_VALUE,
                    done -> { });
            stored += outcome.scored();
            if (outcome.failed() > 0) {
                log.warn("{} account(s) whose facts changed could not be scored (see the scoring failures);"
                        + " their previous assessments stay current", outcome.failed());
            }
        }
        return stored;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
