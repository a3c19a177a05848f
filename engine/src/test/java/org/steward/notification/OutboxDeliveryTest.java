package org.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.notification.MessageFixtures.USAGE_DROP;
import static org.steward.notification.MessageFixtures.dChampion;
import static org.steward.notification.MessageFixtures.redAccount;
import static org.steward.notification.MessageFixtures.redSignals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.steward.notification.outbox.OutboxProperties;
import org.steward.support.Eventually;

class OutboxDeliveryTest extends MailApiTest {

    @Autowired
    private MessageDrafts drafts;
    @Autowired
    private Notices notices;
    @Autowired
    private OutboxProperties outbox;

    @Test
    void shouldDeliverAnApprovedDStyleRecoveryDraftExactlyOnce() throws Exception {
        String to = uniqueAddress("morgan.hale");
        OutboxMessage draft = drafts.draftForCustomer(redAccount("t-csm"), dChampion(to), "save/recovery-plan", redSignals());
        assertThat(draft.state()).isEqualTo(MessageState.DRAFTED);
        assertThat(draft.templateId()).isEqualTo("customer/save/recovery-plan/D");
        assertThat(draft.csm()).isEqualTo("t-csm");
        assertThat(receivedBy(to)).isEmpty();

        ResponseEntity<Map> sent = as("t-csm").postForEntity("/api/v1/outbox/" + draft.id() + "/send", null, Map.class);
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sent.getBody()).containsEntry("state", "APPROVED").containsEntry("approvedBy", "t-csm");

        Eventually.await("the message is recorded as sent", Duration.ofSeconds(20), () -> "SENT".equals(message(draft.id()).get("state")));
        List<MimeMessage> arrived = receivedBy(to);
        assertThat(arrived).hasSize(1);
        MimeMessage mail = arrived.get(0);
        assertThat(mail.getSubject()).isEqualTo("Globex Freight: a 30-day recovery plan, three actions");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("t-csm");
        assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo("t-csm@example.test");
        assertThat(mail.getMessageID()).isEqualTo(draft.messageId());
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
        assertThat(body).contains("Weekly active users down 54 % in 30 days").contains("Three high-priority tickets open")
                .contains("three actions over 30 days");
        assertThat(draft.body()).contains(USAGE_DROP);

