package org.steward.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.steward.play.SavePlayStart;
import org.steward.play.SaveTier;
import org.steward.support.Eventually;
import org.steward.support.PlayApiTest;
import org.steward.support.PlayFixture;

/**
 * A save play from start to end, as its people see it over the API: the check-in in the CSM's inbox, the SLA lapse in
 * the team lead's escalation queue, the lead's reassignment, the completion, and the history that outlives the engine.
 */
class SaveEscalationEndToEndTest extends PlayApiTest {

    @Test
    void shouldCarryASavePlayFromInboxThroughEscalationAndReassignmentToItsEnd() {
        String account = PlayFixture.account("E2E");
        String play = savePlays.start(new SavePlayStart(account, SaveTier.YELLOW, "t-csm", "t-lead", "health fell to yellow", "PT2S", "PT1H"));

        Map<String, Object> inInbox = single(as("t-csm").getForEntity("/api/v1/tasks?assignee=me&accountExternalId=" + account, Map.class));
        String task = (String) inInbox.get("id");
        assertThat(inInbox).containsEntry("name", "csm-check-in").containsEntry("status", "RESERVED").containsEntry("escalated", false);

        Eventually.await("the lapsed SLA reaches the team lead's queue", Duration.ofSeconds(20),
                () -> queue("t-lead", "OPEN").stream().anyMatch(e -> task.equals(e.get("taskId"))));
        Map<String, Object> escalation = queue("t-lead", "OPEN").stream().filter(e -> task.equals(e.get("taskId"))).findFirst().orElseThrow();
        assertThat(escalation).containsEntry("level", "TEAM_LEAD").containsEntry("kind", "SLA_LAPSED").containsEntry("accountExternalId", account);
        assertThat((String) escalation.get("reason")).contains("SLA PT2S lapsed");
        Map<String, Object> escalated = as("t-lead").getForEntity("/api/v1/tasks/" + task, Map.class).getBody();
        assertThat(escalated).containsEntry("escalated", true).containsEntry("overdue", true);
        assertThat(escalated.get("escalation").toString()).contains("TEAM_LEAD");

        ResponseEntity<Map> reassigned = as("t-lead").postForEntity("/api/v1/tasks/" + task + "/reassign", Map.of("to", "t-csm2"), Map.class);
        assertThat(reassigned.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reassigned.getBody()).containsEntry("assignee", "t-csm2");
        assertThat(queue("t-lead", "RESOLVED")).anySatisfy(e -> assertThat(e).containsEntry("taskId", task)
                .containsEntry("resolution", "REASSIGNED_TO t-csm2"));

        single(as("t-csm2").getForEntity("/api/v1/tasks?accountExternalId=" + account, Map.class));
        ResponseEntity<Map> completed = as("t-csm2").postForEntity("/api/v1/tasks/" + task + "/complete",
                Map.of("outcome", "RESOLVED", "note", "Exec sponsor confirmed the renewal; the dip was the holidays"), Map.class);
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.OK);

        Map<String, Object> ended = single(as("t-lead").getForEntity("/api/v1/plays?accountExternalId=" + account, Map.class));
        assertThat(ended).containsEntry("id", play).containsEntry("status", "COMPLETED").containsEntry("outcome", "RESOLVED")
                .containsEntry("endReason", "Closed by the CSM").containsEntry("startReason", "health fell to yellow");
        assertThat(db.processInstances(play)).as("the engine forgot the play").isZero();
        Map<String, Object> history = as("t-csm2").getForEntity("/api/v1/tasks/" + task, Map.class).getBody();
        assertThat(history).containsEntry("status", "COMPLETED").containsEntry("completedBy", "t-csm2").containsEntry("escalated", true);
        assertThat(history.get("outcome").toString()).contains("RESOLVED").contains("Exec sponsor confirmed the renewal");
        assertThat(as("t-csm").getForEntity("/api/v1/plays/" + play, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("t-csm3").getForEntity("/api/v1/plays/" + play, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> queue(String user, String status) {
        return (List<Map<String, Object>>) as(user).getForEntity("/api/v1/escalations?size=200&status=" + status, Map.class).getBody().get("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> single(ResponseEntity<Map> page) {
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.getBody().get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
