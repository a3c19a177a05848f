package org.steward.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.steward.account.AssessmentFact;
import org.steward.account.ContactFact;
import org.steward.account.InvoiceFact;
import org.steward.account.NpsFact;
import org.steward.account.TicketFact;
import org.steward.account.UsageFact;
import org.steward.scoring.AccountSnapshot;
import org.steward.support.ApiTest;
import org.steward.support.TestDatabase;

/**
 * Whole-book scoring run from MariaDB to stored assessments: a book of {@code benchmark.accounts} accounts
 * (default 100 000) with 90 days of daily usage each, two contacts, and tickets, NPS responses, invoices and
 * CSM assessments for some (the shapes of {@link ScoringBenchmark}), bulk-loaded with LOAD DATA LOCAL INFILE
 * into a database of its own ({@code steward_scoring_bench}, kept between invocations unless {@code -Dbenchmark.fresh=true}: a book in place is not
 * loaded again). Then {@code benchmark.runs} runs (default 3) through the API, each timed from the POST until
 * the run reports SUCCEEDED, with the heap's peak use sampled every 50 ms. After each run the benchmark waits until
 * the plays the run set off have started (no orchestration job left) and reports how many and how long it took, so
 * the next run is measured on a quiet machine. Run this JVM with
 * {@code -Xmx1g} ({@code -Dbenchmark.argLine=-Xmx1g}); the benchmark refuses a larger heap.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"steward.scoring.daily-run.enabled=false", "logging.level.org.steward.scoring=INFO"})
class ScoringRunBenchmark extends ApiTest {

    private static final String DATABASE = "steward_scoring_bench";
    private static final int ACCOUNTS = Integer.getInteger("benchmark.accounts", 100_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String NO_HASH = "UNHEX('00000000000000000000000000000000')";

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        String server = server();
        try (Connection connection = DriverManager.getConnection(server, TestDatabase.username(), TestDatabase.password());
             Statement statement = connection.createStatement()) {
            if (Boolean.getBoolean("benchmark.fresh")) {
                statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            }
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        registry.add("spring.datasource.url", () -> server + DATABASE);
    }

    private static String server() {
        String shared = TestDatabase.url();
        return shared.substring(0, shared.lastIndexOf('/') + 1);
    }

    @Test
    void scoreTheWholeBookFromMariaDbToStoredAssessments() throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertThat(maxHeap).as("run with -Dbenchmark.argLine=-Xmx1g").isLessThanOrEqualTo(1L << 30);
        BenchmarkReport report = new BenchmarkReport("scoring-run");
        report.line("- heap: -Xmx %d MiB; %d scoring threads", maxHeap >> 20, Runtime.getRuntime().availableProcessors());
        loadBook(report);
        long usageRows = jdbc.queryForObject("SELECT COUNT(*) FROM usage_day", Long.class);
        report.line("- book: %d accounts, %d usage rows, %d contacts, %d tickets, %d NPS responses, %d invoices,"
                + " %d CSM assessments", count("account"), usageRows, count("contact"), count("ticket"),
                count("nps_response"), count("invoice"), count("csm_assessment"));
        List<Double> seconds = new ArrayList<>();
        List<Double> runSeconds = new ArrayList<>();
        List<Double> peaks = new ArrayList<>();
        long quietFrom = System.nanoTime();
        long leftDue = awaitNoDueJobs();
        report.line("- waited %.1f s for durable jobs left due by an earlier invocation%s", (System.nanoTime() - quietFrom) / 1e9,
                leftDue == 0 ? "" : " (" + leftDue + " still due)");
        for (int run = 1; run <= RUNS; run++) {
            long playsBefore = count("play");
            System.gc();
            HeapPeak peak = HeapPeak.start();
            double jvmCpuBefore = jvmCpuSeconds();
            double dbCpuBefore = databaseCpuSeconds();
            long started = System.nanoTime();
            ResponseEntity<Map> posted = as("t-ops").postForEntity("/api/v1/scoring-runs", null, Map.class);
            assertThat(posted.getStatusCode()).as(String.valueOf(posted.getBody())).isEqualTo(HttpStatus.ACCEPTED);
            long id = ((Number) posted.getBody().get("id")).longValue();
            Map<String, Object> finished = awaitFinished(id);
            long ended = System.nanoTime();
            double took = (ended - started) / 1e9;
            long peakBytes = peak.stop();
            double jvmCpu = jvmCpuSeconds() - jvmCpuBefore;
            double dbCpu = databaseCpuSeconds() - dbCpuBefore;
            long orchestrationJobs = orchestrationJobs();
            assertThat(finished).as("run %d", id).containsEntry("state", "SUCCEEDED").containsEntry("failed", 0);
            Map<String, Object> progress = (Map<String, Object>) finished.get("progress");
            assertThat(((Number) progress.get("done")).longValue()).isEqualTo(count("account"));
            seconds.add(took);
            runSeconds.add(((Number) finished.get("durationMillis")).longValue() / 1000.0);
            peaks.add(peakBytes / 1048576.0);
            report.line("- run %d (id %d): %.1f s from request to SUCCEEDED (%.1f s running), %.0f accounts/s,"
                    + " tiers %s, peak heap used %.0f MiB; CPU used: Steward %.1f s, MariaDB %.1f s"
                    + " (load average %s)", run, id, took, runSeconds.get(run - 1), count("account") / took,
                    finished.get("tiers"), peaks.get(run - 1), jvmCpu, dbCpu, BenchmarkReport.loadAverage());
            awaitPlaysStarted(report, run, ended, orchestrationJobs, playsBefore);
        }
        report.line("- median: %.1f s from request to SUCCEEDED (runs: %s), %.1f s running (runs: %s);"
                + " peak heap used %.0f MiB at most", BenchmarkReport.median(seconds), BenchmarkReport.runs(seconds),
                BenchmarkReport.median(runSeconds), BenchmarkReport.runs(runSeconds),
                peaks.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        report.line("- assessments stored in all: %d", count("assessment"));
        report.write();
    }

    private Map<String, Object> awaitFinished(long id) throws InterruptedException {
        while (true) {
            Map<String, Object> run = as("t-ops").getForEntity("/api/v1/scoring-runs/" + id, Map.class).getBody();
            if ("SUCCEEDED".equals(run.get("state")) || "FAILED".equals(run.get("state"))) {
                return run;
            }
            Thread.sleep(100);
        }
    }

    /**
     * Waits until the plays the run set off have started (no orchestration job left, of a run's chunk or of a single
     * account), so the next run is measured on a quiet machine, and reports what the run set off.
     */
    private void awaitPlaysStarted(BenchmarkReport report, int run, long runEnded, long jobsAtEnd, long playsBefore)
            throws InterruptedException {
        long reported = System.nanoTime();
        long left;
        while ((left = orchestrationJobs()) > 0) {
            if (System.nanoTime() - reported > 60_000_000_000L) {
                System.out.printf("run %d: %d orchestration job(s) left, %d play(s) started so far%n", run, left,
                        count("play") - playsBefore);
                reported = System.nanoTime();
            }
            Thread.sleep(500);
        }
        double took = (System.nanoTime() - runEnded) / 1e9;
        long started = count("play") - playsBefore;
        report.line("  - plays it set off: %d orchestration job(s) at its end; %d play(s) started, all within %.1f s of"
                + " the run's end (%.0f plays/s); %d plays in all (load average %s)", jobsAtEnd, started, took,
                started / Math.max(took, 0.001), count("play"), BenchmarkReport.loadAverage());
        long due = awaitNoDueJobs();
        report.line("  - and what the plays set off in turn (customer drafts, notices, timers already due): %s within"
                + " %.1f s of the run's end (load average %s)", due == 0 ? "done" : due + " job(s) still due",
                (System.nanoTime() - runEnded) / 1e9, BenchmarkReport.loadAverage());
    }

    /** Waits until no durable job is due, 30 minutes at most; how many are still due (0 when none). */
    private long awaitNoDueJobs() throws InterruptedException {
        long due;
        long giveUp = System.nanoTime() + 1_800_000_000_000L;
        while ((due = dueJobs()) > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(500);
        }
        return due;
    }

    /** Durable jobs due now or earlier (drafts, notices, timers), running or waiting for a thread. */
    private long dueJobs() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= UTC_TIMESTAMP(6)",
                Long.class);
    }

    private long orchestrationJobs() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name IN"
                + " ('play-orchestration', 'play-orchestration-run')", Long.class);
    }

    private static double jvmCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** CPU time (user + system) of this worktree's test MariaDB server, from /proc; 0 when not found. */
    private static double databaseCpuSeconds() {
        String dataDir = Path.of("target", "test-mariadb").toAbsolutePath().toString();
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
                    if (command.contains("mariadbd") && command.contains(dataDir)) {
                        String stat = Files.readString(process.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                    }
                } catch (IOException gone) {
                    // the process ended while the list was read
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** Loads the book unless one of this size, dated today, is in place. */
    private void loadBook(BenchmarkReport report) throws Exception {
        Long inPlace = jdbc.queryForObject("SELECT COUNT(*) FROM account", Long.class);
        LocalDate lastUsage = jdbc.queryForObject("SELECT MAX(usage_date) FROM usage_day", LocalDate.class);
        if (inPlace == ACCOUNTS && TODAY.equals(lastUsage)) {
            report.line("- book in place from an earlier invocation (not loaded again)");
            return;
        }
        long started = System.nanoTime();
        for (String table : List.of("scoring_failure", "account_signal", "daily_score", "account_health", "assessment",
                "scoring_run", "csm_assessment", "invoice", "nps_response", "ticket", "usage_day", "contact", "account")) {
            jdbc.execute("DELETE FROM " + table);
        }
        Path dir = Files.createDirectories(Path.of("target", "benchmark-data"));
        Tsv accounts = new Tsv(dir.resolve("account.tsv"));
        Tsv contacts = new Tsv(dir.resolve("contact.tsv"));
        Tsv usage = new Tsv(dir.resolve("usage_day.tsv"));
        Tsv tickets = new Tsv(dir.resolve("ticket.tsv"));
        Tsv nps = new Tsv(dir.resolve("nps_response.tsv"));
        Tsv invoices = new Tsv(dir.resolve("invoice.tsv"));
        Tsv assessments = new Tsv(dir.resolve("csm_assessment.tsv"));
        Random random = new Random(42);
        for (int n = 1; n <= ACCOUNTS; n++) {
            AccountSnapshot book = ScoringBenchmark.snapshot(String.format("bench-%06d", n), n, random, TODAY);
            var a = book.account();
            accounts.row(n, a.externalId(), a.name(), a.segment(), a.plan(), a.arr(), a.seatsPurchased(), a.contractStart(),
                    a.renewalDate(), a.csmOwner(), a.teamLead());
            for (ContactFact c : book.contacts()) {
                contacts.row(c.externalId(), n, c.name(), c.role(), c.champion() ? 1 : 0, c.disc(), c.active() ? 1 : 0);
            }
            for (UsageFact u : book.usage()) {
                usage.row(n, u.date(), u.team(), u.activeUsers(), u.logins(), features(u.featuresUsed()), u.apiCalls(),
                        u.apiLimit(), u.seatsUsed());
            }
            for (TicketFact t : book.tickets()) {
                tickets.row(t.externalId(), n, t.subject(), t.priority(), t.status(), t.openedOn(), t.resolvedOn());
            }
            for (NpsFact r : book.nps()) {
                nps.row(r.externalId(), n, r.score(), r.respondedOn());
            }
            for (InvoiceFact i : book.invoices()) {
                invoices.row(i.externalId(), n, i.amount(), i.currency(), i.issuedOn(), i.dueOn(), i.paidOn());
            }
            for (AssessmentFact s : book.assessments()) {
                assessments.row(n, s.assessedOn(), s.score(), s.assessedBy());
            }
        }
        for (Tsv file : List.of(accounts, contacts, usage, tickets, nps, invoices, assessments)) {
            file.close();
        }
        double written = (System.nanoTime() - started) / 1e9;
        try (Connection connection = DriverManager.getConnection(server() + DATABASE + "?allowLocalInfile=true",
                TestDatabase.username(), TestDatabase.password()); Statement load = connection.createStatement()) {
            load.execute("SET foreign_key_checks = 0, unique_checks = 0");
            load(load, accounts, "account", "id, external_id, name, segment, plan, arr, seats_purchased, contract_start,"
                    + " renewal_date, csm_owner, team_lead");
            load(load, contacts, "contact", "external_id, account_id, name, role, champion, disc, active");
            load(load, usage, "usage_day", "account_id, usage_date, team, active_users, logins, features_used,"
                    + " api_calls, api_limit, seats_used");
            load(load, tickets, "ticket", "external_id, account_id, subject, priority, status, opened_on, resolved_on");
            load(load, nps, "nps_response", "external_id, account_id, score, responded_on");
            load(load, invoices, "invoice", "external_id, account_id, amount, currency, issued_on, due_on, paid_on");
            load(load, assessments, "csm_assessment", "account_id, assessed_on, score, assessed_by");
        }
        report.line("- book generated in %.1f s and bulk-loaded (LOAD DATA LOCAL INFILE) in %.1f s", written,
                (System.nanoTime() - started) / 1e9 - written);
    }

    private static void load(Statement statement, Tsv file, String table, String columns) throws SQLException {
        statement.execute("LOAD DATA LOCAL INFILE '" + file.path.toAbsolutePath() + "' INTO TABLE " + table
                + " FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (" + columns + ") SET content_hash = " + NO_HASH);
    }

    private static String features(List<String> features) {
        return features == null ? null : "[\"" + String.join("\",\"", features) + "\"]";
    }

    /** A tab-separated file for LOAD DATA: null as \N. */
    private static final class Tsv implements AutoCloseable {
        final Path path;
        private final BufferedWriter out;

        Tsv(Path path) throws IOException {
            this.path = path;
            this.out = Files.newBufferedWriter(path);
        }

        void row(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                out.write(values[i] == null ? "\\N" : values[i].toString());
            }
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** The heap's peak use while it runs: the sum of the heap pools' used bytes, sampled every 50 ms. */
    private static final class HeapPeak {
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private HeapPeak() {
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            sampler = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-peak");
            sampler.setDaemon(true);
            sampler.start();
        }

        static HeapPeak start() {
            return new HeapPeak();
        }

        long stop() throws InterruptedException {
            running = false;
            sampler.join();
            return peak.get();
        }
    }
}
