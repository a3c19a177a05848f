package org.steward.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.steward.account.Segment;
import org.steward.support.Eventually;
import org.steward.support.PlayApiTest;
import org.steward.support.PlayFixture;
import org.steward.system.calendar.StewardBusinessCalendar;

/**
 * processes/onboarding.bpmn, one test per path: the three milestones completed in order; a lapsed kickoff escalated to
 * the team lead and the CS directors; the activation check escalating an account without a kickoff or with too few
 * seats in use, and passing one on track. Timers are fixed moments a few seconds ahead.
 */
class OnboardingPlayProcessTest extends PlayApiTest {

    private static final Map<String, String[]> SLAS = Map.of("onboarding-kickoff", new String[] {"P7D", "P10D"},
            "onboarding-first-value", new String[] {"P30D", "P40D"}, "onboarding-deepening", new String[] {"P90D", "P100D"});

    @Autowired
    private OnboardingPlays onboardingPlays;

    @Autowired
    private OnboardingPlayProperties properties;

    @Autowired
    private StewardBusinessCalendar calendar;


    @Test
    void shouldComputeTheMilestonesFromTheContractStart() {
        LocalDate start = LocalDate.of(2027, 3, 1);
        OnboardingSchedule schedule = OnboardingSchedule.from(start, TestPlaybooks.terms("onboarding", "X", SLAS), properties, calendar);

        assertThat(schedule.kickoffDue()).isEqualTo(calendar.endOfDay(start.plusDays(7)));
        assertThat(schedule.kickoffDirectorDue()).isEqualTo(calendar.endOfDay(start.plusDays(10)));
        assertThat(schedule.firstValueDue()).isEqualTo(calendar.endOfDay(start.plusDays(30)));
        assertThat(schedule.deepeningDue()).isEqualTo(calendar.endOfDay(start.plusDays(90)));
        assertThat(schedule.activationCheckAt()).isEqualTo(calendar.startOfDay(start.plusDays(14)));
        assertThat(schedule.kickoffDue()).isEqualTo(Instant.parse("2027-03-08T17:00:00Z")).as("UTC calendar, day ends 17:00");
    }

    @Test
    void shouldWalkTheCustomerFromKickoffThroughFirstValueToDeepening() {
        String account = PlayFixture.account("ONB-PATH");
        Instant later = Instant.now().plus(Duration.ofDays(1));
        String play = start(account, schedule(later, later, later, later.plus(Duration.ofDays(1))));

        Map<String, Object> kickoff = db.task(play, "onboarding-kickoff");
        assertThat(kickoff).containsEntry("assignee", "t-csm").containsEntry("title", "onboarding-kickoff for " + account)
                .containsEntry("instructions", "Instructions of onboarding-kickoff").containsEntry("sla", later.toString());
        assertThat(((Timestamp) kickoff.get("due_at")).toInstant()).isEqualTo(later.truncatedTo(ChronoUnit.MICROS));
        assertThat(db.tasks(play)).hasSize(1);
        assertThat(db.play(play)).containsEntry("kind", "onboarding").containsEntry("playbook_id", "onboarding")
                .containsEntry("variant", "D").containsEntry("start_assessment_id", 42L);

        complete(db.taskId(play, "onboarding-kickoff"), Map.of("outcome", "KICKOFF_HELD", "note", "Goals agreed"));
        assertThat(variable(play, "kickoffDone")).isEqualTo(Boolean.TRUE);
        complete(db.taskId(play, "onboarding-first-value"), Map.of("outcome", "REACHED", "note", "First team live"));
        complete(db.taskId(play, "onboarding-deepening"), Map.of("outcome", "PARTLY_REACHED", "note", "Two of four teams"));

        assertThat(db.play(play)).containsEntry("status", "COMPLETED").containsEntry("end_reason", "Onboarding completed")
                .containsEntry("outcome", "PARTLY_REACHED");
        assertThat(db.tasks(play)).extracting(t -> t.get("name"))
                .containsExactly("onboarding-kickoff", "onboarding-first-value", "onboarding-deepening");
        assertThat(db.escalations(play)).isEmpty();
        assertThat(db.processInstances(play)).as("the activation timer ended with the play").isZero();
    }

    @Test
    void shouldEscalateALateKickoffToTheTeamLeadAndThenToTheCsDirectors() {
        String account = PlayFixture.account("ONB-LATE");
        Instant now = Instant.now();
        String play = start(account, new OnboardingSchedule(now.plusSeconds(2), now.plusSeconds(4), now.plus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(40)), now.plus(Duration.ofDays(90)), now.plus(Duration.ofDays(100)), now.plus(Duration.ofDays(14))));

