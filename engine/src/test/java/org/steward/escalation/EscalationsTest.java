package org.steward.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.play.SavePlayStart;
import org.steward.play.SaveTier;
import org.steward.support.PlayApiTest;
import org.steward.support.PlayFixture;
import org.steward.task.EscalationLevel;

/**
 * Escalating a task as the Escalate work item does when an SLA timer fires (called directly here, so that the SLA
 * can stay far away): once per task and level, announced by an event, queued for the right people, resolved by them.
 */
@RecordApplicationEvents
class EscalationsTest extends PlayApiTest {

    @Autowired
    private Escalations escalations;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private ApplicationEvents events;

    @Test
    void shouldEscalateOnceAnnounceItAndQueueItForTheTeamLead() {
        String play = savePlays.start(new SavePlayStart(PlayFixture.account("ESC"), SaveTier.YELLOW, "t-csm", "t-lead", "test", "P20D", "P30D"));
        String task = db.taskId(play, "csm-check-in");

        assertThat(escalate(play, EscalationLevel.TEAM_LEAD)).isPresent();
        assertThat(escalate(play, EscalationLevel.TEAM_LEAD)).as("the second firing is a no-op").isEmpty();

        assertThat(events.stream(TaskEscalated.class)).singleElement().satisfies(e -> {
            assertThat(e.taskId()).isEqualTo(task);
            assertThat(e.level()).isEqualTo(EscalationLevel.TEAM_LEAD);
            assertThat(e.escalatedTo()).isEqualTo("t-lead");
            assertThat(e.late()).as("escalated before it was due").isZero();
        });
        assertThat(db.escalationCount(play, "TEAM_LEAD")).isOne();
        assertThat(db.candidates(task)).containsExactly("t-csm", "t-lead");

        assertThat(queue("t-lead", "")).extracting(e -> e.get("taskId")).contains(task);
        assertThat(queue("t-lead2", "")).extracting(e -> e.get("taskId")).doesNotContain(task);
        assertThat(queue("t-director", "?team=t-lead&level=team_lead")).extracting(e -> e.get("taskId")).contains(task);
        assertThat(groupInbox("t-lead")).contains(task);
        assertThat(groupInbox("t-csm")).as("the holder sees it in their own inbox, not the group's").doesNotContain(task);

        ResponseEntity<Map> reassigned = as("t-lead").postForEntity("/api/v1/tasks/" + task + "/reassign", Map.of("to", "t-csm2"), Map.class);
        assertThat(reassigned.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(queue("t-lead", "")).extracting(e -> e.get("taskId")).doesNotContain(task);
        assertThat(queue("t-lead", "?status=resolved")).filteredOn(e -> task.equals(e.get("taskId"))).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("resolution", "REASSIGNED_TO t-csm2"));
        assertThat(db.task(task)).containsEntry("escalated", true).containsEntry("assignee", "t-csm2");
    }

    @Test
    void shouldNotEscalateATaskThatHasEnded() {
        String play = savePlays.start(new SavePlayStart(PlayFixture.account("ESC-ENDED"), SaveTier.YELLOW, "t-csm", "t-lead", "test"));
        String task = db.taskId(play, "csm-check-in");
        as("t-csm").postForEntity("/api/v1/tasks/" + task + "/complete", Map.of("outcome", "FALSE_ALARM", "note", "seasonal dip"), Map.class);

        assertThat(escalate(play, EscalationLevel.TEAM_LEAD)).isEmpty();
        assertThat(db.escalations(play)).isEmpty();
        assertThat(events.stream(TaskEscalated.class)).isEmpty();
    }

    @Test
    void shouldShareTheTaskWithTheSubstituteOfAnAbsentTeamLeadAndLaterWithTheDirectors() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ResponseEntity<Map> away = as("t-lead2").postForEntity("/api/v1/out-of-office",
                Map.of("from", today.toString(), "to", today.toString(), "substitute", "t-lead"), Map.class);
        assertThat(away.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        try {
            String play = savePlays.start(new SavePlayStart(PlayFixture.account("ESC-AWAY"), SaveTier.YELLOW, "t-csm3", "t-lead2", "test"));
            String task = db.taskId(play, "csm-check-in");
            escalate(play, EscalationLevel.TEAM_LEAD);
            assertThat(db.candidates(task)).containsExactly("t-csm3", "t-lead", "t-lead2");
            assertThat(db.escalations(play).get(0)).containsEntry("escalated_to", "t-lead2,t-lead");

            escalate(play, EscalationLevel.CS_DIRECTOR);
            assertThat(events.stream(TaskEscalated.class)).extracting(TaskEscalated::level)
                    .containsExactly(EscalationLevel.TEAM_LEAD, EscalationLevel.CS_DIRECTOR);
            assertThat(queue("t-director", "?level=cs_director")).extracting(e -> e.get("taskId")).contains(task);
            assertThat(groupInbox("t-director")).contains(task);
        } finally {
            Number id = (Number) away.getBody().get("id");
            as("t-lead2").delete("/api/v1/out-of-office/" + id);
        }
    }

    private Optional<Long> escalate(String play, EscalationLevel level) {
        return new TransactionTemplate(transactions).execute(status -> escalations.escalateTask(play, "csmCheckIn", level, "P20D"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> queue(String user, String query) {
        ResponseEntity<Map> page = as(user).getForEntity("/api/v1/escalations" + query + (query.isEmpty() ? "?" : "&") + "size=200", Map.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) page.getBody().get("items");
    }

    @SuppressWarnings("unchecked")
    private List<String> groupInbox(String user) {
        ResponseEntity<Map> page = as(user).getForEntity("/api/v1/tasks?assignee=group&size=200", Map.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return ((List<Map<String, Object>>) page.getBody().get("items")).stream().map(t -> (String) t.get("id")).toList();
    }
}
