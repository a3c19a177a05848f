package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.steward.account.Segment;
import org.steward.support.ApiTest;
import org.steward.support.Eventually;

/** Whole-book runs over the API: progress and tier counts, one at a time, and a rule that throws in a run. */
class ScoringRunApiTest extends ApiTest {

    @Autowired
    private ScoringRuns runs;

    @Autowired
    private RunTable runTable;

    @Autowired
    private SingleAccountScoring single;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private BookReader reader;

    @Autowired
    private AssessmentWriter writer;

    @Autowired
    private ActiveRuleSets ruleSets;

    @Autowired
    private java.time.Clock clock;

    private BookFixture book;

    @BeforeEach
    void newBook() {
        book = new BookFixture(as("t-integration"));
        awaitNoRunInProgress();
    }

    @Test
    void shouldScoreTheWholeBookInTheBackgroundAndReportProgressAndTiers() {
        book.steadyAccount("r1", Segment.SMB, 20, 15, 30);
        book.steadyAccount("r2", Segment.ENTERPRISE, 100, 20, 30);
        Eventually.await("accounts scored on their facts", Duration.ofSeconds(20), single::idle);

        ResponseEntity<Map> started = as("t-ops").postForEntity("/api/v1/scoring-runs", null, Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long id = ((Number) started.getBody().get("id")).longValue();
        assertThat(started.getHeaders().getLocation()).hasPath("/api/v1/scoring-runs/" + id);
        Map<String, Object> run = awaitFinished(id);

        assertThat(run).containsEntry("state", "SUCCEEDED").containsEntry("trigger", "MANUAL")
                .containsEntry("ruleSetVersion", 1).containsEntry("requestedBy", "t-ops")
                .containsEntry("asOf", BookFixture.TODAY.toString());
        Map<String, Object> progress = (Map<String, Object>) run.get("progress");
        long accounts = jdbc.queryForObject("SELECT COUNT(*) FROM account", Long.class);
        assertThat(((Number) progress.get("total")).longValue()).isLessThanOrEqualTo(accounts);
        assertThat(progress.get("done")).isEqualTo(progress.get("total"));
        Map<String, Integer> tiers = (Map<String, Integer>) run.get("tiers");
        assertThat(tiers.get("green") + tiers.get("yellow") + tiers.get("red") + (Integer) run.get("failed"))
                .isEqualTo(progress.get("done"));
        assertThat(run.get("durationMillis")).isNotNull();
        assertThat(run.get("finishedAt")).isNotNull();
        for (String account : List.of(book.id("r1"), book.id("r2"))) {
            Map<String, Object> health = as("t-ops").getForEntity("/api/v1/accounts/" + account + "/health", Map.class).getBody();
            assertThat(((Number) health.get("runId")).longValue()).as(account).isEqualTo(id);
        }
        Long runAssessments = jdbc.queryForObject("SELECT COUNT(*) FROM assessment WHERE run_id = ?", Long.class, id);
        assertThat(runAssessments).isEqualTo(tiers.get("green") + tiers.get("yellow") + tiers.get("red"));

        ResponseEntity<List> recent = as("t-admin").getForEntity("/api/v1/scoring-runs?limit=5", List.class);
        assertThat((List<Map<String, Object>>) recent.getBody()).first().satisfies(latest ->
                assertThat(((Number) latest.get("id")).longValue()).isEqualTo(id));
    }

    @Test
    void shouldRefuseASecondRunWhileOneIsInProgress() {
        long inProgress = runs.create("t-ops", ScoringRuns.MANUAL);
        try {
            ResponseEntity<Map> second = as("t-admin").postForEntity("/api/v1/scoring-runs", null, Map.class);
            assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(second.getBody().get("detail").toString()).contains("run " + inProgress);
        } finally {
            runTable.finish(inProgress, ScoringRun.RunState.FAILED, "test");
        }
    }

    @Test
    void shouldReportTheAccountAndRuleThatFailedInARunAndKeepItsPreviousAssessment() {
        book.steadyAccount("breaks", Segment.SMB, 20, 15, 30);
        book.steadyAccount("fine", Segment.SMB, 20, 15, 30);
        Eventually.await("accounts scored on their facts", Duration.ofSeconds(20), single::idle);
        long before = latestAssessment(book.id("breaks"));
        CompiledRuleSet throwing = RuleSets.compiled(withRule("""
                package scoring;
                import org.steward.scoring.facts.*;

                rule "Accounts under review cannot be scored"
                when
                    $a : AccountProfile( accountId == "%s" )
                then
                    throw new IllegalStateException("account under review");
                end
                """.formatted(book.id("breaks"))));

        long id = runs.create("t-ops", ScoringRuns.MANUAL);
        runs.execute(id, new ActiveRuleSet(1, throwing));

        ScoringRun run = runs.find(id).orElseThrow();
        assertThat(run.state()).isEqualTo(ScoringRun.RunState.SUCCEEDED);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.account()).isEqualTo(book.id("breaks"));
            assertThat(failure.rule()).isEqualTo("Accounts under review cannot be scored");
            assertThat(failure.message()).contains("account under review");
        });
        assertThat(run.message()).contains("1 account(s) could not be scored");
        assertThat(latestAssessment(book.id("breaks"))).as("the previous assessment stays current").isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT h.assessment_id FROM account_health h JOIN assessment a ON a.id ="
                + " h.assessment_id JOIN account acc ON acc.id = h.account_id WHERE acc.external_id = ? AND a.run_id = ?",
                Long.class, book.id("fine"), id)).as("the other accounts are scored by the run").isNotNull();
        ResponseEntity<Map> shown = as("t-ops").getForEntity("/api/v1/scoring-runs/" + id, Map.class);
        assertThat(shown.getBody().get("failures").toString()).contains(book.id("breaks"))
                .contains("Accounts under review cannot be scored");
        Map<String, Object> broken = as("t-csm").getForEntity("/api/v1/accounts/" + book.id("breaks") + "/health", Map.class).getBody();
        assertThat(((Number) broken.get("id")).longValue()).as("still the previous assessment").isEqualTo(before);
        assertThat((Map<String, Object>) broken.get("lastFailure")).as("why the health did not move")
                .containsEntry("rule", "Accounts under review cannot be scored").containsEntry("runId", (int) id)
                .containsEntry("asOf", run.asOf().toString())
                .hasEntrySatisfying("message", message -> assertThat(message.toString()).contains("account under review"));
        assertThat(as("t-csm").getForEntity("/api/v1/accounts/" + book.id("fine") + "/health", Map.class).getBody())
                .containsEntry("lastFailure", null);
    }

    @Test
    void shouldFinishARunWhoseRuleNeverEndsForOneAccountAndLetTheNextRunStart() {
        book.steadyAccount("spins", Segment.SMB, 20, 15, 30);
        book.steadyAccount("calm", Segment.SMB, 20, 15, 30);
        Eventually.await("accounts scored on their facts", Duration.ofSeconds(20), single::idle);
        CompiledRuleSet spinning = RuleSets.compiled(withRule("""
                package scoring;
                import org.steward.scoring.facts.*;

                rule "Spin for one account"
                when
                    $a : AccountProfile( accountId == "%s" )
                then
                    long turns = 0;
                    while (turns >= 0) { turns++; if (turns == Long.MAX_VALUE) { turns = 0; } }
                end
                """.formatted(book.id("spins"))));

        long id = runs.create("t-ops", ScoringRuns.MANUAL);
        runs.execute(id, new ActiveRuleSet(1, spinning));

        ScoringRun run = runs.find(id).orElseThrow();
        assertThat(run.state()).isEqualTo(ScoringRun.RunState.SUCCEEDED);
        assertThat(run.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.account()).isEqualTo(book.id("spins"));
            assertThat(failure.rule()).isEqualTo("Spin for one account");
            assertThat(failure.message()).contains("did not finish within");
        });
        long next = runs.create("t-ops", ScoringRuns.MANUAL);
        assertThat(next).as("the next run starts").isGreaterThan(id);
        runTable.finish(next, ScoringRun.RunState.FAILED, "test");
    }

    @Test
    void shouldCancelARunSoThatTheNextOneMayStart() {
        long stuck = runs.create("t-ops", ScoringRuns.MANUAL);

        ResponseEntity<Map> csm = as("t-csm").postForEntity("/api/v1/scoring-runs/" + stuck + "/cancel", null, Map.class);
        ResponseEntity<Map> cancelled = as("t-ops").postForEntity("/api/v1/scoring-runs/" + stuck + "/cancel", null, Map.class);
        ResponseEntity<Map> again = as("t-ops").postForEntity("/api/v1/scoring-runs/" + stuck + "/cancel", null, Map.class);

        assertThat(csm.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancelled.getBody()).containsEntry("state", "CANCELLED");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        runs.execute(stuck);
        assertThat(runs.find(stuck).orElseThrow().state()).as("a cancelled run does not run").isEqualTo(ScoringRun.RunState.CANCELLED);
        ResponseEntity<Map> next = as("t-ops").postForEntity("/api/v1/scoring-runs", null, Map.class);
        assertThat(next.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        awaitFinished(((Number) next.getBody().get("id")).longValue());
    }

    /**
     * A run reads a chunk, and before it stores the chunk an account's facts change and the account is scored alone. The
     * run's assessment of that account, read from the older facts, joins the history; the newer one stays current.
     */
    @Test
    void shouldKeepTheAssessmentFromLaterFactsCurrentWhenARunStoresOlderOnesOfTheSameDay() {
        book.steadyAccount("raced", Segment.SMB, 20, 15, 30);
        Eventually.await("account scored on its facts", Duration.ofSeconds(20), single::idle);
        ActiveRuleSet ruleSet = ruleSets.current();
        AccountScorer scorer = new AccountScorer(ruleSet.rules());
        LocalDate today = LocalDate.now(clock);
        List<Scored> readByTheRun = reader.accounts(List.of(book.id("raced")), today,
                FactAssembler.usageDays(ruleSet.rules().parameters())).stream().map(entry -> reader.score(scorer, entry)).toList();

        assertThat(single.score(List.of(book.id("raced")))).isEqualTo(1);
        long scoredAlone = latestAssessment(book.id("raced"));
        long run = runs.create("t-ops", ScoringRuns.MANUAL);
        try {
            writer.write(readByTheRun, ruleSet.version(), run, 10, outcome -> { });
        } finally {
            runTable.finish(run, ScoringRun.RunState.SUCCEEDED, null);
        }

        assertThat(latestAssessment(book.id("raced"))).as("the assessment from the later read stays current").isEqualTo(scoredAlone);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessment a JOIN account acc ON acc.id = a.account_id"
                + " WHERE acc.external_id = ? AND a.run_id = ?", Integer.class, book.id("raced"), run))
                .as("the run's assessment joins the history").isEqualTo(1);
    }

    @Test
    void shouldLetOnlyCsOpsAndAdminsStartRunsAndAnswerUnknownRunsWith404() {
        assertThat(as("t-csm").postForEntity("/api/v1/scoring-runs", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("t-lead").postForEntity("/api/v1/scoring-runs", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("t-integration").getForEntity("/api/v1/scoring-runs", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("t-ops").getForEntity("/api/v1/scoring-runs/999999999", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("t-ops").getForEntity("/api/v1/scoring-runs?limit=0", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static Map<String, String> withRule(String drl) {
        Map<String, String> files = new java.util.TreeMap<>(ShippedRuleSet.files());
        files.put("scoring/under-review.drl", drl);
        return files;
    }

    private Map<String, Object> awaitFinished(long id) {
        Eventually.await("run " + id + " finished", Duration.ofSeconds(60), () -> {
            Object state = as("t-ops").getForEntity("/api/v1/scoring-runs/" + id, Map.class).getBody().get("state");
            return "SUCCEEDED".equals(state) || "FAILED".equals(state);
        });
        return as("t-ops").getForEntity("/api/v1/scoring-runs/" + id, Map.class).getBody();
    }

    private void awaitNoRunInProgress() {
        Eventually.await("no scoring run in progress", Duration.ofSeconds(60), () -> runTable.inProgress().isEmpty());
    }

    private long latestAssessment(String account) {
        return jdbc.queryForObject("SELECT h.assessment_id FROM account_health h JOIN account a ON a.id = h.account_id"
                + " WHERE a.external_id = ?", Long.class, account);
    }
}