        assertThat(as("t-csm").postForEntity("/api/v1/outbox/" + draft.id() + "/send", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        String later = "Later notice " + System.nanoTime();
        notices.send("t-lead", Notices.TASK_ASSIGNED, taskNotice(later));
        Eventually.await("a later message went out", Duration.ofSeconds(20),
                () -> receivedBy("t-lead@example.test").stream().anyMatch(m -> subject(m).contains(later)));
        assertThat(receivedBy(to)).hasSize(1);
        assertThat(message(draft.id())).containsEntry("state", "SENT").containsEntry("attempts", 1);
    }

    @Test
    void shouldRetryWithBackoffWhileSmtpIsDownAndDeliverOnceWhenItIsBack() {
        String to = uniqueAddress("down");
        OutboxMessage draft = drafts.draftForCustomer(redAccount("t-csm"), dChampion(to), "save/check-in", redSignals());
        stopSmtp();
        try {
            as("t-csm").postForEntity("/api/v1/outbox/" + draft.id() + "/send", null, Map.class);
            // one read of the message shows it failed: the sender may retry again right after it
            AtomicReference<Map<String, Object>> seen = new AtomicReference<>();
            Eventually.await("three failed attempts", Duration.ofSeconds(20), () -> {
                Map<String, Object> now = message(draft.id());
                seen.set(now);
                return ((Number) now.get("attempts")).intValue() >= 3 && "FAILED".equals(now.get("state"));
            });
            Map<String, Object> failed = seen.get();
            int attempts = ((Number) failed.get("attempts")).intValue();
            assertThat(failed.get("lastError").toString()).contains("not reachable");
            assertThat(failed.get("deliveryUnknown")).isEqualTo(false);
            Duration wait = Duration.between(Instant.parse(failed.get("updatedAt").toString()), Instant.parse(failed.get("nextAttemptAt").toString()));
            assertThat(wait).isEqualTo(outbox.backoff(attempts));
            assertThat(outbox.backoff(1)).isEqualTo(Duration.ofMillis(300));
            assertThat(outbox.backoff(2)).isEqualTo(Duration.ofMillis(600));
            assertThat(outbox.backoff(5)).isEqualTo(Duration.ofSeconds(1));
        } finally {
            restartSmtp();
        }
        Eventually.await("sent once the server is back", Duration.ofSeconds(20), () -> "SENT".equals(message(draft.id()).get("state")));
        assertThat(receivedBy(to)).hasSize(1);
    }

    @Test
    void shouldSendTheDraftAsTheCsmEditedIt() {
        String to = uniqueAddress("edited");
        OutboxMessage draft = drafts.draftForCustomer(redAccount("t-csm"), dChampion(to), "save/check-in", redSignals());
        Map<String, String> edit = Map.of("subject", "Globex: your numbers, and a fix", "body", "<p>Morgan, short version: usage halved. Call Thursday?</p>");
        ResponseEntity<Map> edited = as("t-csm").exchange("/api/v1/outbox/" + draft.id(), HttpMethod.PUT, new HttpEntity<>(edit), Map.class);
        assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(edited.getBody()).containsEntry("editedBy", "t-csm").containsEntry("state", "DRAFTED");
        as("t-csm").postForEntity("/api/v1/outbox/" + draft.id() + "/send", null, Map.class);
        Eventually.await("the edited message arrives", Duration.ofSeconds(20), () -> receivedBy(to).size() == 1);
        assertThat(subject(receivedBy(to).get(0))).isEqualTo("Globex: your numbers, and a fix");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(receivedBy(to).get(0))).contains("usage halved");
        assertThat(as("t-csm").exchange("/api/v1/outbox/" + draft.id(), HttpMethod.PUT, new HttpEntity<>(edit), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldLetOnlyTheCsmTheirTeamLeadOrAnAdminWorkADraft() {
        OutboxMessage draft = drafts.draftForCustomer(redAccount("t-csm"), dChampion(uniqueAddress("authz")), "save/check-in", redSignals());
        String url = "/api/v1/outbox/" + draft.id();
        assertThat(as("t-csm2").postForEntity(url + "/send", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("t-csm2").postForEntity(url + "/discard", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("t-csm2").getForEntity(url, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("t-ops").postForEntity(url + "/send", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("t-integration").getForEntity(url, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ids(as("t-csm2").getForObject("/api/v1/outbox?state=DRAFTED", List.class))).doesNotContain(draft.id());
        assertThat(ids(as("t-csm2").getForObject("/api/v1/outbox?csm=t-csm", List.class))).isEmpty();
        assertThat(ids(as("t-csm").getForObject("/api/v1/outbox?state=DRAFTED", List.class))).contains(draft.id());
        assertThat(ids(as("t-lead").getForObject("/api/v1/outbox?csm=t-csm&state=DRAFTED", List.class))).contains(draft.id());

        ResponseEntity<Map> discarded = as("t-lead").postForEntity(url + "/discard", null, Map.class);
        assertThat(discarded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(discarded.getBody()).containsEntry("state", "DISCARDED");
        assertThat(as("t-csm").postForEntity(url + "/send", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldSendAnEscalationNoticeAtOnce() {
        String title = "Overdue check-in " + System.nanoTime();
        OutboxMessage notice = notices.send("t-lead", Notices.ESCALATED, taskNotice(title));
        assertThat(notice.state()).isEqualTo(MessageState.APPROVED);
        assertThat(notice.kind()).isEqualTo(MessageKind.NOTICE);
        assertThat(notice.accountExternalId()).isEqualTo("GLX-7");
        Eventually.await("the notice arrives", Duration.ofSeconds(20),
                () -> receivedBy("t-lead@example.test").stream().anyMatch(m -> subject(m).contains(title)));
        MimeMessage mail = receivedBy("t-lead@example.test").stream().filter(m -> subject(m).contains(title)).findFirst().orElseThrow();
        assertThat(subject(mail)).isEqualTo("Escalated to you: " + title + " (2 business days late)");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("check-in SLA lapsed").contains("Globex Freight");
    }

    private static org.steward.notification.TaskNotice taskNotice(String title) {
        return new TaskNotice("T-9", title, "Globex Freight", "GLX-7", "save", Instant.parse("2026-03-20T15:30:00Z"), null,
                "2 business days", "check-in SLA lapsed", "t-csm", "https://steward.example/tasks/T-9");
    }

    private Map<String, Object> message(long id) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = as("t-admin").getForObject("/api/v1/outbox/" + id, Map.class);
        return body;
    }

    private static List<Long> ids(List<?> messages) {
        return messages.stream().map(m -> ((Number) ((Map<?, ?>) m).get("id")).longValue()).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
