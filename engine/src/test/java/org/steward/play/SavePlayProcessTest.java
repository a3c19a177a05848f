package org.steward.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.steward.support.PlayApiTest;
import org.steward.support.Eventually;
import org.steward.support.PlayFixture;
import org.steward.system.calendar.StewardBusinessCalendar;

/**
 * processes/save.bpmn, one test per path: yellow and red; a check-in that finds nothing to save ends the play, any other
 * outcome (and every recovery plan) leaves it watching for recovery until the account recovers or a CS person closes
 * it; escalated twice; ended on recovery; a yellow play whose account turns red during the check-in or while watching;
 * and the task wording taken from the playbook terms.
 */
class SavePlayProcessTest extends PlayApiTest {

    @Autowired
    private StewardBusinessCalendar calendar;

    @Test
    void shouldGiveAYellowAccountACheckInDueInFiveBusinessDaysAndEndThePlayWhenTheCsmClosesIt() {
        String account = PlayFixture.account("SAVE-YELLOW");
        Instant before = Instant.now();
        String play = savePlays.start(new SavePlayStart(account, SaveTier.YELLOW, "t-csm", "t-lead", "tier fell to yellow"));

        Map<String, Object> task = db.task(play, "csm-check-in");
        assertThat(task).containsEntry("assignee", "t-csm").containsEntry("status", "RESERVED").containsEntry("team_lead", "t-lead")
                .containsEntry("account_external_id", account).containsEntry("sla", "5bd").containsEntry("title", "CSM check-in");
        Instant due = ((Timestamp) task.get("due_at")).toInstant();
        assertThat(due).isBetween(calendar.dueAt(before, "5bd").minusSeconds(1), calendar.dueAt(Instant.now(), "5bd").plusSeconds(1));
        assertThat(db.play(play)).containsEntry("status", "ACTIVE").containsEntry("kind", "save").containsEntry("stage", "CHECK_IN")
                .containsEntry("start_reason", "tier fell to yellow").containsEntry("csm_owner", "t-csm");

        String taskId = (String) task.get("id");
        ResponseEntity<Map> done = as("t-csm").postForEntity("/api/v1/tasks/" + taskId + "/complete",
                Map.of("outcome", "RESOLVED", "note", "Champion back from leave, usage plan agreed"), Map.class);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(db.play(play)).containsEntry("status", "COMPLETED").containsEntry("outcome", "RESOLVED")
                .containsEntry("end_reason", "Closed by the CSM").containsEntry("stage", null);
        assertThat(db.task(play, "csm-check-in")).containsEntry("status", "COMPLETED").containsEntry("completed_by", "t-csm")
                .containsEntry("is_open", false);
        assertThat((String) db.task(play, "csm-check-in").get("outcome_json")).contains("\"outcome\":\"RESOLVED\"");
        assertThat(db.processInstances(play)).as("jBPM deleted the finished process instance").isZero();
        assertThat(db.engineTasks(taskId)).as("jBPM deleted the finished task").isZero();
        assertThat(db.escalations(play)).isEmpty();
    }