        db.awaitEscalation(play, "TEAM_LEAD", Duration.ofSeconds(20));
        db.awaitEscalation(play, "CS_DIRECTOR", Duration.ofSeconds(20));
        assertThat(db.escalations(play)).extracting(e -> e.get("task_name")).containsOnly("onboarding-kickoff");
        assertThat(db.escalations(play).get(0).get("reason").toString()).contains("onboarding-kickoff for " + account).contains("lapsed");
        assertThat(db.task(play, "onboarding-kickoff")).containsEntry("escalation_level", "CS_DIRECTOR");
    }

    @Test
    void shouldEscalateAnAccountWithoutKickoffOrUsageAtTheActivationCheck() {
        String account = PlayFixture.account("ONB-OFF");
        Instant later = Instant.now().plus(Duration.ofDays(1));
        String play = start(account, schedule(later, later, later, Instant.now().plusSeconds(1)));

        Eventually.await("the activation check escalates", Duration.ofSeconds(20),
                () -> db.escalations(play).stream().anyMatch(e -> "OFF_TRAJECTORY".equals(e.get("kind"))));
        Map<String, Object> alert = db.escalations(play).get(0);
        assertThat(alert).containsEntry("level", "TEAM_LEAD").containsEntry("escalated_to", "t-lead").containsEntry("status", "OPEN");
        assertThat(alert.get("reason").toString()).contains("the kickoff is not done").contains("no product usage recorded yet");
        assertThat(db.play(play)).containsEntry("status", "ACTIVE");
        assertThat(db.task(play, "onboarding-kickoff")).containsEntry("is_open", true);
    }

    @Test
    void shouldEscalateAnAccountUsingTooFewSeatsEvenAfterItsKickoff() {
        String play = startWithKickoffDoneAndSeatsInUse("ONB-SEATS", 5);

        Eventually.await("the activation check escalates", Duration.ofSeconds(20),
                () -> db.escalations(play).stream().anyMatch(e -> "OFF_TRAJECTORY".equals(e.get("kind"))));
        String reason = db.escalations(play).get(0).get("reason").toString();
        assertThat(reason).contains("5 of 50 seats in use").contains("(10 %)").contains("below the first-value threshold of 25 %")
                .doesNotContain("kickoff");
    }

    @Test
    void shouldPassAnAccountOnTrackAtTheActivationCheck() {
        String play = startWithKickoffDoneAndSeatsInUse("ONB-OK", 30);

        Eventually.await("the activation check ran", Duration.ofSeconds(20), () -> Boolean.FALSE.equals(variable(play, "offTrajectory")));
        assertThat(db.escalations(play)).isEmpty();
        assertThat(db.task(play, "onboarding-first-value")).containsEntry("is_open", true);
    }

    /** A play of an account with 50 seats, this many in use yesterday, whose kickoff is done before its check (in 5 s). */
    private String startWithKickoffDoneAndSeatsInUse(String prefix, int seatsInUse) {
        String account = PlayFixture.account(prefix);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        db.storeAccount(account, "SMB", today.minusDays(14), today.plusDays(351), "t-csm", "t-lead");
        db.storeUsage(account, today.minusDays(1), seatsInUse);
        Instant later = Instant.now().plus(Duration.ofDays(1));
        String play = start(account, schedule(later, later, later, Instant.now().plusSeconds(5)));
        complete(db.taskId(play, "onboarding-kickoff"), Map.of("outcome", "KICKOFF_HELD", "note", "Held"));
        assertThat(db.escalations(play)).as("the kickoff was completed before the check").isEmpty();
        return play;
    }

    private OnboardingSchedule schedule(Instant kickoff, Instant firstValue, Instant deepening, Instant activationCheck) {
        return new OnboardingSchedule(kickoff, kickoff.plus(Duration.ofDays(3)), firstValue, firstValue.plus(Duration.ofDays(10)),
                deepening, deepening.plus(Duration.ofDays(10)), activationCheck);
    }

    private String start(String account, OnboardingSchedule schedule) {
        return transaction.execute(status -> onboardingPlays.start(TestPlaybooks.account(account, Segment.SMB, LocalDate.now(), LocalDate.now()),
                "onboarding: day 0", TestPlaybooks.origin(TestPlaybooks.terms("onboarding", account, SLAS)), schedule));
    }

    private Object variable(String play, String name) {
        return variable("onboarding", play, name);
    }

    private void complete(String taskId, Map<String, Object> outcome) {
        completeTask(taskId, "t-csm", outcome);
    }
}
