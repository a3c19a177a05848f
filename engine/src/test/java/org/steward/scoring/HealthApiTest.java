package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.account.FactIngestion;
import org.steward.account.FactKind;
import org.steward.account.Segment;
import org.steward.account.UsageFact;
import org.steward.support.ApiTest;
import org.steward.support.Eventually;

/** An account's health with its why, its history and the signals query; scoring after facts commit. */
class HealthApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private FactIngestion ingestion;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private SingleAccountScoring scoring;

    private BookFixture book;

    @BeforeEach
    void newBook() {
        book = new BookFixture(as("t-integration"));
    }

    @Test
    void shouldScoreAnAccountOnceItsFactsHaveCommittedAndExplainWhy() {
        book.steadyAccount("acme", Segment.MID_MARKET, 40, 30, 60);

        Map<String, Object> health = awaitHealth(book.id("acme"));

        assertThat(health).containsEntry("accountId", book.id("acme"))
                .containsEntry("asOf", BookFixture.TODAY.toString()).containsEntry("tierSince", BookFixture.TODAY.toString())
                .containsEntry("ruleSetVersion", 1).containsEntry("runId", null);
        assertThat((Integer) health.get("score")).isBetween(0, 100);
        assertThat(health.get("tier")).isIn("GREEN", "YELLOW", "RED");
        List<Map<String, Object>> layers = (List<Map<String, Object>>) health.get("layers");
        assertThat(layers).extracting(layer -> layer.get("layer")).containsExactly("USAGE", "RELATIONSHIP");
        assertThat(layers).allSatisfy(layer -> {
            assertThat(((Number) layer.get("effectiveWeight")).doubleValue())
                    .isGreaterThan(((Number) layer.get("weight")).doubleValue());
            assertThat((List<?>) layer.get("explanation")).isNotEmpty();
        });
        assertThat((List<String>) health.get("notes")).as("no CSM assessment yet: its weight is redistributed")
                .anySatisfy(note -> assertThat(note).containsIgnoringCase("CSM assessment"));
        assertThat((List<String>) health.get("rulesFired")).contains("The active champion is the primary contact");
        assertThat((Map<String, Object>) health.get("primaryContact")).containsEntry("contactId", book.id("acme-champion"));
        assertThat(health).containsKeys("tierReason", "trend", "churnSignals", "expansionSignals", "lifecycle", "playbook");
    }

    @Test
    void shouldScoreNothingForABatchThatRolledBack() {
        book.steadyAccount("kept", Segment.SMB, 20, 15, 30);
        awaitHealth(book.id("kept"));
        int before = assessments(book.id("kept"));

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            ingestion.ingest(FactKind.USAGE, List.of(new UsageFact(book.id("kept"), BookFixture.TODAY, 1, 1, List.of(),
                    0L, 10_000L, 1, null)));
            status.setRollbackOnly();
        });
        book.steadyAccount("later", Segment.SMB, 20, 15, 30);
        awaitHealth(book.id("later"));

        assertThat(assessments(book.id("kept"))).as("assessments of the account whose batch rolled back").isEqualTo(before);
    }

    @Test
    void shouldListTheHistoryNewestFirstWithinTheDaysAsked() {
        book.steadyAccount("hist", Segment.SMB, 20, 15, 30);
        awaitHealth(book.id("hist"));
        scoring.score(List.of(book.id("hist")));
        int stored = assessments(book.id("hist"));

        ResponseEntity<Map> all = as("t-csm").getForEntity(historyUrl("hist") + "?from=" + BookFixture.TODAY.minusDays(5)
                + "&to=" + BookFixture.TODAY + "&size=1", Map.class);
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(all.getBody()).containsEntry("total", stored).containsEntry("size", 1);
        assertThat(stored).isGreaterThanOrEqualTo(2);
        assertThat((List<Map<String, Object>>) all.getBody().get("items")).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("asOf", BookFixture.TODAY.toString())
                        .containsKeys("layers", "rulesFired", "score", "tier"));
        ResponseEntity<Map> before = as("t-lead").getForEntity(historyUrl("hist") + "?to=" + BookFixture.TODAY.minusDays(1),
                Map.class);
        assertThat(before.getBody()).containsEntry("total", 0);
    }

    @Test
    void shouldListActiveSignalsByKindSegmentAndDayRaised() {
        book.steadyAccount("low-seats", Segment.ENTERPRISE, 100, 20, 40);
        awaitHealth(book.id("low-seats"));

        List<Map<String, Object>> churn = signals("?kind=CHURN&segment=ENTERPRISE&since=" + BookFixture.TODAY + "&size=200");
        assertThat(churn).filteredOn(signal -> book.id("low-seats").equals(signal.get("accountExternalId")))
                .anySatisfy(signal -> {
                    assertThat(signal).containsEntry("code", "seats-low").containsEntry("kind", "CHURN")
                            .containsEntry("segment", "ENTERPRISE").containsEntry("raisedOn", BookFixture.TODAY.toString());
                    assertThat((Map<String, Object>) signal.get("evidence")).isNotEmpty();
                });
        assertThat(signals("?kind=EXPANSION&size=200")).noneMatch(signal -> "seats-low".equals(signal.get("code")));
        assertThat(signals("?kind=CHURN&segment=SMB&size=200"))
                .noneMatch(signal -> book.id("low-seats").equals(signal.get("accountExternalId")));
        assertThat(signals("?kind=CHURN&since=" + BookFixture.TODAY.plusDays(1) + "&size=200")).isEmpty();
    }

    @Test
    void shouldAnswerUnknownAccountsBadParametersAndOtherRolesWithProblems() {
        book.steadyAccount("p", Segment.SMB, 20, 15, 10);
        awaitHealth(book.id("p"));

        assertThat(as("t-admin").getForEntity("/api/v1/accounts/no-such-account/health", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("t-admin").getForEntity("/api/v1/accounts/no-such-account/health/history", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> reversed = as("t-admin").getForEntity(historyUrl("p") + "?from=" + BookFixture.TODAY
                + "&to=" + BookFixture.TODAY.minusDays(1), Map.class);
        assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reversed.getBody().toString()).contains("from");
        ResponseEntity<Map> badDay = as("t-admin").getForEntity(historyUrl("p") + "?from=yesterday", Map.class);
        assertThat(badDay.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDay.getBody().toString()).contains("from");
        assertThat(as("t-admin").getForEntity("/api/v1/signals?kind=RISK", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("t-admin").getForEntity("/api/v1/signals?size=0", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("t-integration").getForEntity("/api/v1/accounts/" + book.id("p") + "/health", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("t-integration").getForEntity("/api/v1/signals", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("t-csm2").getForEntity("/api/v1/accounts/" + book.id("p") + "/health", Map.class).getStatusCode())
                .as("like accounts, health is readable by every CS role").isEqualTo(HttpStatus.OK);
    }

    private Map<String, Object> awaitHealth(String account) {
        Eventually.await("health of " + account, Duration.ofSeconds(20), () -> scoring.idle()
                && as("t-csm").getForEntity("/api/v1/accounts/" + account + "/health", Map.class).getStatusCode() == HttpStatus.OK);
        return as("t-csm").getForEntity("/api/v1/accounts/" + account + "/health", Map.class).getBody();
    }

    private String historyUrl(String name) {
        return "/api/v1/accounts/" + book.id(name) + "/health/history";
    }

    private List<Map<String, Object>> signals(String query) {
        ResponseEntity<Map> response = as("t-ops").getForEntity("/api/v1/signals" + query, Map.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) response.getBody().get("items");
    }

    private int assessments(String account) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assessment a JOIN account acc ON acc.id = a.account_id"
                + " WHERE acc.external_id = ?", Integer.class, account);
    }

}
