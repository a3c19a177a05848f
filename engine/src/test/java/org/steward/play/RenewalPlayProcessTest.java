package org.steward.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.steward.account.Segment;
import org.steward.support.PlayApiTest;
import org.steward.support.PlayFixture;
import org.steward.system.calendar.StewardBusinessCalendar;

/**
 * processes/renewal.bpmn, one test per path: each step waits for its date; health assessment, success review and
 * talks in order, ending with each outcome and the new ARR; a lapsed task escalated twice; the tasks showing the latest
 * assessment. Dates in the past start their step at once.
 */
class RenewalPlayProcessTest extends PlayApiTest {

    private static final Map<String, String[]> SLAS = Map.of("renewal-health-assessment", new String[] {"5bd", "10bd"},
            "renewal-success-review", new String[] {"10bd", "15bd"}, "renewal-talks", new String[] {"20bd", "30bd"});

    @Autowired
    private RenewalPlays renewalPlays;

    @Autowired
    private RenewalPlayProperties properties;

    @Autowired
    private StewardBusinessCalendar calendar;

    @Test
    void shouldStartEachStepTheConfiguredDaysBeforeTheRenewalAndEnterpriseHealthAssessmentsAt180() {
        LocalDate renewal = LocalDate.of(2027, 12, 1);
        RenewalSchedule smb = RenewalSchedule.from(renewal, Segment.SMB, properties, calendar);
        RenewalSchedule enterprise = RenewalSchedule.from(renewal, Segment.ENTERPRISE, properties, calendar);

        assertThat(smb.healthAssessmentAt()).isEqualTo(calendar.startOfDay(renewal.minusDays(120)));
        assertThat(smb.successReviewAt()).isEqualTo(calendar.startOfDay(renewal.minusDays(90)));
        assertThat(smb.renewalTalksAt()).isEqualTo(calendar.startOfDay(renewal.minusDays(60)));
        assertThat(enterprise.healthAssessmentAt()).isEqualTo(calendar.startOfDay(renewal.minusDays(180)));
        assertThat(enterprise.successReviewAt()).isEqualTo(smb.successReviewAt());
    }

    @ParameterizedTest
    @CsvSource({"RENEWED, Renewed, 120000", "RENEWED_WITH_EXPANSION, Renewed with expansion, 150000.50",
            "CONTRACTED, Contracted, 80000", "CHURNED, Churned, 0"})
    void shouldRunTheThreeStepsAndEndWithTheRecordedOutcomeAndNewArr(String outcome, String end, String newArr) {
        String account = PlayFixture.account("REN-" + outcome.substring(0, 4));
        Instant past = Instant.now().minusSeconds(1);
        String play = start(account, new RenewalSchedule(past, past, past), "Assessment 7: score 61, YELLOW");

        db.awaitTask(play, "renewal-health-assessment");
        assertThat(db.task(play, "renewal-health-assessment")).containsEntry("title", "renewal-health-assessment for " + account)
                .containsEntry("sla", "5bd").containsEntry("context", "Assessment 7: score 61, YELLOW").containsEntry("assignee", "t-csm");
        completeAssessmentAndReview(play);
        completeTask(db.taskId(play, "renewal-talks"), "t-csm", Map.of("outcome", outcome, "newArr", newArr));

        assertThat(db.play(play)).containsEntry("status", "COMPLETED").containsEntry("end_reason", end).containsEntry("outcome", outcome);
        assertThat((BigDecimal) db.play(play).get("new_arr")).isEqualByComparingTo(newArr);
        assertThat(db.escalations(play)).isEmpty();
    }

