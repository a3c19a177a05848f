package org.steward.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.steward.play.SavePlayStart;
import org.steward.play.SaveTier;
import org.steward.support.PlayApiTest;
import org.steward.support.PlayFixture;

/** Who may see and act on a task: 403 for the wrong person or role, 409 for a task that moved on. */
class TaskAuthorizationTest extends PlayApiTest {

    private static final Map<String, Object> OUTCOME = Map.of("outcome", "RESOLVED", "note", "Spoke to the champion");

    private String task;

    @BeforeEach
    void checkInForTheFirstCsm() {
        String play = savePlays.start(new SavePlayStart(PlayFixture.account("AUTH"), SaveTier.YELLOW, "t-csm", "t-lead", "test"));
        task = db.taskId(play, "csm-check-in");
    }

    @Test
    void shouldNotLetACsmSeeClaimStartOrCompleteAnotherCsmsTask() {
        assertThat(status(as("t-csm2").getForEntity(url(""), Map.class))).isEqualTo(HttpStatus.FORBIDDEN);
        for (String action : List.of("claim", "release", "start")) {
            assertThat(status(post("t-csm2", action, null))).as(action).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(status(post("t-csm2", "complete", OUTCOME))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(post("t-csm2", "delegate", Map.of("to", "t-csm2")))).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> inbox = as("t-csm2").getForEntity("/api/v1/tasks?assignee=me&size=200", Map.class);
        assertThat(inbox.getBody().get("items").toString()).doesNotContain(task);

        assertThat(db.task(task)).containsEntry("status", "RESERVED").containsEntry("assignee", "t-csm");
    }

    @Test
    void shouldNotLetACsmReassignEvenTheirOwnTask() {
        assertThat(status(post("t-csm", "reassign", Map.of("to", "t-csm2")))).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> bulk = as("t-csm").postForEntity("/api/v1/tasks/reassign", Map.of("taskIds", List.of(task), "to", "t-csm2"), Map.class);
        assertThat(status(bulk)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(bulk.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void shouldNotLetTheLeadOfAnotherTeamSeeOrReassignTheTask() {
        assertThat(status(as("t-lead2").getForEntity(url(""), Map.class))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(post("t-lead2", "reassign", Map.of("to", "t-csm3")))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(post("t-lead", "reassign", Map.of("to", "t-csm2")))).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldAnswerConflictWhenCompletingTwice() {
        assertThat(status(post("t-csm", "complete", OUTCOME))).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> again = post("t-csm", "complete", OUTCOME);
        assertThat(status(again)).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("status", 409);
        assertThat((String) again.getBody().get("detail")).contains("completed already");
        assertThat(status(post("t-csm", "claim", null))).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldAnswerConflictWhenClaimingATaskSomeoneElseHolds() {
        assertThat(status(post("t-csm", "release", null))).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> lead = post("t-lead", "claim", null);
        assertThat(status(lead)).isEqualTo(HttpStatus.OK);
        assertThat(lead.getBody()).containsEntry("assignee", "t-lead").containsEntry("status", "RESERVED");

        ResponseEntity<Map> csm = post("t-csm", "claim", null);
        assertThat(status(csm)).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) csm.getBody().get("detail")).contains("held by t-lead");
        assertThat(status(post("t-csm", "complete", OUTCOME))).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownTaskAndRefuseOtherRolesAndAnonymousCallers() {
        assertThat(status(as("t-csm").getForEntity("/api/v1/tasks/no-such-task", Map.class))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(as("t-integration").getForEntity("/api/v1/tasks", Map.class))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(as("t-ops").postForEntity(url("/claim"), null, Map.class))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(http.getForEntity("/api/v1/tasks", Map.class))).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(as("t-csm").getForEntity("/api/v1/escalations", Map.class))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(as("t-lead").getForEntity("/api/v1/escalations?team=t-lead2", Map.class))).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<Map> post(String user, String action, Object body) {
        return as(user).postForEntity(url("/" + action), body, Map.class);
    }

    private String url(String suffix) {
        return "/api/v1/tasks/" + task + suffix;
    }

    private static HttpStatus status(ResponseEntity<?> response) {
        return HttpStatus.valueOf(response.getStatusCode().value());
    }
}
