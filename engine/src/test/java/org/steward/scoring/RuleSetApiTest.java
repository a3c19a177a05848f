package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.steward.support.ApiTest;
import org.steward.support.TestDatabase;

/**
 * The rule-set store over the API, on a database of its own (so that the versions activated here do not
 * score other tests' accounts): versions, validation, creation, activation, attack rule sets, and a second
 * node that picks up an activation.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RuleSetApiTest extends ApiTest {

    private static final String API = "/api/v1/rule-sets";

    @Autowired
    private ActiveRuleSets activeRuleSets;

    @Autowired
    private RuleSetStore store;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        String database = TestDatabase.isolated("steward_rule_sets");
        registry.add("spring.datasource.url", () -> database);
    }

    @Test
    void theShippedRuleSetIsVersionOneAndOnlyCsOpsAndAdminsSeeOrChangeRuleSets() {
        Map<?, ?> one = as("t-ops").getForObject(API + "/1", Map.class);
        assertThat(one.get("publishedBy")).isEqualTo("steward");
        assertThat((Map<String, String>) one.get("files")).containsKeys("scoring/tier.drl", RuleSets.PARAMETERS)
                .containsEntry("scoring/tier.drl", ShippedRuleSet.files().get("scoring/tier.drl"));
        assertThat(as("t-admin").getForEntity(API, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        Map<String, Object> draft = Map.of("basedOn", 1, "parameters", Map.of("tier.green.min", "71"));
        for (String user : List.of("t-csm", "t-lead", "t-integration")) {
            assertThat(as(user).getForEntity(API, Map.class).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as(user).getForEntity(API + "/1", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as(user).postForEntity(API + "/validate", draft, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as(user).postForEntity(API, draft, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as(user).postForEntity(API + "/1/activate", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.getForEntity(API, Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aParametersOnlyChangeIsOneSmallRequestAndOnceActivatedEveryNodeScoresWithIt() {
        ActiveRuleSets secondNode = new ActiveRuleSets(store, Clock.systemUTC(), Duration.ZERO);
        int before = secondNode.current().version();
        assertThat(activeVersion()).isEqualTo(before);

        ResponseEntity<Map> created = create(Map.of("basedOn", before, "note", "greener",
                "parameters", Map.of("tier.green.min", "65", "segment.SMB.tier.green.min", "60")));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        int version = (int) ((Map<?, ?>) created.getBody().get("version")).get("version");
        assertThat(created.getHeaders().getLocation()).hasPath(API + "/" + version);
        assertThat(created.getBody().get("checksPassed")).isEqualTo(true);
        Map<String, String> baseFiles = files(before);
        Map<String, String> newFiles = files(version);
        assertThat(newFiles.keySet()).isEqualTo(baseFiles.keySet());
        baseFiles.forEach((path, source) -> {
            if (!path.equals(RuleSets.PARAMETERS)) {
                assertThat(newFiles.get(path)).as(path).isEqualTo(source);
            }
        });
        assertThat(newFiles.get(RuleSets.PARAMETERS)).contains("\ntier.green.min=65\n").endsWith("segment.SMB.tier.green.min=60\n");
        assertThat(activeVersion()).as("creating activates nothing").isEqualTo(before);

        ResponseEntity<Map> activated = activate(version, before);

        assertThat(activated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) activated.getBody().get("activation")).containsEntry("version", version)
                .containsEntry("previousVersion", before).containsEntry("activatedBy", "t-ops");
        ActiveRuleSet current = activeRuleSets.current();
        assertThat(current.version()).isEqualTo(version);
        assertThat(current.rules().parameters().defaults()).containsEntry("tier.green.min", "65");
        assertThat(activeVersion()).isEqualTo(version);
        ActiveRuleSet onTheSecondNode = secondNode.current();
        assertThat(onTheSecondNode.version()).isEqualTo(version);
        assertThat(onTheSecondNode.rules().parameters().defaults()).containsEntry("tier.green.min", "65");
        assertThat(new ActiveRuleSets(store, Clock.systemUTC(), Duration.ofSeconds(2)).current().version())
                .as("a node started now").isEqualTo(version);
    }

    @Test
    void validatingShowsTheCheckResultsNextToTheActiveVersionAndStoresNothing() {
        int versions = versionCount();
        Map<?, ?> validation = as("t-ops").postForObject(API + "/validate", Map.of("basedOn", activeVersion(),
                "parameters", Map.of("layer.usage.weight", "70", "layer.relationship.weight", "20",
                        "layer.assessment.weight", "10")), Map.class);

        assertThat(validation.get("compiles")).isEqualTo(true);
        assertThat(validation.get("checksPassed")).isEqualTo(true);
        List<Map<String, Object>> checks = (List<Map<String, Object>>) validation.get("checks");
        assertThat(checks).extracting(c -> c.get("account")).contains("check-healthy", "check-red-dominant",
                "check-no-assessment");
        assertThat(checks).allSatisfy(check -> assertThat(check).containsKeys("score", "tier", "activeScore", "activeTier"));
        assertThat(checks).anySatisfy(check -> assertThat(check.get("score")).isNotEqualTo(check.get("activeScore")));
        assertThat(versionCount()).isEqualTo(versions);
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("import of java.io.File", """
                        package scoring;
                        import org.steward.scoring.facts.*;
                        import java.io.File;
                        """, 3, "java.io.File"),
                Arguments.of("System.exit", rule("System.exit(0);"), 7, "'System'"),
                Arguments.of("reflection", rule("$a.getClass().getDeclaredMethods();"), 7, "'getClass'"),
                Arguments.of("Thread", rule("new Thread(() -> {}).start();"), 7, "'Thread'"),
                Arguments.of("a function reaching Runtime", """
                        package scoring;
                        import org.steward.scoring.facts.*;

                        function void run(String command) {
                            Runtime.getRuntime().exec(command);
                        }
                        """, 5, "'Runtime'"));
    }

    /** A rule whose consequence, on line 7, is {@code then}. */
    private static String rule(String then) {
        return """
                package scoring;
                import org.steward.scoring.facts.*;
                rule "attack"
                when
                    $a : AccountProfile()
                then
                    %s
                end
                """.formatted(then);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void anAttackRuleSetIsRefusedNamingTheLineAndThePreviousVersionStaysActive(String attack, String drl, int line,
                                                                                String named) {
        int active = activeVersion();
        int versions = versionCount();

        ResponseEntity<Map> refused = create(Map.of("basedOn", active, "files", Map.of("scoring/attack.drl", drl)));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat((List<Map<String, Object>>) refused.getBody().get("problems")).anySatisfy(problem -> {
            assertThat(problem).containsEntry("file", "scoring/attack.drl").containsEntry("line", line)
                    .containsEntry("kind", "SANDBOX");
            assertThat(problem.get("message").toString()).contains(named);
        });
        Map<?, ?> validation = as("t-ops").postForObject(API + "/validate",
                Map.of("basedOn", active, "files", Map.of("scoring/attack.drl", drl)), Map.class);
        assertThat(validation.get("compiles")).isEqualTo(false);
        assertThat((List<Map<String, Object>>) validation.get("problems"))
                .anySatisfy(problem -> assertThat(problem).containsEntry("line", line));
        assertThat(versionCount()).isEqualTo(versions);
        assertThat(activeVersion()).isEqualTo(active);
        assertThat(activeRuleSets.current().version()).isEqualTo(active);
    }

    @Test
    void aSyntaxErrorIsRefusedWithItsLineAndColumn() {
        String drl = """
                package scoring;
                import org.steward.scoring.facts.*;

                rule "Broken"
                when
                    AccountProfile( seatsPurchased > )
                then
                end
                """;
        ResponseEntity<Map> refused = create(Map.of("basedOn", activeVersion(), "files", Map.of("scoring/broken.drl", drl)));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((List<Map<String, Object>>) refused.getBody().get("problems")).anySatisfy(problem -> {
            assertThat(problem).containsEntry("file", "scoring/broken.drl").containsEntry("line", 6)
                    .containsEntry("column", 38).containsEntry("kind", "COMPILER");
            assertThat(problem.get("message").toString()).contains("no viable alternative at input ')'");
        });
    }

    @Test
    void aRuleThatThrowsForACheckAccountBlocksActivationNamingTheRuleAndTheAccount() {
        int active = activeVersion();
        ResponseEntity<Map> created = create(Map.of("basedOn", active, "files", Map.of("scoring/fragile.drl", """
                package scoring;
                import org.steward.scoring.facts.*;
                import org.steward.account.Segment;

                rule "Enterprise renewals need a special case"
                when
                    AccountProfile( segment == Segment.ENTERPRISE, daysToRenewal < 90 )
                then
                    throw new IllegalStateException("no special case yet");
                end
                """)));
        assertThat(created.getStatusCode()).as("it compiles, so it is stored").isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("checksPassed")).isEqualTo(false);
        int version = (int) ((Map<?, ?>) created.getBody().get("version")).get("version");

        ResponseEntity<Map> refused = activate(version, null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("detail").toString()).contains("failed 1 of").contains(active + " stays active");
        assertThat((List<Map<String, Object>>) refused.getBody().get("failedChecks")).singleElement().satisfies(failure -> {
            assertThat(failure).containsEntry("account", "check-renewal-near")
                    .containsEntry("failedRule", "Enterprise renewals need a special case");
            assertThat(failure.get("failure").toString()).contains("no special case yet");
        });
        assertThat(activeVersion()).isEqualTo(active);
        assertThat(activeRuleSets.current().version()).isEqualTo(active);
    }

    @Test
    void activatingTheActiveVersionOrOnAStaleViewIsAConflictAndChangesNothing() {
        int active = activeVersion();
        int version = createdVersion(Map.of("basedOn", active, "parameters", Map.of("tier.yellow.min", "41")));

        assertThat(activate(active, null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<Map> stale = activate(version, active == 1 ? 2 : 1);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody().get("detail").toString()).contains("Version " + active + " is active");
        assertThat(activeVersion()).isEqualTo(active);
        assertThat(as("t-ops").postForEntity(API + "/999/activate", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void twoActivationsAtOnceLeaveTheDatabaseAndTheNodeOnTheSameVersion() {
        int active = activeVersion();
        int first = createdVersion(Map.of("basedOn", active, "parameters", Map.of("tier.yellow.min", "38")));
        int second = createdVersion(Map.of("basedOn", active, "parameters", Map.of("tier.yellow.min", "42")));

        CompletableFuture<ResponseEntity<Map>> one = CompletableFuture.supplyAsync(() -> activate(first, active));
        CompletableFuture<ResponseEntity<Map>> other = CompletableFuture.supplyAsync(() -> activate(second, active));
        List<HttpStatus> statuses = Stream.of(one.join(), other.join()).map(r -> HttpStatus.valueOf(r.getStatusCode().value())).toList();

        assertThat(statuses).as("both expected %d to be active: exactly one wins", active)
                .containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
        int winner = one.join().getStatusCode().is2xxSuccessful() ? first : second;
        assertThat(activeVersion()).isEqualTo(winner);
        assertThat(activeRuleSets.current().version()).isEqualTo(winner);
        assertThat(activeRuleSets.current().rules().parameters().defaults().get("tier.yellow.min"))
                .isEqualTo(winner == first ? "38" : "42");
    }

    @Test
    void aDraftThatCannotBeReadIsABadRequestNamingTheField() {
        Map<String, Object> unknownBase = Map.of("basedOn", 999, "parameters", Map.of("tier.green.min", "70"));
        ResponseEntity<Map> noBase = create(unknownBase);
        assertThat(noBase.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noBase.getBody().get("errors").toString()).contains("basedOn").contains("no rule-set version 999");

        ResponseEntity<Map> removed = create(Map.of("basedOn", 1, "removed", List.of("scoring/nothing.drl")));
        assertThat(removed.getBody().get("errors").toString()).contains("removed[0]").contains("scoring/nothing.drl");

        Map<String, String> parameters = new HashMap<>();
        parameters.put("tier.green.min", "70\nsegment.SMB.x=1");
        ResponseEntity<Map> badValue = create(Map.of("basedOn", 1, "parameters", parameters));
        assertThat(badValue.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(create(Map.of("parameters", Map.of("tier.green.min", "70"))).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<Map> create(Map<String, Object> draft) {
        return as("t-ops").postForEntity(API, draft, Map.class);
    }

    private int createdVersion(Map<String, Object> draft) {
        ResponseEntity<Map> created = create(draft);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (int) ((Map<?, ?>) created.getBody().get("version")).get("version");
    }

    private ResponseEntity<Map> activate(int version, Integer expectedActive) {
        return as("t-ops").postForEntity(API + "/" + version + "/activate"
                + (expectedActive == null ? "" : "?expectedActive=" + expectedActive), null, Map.class);
    }

    private Map<String, String> files(int version) {
        return (Map<String, String>) as("t-ops").getForObject(API + "/" + version, Map.class).get("files");
    }

    /** The active version as the list shows it, checking that exactly that version is marked active. */
    private int activeVersion() {
        Map<?, ?> list = as("t-ops").getForObject(API, Map.class);
        int active = (int) ((Map<?, ?>) list.get("active")).get("version");
        List<Object> marked = new ArrayList<>();
        ((List<Map<?, ?>>) list.get("versions")).stream().filter(v -> Boolean.TRUE.equals(v.get("active")))
                .forEach(v -> marked.add(v.get("version")));
        assertThat(marked).containsExactly(active);
        return active;
    }

    private int versionCount() {
        return ((List<?>) as("t-ops").getForObject(API, Map.class).get("versions")).size();
    }
}
