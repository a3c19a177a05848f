package org.steward.notification.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.account.AccountFact;
import org.steward.account.ContactFact;
import org.steward.account.Disc;
import org.steward.account.FactIngestion;
import org.steward.account.FactKind;
import org.steward.account.Segment;
import org.steward.account.TicketFact;
import org.steward.account.TicketPriority;
import org.steward.account.TicketStatus;
import org.steward.account.UsageFact;
import org.steward.notification.MailApiTest;
import org.steward.play.SavePlayStart;
import org.steward.play.SavePlays;
import org.steward.play.SaveTier;
import org.steward.scoring.AssessmentChanged;
import org.steward.scoring.AssessmentsChanged;
import org.steward.scoring.facts.Signal;
import org.steward.scoring.facts.Tier;
import org.steward.support.Eventually;
import org.steward.support.PlayFixture;
import org.steward.user.NewUser;
import org.steward.user.Role;
import org.steward.user.UserDirectory;

/**
 * The wiring of messages to what happens in plays and tasks, delivered to GreenMail: a save play's customer draft, the
 * task notices, the SLA warning, the digests, and previews against an account's real data.
 */
class MessageWiringTest extends MailApiTest {

    private static final Duration MAIL = Duration.ofSeconds(30);

    @Autowired
    private SavePlays savePlays;
    @Autowired
    private FactIngestion facts;
    @Autowired
    private UserDirectory users;
    @Autowired
    private PlayDrafting.Writer draftWriter;
    @Autowired
    private SlaWarnings slaWarnings;
    @Autowired
    private CsmDigests csmDigests;
    @Autowired
    private TeamLeadDigests teamLeadDigests;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private TransactionTemplate transactions;

    private final PlayFixture db = new PlayFixture();

    @Autowired
    void ensurePlayUsers(UserDirectory directory) {
        PlayFixture.ensureUsers(directory);
    }

