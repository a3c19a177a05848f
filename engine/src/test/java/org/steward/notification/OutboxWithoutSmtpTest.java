package org.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.steward.support.ApiTest;

/** Without spring.mail.host nothing is sent, and every message stays readable through the outbox API. */
@SuppressWarnings("unchecked")
class OutboxWithoutSmtpTest extends ApiTest {

    @Autowired
    private Notices notices;
    @Autowired
    private ApplicationContext context;

    @Test
    void shouldKeepNoticesApprovedAndReadableWhenNoSmtpServerIsConfigured() {
        assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
        String title = "Kickoff with Umbrella " + System.nanoTime();
        OutboxMessage notice = notices.send("t-csm", Notices.TASK_ASSIGNED, new TaskNotice("T-1", title, "Umbrella", "U-1", "onboarding",
                Instant.parse("2026-03-20T09:00:00Z"), null, null, null, "t-lead", null));
        assertThat(notice.state()).isEqualTo(MessageState.APPROVED);

        List<?> mine = as("t-csm").getForObject("/api/v1/outbox?state=APPROVED", List.class);
        Map<String, Object> listed = mine.stream().map(m -> (Map<String, Object>) m).filter(m -> ((Number) m.get("id")).longValue() == notice.id()).findFirst().orElseThrow();
        assertThat(listed).containsEntry("subject", "New task: " + title + " (due 20 Mar 2026, 09:00 UTC)")
                .containsEntry("recipient", "t-csm@example.test").containsEntry("attempts", 0).containsEntry("lastError", null);
        assertThat(listed.get("body").toString()).contains("You have a new task from t-lead");
    }
}
