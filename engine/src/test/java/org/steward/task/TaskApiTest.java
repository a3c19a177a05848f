package org.steward.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.steward.play.SavePlayStart;
import org.steward.play.SaveTier;
import org.steward.support.PlayApiTest;
import org.steward.support.Eventually;
import org.steward.support.PlayFixture;

/** The inbox, outcome forms, the task lifecycle, delegation, bulk reassignment and out-of-office, over HTTP. */
class TaskApiTest extends PlayApiTest {

    @Test
    void shouldListMyOpenTasksByDueDateWithPagingAndFilters() {
        String in3 = PlayFixture.account("INBOX-3");
        String in1 = PlayFixture.account("INBOX-1");
        String in2 = PlayFixture.account("INBOX-2");
        String t3 = checkIn(in3, "t-csm3", "t-lead2", "3bd", "P30D");
        String t1 = checkIn(in1, "t-csm3", "t-lead2", "1bd", "P30D");
        String t2 = checkIn(in2, "t-csm3", "t-lead2", "2bd", "P30D");

        List<Map<String, Object>> mine = items(as("t-csm3").getForEntity("/api/v1/tasks?assignee=me&size=200", Map.class));
        List<String> ids = mine.stream().map(t -> (String) t.get("id")).toList();
        assertThat(ids).containsSubsequence(t1, t2, t3);
        List<String> dueDates = mine.stream().map(t -> (String) t.get("dueAt")).toList();
        assertThat(dueDates).isSortedAccordingTo((a, b) -> java.time.Instant.parse(a).compareTo(java.time.Instant.parse(b)));
        assertThat(mine).allSatisfy(t -> assertThat(t).containsEntry("assignee", "t-csm3").doesNotContainKey("form"));

        ResponseEntity<Map> firstPage = as("t-csm3").getForEntity("/api/v1/tasks?size=1&page=0", Map.class);
        assertThat(items(firstPage)).hasSize(1);
        assertThat(((Number) firstPage.getBody().get("total")).intValue()).isGreaterThanOrEqualTo(3);

        assertThat(items(as("t-csm3").getForEntity("/api/v1/tasks?accountExternalId=" + in2, Map.class)))
                .extracting(t -> t.get("id")).containsExactly(t2);

        String late = PlayFixture.account("INBOX-LATE");
        String lateTask = checkIn(late, "t-csm3", "t-lead2", "PT1S", "PT1H");
        Eventually.await("the task is overdue", Duration.ofSeconds(10), () -> !items(as("t-csm3")
                .getForEntity("/api/v1/tasks?overdue=true&accountExternalId=" + late, Map.class)).isEmpty());
        Map<String, Object> overdue = items(as("t-csm3").getForEntity("/api/v1/tasks?overdue=true&accountExternalId=" + late, Map.class)).get(0);
        assertThat(overdue).containsEntry("id", lateTask).containsEntry("overdue", true);
        assertThat(items(as("t-csm3").getForEntity("/api/v1/tasks?overdue=false&accountExternalId=" + late, Map.class))).isEmpty();

        complete(t1, "t-csm3");
        assertThat(items(as("t-csm3").getForEntity("/api/v1/tasks?accountExternalId=" + in1, Map.class))).isEmpty();
        assertThat(items(as("t-csm3").getForEntity("/api/v1/tasks?status=completed&accountExternalId=" + in1, Map.class)))
                .extracting(t -> t.get("status")).containsExactly("COMPLETED");
    }