    @Test
    void shouldDraftTheDStyleRecoveryPlanForARedAccountsChampionAndDeliverItOnceTheCsmApproves() throws Exception {
        String champion = uniqueAddress("morgan.hale");
        String account = redAccount("Globex Freight", "t-csm", champion);

        String play = savePlays.start(new SavePlayStart(account, SaveTier.RED, "t-csm", "t-lead", "health score fell to 31 (red)"));

        Map<String, Object> draft = awaitOne(account, "customer/save/recovery-plan/D");
        assertThat(draft).containsEntry("state", "DRAFTED").containsEntry("csm", "t-csm").containsEntry("recipient", champion)
                .containsEntry("recipientName", "Morgan Hale").containsEntry("accountName", "Globex Freight");
        assertThat((String) draft.get("body")).contains("Morgan,")
                .contains("Average daily active users down 60 % over the last 4 weeks")
                .contains("average daily active users fell 60 % over the last 4 weeks (50 \u2192 20)")
                .contains("logins fell 60 % over the last 4 weeks (5,600 \u2192 2,240)")
                .contains("2 high-priority tickets open");

        draftWriter.write(new PlayDrafting.DraftRequest(play, "save", account, "again", null, null));
        assertThat(messages(account, "customer/save/recovery-plan/D")).as("one draft per play, however often its job runs").hasSize(1);

        long id = ((Number) draft.get("id")).longValue();
        assertThat(as("t-csm").postForEntity("/api/v1/outbox/" + id + "/send", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Eventually.await("the recovery plan is sent", MAIL, () -> "SENT".equals(as("t-csm").getForObject("/api/v1/outbox/" + id, Map.class).get("state")));
        List<MimeMessage> arrived = receivedBy(champion);
        assertThat(arrived).hasSize(1);
        assertThat(arrived.get(0).getSubject()).isEqualTo("Globex Freight: a 30-day recovery plan, three actions");
        assertThat(GreenMailUtil.getBody(arrived.get(0))).contains("fell 60 %").contains("2 high-priority tickets open");

        MimeMessage alert = awaitMail("t-lead@example.test", "Escalated to you: Account turned red: Globex Freight", account);
        assertThat(GreenMailUtil.getBody(alert)).contains("because Account turned red");
        MimeMessage assigned = awaitMail("t-csm@example.test", "New task: Recovery plan", account);
        assertThat(GreenMailUtil.getBody(assigned)).contains("Globex Freight").contains("play: save");
        assertThat(messages(account, "notice/escalated")).hasSize(1);
        assertThat(messages(account, "notice/task-assigned")).hasSize(1);
    }

    @Test
    void shouldDraftTheNeutralCheckInForAYellowAccountWhoseContactHasNoStyle() {
        String account = PlayFixture.account("YELLOW");
        String contact = uniqueAddress("sam");
        facts.ingest(FactKind.ACCOUNTS, List.of(account(account, "Initech", "t-csm")));
        facts.ingest(FactKind.CONTACTS, List.of(new ContactFact(account + "-c", account, "Sam Lee", contact, "Ops manager", false, null, true)));
        facts.ingest(FactKind.USAGE, usage(account, 30, 24));

        savePlays.start(new SavePlayStart(account, SaveTier.YELLOW, "t-csm", "t-lead", "health score fell to 58 (yellow)"));

        Map<String, Object> draft = awaitOne(account, "customer/save/check-in/neutral");
        assertThat(draft).containsEntry("recipient", contact);
        assertThat((String) draft.get("subject")).isEqualTo("Checking in on Initech: Average daily active users down 20 % over the last 4 weeks");
    }

    @Test
    void shouldDraftAnExpansionOpenerToTheContactThePlayNamesInThePlaysStyle() {
        String account = PlayFixture.account("GROW");
        String pat = uniqueAddress("pat");
        facts.ingest(FactKind.ACCOUNTS, List.of(account(account, "Wayne Logistics", "t-csm")));
        facts.ingest(FactKind.CONTACTS, List.of(
                new ContactFact(account + "-pat", account, "Pat Doe", pat, "Head of Data", false, Disc.S, true),
                new ContactFact(account + "-ann", account, "Ann Lee", uniqueAddress("ann"), "CEO", true, Disc.D, true)));
        List<UsageFact> usage = new ArrayList<>();
        for (UsageFact day : usage(account, 60, 110)) {
            usage.add(new UsageFact(account, day.date(), day.activeUsers(), day.logins(), day.featuresUsed(), day.apiCalls(), day.apiLimit(),
                    day.activeUsers(), null));
        }
        facts.ingest(FactKind.USAGE, usage);
        String play = "expansion-" + System.nanoTime();

        draftWriter.write(new PlayDrafting.DraftRequest(play, "expansion", account, "seat utilisation above 80 %", "C", account + "-pat"));

        List<Map<String, Object>> drafts = messages(account, "customer/expansion/conversation/C");
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0)).containsEntry("recipient", pat).containsEntry("state", "DRAFTED").containsEntry("csm", "t-csm");
        assertThat((String) drafts.get(0).get("body")).contains("seat utilisation at 92 % (110 of 120 seats)");
        assertThat(db.jdbc().queryForObject("SELECT outbox_message_id FROM message_ledger WHERE dedup_key = ?", Long.class, "play-draft:" + play))
                .isEqualTo(((Number) drafts.get(0).get("id")).longValue());
    }

