package org.steward.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.steward.scoring.facts.PlaybookChoice;
import org.steward.support.PlayApiTest;
import org.steward.support.PlayFixture;

/**
 * A published playbook version applies to plays started afterwards; a running play keeps the wording and SLAs it
 * started with, also for the tasks it creates after the publication.
 */
class PlaybookPinningTest extends PlayApiTest {

    @Autowired
    private PlayOrchestrator orchestrator;

    @Test
    void shouldKeepARunningPlayOnItsPlaybookVersionAndStartNewPlaysOnTheNewOne() throws IOException {
        long base = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000) * 100;
        String first = renewingAccount();
        orchestrator.handle(renewal(base + 1, first));
        String running = (String) db.plays(first).get(0).get("id");
        int pinned = ((Number) db.play(running).get("playbook_version")).intValue();
        db.awaitTask(running, "renewal-health-assessment");

        String marker = UUID.randomUUID().toString().substring(0, 8);
        String changed = Files.readString(Path.of("../playbooks/renewal.yaml"))
                .replace("title: Success review with {{contact}} at {{account}}", "title: Review " + marker + " with {{account}}")
                .replace("    sla: 10bd\n    escalateAfter: 15bd", "    sla: 3bd\n    escalateAfter: 6bd");
        ResponseEntity<Map> published = publish(changed);
        assertThat(published.getStatusCode()).as("%s", published.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(published.getBody().get("version")).isEqualTo(pinned + 1);

        completeTask(db.taskId(running, "renewal-health-assessment"), "t-csm", Map.of("outcome", "ON_TRACK", "note", "Healthy"));
        db.awaitTask(running, "renewal-success-review");
        assertThat(db.task(running, "renewal-success-review").get("title").toString()).startsWith("Success review with")
                .doesNotContain(marker);
        assertThat(db.task(running, "renewal-success-review")).containsEntry("sla", "10bd");
        assertThat(db.play(running)).containsEntry("playbook_version", pinned);

        String second = renewingAccount();
        orchestrator.handle(renewal(base + 2, second));
        String fresh = (String) db.plays(second).get(0).get("id");
        assertThat(db.play(fresh)).containsEntry("playbook_version", pinned + 1);
        db.awaitTask(fresh, "renewal-health-assessment");
        completeTask(db.taskId(fresh, "renewal-health-assessment"), "t-csm", Map.of("outcome", "ON_TRACK", "note", "Healthy"));
        db.awaitTask(fresh, "renewal-success-review");
        assertThat(db.task(fresh, "renewal-success-review")).containsEntry("title", "Review " + marker + " with Acme " + second)
                .containsEntry("sla", "3bd");
    }

    private ResponseEntity<Map> publish(String yaml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        return as("t-ops").postForEntity("/api/v1/playbooks/renewal/versions?note=pinning%20test", new HttpEntity<>(yaml, headers), Map.class);
    }

    private String renewingAccount() {
        String account = PlayFixture.account("PIN");
        db.storeAccount(account, "SMB", LocalDate.now(ZoneOffset.UTC).minusYears(1), LocalDate.now(ZoneOffset.UTC).plusDays(20),
                "t-csm", "t-lead");
        return account;
    }

    private static AssessmentNotice renewal(long id, String account) {
        return new AssessmentNotice(id, account, LocalDate.now(ZoneOffset.UTC), 1, 72, null, "GREEN", List.of(), "renewal", "neutral",
                null, "renewal window: renewal in 20 days");
    }
}