    @Test
    void shouldEscalateAnOverdueCheckInToTheTeamLeadAndLaterToTheCsDirectors() {
        String account = PlayFixture.account("SAVE-LAPSE");
        String play = savePlays.start(new SavePlayStart(account, SaveTier.YELLOW, "t-csm", "t-lead", "tier fell to yellow", "PT2S", "PT5S"));
        String taskId = db.taskId(play, "csm-check-in");

        db.awaitEscalation(play, "TEAM_LEAD", Duration.ofSeconds(20));
        Map<String, Object> first = db.escalations(play).get(0);
        assertThat(first).containsEntry("kind", "SLA_LAPSED").containsEntry("task_id", taskId).containsEntry("team_lead", "t-lead")
                .containsEntry("escalated_to", "t-lead").containsEntry("status", "OPEN");
        assertThat((String) first.get("reason")).contains("CSM check-in for " + account).contains("SLA PT2S lapsed").contains("late");
        assertThat(((Number) first.get("late_seconds")).longValue()).isBetween(0L, 15L);
        Map<String, Object> escalated = db.task(play, "csm-check-in");
        assertThat(escalated).containsEntry("escalated", true).containsEntry("escalation_level", "TEAM_LEAD")
                .containsEntry("assignee", "t-csm").containsEntry("status", "RESERVED");
        assertThat(db.candidates(taskId)).containsExactly("t-csm", "t-lead");

        db.awaitEscalation(play, "CS_DIRECTOR", Duration.ofSeconds(20));
        assertThat(db.escalationCount(play, "TEAM_LEAD")).isOne();
        assertThat(db.escalationCount(play, "CS_DIRECTOR")).isOne();
        assertThat(db.task(play, "csm-check-in")).containsEntry("escalation_level", "CS_DIRECTOR");
        assertThat(db.jdbc().queryForList("SELECT group_name FROM play_task_candidate_group WHERE task_id = ?", String.class, taskId))
                .containsExactly("CS_DIRECTOR");
        assertThat(as("t-director").getForEntity("/api/v1/tasks/" + taskId, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        complete(taskId, "t-csm", Map.of("outcome", "FOLLOW_UP_PLANNED", "note", "Late, but the call happened"));
        assertThat(db.play(play)).containsEntry("status", "ACTIVE").containsEntry("stage", "WATCHING_FOR_RECOVERY");
        assertThat(db.escalations(play)).allSatisfy(e -> assertThat(e).containsEntry("status", "RESOLVED")
                .containsEntry("resolution", "TASK_COMPLETED"));
        assertThat(((Number) db.task(play, "csm-check-in").get("completed_late_seconds")).longValue()).isPositive();
    }

    @Test
    void shouldAlertTheTeamLeadAtOnceAndAskForARecoveryPlanWhenTheAccountIsRed() {
        String account = PlayFixture.account("SAVE-RED");
        String play = savePlays.start(new SavePlayStart(account, SaveTier.RED, "t-csm", "t-lead", "tier fell to red"));

        List<Map<String, Object>> alerts = db.escalations(play);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0)).containsEntry("kind", "ACCOUNT_RED").containsEntry("level", "TEAM_LEAD")
                .containsEntry("escalated_to", "t-lead").containsEntry("status", "OPEN").containsEntry("account_external_id", account);
        Map<String, Object> task = db.task(play, "recovery-plan");
        assertThat(task).containsEntry("sla", "10bd").containsEntry("assignee", "t-csm").containsEntry("title", "Recovery plan");
        assertThat(db.tasks(play)).hasSize(1);

        ResponseEntity<Map> queue = as("t-lead").getForEntity("/api/v1/escalations?size=200", Map.class);
        assertThat(queue.getBody().get("items").toString()).contains(play).contains("ACCOUNT_RED");

        agreePlan((String) task.get("id"));
        assertThat(db.play(play)).as("the plan is in motion: the play watches the account").containsEntry("status", "ACTIVE")
                .containsEntry("stage", "WATCHING_FOR_RECOVERY").containsEntry("outcome", null);
        assertThat(variable("save", play, "outcome")).isEqualTo("PLAN_AGREED");
        assertThat(db.tasks(play)).hasSize(1);
        assertThat(db.escalations(play).get(0)).as("the team lead stays in until the play ends").containsEntry("status", "OPEN");
    }

    @Test
    void shouldWatchAnAccountWhoseRecoveryPlanIsAgreedUntilItRecovers() {
        String play = savePlays.start(new SavePlayStart(PlayFixture.account("SAVE-WATCH-RECOVERS"), SaveTier.RED, "t-csm", "t-lead",
                "tier fell to red"));
        agreePlan(db.taskId(play, "recovery-plan"));
        assertThat(db.play(play)).containsEntry("stage", "WATCHING_FOR_RECOVERY");

        savePlays.accountRecovered(play);

        assertThat(db.play(play)).containsEntry("status", "COMPLETED").containsEntry("outcome", "RECOVERED")
                .containsEntry("end_reason", "Account recovered").containsEntry("stage", null);
        assertThat(db.tasks(play)).extracting(t -> t.get("status")).containsExactly("COMPLETED");
        assertThat(db.escalations(play).get(0)).containsEntry("status", "RESOLVED").containsEntry("resolution", "PLAY_COMPLETED");
        assertThat(db.processInstances(play)).isZero();
    }

