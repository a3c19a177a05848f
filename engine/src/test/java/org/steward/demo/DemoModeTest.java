package org.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.steward.account.FactKind;
import org.steward.account.IngestReport;
import org.steward.support.ApiTest;
import org.steward.support.TestDatabase;
import org.steward.user.NewUser;

/** Steward started with {@code --demo} (a book of 30 accounts) on a database of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo",
        properties = "steward.demo.accounts=30")
class DemoModeTest extends ApiTest {

    private static final String DATABASE = "steward_demo_test";

    @Autowired
    private DemoMode demoMode;

    @Autowired
    private DemoSeeder seeder;

    /** The demo book in a database of its own, so that it does not show up in other tests' account lists. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        String shared = TestDatabase.url();
        String server = shared.substring(0, shared.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(server, TestDatabase.username(), TestDatabase.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            registry.add("spring.datasource.url", () -> server + DATABASE);
        } catch (SQLException e) {
            // A database user that may not create databases (Testcontainers): share the test database.
        }
    }

    @Test
    void shouldSeedTheWholeBookThroughIngestionWhenStarted() {
        DemoSummary seeded = demoMode.summary();
        assertThat(seeded.reports()).extracting(IngestReport::kind).containsExactly(FactKind.values());
        assertThat(seeded.reports()).allSatisfy(report -> assertThat(report.received()).isPositive());
        assertThat(seeded.inserted()).isEqualTo(seeded.received());

        ResponseEntity<Map> page = as("t-admin").getForEntity("/api/v1/accounts?size=5", Map.class);
        assertThat(page.getBody()).containsEntry("total", 30);
        ResponseEntity<Map> account = as("t-admin").getForEntity("/api/v1/accounts/demo-0001", Map.class);
        assertThat(account.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<?>) account.getBody().get("contacts")).isNotEmpty();
        assertThat((List<Map<String, Object>>) account.getBody().get("latestUsage"))
                .allSatisfy(usage -> assertThat(usage).containsEntry("date", seeded.bookDay().minusDays(1).toString()));
    }

    @Test
    void shouldShowTheBookScoredOverItsPastWeeksWithTrendsAndSignals() {
        ResponseEntity<Map> health = as("t-csm").getForEntity("/api/v1/accounts/demo-0001/health", Map.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) health.getBody().get("trend")).extracting(trend -> trend.get("direction"))
                .isNotEqualTo("UNKNOWN");
        ResponseEntity<Map> history = as("t-csm").getForEntity("/api/v1/accounts/demo-0001/health/history", Map.class);
        assertThat((Integer) history.getBody().get("total")).isGreaterThanOrEqualTo(7);
        ResponseEntity<Map> signals = as("t-ops").getForEntity("/api/v1/signals?size=200", Map.class);
        assertThat((List<?>) signals.getBody().get("items")).isNotEmpty();
        ResponseEntity<List> runs = as("t-ops").getForEntity("/api/v1/scoring-runs", List.class);
        assertThat((List<Map<String, Object>>) runs.getBody()).filteredOn(run -> "DEMO".equals(run.get("trigger")))
                .hasSize(7).allSatisfy(run -> assertThat(run).containsEntry("state", "SUCCEEDED"));
    }

    @Test
    void shouldStoreNothingWhenStartedAgainWithTheBookInPlace() {
        DemoSummary again = seeder.seed();

        assertThat(again.alreadyInPlace()).isTrue();
        assertThat(again.bookDay()).isEqualTo(demoMode.summary().bookDay());
        assertThat(again.took()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void shouldGenerateTheVeryBookThatIsStoredWhenStoringItAgain() {
        DemoSummary again = seeder.storeBook();

        assertThat(again.bookDay()).isEqualTo(demoMode.summary().bookDay());
        assertThat(again.received()).isEqualTo(demoMode.summary().received());
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(again.received());
    }

    @Test
    void shouldLetEveryDemoUserSignInWithPasswordDemo() {
        for (NewUser user : DemoUsers.ALL) {
            ResponseEntity<Map> me = http.withBasicAuth(user.username(), "demo").getForEntity("/api/v1/users/me", Map.class);
            assertThat(me.getStatusCode()).as(user.username()).isEqualTo(HttpStatus.OK);
            assertThat(me.getBody()).containsEntry("username", user.username())
                    .containsEntry("roles", List.of(user.roles().iterator().next().name()));
        }
        assertThat(me("csm4")).containsEntry("teamLead", "lead1");
        assertThat(me("csm5")).containsEntry("teamLead", "lead2");
        assertThat(http.withBasicAuth("csm1", "wrong").getForEntity("/api/v1/users/me", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private Map<String, Object> me(String username) {
        return http.withBasicAuth(username, "demo").getForEntity("/api/v1/users/me", Map.class).getBody();
    }
}
