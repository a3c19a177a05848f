package org.steward.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.notification.MessageFixtures.dChampion;
import static org.steward.notification.MessageFixtures.redAccount;
import static org.steward.notification.MessageFixtures.redSignals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.steward.notification.MailApiTest;
import org.steward.notification.MessageDrafts;
import org.steward.notification.OutboxMessage;
import org.steward.support.Eventually;

/**
 * A node that hands a message to SMTP and dies before recording it: the message is never sent a second
 * time. The node's sender is stopped, its three steps are run by hand without the last one (the crash),
 * then a sender runs again as on a restarted node.
 */
class OutboxCrashTest extends MailApiTest {

    @Autowired
    private MessageDrafts drafts;
    @Autowired
    private OutboxSender sender;

    @Test
    void shouldNeverResendAMessageWhoseSenderDiedAfterHandingItToSmtp() {
        String to = uniqueAddress("crash");
        sender.stop();
        OutboxMessage draft = drafts.draftForCustomer(redAccount("t-csm"), dChampion(to), "save/recovery-plan", redSignals());
        assertThat(as("t-csm").postForEntity("/api/v1/outbox/" + draft.id() + "/send", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        OutboxSender.Claim claim = sender.claim(draft.id()).orElseThrow();
        assertThat(sender.claim(draft.id())).as("a claimed message cannot be claimed again").isEmpty();
        SmtpHandOff.Result result = sender.handOff(claim);
        assertThat(result.outcome()).isEqualTo(SmtpHandOff.Outcome.ACCEPTED);
        assertThat(receivedBy(to)).hasSize(1);
        assertThat(message(draft.id())).containsEntry("state", "SENDING");

        sender.start();
        Eventually.await("the lapsed attempt is marked delivery unknown", Duration.ofSeconds(20),
                () -> Boolean.TRUE.equals(message(draft.id()).get("deliveryUnknown")));
        long cycles = sender.cycles();
        Eventually.await("five more sender cycles", Duration.ofSeconds(20), () -> sender.cycles() >= cycles + 5);
        Map<String, Object> after = message(draft.id());
        assertThat(after).containsEntry("state", "FAILED").containsEntry("attempts", 1).containsEntry("nextAttemptAt", null);
        assertThat(after.get("lastError").toString()).contains("may or may not have the message");
        assertThat(receivedBy(to)).hasSize(1);

        sender.record(claim, result);
        assertThat(message(draft.id())).containsEntry("state", "SENT").containsEntry("deliveryUnknown", false);
        assertThat(receivedBy(to)).hasSize(1);
    }

    private Map<String, Object> message(long id) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = as("t-admin").getForObject("/api/v1/outbox/" + id, Map.class);
        return body;
    }
}
