package org.steward.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.steward.play.PlayOrchestrator.Decision;
import org.steward.scoring.AssessmentChanged;
import org.steward.scoring.AssessmentsChanged;
import org.steward.scoring.facts.LifecycleStage;
import org.steward.scoring.facts.PlaybookChoice;
import org.steward.scoring.facts.Signal;
import org.steward.scoring.facts.Tier;
import org.steward.support.Eventually;
import org.steward.support.PlayApiTest;
import org.steward.support.PlayFixture;
import org.steward.system.calendar.StewardBusinessCalendar;

/**
 * Orchestration: an assessment starts the play the rules chose, from the current playbook, once per kind and account
 * (a save play watching for recovery counts as running); a yellow save play that turns red alerts the team lead;
 * snoozes hold a kind back; an account green for the recovery period ends its save play; a late or repeated assessment
 * changes nothing. Every start and end names its assessment. A whole-book run's plays start once the run has ended, and
 * one assessment that fails does not hold back the others.
 */
class PlayOrchestrationTest extends PlayApiTest {

    private static final Signal LOGINS_DOWN = Signal.churn("logins-down", "Logins down 35 % against the 90-day baseline", "drop", 35);
    private static final Signal NPS = Signal.churn("nps-detractor", "NPS 4 from the champion", "score", 4);
    private static final Signal SEATS = Signal.expansion("seats-high-months", "Seat utilisation above 80 % for three months (91 %)",
            "utilisation", 91);

    @Autowired
    private PlayOrchestrator orchestrator;

    @Autowired
    private SaveRecovery recovery;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private StewardBusinessCalendar calendar;

    @Autowired
    private SchedulerClient scheduler;

    @Autowired
    private CustomTask<RunNotices> runOrchestrationTask;

    /** Spring's JDBC: inside a test transaction it reads on that transaction's connection. */
    @Autowired
    private JdbcTemplate jdbc;

    private static final String JOBS = "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'play-orchestration' AND task_instance = ?";