    @Test
    void shouldRefuseBadInboxParametersNamingThem() {
        assertThat(problemField(as("t-csm3").getForEntity("/api/v1/tasks?assignee=everyone", Map.class))).isEqualTo("assignee");
        assertThat(problemField(as("t-csm3").getForEntity("/api/v1/tasks?size=0", Map.class))).isEqualTo("size");
        assertThat(problemField(as("t-csm3").getForEntity("/api/v1/tasks?status=DONE", Map.class))).isEqualTo("status");
        assertThat(as("t-csm3").getForEntity("/api/v1/tasks?assignee=team", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldShowTheFormAndRejectAnOutcomeThatDoesNotFitIt() {
        String task = checkIn(PlayFixture.account("FORM"), "t-csm3", "t-lead2", "5bd", "8bd");
        Map<String, Object> view = as("t-csm3").getForEntity("/api/v1/tasks/" + task, Map.class).getBody();
        assertThat(view.get("form").toString()).contains("outcome").contains("RESOLVED").contains("note");

        ResponseEntity<Map> bad = as("t-csm3").postForEntity("/api/v1/tasks/" + task + "/complete",
                Map.of("outcome", "MAYBE", "mood", "fine"), Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) bad.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("mood", "outcome", "note");
        assertThat(errors.toString()).contains("must be one of [RESOLVED, FOLLOW_UP_PLANNED, NO_RESPONSE, FALSE_ALARM]").contains("is required");
        assertThat(db.task(task)).containsEntry("status", "RESERVED").containsEntry("is_open", true);

        String play = savePlays.start(new SavePlayStart(PlayFixture.account("FORM-RED"), SaveTier.RED, "t-csm3", "t-lead2", "test"));
        String plan = db.taskId(play, "recovery-plan");
        ResponseEntity<Map> past = as("t-csm3").postForEntity("/api/v1/tasks/" + plan + "/complete", Map.of("outcome", "PLAN_AGREED",
                "plan", "Exec sponsor call", "targetDate", LocalDate.now().minusDays(3).toString()), Map.class);
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(past.getBody().get("errors").toString()).contains("targetDate").contains("must not be in the past");
    }

    @Test
    void shouldStartReleaseClaimAndDelegateATask() {
        String task = checkIn(PlayFixture.account("LIFECYCLE"), "t-csm3", "t-lead2", "5bd", "8bd");

        assertThat(post("t-csm3", task, "start", null).getBody()).containsEntry("status", "IN_PROGRESS").containsKey("startedAt");
        assertThat(post("t-csm3", task, "release", null).getBody()).containsEntry("status", "READY").containsEntry("assignee", "t-csm3");
        assertThat(post("t-csm3", task, "claim", null).getBody()).containsEntry("status", "RESERVED").containsKey("claimedAt");

        ResponseEntity<Map> notACsm = post("t-csm3", task, "delegate", Map.of("to", "t-lead2"));
        assertThat(notACsm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notACsm.getBody().get("errors").toString()).contains("to").contains("is not a CSM");

        ResponseEntity<Map> delegated = post("t-csm3", task, "delegate", Map.of("to", "t-csm4"));
        assertThat(delegated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(delegated.getBody()).containsEntry("assignee", "t-csm4").containsEntry("status", "RESERVED");
        assertThat(as("t-csm3").getForEntity("/api/v1/tasks/" + task, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        complete(task, "t-csm4");
        assertThat(db.task(task)).containsEntry("completed_by", "t-csm4");
    }

    @Test
    void shouldReassignInBulkAllOrNothing() {
        String first = checkIn(PlayFixture.account("BULK-1"), "t-csm3", "t-lead2", "5bd", "8bd");
        String second = checkIn(PlayFixture.account("BULK-2"), "t-csm3", "t-lead2", "5bd", "8bd");
        String otherTeam = checkIn(PlayFixture.account("BULK-OTHER"), "t-csm", "t-lead", "5bd", "8bd");

        ResponseEntity<Map> unknown = bulk("t-lead2", List.of(first, "no-such-task"), "t-csm4");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) unknown.getBody().get("errors")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("index", 1).containsEntry("field", "taskIds"));
        assertThat(bulk("t-lead2", List.of(first, otherTeam), "t-csm4").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(bulk("t-lead2", List.of(first), "nobody").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(db.task(first)).containsEntry("assignee", "t-csm3");

        assertThat(items(as("t-lead2").getForEntity("/api/v1/tasks?assignee=team&size=200", Map.class)))
                .extracting(t -> t.get("id")).contains(first, second).doesNotContain(otherTeam);

        ResponseEntity<List> done = as("t-lead2").postForEntity("/api/v1/tasks/reassign",
                Map.of("taskIds", List.of(first, second), "to", "t-csm4"), List.class);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(db.task(first)).containsEntry("assignee", "t-csm4");
        assertThat(db.task(second)).containsEntry("assignee", "t-csm4");

        complete(second, "t-csm4");
        assertThat(bulk("t-lead2", List.of(first, second), "t-csm3").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(db.task(first)).as("nothing reassigned").containsEntry("assignee", "t-csm4");
    }

    @Test
    void shouldSendNewTasksToTheSubstituteWhileACsmIsOutOfOffice() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        ResponseEntity<Map> invalid = as("t-csm4").postForEntity("/api/v1/out-of-office",
                Map.of("from", today.plusDays(3).toString(), "to", today.plusDays(1).toString(), "substitute", "t-csm4"), Map.class);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) invalid.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("to", "substitute");

        ResponseEntity<Map> away = as("t-csm4").postForEntity("/api/v1/out-of-office",
                Map.of("from", today.toString(), "to", today.plusDays(2).toString(), "substitute", "t-csm3", "note", "conference"), Map.class);
        assertThat(away.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Number absence = (Number) away.getBody().get("id");
        try {
            assertThat(away.getBody()).containsEntry("current", true);
            assertThat(as("t-csm4").getForEntity("/api/v1/out-of-office", List.class).getBody().toString()).contains("t-csm3");

            String covered = checkIn(PlayFixture.account("OOO"), "t-csm4", "t-lead2", "5bd", "8bd");
            assertThat(db.task(covered)).containsEntry("assignee", "t-csm3").containsEntry("substitute_for", "t-csm4");
            assertThat(items(as("t-csm3").getForEntity("/api/v1/tasks?accountExternalId=" + db.task(covered).get("account_external_id"),
                    Map.class))).extracting(t -> t.get("substituteFor")).containsExactly("t-csm4");
            complete(covered, "t-csm3");
        } finally {
            http.withBasicAuth("t-csm4", PASSWORD).delete("/api/v1/out-of-office/" + absence);
        }
        assertThat(as("t-csm4").getForEntity("/api/v1/out-of-office", List.class).getBody()).isEmpty();
        String back = checkIn(PlayFixture.account("OOO-BACK"), "t-csm4", "t-lead2", "5bd", "8bd");
        assertThat(db.task(back)).containsEntry("assignee", "t-csm4").containsEntry("substitute_for", null);
    }

    private String checkIn(String account, String csm, String lead, String sla, String directorSla) {
        String play = savePlays.start(new SavePlayStart(account, SaveTier.YELLOW, csm, lead, "test", sla, directorSla));
        return db.taskId(play, "csm-check-in");
    }

    private void complete(String task, String user) {
        ResponseEntity<Map> done = post(user, task, "complete", Map.of("outcome", "RESOLVED", "note", "done"));
        assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<Map> post(String user, String task, String action, Object body) {
        return as(user).postForEntity("/api/v1/tasks/" + task + "/" + action, body, Map.class);
    }

    private ResponseEntity<Map> bulk(String user, List<String> ids, String to) {
        return as(user).postForEntity("/api/v1/tasks/reassign", Map.of("taskIds", ids, "to", to), Map.class);
    }

    private static String problemField(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return (String) ((List<Map<String, Object>>) response.getBody().get("errors")).get(0).get("field");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) response.getBody().get("items");
    }
}