    @Test
    void shouldTellTheTeamLeadOnceWhenATasksSlaLapses() {
        String account = PlayFixture.account("LAPSE");
        String play = savePlays.start(new SavePlayStart(account, SaveTier.YELLOW, "t-csm", "t-lead", "tier fell to yellow", "PT2S", "P1D"));
        db.awaitEscalation(play, "TEAM_LEAD", Duration.ofSeconds(20));

        MimeMessage notice = awaitMail("t-lead@example.test", "Escalated to you: CSM check-in", account);
        assertThat(GreenMailUtil.getBody(notice)).contains("SLA PT2S lapsed").contains("Was with: t-csm");
        long escalation = ((Number) db.escalations(play).get(0).get("id")).longValue();
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM message_ledger WHERE dedup_key = ?", Integer.class,
                "escalated:" + escalation + ":t-lead")).isOne();
        assertThat(messages(account, "notice/escalated")).hasSize(1);
        assertThat(mails("t-lead@example.test", "Escalated to you: CSM check-in", account)).hasSize(1);
    }

    @Test
    void shouldWarnTheAssigneeOnceBeforeTheSlaLapses() throws Exception {
        String account = PlayFixture.account("LAPSING");
        savePlays.start(new SavePlayStart(account, SaveTier.YELLOW, "t-csm", "t-lead", "tier fell to yellow", "PT1H", "P1D"));

        slaWarnings.sweep();
        slaWarnings.sweep();

        MimeMessage warning = awaitMail("t-csm@example.test", "Due in ", account);
        assertThat(warning.getSubject()).endsWith(": CSM check-in");
        assertThat(GreenMailUtil.getBody(warning)).contains("after that it escalates to your team lead");
        assertThat(messages(account, "notice/sla-lapsing")).hasSize(1);
        assertThat(mails("t-csm@example.test", "Due in ", account)).hasSize(1);
    }

    @Test
    void shouldDigestExactlyTheCsmsOwnDueAndOverdueOpenTasksAndTheSignalsOnTheirAccounts() throws Exception {
        String csm = "t-dig-" + System.nanoTime();
        String idle = "t-idle-" + System.nanoTime();
        users.ensure(new NewUser(csm, csm, csm + "@example.test", PASSWORD, Set.of(Role.CSM), "t-lead"));
        users.ensure(new NewUser(idle, idle, idle + "@example.test", PASSWORD, Set.of(Role.CSM), "t-lead"));
        String overdue = PlayFixture.account("OVERDUE");
        String dueToday = PlayFixture.account("DUE");
        String done = PlayFixture.account("DONE");
        String later = PlayFixture.account("LATER");
        String others = PlayFixture.account("OTHERS");
        String overduePlay = savePlays.start(new SavePlayStart(overdue, SaveTier.YELLOW, csm, "t-lead", "yellow", "PT1S", "P1D"));
        String duePlay = savePlays.start(new SavePlayStart(dueToday, SaveTier.YELLOW, csm, "t-lead", "yellow", "PT10M", "P1D"));
        String donePlay = savePlays.start(new SavePlayStart(done, SaveTier.YELLOW, csm, "t-lead", "yellow", "PT1S", "P1D"));
        savePlays.start(new SavePlayStart(later, SaveTier.YELLOW, csm, "t-lead", "yellow", "P3D", "P4D"));
        savePlays.start(new SavePlayStart(others, SaveTier.YELLOW, "t-csm2", "t-lead", "yellow", "PT1S", "P1D"));
        ResponseEntity<Map> completed = http.withBasicAuth(csm, PASSWORD).postForEntity("/api/v1/tasks/" + db.taskId(donePlay, "csm-check-in")
                + "/complete", Map.of("outcome", "RESOLVED", "note", "Called, all good"), Map.class);
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.OK);
        String signalAccount = PlayFixture.account("SIGNAL");
        facts.ingest(FactKind.ACCOUNTS, List.of(account(signalAccount, "Umbrella Labs", csm)));
        transactions.executeWithoutResult(status -> events.publishEvent(new AssessmentsChanged(null, List.of(new AssessmentChanged(1L, signalAccount,
                LocalDate.now(), 1, 52, Tier.GREEN, Tier.YELLOW, List.of(Signal.churn("logins-down", "Logins down 45 % in 30 days", "logins", 55)),
                List.of(), List.of(), null, null, null)))));
        Instant overdueAt = dueAt(overduePlay);
        Eventually.await("the first task is overdue", Duration.ofSeconds(5), () -> Instant.now().isAfter(overdueAt));
        Instant at = dueAt(duePlay).minusSeconds(1);

        csmDigests.sendAll(at);
        assertThat(csmDigests.sendAll(at)).as("a second run of the same day sends nothing").isZero();

        List<Map<String, Object>> digests = db.jdbc().queryForList(
                "SELECT * FROM outbox_message WHERE template_id = 'digest/csm/daily' AND csm = ?", csm);
        assertThat(digests).hasSize(1);
        String body = (String) digests.get(0).get("body");
        assertThat(body).contains(overdue).contains(dueToday).contains("Umbrella Labs (YELLOW): Logins down 45 % in 30 days")
                .doesNotContain(done).doesNotContain(later).doesNotContain(others);
        assertThat((String) digests.get(0).get("subject")).endsWith(": 1 overdue, 1 due, 1 new signal");
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM outbox_message WHERE template_id = 'digest/csm/daily' AND csm = ?",
                Integer.class, idle)).as("no empty digest").isZero();
        MimeMessage mail = awaitMail(csm + "@example.test", "Your day, ", "");
        assertThat(GreenMailUtil.getBody(mail)).contains(overdue);
    }

    @Test
    void shouldKeepTheSignalsARunsBatchRaisedWithEachAccountsOwnCsmForTheirDigests() {
        String first = PlayFixture.account("RUN-SIG");
        String second = PlayFixture.account("RUN-SIG");
        String quiet = PlayFixture.account("RUN-QUIET");
        String unknown = PlayFixture.account("RUN-UNKNOWN");
        LocalDate today = LocalDate.now();
        db.storeAccount(first, "SMB", today.minusYears(1), today.plusMonths(6), "t-csm", "t-lead");
        db.storeAccount(second, "SMB", today.minusYears(1), today.plusMonths(6), "t-csm2", "t-lead");
        db.storeAccount(quiet, "SMB", today.minusYears(1), today.plusMonths(6), "t-csm", "t-lead");
        Signal logins = Signal.churn("logins-down", "Logins down 45 % in 30 days", "logins", 55);
        Signal nps = Signal.churn("nps-detractor", "NPS 4 from the champion", "score", 4);
        Signal seats = Signal.expansion("seats-high-months", "Seat utilisation above 80 % for three months (91 %)", "utilisation", 91);

        transactions.executeWithoutResult(status -> events.publishEvent(new AssessmentsChanged(Long.MAX_VALUE - 7, List.of(
                new AssessmentChanged(11L, first, today, 1, 35, null, Tier.RED, List.of(logins, nps), List.of(), List.of(logins, nps),
                        null, null, null),
                new AssessmentChanged(12L, quiet, today, 1, 80, Tier.YELLOW, Tier.GREEN, List.of(), List.of(logins), List.of(), null, null, null),
                new AssessmentChanged(13L, second, today, 1, 85, null, Tier.GREEN, List.of(seats), List.of(), List.of(seats), null, null, null),
                new AssessmentChanged(14L, unknown, today, 1, 50, null, Tier.YELLOW, List.of(logins), List.of(), List.of(logins),
                        null, null, null)))));

        String kept = "SELECT account_name, csm, tier, kind, code, summary, evidence FROM digest_signal WHERE account_external_id = ? ORDER BY id";
        assertThat(db.jdbc().queryForList(kept, first)).extracting(r -> r.get("account_name") + "|" + r.get("csm") + "|" + r.get("tier") + "|"
                + r.get("kind") + "|" + r.get("code") + "|" + r.get("summary")).containsExactly(
                "Acme " + first + "|t-csm|RED|churn|logins-down|Logins down 45 % in 30 days",
                "Acme " + first + "|t-csm|RED|churn|nps-detractor|NPS 4 from the champion");
        assertThat(db.jdbc().queryForList(kept, first).get(0).get("evidence").toString()).contains("\"logins\"").contains("55");
        assertThat(db.jdbc().queryForList(kept, second)).extracting(r -> r.get("csm") + "|" + r.get("tier") + "|" + r.get("kind") + "|"
                + r.get("code")).containsExactly("t-csm2|GREEN|expansion|seats-high-months");
        assertThat(db.jdbc().queryForList(kept, quiet)).as("a cleared signal is no news").isEmpty();
        assertThat(db.jdbc().queryForList(kept, unknown)).as("an account Steward does not know: no CSM, its id for a name")
                .extracting(r -> r.get("account_name") + "|" + r.get("csm")).containsExactly(unknown + "|null");
    }

    @Test
    void shouldDigestTheTeamsSlaComplianceEscalationsAndWorkloadForItsTeamLead() {
        String lead = "t-wl-" + System.nanoTime();
        String csm = "t-wc-" + System.nanoTime();
        users.ensure(new NewUser(lead, lead, lead + "@example.test", PASSWORD, Set.of(Role.TEAM_LEAD), null));
        users.ensure(new NewUser(csm, csm, csm + "@example.test", PASSWORD, Set.of(Role.CSM), lead));
        String onTime = savePlays.start(new SavePlayStart(PlayFixture.account("ONTIME"), SaveTier.YELLOW, csm, lead, "yellow", "PT10M", "P1D"));
        String late = savePlays.start(new SavePlayStart(PlayFixture.account("LATE"), SaveTier.YELLOW, csm, lead, "yellow", "PT1S", "P1D"));
        String open = savePlays.start(new SavePlayStart(PlayFixture.account("OPEN"), SaveTier.YELLOW, csm, lead, "yellow", "PT1S", "P1D"));
        complete(csm, onTime);
        db.awaitEscalation(late, "TEAM_LEAD", Duration.ofSeconds(20));
        db.awaitEscalation(open, "TEAM_LEAD", Duration.ofSeconds(20));
        complete(csm, late);

        teamLeadDigests.sendAll(Instant.now().plus(Duration.ofDays(1)));

        List<Map<String, Object>> digests = db.jdbc().queryForList(
                "SELECT * FROM outbox_message WHERE template_id = 'digest/team-lead/weekly' AND csm = ?", lead);
        assertThat(digests).hasSize(1);
        assertThat((String) digests.get(0).get("subject")).endsWith(": SLA 50 %, 1 open escalation");
        assertThat((String) digests.get(0).get("body")).contains("1 task(s) closed within their SLA, 1 after it")
                .contains("<tr><td>" + csm + "</td><td>1</td><td>1</td><td>0</td><td>1</td></tr>");
    }

    @Test
    void shouldPreviewACustomerTemplateWithTheAccountsRealNumbers() {
        String account = redAccount("Globex Freight", "t-csm", uniqueAddress("preview"));
        ResponseEntity<Map> preview = as("t-csm").postForEntity("/api/v1/templates/preview",
                Map.of("id", "customer/save/recovery-plan/C", "accountExternalId", account), Map.class);
        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(preview.getBody()).containsEntry("subject", "Recovery plan for Globex Freight: findings and proposed measures");
        assertThat((String) preview.getBody().get("html")).contains("Dear Morgan Hale")
                .contains("average daily active users fell 60 % over the last 4 weeks (50 → 20)")
                .contains("weekly active users back to 50");

        assertThat(as("t-csm").postForEntity("/api/v1/templates/preview",
                Map.of("id", "customer/save/check-in/D", "accountExternalId", "NO-SUCH-ACCOUNT"), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        String quiet = PlayFixture.account("QUIET");
        facts.ingest(FactKind.ACCOUNTS, List.of(account(quiet, "Quiet Co", "t-csm")));
        facts.ingest(FactKind.CONTACTS, List.of(new ContactFact(quiet + "-c", quiet, "Kim Park", "kim@quiet.example", "CEO", true, Disc.C, true)));
        ResponseEntity<Map> nothing = as("t-csm").postForEntity("/api/v1/templates/preview",
                Map.of("id", "customer/save/check-in/D", "accountExternalId", quiet), Map.class);
        assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nothing.getBody().toString()).contains("accountExternalId").contains("no usage change, ticket or NPS response");
    }

    @Test
    void shouldRemoveScriptsAndEventHandlersFromTheHtmlACsmEditsIntoADraft() {
        String account = redAccount("Hooli", "t-csm", uniqueAddress("edit"));
        savePlays.start(new SavePlayStart(account, SaveTier.RED, "t-csm", "t-lead", "red"));
        long id = ((Number) awaitOne(account, "customer/save/recovery-plan/D").get("id")).longValue();
        String edited = "<p onclick=\"steal()\">Morgan, <b>short</b> version.</p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(2)\">plan</a> <a href=\"https://hooli.example/plan\">plan</a><img src=x onerror=alert(3)>";
        ResponseEntity<Map> saved = as("t-csm").exchange("/api/v1/outbox/" + id, HttpMethod.PUT, new HttpEntity<>(Map.of("body", edited)), Map.class);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        String body = (String) saved.getBody().get("body");
        assertThat(body).contains("<p>Morgan, <b>short</b> version.</p>").contains("<a href=\"https://hooli.example/plan\">plan</a>")
                .doesNotContain("script").doesNotContain("onclick").doesNotContain("javascript:").doesNotContain("onerror");
        ResponseEntity<Map> empty = as("t-csm").exchange("/api/v1/outbox/" + id, HttpMethod.PUT,
                new HttpEntity<>(Map.of("body", "<script>alert(1)</script>")), Map.class);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    /** A red account of this CSM: a D champion, active users and logins down 60 % over four weeks, two high-priority tickets. */
    private String redAccount(String name, String csm, String championEmail) {
        String id = PlayFixture.account("RED");
        facts.ingest(FactKind.ACCOUNTS, List.of(account(id, name, csm)));
        facts.ingest(FactKind.CONTACTS, List.of(
                new ContactFact(id + "-pat", id, "Pat Doe", uniqueAddress("pat"), "VP Finance", false, Disc.S, true),
                new ContactFact(id + "-morgan", id, "Morgan Hale", championEmail, "COO", true, Disc.D, true),
                new ContactFact(id + "-old", id, "Old Champion", uniqueAddress("old"), "CEO", true, Disc.I, false)));
        facts.ingest(FactKind.USAGE, usage(id, 50, 20));
        LocalDate today = LocalDate.now();
        facts.ingest(FactKind.TICKETS, List.of(
                new TicketFact(id + "-t1", id, "Exports fail", TicketPriority.HIGH, TicketStatus.OPEN, today.minusDays(5), null),
                new TicketFact(id + "-t2", id, "SSO down", TicketPriority.URGENT, TicketStatus.PENDING, today.minusDays(3), null),
                new TicketFact(id + "-t3", id, "Typo", TicketPriority.LOW, TicketStatus.OPEN, today.minusDays(2), null)));
        return id;
    }

    private static AccountFact account(String id, String name, String csm) {
        return new AccountFact(id, name, Segment.ENTERPRISE, "Enterprise", new BigDecimal("120000.00"), 120, LocalDate.now().minusYears(1),
                LocalDate.now().plusDays(200), csm, "t-lead", Map.of());
    }

    /** 56 days up to yesterday: {@code before} active users a day for four weeks, then {@code after}; logins four per active user. */
    private static List<UsageFact> usage(String account, int before, int after) {
        List<UsageFact> days = new ArrayList<>();
        LocalDate last = LocalDate.now().minusDays(1);
        for (int i = 55; i >= 0; i--) {
            int active = i >= 28 ? before : after;
            days.add(new UsageFact(account, last.minusDays(i), active, active * 4, List.of("reports"), 1_000L, 100_000L, active, null));
        }
        return days;
    }

    private void complete(String user, String play) {
        ResponseEntity<Map> done = http.withBasicAuth(user, PASSWORD).postForEntity("/api/v1/tasks/" + db.taskId(play, "csm-check-in")
                + "/complete", Map.of("outcome", "RESOLVED", "note", "Done"), Map.class);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private Instant dueAt(String play) {
        return ((Timestamp) db.task(play, "csm-check-in").get("due_at")).toInstant();
    }

    /** The outbox rows of an account written from one template. */
    private List<Map<String, Object>> messages(String account, String templateId) {
        return db.jdbc().queryForList("SELECT * FROM outbox_message WHERE account_external_id = ? AND template_id = ? ORDER BY id",
                account, templateId);
    }

    /** Waits for the single message of this template for this account and returns it as the outbox API shows it. */
    private Map<String, Object> awaitOne(String account, String templateId) {
        Eventually.await(templateId + " for " + account, MAIL, () -> !messages(account, templateId).isEmpty());
        long id = ((Number) messages(account, templateId).get(0).get("id")).longValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> view = as("t-admin").getForObject("/api/v1/outbox/" + id, Map.class);
        return view;
    }

    private MimeMessage awaitMail(String address, String subjectStart, String bodyContains) {
        Eventually.await("a mail to " + address + " starting " + subjectStart, MAIL, () -> !mails(address, subjectStart, bodyContains).isEmpty());
        return mails(address, subjectStart, bodyContains).get(0);
    }

    private static List<MimeMessage> mails(String address, String subjectStart, String bodyContains) {
        return receivedBy(address).stream().filter(m -> subject(m).startsWith(subjectStart) && GreenMailUtil.getBody(m).contains(bodyContains))
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