    private final long base = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000) * 100;

    @Test
    void shouldStartTheChosenPlayFromTheCurrentPlaybookWhenAnAssessmentIsStored() {
        String account = storedAccount("ORC-START");
        db.storeContact(account, account + "-dana", "Dana Fox", "D");

        transaction.executeWithoutResult(status -> events.publishEvent(scoredAlone(changed(base + 1, account, Tier.GREEN, Tier.RED,
                List.of(LOGINS_DOWN, NPS), new PlaybookChoice("save-recovery", "D", account + "-dana", "red tier (score 31): recovery plan")))));

        Eventually.await("the save play starts", Duration.ofSeconds(20), () -> !db.plays(account).isEmpty());
        Map<String, Object> play = db.plays(account).get(0);
        int version = db.jdbc().queryForObject("SELECT MAX(version) FROM playbook_version WHERE playbook_id = 'save'", Integer.class);
        assertThat(play).containsEntry("kind", "save").containsEntry("status", "ACTIVE").containsEntry("start_tier", "RED")
                .containsEntry("playbook_id", "save").containsEntry("playbook_version", version).containsEntry("variant", "D")
                .containsEntry("contact_external_id", account + "-dana").containsEntry("start_assessment_id", base + 1)
                .containsEntry("start_signals", "logins-down,nps-detractor").containsEntry("csm_owner", "t-csm");
        assertThat(play.get("start_reason").toString()).contains("red tier (score 31): recovery plan").contains("assessment " + (base + 1));
        Map<String, Object> task = db.task((String) play.get("id"), "recovery-plan");
        assertThat(task.get("title").toString()).contains("Dana Fox").contains("Acme " + account).doesNotContain("{{");
        assertThat(task.get("instructions").toString()).contains("Logins down 35 %");
        assertThat(task).containsEntry("template", "save/recovery-plan").containsEntry("assignee", "t-csm");
        assertThat(db.escalations((String) play.get("id"))).extracting(e -> e.get("kind")).containsExactly("ACCOUNT_RED");

        Map<?, ?> listed = as("t-csm").getForObject("/api/v1/plays?accountExternalId=" + account, Map.class);
        assertThat(listed.get("items").toString()).contains("playbookVersion=" + version).contains("variant=D")
                .contains("started={assessmentId=" + (base + 1) + ", signals=[logins-down, nps-detractor]}");
    }

    @Test
    void shouldStartNothingWhenTheAssessmentIsRolledBack() {
        String account = storedAccount("ORC-ROLLBACK");

        transaction.executeWithoutResult(status -> {
            events.publishEvent(scoredAlone(changed(base + 1, account, null, Tier.RED, List.of(LOGINS_DOWN),
                    new PlaybookChoice("save-recovery", "neutral", null, "red tier"))));
            assertThat(jdbc.queryForObject(JOBS, Integer.class, "assessment-" + (base + 1))).as("queued with the assessment").isOne();
            status.setRollbackOnly();
        });

        assertThat(jobs(base + 1)).as("gone with the assessment").isZero();
        assertThat(handle(yellow(base + 2, account))).as("the account is handled normally afterwards").isEqualTo(Decision.STARTED);
        assertThat(db.plays(account)).hasSize(1);
    }

    @Test
    void shouldStartThePlaysOfAWholeBookRunOnlyOnceTheRunHasEnded() {
        String red = storedAccount("ORC-RUN-RED");
        String yellow = storedAccount("ORC-RUN-YELLOW");
        long run = runInProgress();
        String job = RunOrchestrationJob.instanceId(run, base + 1);
        try {
            transaction.executeWithoutResult(status -> events.publishEvent(new AssessmentsChanged(run, List.of(
                    changed(base + 1, red, null, Tier.RED, List.of(LOGINS_DOWN), new PlaybookChoice("save-recovery", "neutral", null, "red tier")),
                    changed(base + 2, yellow, null, Tier.YELLOW, List.of(LOGINS_DOWN),
                            new PlaybookChoice("save-check-in", "neutral", null, "yellow tier"))))));
            assertThat(runJobs(job)).as("one job for the chunk").isOne();
            assertThat(jobs(base + 1) + jobs(base + 2)).as("no job per assessment").isZero();

            Eventually.await("the job found the run still running", Duration.ofSeconds(20), () -> db.jdbc().queryForObject(
                    "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = ? AND last_success IS NOT NULL",
                    Integer.class, RunOrchestrationJob.TASK, job) == 1);
            assertThat(db.plays(red)).as("no play while the run is running").isEmpty();
            assertThat(db.plays(yellow)).isEmpty();
        } finally {
            db.jdbc().update("UPDATE scoring_run SET state = 'SUCCEEDED', finished_at = NOW(6), in_progress = NULL WHERE id = ?", run);
        }

        Eventually.await("both plays start after the run", Duration.ofSeconds(20), () -> db.plays(red).size() + db.plays(yellow).size() == 2);
        assertThat(db.plays(red).get(0)).containsEntry("kind", "save").containsEntry("start_tier", "RED")
                .containsEntry("start_assessment_id", base + 1);
        assertThat(db.plays(yellow).get(0)).containsEntry("start_tier", "YELLOW").containsEntry("start_assessment_id", base + 2);
        Eventually.await("the job is done", Duration.ofSeconds(10), () -> runJobs(job) == 0);
    }

    @Test
    void shouldLeaveNoJobWhenTheRunsChunkIsRolledBack() {
        String account = storedAccount("ORC-RUN-ROLLBACK");
        String job = RunOrchestrationJob.instanceId(base, base + 1);

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new AssessmentsChanged(base, List.of(changed(base + 1, account, null, Tier.RED, List.of(LOGINS_DOWN),
                    new PlaybookChoice("save-recovery", "neutral", null, "red tier")))));
            assertThat(runJobs(job)).as("queued with the chunk").isOne();
            status.setRollbackOnly();
        });

        assertThat(runJobs(job)).as("gone with the chunk").isZero();
    }

    @Test
    void shouldStartTheOtherPlaysOfARunsChunkAndRetryOnlyTheAssessmentThatFailed() {
        String fine = storedAccount("ORC-RUN-FINE");
        String broken = storedAccount("ORC-RUN-BROKEN");
        AssessmentNotice good = yellow(base + 2, fine);
        AssessmentNotice valid = yellow(base + 1, broken);
        AssessmentNotice bad = new AssessmentNotice(valid.assessmentId(), broken, valid.asOf(), valid.ruleSetVersion(), valid.score(), null,
                "NOT-A-TIER-STEWARD-KNOWS", valid.signals(), valid.playbookId(), valid.variant(), null, valid.reason());
        String job = RunOrchestrationJob.instanceId(base, base + 1);
        TaskInstanceId id = TaskInstanceId.of(RunOrchestrationJob.TASK, job);
        scheduler.schedule(runOrchestrationTask.instance(job, new RunNotices(base, 0, List.of(bad, good))), Instant.now());
        try {
            Eventually.await("the good assessment's play starts", Duration.ofSeconds(20), () -> db.plays(fine).size() == 1);
            Eventually.await("the job keeps the failed one for later", Duration.ofSeconds(10), () -> scheduler.getScheduledExecution(id)
                    .map(execution -> ((RunNotices) execution.getData()).failedAttempts() == 1).orElse(false));
            RunNotices left = (RunNotices) scheduler.getScheduledExecution(id).orElseThrow().getData();
            assertThat(left.notices()).extracting(AssessmentNotice::accountExternalId).containsExactly(broken);
            assertThat(scheduler.getScheduledExecution(id).orElseThrow().getExecutionTime()).as("after a back-off")
                    .isAfter(Instant.now().plusSeconds(3));
            assertThat(db.plays(broken)).isEmpty();
        } finally {
            scheduler.cancel(id);
        }
    }

    @Test
    void shouldStartOnePlayWhenTwoAssessmentsOfAnAccountAreHandledAtOnce() throws Exception {
        String account = storedAccount("ORC-RACE");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> handle(yellow(base + 1, account)));
            var second = pool.submit(() -> handle(yellow(base + 2, account)));
            List<Decision> decisions = List.of(first.get(), second.get());
            assertThat(decisions).containsOnlyOnce(Decision.STARTED);
            assertThat(decisions).as("the other one waited for the first and found its play (or, if older, was stale)")
                    .containsAnyOf(Decision.RUNNING_ALREADY, Decision.STALE);
        } finally {
            pool.shutdown();
        }
        assertThat(db.plays(account)).hasSize(1);
    }

    @Test
    void shouldNotStartASecondSavePlayAndTellTheTeamLeadWhenAYellowPlayTurnsRed() {
        String account = storedAccount("ORC-ONCE");

        assertThat(handle(yellow(base + 1, account))).isEqualTo(Decision.STARTED);
        assertThat(handle(yellow(base + 2, account))).isEqualTo(Decision.RUNNING_ALREADY);
        assertThat(handle(red(base + 3, account))).isEqualTo(Decision.UPGRADED_TO_RED);

        List<Map<String, Object>> plays = db.plays(account);
        assertThat(plays).hasSize(1);
        String play = (String) plays.get(0).get("id");
        assertThat(db.tasks(play)).extracting(t -> t.get("name")).containsExactly("csm-check-in");
        assertThat(db.escalations(play)).extracting(e -> e.get("kind")).containsExactly("ACCOUNT_RED");
    }

    @Test
    void shouldNotStartASecondSavePlayWhileThePlanIsInMotionAndEndTheWatchingPlayOnRecovery() {
        String account = storedAccount("ORC-WATCH");
        assertThat(handle(red(base + 1, account))).isEqualTo(Decision.STARTED);
        String play = (String) db.plays(account).get(0).get("id");
        completeTask(db.taskId(play, "recovery-plan"), "t-csm", Map.of("outcome", "PLAN_AGREED", "plan", "Exec sync weekly",
                "targetDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()));
        assertThat(db.play(play)).containsEntry("status", "ACTIVE").containsEntry("stage", "WATCHING_FOR_RECOVERY");

        assertThat(handle(red(base + 2, account))).isEqualTo(Decision.RUNNING_ALREADY);
        assertThat(handle(yellow(base + 3, account))).isEqualTo(Decision.RUNNING_ALREADY);
        assertThat(db.plays(account)).hasSize(1);
        assertThat(db.tasks(play)).as("no new task while the plan is in motion").hasSize(1);

        handle(notice(base + 4, account, Tier.GREEN, List.of(), null));
        db.jdbc().update("UPDATE play_account_tier SET tier_since = tier_since - INTERVAL 8 DAY WHERE account_external_id = ?", account);
        recovery.run();

        assertThat(db.play(play)).containsEntry("status", "COMPLETED").containsEntry("outcome", "RECOVERED")
                .containsEntry("end_assessment_id", base + 4);
        assertThat(handle(yellow(base + 5, account))).as("a new slide starts a new play").isEqualTo(Decision.STARTED);
    }

    @Test
    void shouldHandleARepeatedAssessmentOnceAndIgnoreAnOlderOneThatArrivesLate() {
        String account = storedAccount("ORC-IDEM");
        AssessmentNotice first = yellow(base + 1, account);

        assertThat(handle(first)).isEqualTo(Decision.STARTED);
        savePlays.accountRecovered((String) db.plays(account).get(0).get("id"));
        assertThat(handle(first)).as("the job ran again after a crash").isEqualTo(Decision.HANDLED_ALREADY);
        assertThat(handle(yellow(base + 5, account))).isEqualTo(Decision.STARTED);
        assertThat(handle(red(base + 4, account))).isEqualTo(Decision.STALE);

        assertThat(db.plays(account)).hasSize(2);
    }

    @Test
    void shouldRespectASnoozeUntilItIsCancelled() {
        String account = storedAccount("ORC-SNOOZE");
        var created = as("t-csm").postForEntity("/api/v1/accounts/" + account + "/snoozes",
                Map.of("playKind", "save", "days", 14, "reason", "Customer in a merger; CEO asked for quiet until it closes"), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(handle(yellow(base + 1, account))).isEqualTo(Decision.SNOOZED);
        assertThat(handle(notice(base + 2, account, Tier.YELLOW, List.of(SEATS),
                new PlaybookChoice("expansion", "neutral", null, "expansion signals (seats-high-months)")))).isEqualTo(Decision.STARTED);
        assertThat(db.plays(account)).extracting(p -> p.get("kind")).containsExactly("expansion");

        as("t-csm").delete("/api/v1/accounts/" + account + "/snoozes/" + created.getBody().get("id"));
        assertThat(handle(yellow(base + 3, account))).isEqualTo(Decision.STARTED);
        assertThat(db.plays(account)).extracting(p -> p.get("kind")).containsExactlyInAnyOrder("expansion", "save");
    }

    @Test
    void shouldEndTheSavePlayOnceTheAccountHasBeenGreenForTheRecoveryPeriod() {
        String account = storedAccount("ORC-RECOVER");
        handle(yellow(base + 1, account));
        String play = (String) db.plays(account).get(0).get("id");

        assertThat(handle(notice(base + 2, account, Tier.GREEN, List.of(), null))).isEqualTo(Decision.NO_PLAY);
        recovery.run();
        assertThat(db.play(play)).as("green for less than 7 days").containsEntry("status", "ACTIVE");

        db.jdbc().update("UPDATE play_account_tier SET tier_since = tier_since - INTERVAL 8 DAY WHERE account_external_id = ?", account);
        recovery.run();

        Map<String, Object> ended = db.play(play);
        assertThat(ended).containsEntry("status", "COMPLETED").containsEntry("end_assessment_id", base + 2);
        assertThat(ended.get("end_reason").toString()).startsWith("Account recovered: green since").contains("assessment " + (base + 2));
        assertThat(db.task(play, "csm-check-in")).containsEntry("status", "CANCELLED");
    }

    @Test
    void shouldStartExpansionOnboardingAndRenewalPlaysFromTheirPlaybooks() {
        String expanding = storedAccount("ORC-EXP");
        handle(notice(base + 1, expanding, Tier.GREEN, List.of(SEATS), new PlaybookChoice("expansion", "C", null, "expansion signals")));
        Map<String, Object> conversation = db.task((String) db.plays(expanding).get(0).get("id"), "expansion-conversation");
        assertThat(conversation.get("context").toString()).contains("Seat utilisation above 80 %").contains("Offer more seats");
        assertThat(conversation.get("instructions").toString()).startsWith("Talking point: Seat utilisation");
        assertThat(conversation).containsEntry("sla", "5bd").containsEntry("assignee", "t-csm");

        String onboarding = PlayFixture.account("ORC-ONB");
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        db.storeAccount(onboarding, "SMB", start, start.plusYears(1), "t-csm", "t-lead");
        handle(notice(base + 2, onboarding, Tier.GREEN, List.of(), new PlaybookChoice("onboarding", "neutral", null, "onboarding: day 3")));
        Map<String, Object> kickoff = db.task((String) db.plays(onboarding).get(0).get("id"), "onboarding-kickoff");
        assertThat(kickoff).containsEntry("sla", calendar.endOfDay(start.plusDays(7)).toString());

        String renewing = PlayFixture.account("ORC-REN");
        db.storeAccount(renewing, "ENTERPRISE", LocalDate.now(ZoneOffset.UTC).minusYears(1), LocalDate.now(ZoneOffset.UTC).plusDays(30),
                "t-csm", "t-lead");
        handle(notice(base + 3, renewing, Tier.YELLOW, List.of(NPS), new PlaybookChoice("renewal", "neutral", null, "renewal window")));
        String renewal = (String) db.plays(renewing).get(0).get("id");
        db.awaitTask(renewal, "renewal-health-assessment");
        assertThat(db.task(renewal, "renewal-health-assessment").get("context").toString())
                .contains("Assessment " + (base + 3)).contains("score 55, YELLOW").contains("nps-detractor");
        handle(notice(base + 4, renewing, Tier.RED, List.of(NPS, LOGINS_DOWN), new PlaybookChoice("save-recovery", "neutral", null, "red")));
        assertThat(variable("renewal", renewal, "latestAssessment").toString()).contains("Assessment " + (base + 4)).contains("RED");
    }

    @Test
    void shouldStartNoPlayAndNotRetryFromAStoredPlaybookWhoseSlaIsImpossible() throws java.io.IOException {
        String account = storedAccount("ORC-BAD-PB");
        String id = "save-old" + base;
        String source = java.nio.file.Files.readString(java.nio.file.Path.of("../playbooks/save.yaml")).replace("id: save", "id: " + id)
                .replace("sla: 10bd", "sla: PT-4H");
        db.jdbc().update("INSERT INTO playbook_version (playbook_id, version, source, published_at, published_by)"
                + " VALUES (?, 1, ?, NOW(6), 'stored before the checks')", id, source);

        assertThat(handle(notice(base + 1, account, Tier.RED, List.of(LOGINS_DOWN), new PlaybookChoice(id, "neutral", null, "red tier"))))
                .isEqualTo(Decision.IMPOSSIBLE_PLAYBOOK);
        assertThat(db.plays(account)).as("no play, no overdue task, no escalation").isEmpty();

        assertThat(handle(red(base + 2, account))).as("the shipped playbook still starts plays").isEqualTo(Decision.STARTED);
    }

    @Test
    void shouldStartNothingForAnUnknownAccount() {
        assertThat(handle(yellow(base + 1, PlayFixture.account("ORC-NONE")))).isEqualTo(Decision.NO_ACCOUNT);
    }

    private int runJobs(String instance) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?", Integer.class,
                RunOrchestrationJob.TASK, instance);
    }

    /** A whole-book run, queued as the API would queue it, that no node executes: the test ends it. */
    private long runInProgress() {
        Eventually.await("no other scoring run in progress", Duration.ofSeconds(60),
                () -> db.jdbc().queryForObject("SELECT COUNT(*) FROM scoring_run WHERE in_progress = 1", Integer.class) == 0);
        return new SimpleJdbcInsert(db.jdbc()).withTableName("scoring_run").usingGeneratedKeyColumns("id")
                .usingColumns("trigger_kind", "state", "as_of", "requested_by", "created_at", "in_progress")
                .executeAndReturnKey(Map.of("trigger_kind", "MANUAL", "state", "RUNNING", "as_of", LocalDate.now(ZoneOffset.UTC),
                        "requested_by", "t-ops", "created_at", java.time.LocalDateTime.now(ZoneOffset.UTC), "in_progress", 1)).longValue();
    }

    private int jobs(long assessmentId) {
        return db.jdbc().queryForObject(JOBS, Integer.class, "assessment-" + assessmentId);
    }

    private Decision handle(AssessmentNotice notice) {
        return orchestrator.handle(notice);
    }

    private String storedAccount(String prefix) {
        String account = PlayFixture.account(prefix);
        db.storeAccount(account, "SMB", LocalDate.now(ZoneOffset.UTC).minusYears(1), LocalDate.now(ZoneOffset.UTC).plusMonths(8),
                "t-csm", "t-lead");
        return account;
    }

    private static AssessmentNotice yellow(long id, String account) {
        return notice(id, account, Tier.YELLOW, List.of(LOGINS_DOWN), new PlaybookChoice("save-check-in", "neutral", null, "yellow tier"));
    }

    private static AssessmentNotice red(long id, String account) {
        return notice(id, account, Tier.RED, List.of(LOGINS_DOWN, NPS), new PlaybookChoice("save-recovery", "neutral", null, "red tier"));
    }

    private static AssessmentNotice notice(long id, String account, Tier tier, List<Signal> signals, PlaybookChoice choice) {
        return AssessmentNotice.of(changed(id, account, null, tier, signals, choice));
    }

    private static AssessmentsChanged scoredAlone(AssessmentChanged change) {
        return new AssessmentsChanged(null, List.of(change));
    }

    private static AssessmentChanged changed(long id, String account, Tier previous, Tier tier, List<Signal> signals, PlaybookChoice choice) {
        int score = tier == Tier.RED ? 31 : tier == Tier.YELLOW ? 55 : 80;
        return new AssessmentChanged(id, account, LocalDate.now(ZoneOffset.UTC), 1, score, previous, tier, signals, List.of(), signals,
                null, choice, LifecycleStage.ADOPTED);
    }
}