    @Test
    void shouldEndAWatchingPlayThatTheCsmClosesWithAnOutcome() {
        String play = savePlays.start(new SavePlayStart(PlayFixture.account("SAVE-WATCH-CLOSED"), SaveTier.RED, "t-csm", "t-lead",
                "tier fell to red"));
        agreePlan(db.taskId(play, "recovery-plan"));

        ResponseEntity<Map> closed = as("t-csm").postForEntity("/api/v1/plays/" + play + "/close",
                Map.of("outcome", "CHURNED", "note", "Board decided to move to a competitor at renewal"), Map.class);

        assertThat(closed.getStatusCode()).as("%s", closed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(closed.getBody()).containsEntry("status", "COMPLETED").containsEntry("outcome", "CHURNED")
                .containsEntry("endedBy", "t-csm").containsEntry("endReason", "Closed by t-csm")
                .containsEntry("endNote", "Board decided to move to a competitor at renewal").doesNotContainKey("stage");
        assertThat(db.play(play)).containsEntry("status", "COMPLETED").containsEntry("outcome", "CHURNED").containsEntry("ended_by", "t-csm");
        assertThat(db.processInstances(play)).isZero();
        assertThat(db.escalations(play).get(0)).containsEntry("status", "RESOLVED");
    }

    @Test
    void shouldCancelTheOpenTaskWhenTheTeamLeadClosesThePlay() {
        String play = savePlays.start(new SavePlayStart(PlayFixture.account("SAVE-CLOSE-TASK"), SaveTier.YELLOW, "t-csm", "t-lead",
                "tier fell to yellow"));
        String taskId = db.taskId(play, "csm-check-in");

        ResponseEntity<Map> closed = as("t-lead").postForEntity("/api/v1/plays/" + play + "/close",
                Map.of("outcome", "HANDED_OVER", "note", "The account executive runs the renewal rescue from here"), Map.class);

        assertThat(closed.getStatusCode()).as("%s", closed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(db.play(play)).containsEntry("status", "COMPLETED").containsEntry("outcome", "HANDED_OVER")
                .containsEntry("ended_by", "t-lead");
        assertThat(db.task(taskId)).containsEntry("status", "CANCELLED").containsEntry("is_open", false);
        assertThat(db.engineTasks(taskId)).isZero();
    }

    @Test
    void shouldGiveAWatchingYellowPlayARecoveryPlanOnceWhenItsAccountTurnsRed() {
        String play = savePlays.start(new SavePlayStart(PlayFixture.account("SAVE-WATCH-RED"), SaveTier.YELLOW, "t-csm", "t-lead",
                "tier fell to yellow"));
        complete(db.taskId(play, "csm-check-in"), "t-csm", Map.of("outcome", "NO_RESPONSE", "note", "Three calls, two emails, nothing"));
        assertThat(db.play(play)).containsEntry("stage", "WATCHING_FOR_RECOVERY");

        savePlays.accountTurnedRed(play);

        assertThat(db.play(play)).containsEntry("status", "ACTIVE").containsEntry("stage", "RECOVERY_PLAN");
        assertThat(db.task(play, "recovery-plan")).containsEntry("assignee", "t-csm").containsEntry("sla", "10bd");
        assertThat(db.escalations(play)).extracting(e -> e.get("kind")).containsExactly("ACCOUNT_RED");

        agreePlan(db.taskId(play, "recovery-plan"));
        savePlays.accountTurnedRed(play);

        assertThat(db.play(play)).as("one recovery plan per play").containsEntry("stage", "WATCHING_FOR_RECOVERY");
        assertThat(db.tasks(play)).extracting(t -> t.get("name")).containsExactly("csm-check-in", "recovery-plan");
        assertThat(db.escalations(play)).hasSize(1);
    }

    @Test
    void shouldEscalateAnOverdueRecoveryPlanToTheTeamLead() {
        String play = savePlays.start(new SavePlayStart(PlayFixture.account("SAVE-RED-LAPSE"), SaveTier.RED, "t-csm", "t-lead",
                "tier fell to red", "PT2S", "P1D"));
        String taskId = db.taskId(play, "recovery-plan");

        Eventually.await("the recovery plan escalates", Duration.ofSeconds(20),
                () -> db.escalations(play).stream().anyMatch(e -> "SLA_LAPSED".equals(e.get("kind"))));
        assertThat(db.escalations(play)).extracting(e -> e.get("kind")).containsExactly("ACCOUNT_RED", "SLA_LAPSED");
        assertThat(db.task(play, "recovery-plan")).containsEntry("escalated", true).containsEntry("escalation_level", "TEAM_LEAD");
        assertThat(db.candidates(taskId)).containsExactly("t-csm", "t-lead");
    }

    @Test
    void shouldEndThePlayAndCancelItsTaskWhenTheAccountRecovers() {
        String play = savePlays.start(new SavePlayStart(PlayFixture.account("SAVE-RECOVERED"), SaveTier.YELLOW, "t-csm", "t-lead",
                "tier fell to yellow"));
        String taskId = db.taskId(play, "csm-check-in");

        savePlays.accountRecovered(play);

        assertThat(db.play(play)).containsEntry("status", "COMPLETED").containsEntry("end_reason", "Account recovered")
                .containsEntry("outcome", "RECOVERED");
        assertThat(db.task(play, "csm-check-in")).containsEntry("status", "CANCELLED").containsEntry("is_open", false);
        assertThat(db.processInstances(play)).isZero();
        assertThat(db.engineTasks(taskId)).isZero();
        ResponseEntity<Map> late = as("t-csm").postForEntity("/api/v1/tasks/" + taskId + "/complete",
                Map.of("outcome", "RESOLVED", "note", "too late"), Map.class);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldEndARedPlayWhenTheAccountRecovers() {
        String play = savePlays.start(new SavePlayStart(PlayFixture.account("SAVE-RED-RECOVERED"), SaveTier.RED, "t-csm", "t-lead",
                "tier fell to red"));

        savePlays.accountRecovered(play);

        assertThat(db.play(play)).containsEntry("status", "COMPLETED").containsEntry("end_reason", "Account recovered");
        assertThat(db.task(play, "recovery-plan")).containsEntry("status", "CANCELLED");
        assertThat(db.escalations(play).get(0)).containsEntry("status", "RESOLVED");
    }

    @Test
    void shouldAlertTheTeamLeadOnceAndKeepTheCheckInWhenAYellowAccountTurnsRed() {
        String play = savePlays.start(new SavePlayStart(PlayFixture.account("SAVE-TURNS-RED"), SaveTier.YELLOW, "t-csm", "t-lead",
                "tier fell to yellow"));
        String taskId = db.taskId(play, "csm-check-in");

        savePlays.accountTurnedRed(play);
        savePlays.accountTurnedRed(play);

        List<Map<String, Object>> alerts = db.escalations(play);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0)).containsEntry("kind", "ACCOUNT_RED").containsEntry("escalated_to", "t-lead")
                .containsEntry("status", "OPEN");
        assertThat(alerts.get(0).get("reason").toString()).contains("turned red during the check-in");
        assertThat(db.task(play, "csm-check-in")).containsEntry("is_open", true).containsEntry("id", taskId);
        assertThat(db.play(play)).containsEntry("status", "ACTIVE");

        complete(taskId, "t-csm", Map.of("outcome", "FOLLOW_UP_PLANNED", "note", "Recovery call with the lead on Monday"));
        assertThat(db.play(play)).containsEntry("status", "ACTIVE").containsEntry("stage", "WATCHING_FOR_RECOVERY");
    }

    @Test
    void shouldWordTheTaskAndTakeItsSlasFromThePlaybookTerms() {
        String account = PlayFixture.account("SAVE-TERMS");
        PlaybookTerms terms = TestPlaybooks.terms("save", account, Map.of("csm-check-in", new String[] {"3bd", "6bd"},
                "recovery-plan", new String[] {"7bd", "9bd"}));
        String play = savePlays.start(new SavePlayStart(account, SaveTier.RED, "t-csm", "t-lead", "red"), TestPlaybooks.origin(terms));

        assertThat(db.task(play, "recovery-plan")).containsEntry("title", "recovery-plan for " + account).containsEntry("sla", "7bd")
                .containsEntry("instructions", "Instructions of recovery-plan").containsEntry("template", "template/recovery-plan");
        assertThat(db.play(play)).containsEntry("playbook_id", "save").containsEntry("playbook_version", 1).containsEntry("variant", "D")
                .containsEntry("start_tier", "RED").containsEntry("start_assessment_id", 42L).containsEntry("start_signals", "logins-down")
                .containsEntry("contact_external_id", "contact-1");
        assertThat(variable("save", play, "directorSla")).isEqualTo("9bd");
    }

    private void agreePlan(String taskId) {
        complete(taskId, "t-csm", Map.of("outcome", "PLAN_AGREED", "plan", "Weekly exec sync; fix SSO by Friday",
                "targetDate", LocalDate.now().plusDays(30).toString()));
    }

    private void complete(String taskId, String user, Map<String, Object> outcome) {
        ResponseEntity<Map> done = as(user).postForEntity("/api/v1/tasks/" + taskId + "/complete", outcome, Map.class);
        assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.OK);
    }
}
