package org.steward.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.play.SavePlayStart;
import org.steward.play.SavePlays;
import org.steward.play.SaveTier;
import org.steward.support.TestDatabase;

/**
 * {@code -Dbenchmark.timers=10000} save plays whose check-in SLA lapses in the same minute: each play is started
 * (from 4 client threads, 20 per transaction, through {@link SavePlays} as orchestration starts them) with an SLA that
 * ends at one instant {@code T} ({@code -Dbenchmark.lead}, by default 1.5 times as long as starting them takes at the
 * rate of a 200-play warm-up, plus 20 s), spread over
 * {@code -Dbenchmark.spread=PT0S}. Then this engine node (db-scheduler as configured) fires the SLA timers: the time
 * from {@code T} until the last task is escalated (escalation row written, task shared with its team lead and marked
 * escalated), and the lateness of each escalation (escalation time − the task's due time), in
 * {@code -Dbenchmark.runs=3} runs on the same database (the plays of earlier runs stay open, waiting for their
 * director SLA).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class TimerBenchmark {

    static {
        TestDatabase.start();
    }

    private static final int TIMERS = Integer.getInteger("benchmark.timers", 10_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    private static final int THREADS = 4;
    private static final int CSMS = 200;
    private static final String LEAD = System.getProperty("benchmark.lead", "");
    private static final int PER_TRANSACTION = 20;
    private static final Duration SPREAD = Duration.parse(System.getProperty("benchmark.spread", "PT0S"));
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);
    private static final int WARM_UP = 200;

    @Autowired
    private SavePlays plays;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void slaTimersDueInTheSameMinuteFireAndEscalate() throws Exception {
        BenchmarkReport report = new BenchmarkReport("timers");
        Result warmUp = run("warm", WARM_UP, Duration.ofSeconds(60));
        report.line("- warm-up: %s", warmUp.summary());
        Duration lead = LEAD.isEmpty() ? Duration.ofSeconds(20 + (long) (1.5 * TIMERS * warmUp.startSeconds() / WARM_UP)) : Duration.parse(LEAD);
        report.line("- per run: %d save plays (yellow check-in) whose SLA lapses at one instant T (spread %s), started %s before T"
                + " from %d threads, %d per transaction; %d runs", TIMERS, SPREAD, lead, THREADS, PER_TRANSACTION, RUNS);
        List<Double> totals = new ArrayList<>();
        List<Double> p50s = new ArrayList<>();
        List<Double> p99s = new ArrayList<>();
        for (int n = 1; n <= RUNS; n++) {
            Result result = run("r" + n, TIMERS, lead);
            totals.add(result.allEscalatedSeconds());
            p50s.add(result.lateness().percentileMillis(50) / 1000);
            p99s.add(result.lateness().percentileMillis(99) / 1000);
            report.line("- run %d: %s (load average %s)", n, result.summary(), BenchmarkReport.loadAverage());
        }
        report.line("- all %d escalated within: median %.1f s after T (runs: %s)", TIMERS, BenchmarkReport.median(totals),
                BenchmarkReport.runs(totals));
        report.line("- lateness p50: median %.1f s (runs: %s); p99: median %.1f s (runs: %s)", BenchmarkReport.median(p50s),
                BenchmarkReport.runs(p50s), BenchmarkReport.median(p99s), BenchmarkReport.runs(p99s));
        report.write();
    }

    /** What one run measured: seconds to start the plays, from T to the last escalation, and each escalation's lateness. */
    private record Result(int timers, double startSeconds, double allEscalatedSeconds, double firingsPerSecond, Latencies lateness) {

        String summary() {
            return String.format(java.util.Locale.ROOT, "%d plays started in %.1f s; all escalated %.1f s after T (%.0f escalations/s); lateness %s",
                    timers, startSeconds, allEscalatedSeconds, firingsPerSecond, lateness.summary().replace("requests", "escalations"));
        }
    }

    private Result run(String name, int timers, Duration lead) throws Exception {
        String prefix = "TIMER-" + name + "-";
        Instant due = Instant.now().plus(lead);
        int timersBefore = timersWaiting();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        double startSeconds = Parallel.run(THREADS, (timers + PER_TRANSACTION - 1) / PER_TRANSACTION, batch -> transaction.executeWithoutResult(
                status -> {
                    for (int n = batch * PER_TRANSACTION; n < Math.min(timers, (batch + 1) * PER_TRANSACTION); n++) {
                        Instant dueAt = due.plusMillis(SPREAD.toMillis() * n / timers);
                        String sla = Duration.between(Instant.now(), dueAt).toString();
                        int csm = n % CSMS;
                        plays.start(new SavePlayStart(prefix + n, SaveTier.YELLOW, String.format("timer-csm-%03d", csm),
                                String.format("timer-lead-%02d", csm / 10), "timer benchmark", sla, "P30D"));
                    }
                }));
        assertThat(Instant.now()).as("every play started before its SLA lapses (raise -Dbenchmark.lead)").isBefore(due);
        Instant deadline = due.plus(SPREAD).plus(LONGEST_WAIT);
        while (escalated(prefix) < timers && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
        assertThat(escalated(prefix)).as("tasks escalated in run %s", name).isEqualTo(timers);
        check(prefix, timers);
        assertThat(timersWaiting()).as("timers waiting: the director SLA of each play").isEqualTo(timersBefore + timers);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'jbpm-timer' AND execution_time < ?",
                Integer.class, java.sql.Timestamp.from(Instant.now().plus(Duration.ofDays(1))))).as("check-in SLA timers left").isZero();
        Latencies lateness = new Latencies(timers);
        jdbc.query("SELECT TIMESTAMPDIFF(MICROSECOND, t.due_at, e.created_at) FROM escalation e JOIN play_task t ON t.id = e.task_id"
                        + " WHERE e.account_external_id LIKE ? AND e.level = 'TEAM_LEAD'",
                rs -> {
                    lateness.add(rs.getLong(1) * 1000);
                }, prefix + "%");
        double all = jdbc.queryForObject("SELECT TIMESTAMPDIFF(MICROSECOND, MIN(t.due_at), MAX(e.created_at)) FROM escalation e"
                + " JOIN play_task t ON t.id = e.task_id WHERE e.account_external_id LIKE ? AND e.level = 'TEAM_LEAD'", Long.class, prefix + "%") / 1e6;
        double firing = jdbc.queryForObject("SELECT TIMESTAMPDIFF(MICROSECOND, MIN(e.created_at), MAX(e.created_at)) FROM escalation e"
                + " WHERE e.account_external_id LIKE ? AND e.level = 'TEAM_LEAD'", Long.class, prefix + "%") / 1e6;
        return new Result(timers, startSeconds, all, timers / Math.max(firing, 0.001), lateness);
    }

    private int timersWaiting() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'jbpm-timer'", Integer.class);
    }

    private int escalated(String prefix) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM escalation WHERE account_external_id LIKE ? AND level = 'TEAM_LEAD'",
                Integer.class, prefix + "%");
    }

    /**
     * Every task escalated once, shared with its team lead and marked; every check-in SLA timer gone (fired once, not
     * failed); the director SLA timers still waiting, one per play (checked by the caller).
     */
    private void check(String prefix, int timers) {
        assertThat(count("SELECT COUNT(*) FROM play_task WHERE account_external_id LIKE ? AND escalated = TRUE"
                + " AND escalation_level = 'TEAM_LEAD' AND is_open = TRUE", prefix)).isEqualTo(timers);
        assertThat(count("SELECT COUNT(*) FROM play_task t JOIN play_task_candidate c ON c.task_id = t.id"
                + " WHERE t.account_external_id LIKE ? AND c.username LIKE 'timer-lead-%'", prefix)).as("tasks shared with the team lead").isEqualTo(timers);
        assertThat(count("SELECT COUNT(*) FROM escalation WHERE account_external_id LIKE ?", prefix)).as("escalations").isEqualTo(timers);
        assertThat(count("SELECT COUNT(*) FROM scheduled_tasks WHERE consecutive_failures > 0", null)).as("failed timers").isZero();
    }

    private int count(String sql, String prefix) {
        return prefix == null ? jdbc.queryForObject(sql, Integer.class) : jdbc.queryForObject(sql, Integer.class, prefix + "%");
    }
}
