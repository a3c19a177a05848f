package org.steward.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.steward.account.Segment;
import org.steward.support.PlayApiTest;
import org.steward.support.PlayFixture;

/**
 * {@code POST /api/v1/plays/{id}/close}: who may close a save play, and the answers to a bad request, an unknown play,
 * an ended play and a play of another kind. A refused close changes nothing. The plays list shows where a play stands.
 */
class SavePlayCloseApiTest extends PlayApiTest {

    private static final Map<String, Object> CHURNED = Map.of("outcome", "CHURNED", "note", "Signed with a competitor");

    @Autowired
    private ExpansionPlays expansionPlays;

    @Test
    void shouldLetOnlyTheAccountsCsmItsTeamLeadCsDirectorsAndAdminsCloseASavePlay() {
        String play = watchingPlay("CLOSE-WHO");

        for (String outsider : List.of("t-csm3", "t-lead2", "t-ops", "t-integration")) {
            assertThat(close(outsider, play, CHURNED).getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(db.play(play)).as("refused: nothing changed").containsEntry("status", "ACTIVE").containsEntry("ended_by", null);

        ResponseEntity<Map> byDirector = close("t-director", play, Map.of("outcome", "NO_LONGER_AT_RISK", "note", "Reorg is over"));
        assertThat(byDirector.getStatusCode()).as("%s", byDirector.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(byDirector.getBody()).containsEntry("outcome", "NO_LONGER_AT_RISK").containsEntry("endedBy", "t-director");

        String another = watchingPlay("CLOSE-ADMIN");
        assertThat(close("t-admin", another, Map.of("outcome", "RECOVERED", "note", "Usage back since the SSO fix"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(db.play(another)).containsEntry("outcome", "RECOVERED").containsEntry("ended_by", "t-admin");
    }

    @Test
    void shouldLetTheCsmTheTeamLeadHandedThePlayToCloseIt() {
        String play = savePlays.start(new SavePlayStart(PlayFixture.account("CLOSE-HANDED"), SaveTier.RED, "t-csm", "t-lead",
                "tier fell to red"));
        String task = db.taskId(play, "recovery-plan");
        ResponseEntity<Map> handed = as("t-lead").postForEntity("/api/v1/tasks/" + task + "/reassign", Map.of("to", "t-csm2"), Map.class);
        assertThat(handed.getStatusCode()).as("%s", handed.getBody()).isEqualTo(HttpStatus.OK);
        completeTask(task, "t-csm2", Map.of("outcome", "PLAN_AGREED", "plan", "Weekly adoption clinic",
                "targetDate", LocalDate.now().plusDays(30).toString()));
        assertThat(close("t-csm3", play, CHURNED).getStatusCode()).as("another CSM").isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> closed = close("t-csm2", play, Map.of("outcome", "HANDED_OVER", "note", "Sales owns the renewal now"));

        assertThat(closed.getStatusCode()).as("%s", closed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(db.play(play)).containsEntry("outcome", "HANDED_OVER").containsEntry("ended_by", "t-csm2");
    }

    @Test
    void shouldNameTheBadFieldAndKeepThePlayRunning() {
        String play = watchingPlay("CLOSE-BAD");

        ResponseEntity<Map> unknownOutcome = close("t-csm", play, Map.of("outcome", "GAVE_UP", "note", "Too hard"));
        assertThat(unknownOutcome.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(unknownOutcome)).containsExactly("outcome");
        assertThat(unknownOutcome.getBody().toString()).contains("GAVE_UP").contains("RECOVERED, CHURNED, NO_LONGER_AT_RISK, HANDED_OVER");

        Map<String, Object> noNote = new HashMap<>();
        noNote.put("outcome", "CHURNED");
        noNote.put("note", " ");
        assertThat(fields(close("t-csm", play, noNote))).containsExactly("note");
        assertThat(fields(close("t-csm", play, Map.of("note", "x".repeat(2001))))).containsExactlyInAnyOrder("outcome", "note");
        assertThat(fields(close("t-csm", play, Map.of()))).containsExactlyInAnyOrder("outcome", "note");

        assertThat(db.play(play)).containsEntry("status", "ACTIVE").containsEntry("stage", "WATCHING_FOR_RECOVERY")
                .containsEntry("end_reason", null);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPlayAndConflictForAnEndedOrNonSavePlay() {
        assertThat(close("t-csm", "no-such-play", CHURNED).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String play = watchingPlay("CLOSE-TWICE");
        assertThat(close("t-csm", play, CHURNED).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> again = close("t-csm", play, Map.of("outcome", "RECOVERED", "note", "Changed my mind"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(db.play(play)).as("the first close stands").containsEntry("outcome", "CHURNED");

        String account = PlayFixture.account("CLOSE-EXP");
        String expansion = transaction.execute(status -> expansionPlays.start(
                TestPlaybooks.account(account, Segment.SMB, LocalDate.now(), LocalDate.now().plusYears(1)), "expansion signals",
                TestPlaybooks.origin(TestPlaybooks.terms("expansion", account,
                        Map.of("expansion-conversation", new String[] {"5bd", "10bd", "CSM"}))), "Seats at 91 %"));
        ResponseEntity<Map> notSave = close("t-csm", expansion, CHURNED);
        assertThat(notSave.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notSave.getBody().toString()).contains("expansion play");
        assertThat(db.play(expansion)).containsEntry("status", "ACTIVE");
    }

    @Test
    void shouldShowTheCsmWhereTheirSavePlaysStand() {
        String watching = watchingPlay("CLOSE-LIST");
        String checkIn = savePlays.start(new SavePlayStart(PlayFixture.account("CLOSE-LIST-CHECKIN"), SaveTier.YELLOW, "t-csm", "t-lead",
                "tier fell to yellow"));

        List<Map<String, Object>> items = (List<Map<String, Object>>) as("t-csm")
                .getForObject("/api/v1/plays?stage=WATCHING_FOR_RECOVERY&size=200", Map.class).get("items");
        assertThat(items).extracting(p -> p.get("id")).contains(watching).doesNotContain(checkIn);
        assertThat(items).allSatisfy(p -> assertThat(p).containsEntry("stage", "WATCHING_FOR_RECOVERY").containsEntry("status", "ACTIVE"));
        assertThat(as("t-csm").getForObject("/api/v1/plays/" + checkIn, Map.class)).containsEntry("stage", "CHECK_IN");
    }

    /** A red save play of t-csm (team lead t-lead) whose recovery plan is agreed: it watches for recovery. */
    private String watchingPlay(String prefix) {
        String play = savePlays.start(new SavePlayStart(PlayFixture.account(prefix), SaveTier.RED, "t-csm", "t-lead", "tier fell to red"));
        completeTask(db.taskId(play, "recovery-plan"), "t-csm", Map.of("outcome", "PLAN_AGREED", "plan", "Exec sync weekly",
                "targetDate", LocalDate.now().plusDays(30).toString()));
        assertThat(db.play(play)).containsEntry("stage", "WATCHING_FOR_RECOVERY");
        return play;
    }

    private ResponseEntity<Map> close(String user, String play, Map<String, Object> body) {
        return as(user).postForEntity("/api/v1/plays/" + play + "/close", body, Map.class);
    }

    private static List<Object> fields(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return ((List<Map<String, Object>>) response.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }
}
