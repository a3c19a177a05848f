package org.steward.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.steward.account.AccountFact;
import org.steward.account.AssessmentFact;
import org.steward.account.ContactFact;
import org.steward.account.Disc;
import org.steward.account.InvoiceFact;
import org.steward.account.NpsFact;
import org.steward.account.Segment;
import org.steward.account.TicketFact;
import org.steward.account.TicketPriority;
import org.steward.account.TicketStatus;
import org.steward.account.UsageFact;
import org.steward.notification.MailApiTest;
import org.steward.support.Eventually;
import org.steward.support.PlayFixture;
import org.steward.user.UserDirectory;

/**
 * End to end, from facts alone: facts that turn an account red → an assessment → a save play from the published
 * playbook → the recovery-plan task in the CSM's inbox and the D-style outreach in the outbox, which arrives once
 * when the CSM sends it → the SLA lapses → the task is in the team lead's escalation queue → the team lead
 * reassigns it → then either the new CSM completes it with an outcome and the play watches the account until it
 * recovers, or the account recovers while the task is open; either way the play ends when the account recovers.
 * The only shortcut: the recovery-plan SLA is published as 5 seconds for the test.
 */
class SavePlayFromFactsEndToEndTest extends MailApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Duration WAIT = Duration.ofSeconds(40);

    @Autowired
    private SaveRecovery recovery;

    private final PlayFixture db = new PlayFixture();
    private String shippedSave;

    @Autowired
    void ensurePlayUsers(UserDirectory users) {
        PlayFixture.ensureUsers(users);
    }

    @BeforeEach
    void publishAFiveSecondRecoveryPlanSla() {
        Map<String, Object> current = as("t-ops").getForObject("/api/v1/playbooks/save", Map.class);
        shippedSave = (String) current.get("source");
        String quick = shippedSave.replaceFirst("(?m)^(  recovery-plan:\\n    assignee: CSM\\n    sla: )10bd\\n    escalateAfter: 13bd",
                "$1PT5S\n    escalateAfter: PT1H");
        assertThat(quick).as("the shipped save playbook's recovery-plan SLA").isNotEqualTo(shippedSave);
        publish(quick, (Integer) current.get("version"));
    }

    @AfterEach
    void publishTheShippedSlasAgain() {
        Map<String, Object> current = as("t-ops").getForObject("/api/v1/playbooks/save", Map.class);
        publish(shippedSave, (Integer) current.get("version"));
    }

    @Test
    void aRedAccountGetsARecoveryPlanThatEscalatesIsReassignedAndCompletedAndThePlayEndsWhenTheAccountRecovers() {
        String account = PlayFixture.account("E2E-DONE");
        String champion = uniqueAddress("morgan.hale");
        turnRed(account, champion);

        Map<String, Object> play = awaitSavePlay(account);
        String task = recoveryPlanInInboxOf("t-csm", account);
        deliverTheDStyleOutreachOnce(account, champion);
        escalatedToTheTeamLead(task);
        reassign(task, "t-csm2");

        ResponseEntity<Map> done = as("t-csm2").postForEntity("/api/v1/tasks/" + task + "/complete",
                Map.of("outcome", "PLAN_AGREED", "plan", "Fix exports by Friday; weekly exec review on Tuesdays",
                        "targetDate", TODAY.plusDays(30).toString()), Map.class);
        assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.OK);

        Eventually.await("the play watches for recovery", WAIT,
                () -> "WATCHING_FOR_RECOVERY".equals(play(account, play.get("id")).get("stage")));
        assertThat(play(account, play.get("id"))).containsEntry("status", "ACTIVE");
        assertThat(as("t-csm2").postForEntity("/api/v1/tasks/" + task + "/complete", Map.of("outcome", "PLAN_AGREED"), Map.class)
                .getStatusCode()).as("a completed task cannot be completed again").isEqualTo(HttpStatus.CONFLICT);

        recoverAndWaitOutTheRecoveryPeriod(account, play);

        Map<String, Object> ended = awaitPlayStatus(account, play.get("id"), "COMPLETED");
        assertThat(ended).containsEntry("outcome", "RECOVERED");
        assertThat(ended.get("endReason").toString()).startsWith("Account recovered");
        assertThat(plays(account)).as("no second save play while the plan was in motion")
                .filteredOn(p -> "save".equals(p.get("kind"))).hasSize(1);
    }

    @Test
    void aRedAccountWhoseFactsRecoverEndsItsSavePlayAfterTheRecoveryPeriod() {
        String account = PlayFixture.account("E2E-RECOVER");
        String champion = uniqueAddress("sam.ortiz");
        turnRed(account, champion);

        Map<String, Object> play = awaitSavePlay(account);
        String task = recoveryPlanInInboxOf("t-csm", account);
        escalatedToTheTeamLead(task);
        reassign(task, "t-csm2");

        recoverAndWaitOutTheRecoveryPeriod(account, play);

        Map<String, Object> ended = awaitPlayStatus(account, play.get("id"), "COMPLETED");
        assertThat(ended.get("endReason").toString()).startsWith("Account recovered");
        assertThat(db.task(task)).containsEntry("status", "CANCELLED");
        assertThat(as("t-csm2").getForObject("/api/v1/tasks?assignee=me&accountExternalId=" + account, Map.class).get("items"))
                .as("nothing left in the inbox").asList().isEmpty();
    }

    /** The facts recover; the play goes on while the account is green for less than the recovery period, then ends. */
    private void recoverAndWaitOutTheRecoveryPeriod(String account, Map<String, Object> play) {
        recover(account);
        // once green, the rules may choose an expansion play for the recovered account: the save play is found by its id
        Eventually.await("the account is green again", WAIT, () -> "GREEN".equals(health(account).get("tier")));
        Eventually.await("the orchestrator saw it", WAIT, () -> "GREEN".equals(db.jdbc().queryForObject(
                "SELECT MAX(tier) FROM play_account_tier WHERE account_external_id = ?", String.class, account)));
        recovery.run();
        assertThat(db.play((String) play.get("id"))).as("green for less than the recovery period").containsEntry("status", "ACTIVE");

        db.jdbc().update("UPDATE play_account_tier SET tier_since = tier_since - INTERVAL 8 DAY WHERE account_external_id = ?", account);
        recovery.run();
    }

    /** Usage halves and stays low, an urgent ticket sits open, NPS 2 from the D champion, an invoice overdue, CSM says 2. */
    private void turnRed(String account, String champion) {
        post("accounts", List.of(new AccountFact(account, "Globex " + account, Segment.MID_MARKET, "growth", new BigDecimal("60000.00"),
                50, TODAY.minusDays(400), TODAY.plusDays(300), "t-csm", "t-lead", Map.of())));
        post("contacts", List.of(new ContactFact(account + "-morgan", account, "Morgan Hale", champion, "VP Operations", true, Disc.D, true)));
        post("usage", usage(account, 6));
        post("tickets", List.of(new TicketFact(account + "-t1", account, "Exports time out", TicketPriority.URGENT, TicketStatus.OPEN,
                TODAY.minusDays(14), null)));
        post("nps", List.of(new NpsFact(account + "-n1", account, account + "-morgan", 2, TODAY.minusDays(10), "Exports keep failing")));
        post("invoices", List.of(new InvoiceFact(account + "-i1", account, new BigDecimal("15000.00"), "EUR", TODAY.minusDays(70),
                TODAY.minusDays(40), null)));
        post("assessments", List.of(new AssessmentFact(account, TODAY.minusDays(3), 2, "t-csm", "Sponsor unhappy")));
    }

    /** Usage back to where it was, the ticket resolved, the invoice paid, NPS 9 and the CSM says 9. */
    private void recover(String account) {
        post("usage", usage(account, 42));
        post("tickets", List.of(new TicketFact(account + "-t1", account, "Exports time out", TicketPriority.URGENT, TicketStatus.RESOLVED,
                TODAY.minusDays(14), TODAY)));
        post("invoices", List.of(new InvoiceFact(account + "-i1", account, new BigDecimal("15000.00"), "EUR", TODAY.minusDays(70),
                TODAY.minusDays(40), TODAY)));
        post("nps", List.of(new NpsFact(account + "-n2", account, account + "-morgan", 9, TODAY, "Exports fixed, thanks")));
        post("assessments", List.of(new AssessmentFact(account, TODAY, 9, "t-csm", "Back on track")));
    }

    /** 90 days: 42 active users a day, then {@code lastMonthUsers} over the last 30 days. */
    private static List<UsageFact> usage(String account, int lastMonthUsers) {
        List<UsageFact> days = new ArrayList<>();
        for (int back = 90; back >= 1; back--) {
            int users = back <= 30 ? lastMonthUsers : 42;
            List<String> features = users > 10 ? List.of("dashboards", "reports", "alerts", "exports", "api", "sso")
                    : List.of("dashboards");
            days.add(new UsageFact(account, TODAY.minusDays(back), users, users * 4, features, 500L, 10_000L, users, null));
        }
        return days;
    }

    private Map<String, Object> awaitSavePlay(String account) {
        Eventually.await("a save play for " + account, WAIT, () -> !plays(account).isEmpty());
        Map<String, Object> play = plays(account).get(0);
        assertThat(play).containsEntry("kind", "save").containsEntry("status", "ACTIVE").containsEntry("playbookId", "save")
                .containsEntry("variant", "D").containsEntry("csmOwner", "t-csm");
        assertThat(play.get("startReason").toString()).contains("red tier");
        assertThat(health(account)).containsEntry("tier", "RED");
        return play;
    }

    private String recoveryPlanInInboxOf(String csm, String account) {
        Eventually.await("the recovery plan in " + csm + "'s inbox", WAIT, () -> !inbox(csm, account).isEmpty());
        Map<String, Object> task = inbox(csm, account).get(0);
        assertThat(task.get("title").toString()).startsWith("Recovery plan").contains("Morgan Hale");
        return task.get("id").toString();
    }

    private void deliverTheDStyleOutreachOnce(String account, String champion) {
        Eventually.await("the D-style recovery outreach drafted", WAIT, () -> outreach(account) != null);
        Map<String, Object> draft = outreach(account);
        assertThat(draft).containsEntry("state", "DRAFTED").containsEntry("recipient", champion).containsEntry("csm", "t-csm");
        long id = ((Number) draft.get("id")).longValue();
        assertThat(as("t-csm").postForEntity("/api/v1/outbox/" + id + "/send", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Eventually.await("the outreach arrives", WAIT, () -> receivedBy(champion).size() == 1);
        Eventually.await("the outbox says sent", WAIT, () -> "SENT".equals(as("t-csm").getForObject("/api/v1/outbox/" + id, Map.class).get("state")));
        List<MimeMessage> arrived = receivedBy(champion);
        assertThat(arrived).as("exactly once").hasSize(1);
    }

    private void escalatedToTheTeamLead(String task) {
        Eventually.await("the lapsed recovery plan in t-lead's escalation queue", WAIT, () -> openEscalations("t-lead").stream()
                .anyMatch(e -> task.equals(String.valueOf(e.get("taskId")))));
        Map<String, Object> seen = as("t-lead").getForObject("/api/v1/tasks/" + task, Map.class);
        assertThat(seen).containsEntry("escalated", true);
    }

    private void reassign(String task, String to) {
        ResponseEntity<Map> reassigned = as("t-lead").postForEntity("/api/v1/tasks/" + task + "/reassign", Map.of("to", to), Map.class);
        assertThat(reassigned.getStatusCode()).as("%s", reassigned.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(inbox(to, (String) reassigned.getBody().get("accountExternalId"))).extracting(t -> t.get("id").toString()).contains(task);
    }

    private Map<String, Object> awaitPlayStatus(String account, Object playId, String status) {
        Eventually.await("the play is " + status, WAIT, () -> status.equals(play(account, playId).get("status")));
        return play(account, playId);
    }

    private Map<String, Object> play(String account, Object playId) {
        return plays(account).stream().filter(play -> playId.equals(play.get("id"))).findFirst().orElseThrow();
    }

    private Map<String, Object> outreach(String account) {
        List<Map<String, Object>> drafts = db.jdbc().queryForList("SELECT id FROM outbox_message WHERE account_external_id = ?"
                + " AND template_id = 'customer/save/recovery-plan/D'", account);
        return drafts.isEmpty() ? null : as("t-csm").getForObject("/api/v1/outbox/" + drafts.get(0).get("id"), Map.class);
    }

    private List<Map<String, Object>> plays(String account) {
        return (List<Map<String, Object>>) as("t-lead").getForObject("/api/v1/plays?accountExternalId=" + account, Map.class).get("items");
    }

    private List<Map<String, Object>> inbox(String csm, String account) {
        return (List<Map<String, Object>>) as(csm).getForObject("/api/v1/tasks?assignee=me&accountExternalId=" + account, Map.class)
                .get("items");
    }

    private List<Map<String, Object>> openEscalations(String lead) {
        return (List<Map<String, Object>>) as(lead).getForObject("/api/v1/escalations?size=200&status=OPEN", Map.class).get("items");
    }

    private Map<String, Object> health(String account) {
        ResponseEntity<Map> health = as("t-csm").getForEntity("/api/v1/accounts/" + account + "/health", Map.class);
        return health.getStatusCode() == HttpStatus.OK ? health.getBody() : Map.of();
    }

    private void publish(String yaml, int basedOn) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        ResponseEntity<Map> published = as("t-ops").postForEntity("/api/v1/playbooks/save/versions?basedOn=" + basedOn,
                new HttpEntity<>(yaml, headers), Map.class);
        assertThat(published.getStatusCode()).as("%s", published.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    private void post(String path, List<?> rows) {
        ResponseEntity<Map> response = as("t-integration").postForEntity("/api/v1/" + path, rows, Map.class);
        assertThat(response.getStatusCode()).as("%s: %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
    }
}