    @Test
    void shouldWaitForTheDateOfEachStep() {
        String account = PlayFixture.account("REN-WAIT");
        Instant later = Instant.now().plus(Duration.ofDays(30));
        String play = start(account, new RenewalSchedule(Instant.now().minusSeconds(1), later, later.plus(Duration.ofDays(30))), "A");

        db.awaitTask(play, "renewal-health-assessment");
        completeTask(db.taskId(play, "renewal-health-assessment"), "t-csm", Map.of("outcome", "ON_TRACK", "note", "Fine"));

        assertThat(db.tasks(play)).hasSize(1);
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'jbpm-timer'"
                + " AND CAST(task_data AS CHAR) LIKE ? AND execution_time BETWEEN ? AND ?", Integer.class, "%" + play + "%",
                java.sql.Timestamp.from(later.minusSeconds(1)), java.sql.Timestamp.from(later.plusSeconds(1))))
                .as("the success review timer waits for its date").isOne();
        assertThat(db.play(play)).containsEntry("status", "ACTIVE");
    }

    @Test
    void shouldShowTheLatestAssessmentInTasksCreatedAfterItChanged() {
        String account = PlayFixture.account("REN-ASSESS");
        Instant past = Instant.now().minusSeconds(1);
        String play = start(account, new RenewalSchedule(past, past, past), "Assessment 1: score 75, GREEN");
        db.awaitTask(play, "renewal-health-assessment");

        renewalPlays.latestAssessment(play, "Assessment 2: score 38, RED");
        completeTask(db.taskId(play, "renewal-health-assessment"), "t-csm", Map.of("outcome", "CRITICAL", "note", "Red now"));

        db.awaitTask(play, "renewal-success-review");
        assertThat(db.task(play, "renewal-health-assessment")).containsEntry("context", "Assessment 1: score 75, GREEN");
        assertThat(db.task(play, "renewal-success-review")).containsEntry("context", "Assessment 2: score 38, RED");
    }

    @Test
    void shouldEscalateALateStepToTheTeamLeadAndThenToTheCsDirectors() {
        String account = PlayFixture.account("REN-LATE");
        Instant past = Instant.now().minusSeconds(1);
        String play = transaction.execute(status -> renewalPlays.start(TestPlaybooks.account(account, Segment.MID_MARKET, LocalDate.now(),
                LocalDate.now()), "renewal window", TestPlaybooks.origin(TestPlaybooks.terms("renewal", account,
                Map.of("renewal-health-assessment", new String[] {"PT2S", "PT4S"}, "renewal-success-review", new String[] {"5bd", null},
                        "renewal-talks", new String[] {"5bd", null}))), "A", new RenewalSchedule(past, past, past)));

        db.awaitEscalation(play, "TEAM_LEAD", Duration.ofSeconds(20));
        db.awaitEscalation(play, "CS_DIRECTOR", Duration.ofSeconds(20));
        assertThat(db.escalations(play)).extracting(e -> e.get("task_name")).containsOnly("renewal-health-assessment");
    }

    @Test
    void shouldRefuseARenewalOutcomeWithoutANewArr() {
        String account = PlayFixture.account("REN-ARR");
        Instant past = Instant.now().minusSeconds(1);
        String play = start(account, new RenewalSchedule(past, past, past), "A");
        db.awaitTask(play, "renewal-health-assessment");
        completeAssessmentAndReview(play);

        ResponseEntity<Map> bad = as("t-csm").postForEntity("/api/v1/tasks/" + db.taskId(play, "renewal-talks") + "/complete",
                Map.of("outcome", "RENEWED", "newArr", "-5"), Map.class);

        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().get("errors").toString()).contains("newArr").contains("must not be negative");
        assertThat(db.play(play)).containsEntry("status", "ACTIVE");
    }

    /** Completes the health assessment and the success review, and waits for the talks to start. */
    private void completeAssessmentAndReview(String play) {
        completeTask(db.taskId(play, "renewal-health-assessment"), "t-csm", Map.of("outcome", "AT_RISK", "note", "Champion left"));
        db.awaitTask(play, "renewal-success-review");
        completeTask(db.taskId(play, "renewal-success-review"), "t-csm", Map.of("outcome", "REVIEW_HELD", "note", "Goals met"));
        db.awaitTask(play, "renewal-talks");
    }

    private String start(String account, RenewalSchedule schedule, String assessment) {
        return transaction.execute(status -> renewalPlays.start(TestPlaybooks.account(account, Segment.SMB, LocalDate.now(), LocalDate.now()),
                "renewal window", TestPlaybooks.origin(TestPlaybooks.terms("renewal", account, SLAS)), assessment, schedule));
    }
}
