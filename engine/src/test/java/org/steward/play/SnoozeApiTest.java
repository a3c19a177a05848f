package org.steward.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.steward.support.PlayApiTest;
import org.steward.support.PlayFixture;

/** POST/GET/DELETE /api/v1/accounts/{externalId}/snoozes: who may snooze, what a snooze must say, cancelling. */
class SnoozeApiTest extends PlayApiTest {

    private String account;

    @BeforeEach
    void storeAccount() {
        account = PlayFixture.account("SNOOZE");
        db.storeAccount(account, "SMB", LocalDate.now(ZoneOffset.UTC).minusYears(1), LocalDate.now(ZoneOffset.UTC).plusMonths(6),
                "t-csm", "t-lead");
    }

    @Test
    void shouldLetTheCsmSnoozeAKindOfPlayForSomeDaysWithAReason() {
        ResponseEntity<Map> created = snooze("t-csm", Map.of("playKind", "expansion", "days", 30, "reason", "Budget frozen until Q3"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("playKind", "expansion").containsEntry("createdBy", "t-csm")
                .containsEntry("reason", "Budget frozen until Q3").containsEntry("active", true);
        Instant starts = Instant.parse((String) created.getBody().get("startsAt"));
        assertThat(Instant.parse((String) created.getBody().get("endsAt"))).isEqualTo(starts.plusSeconds(30L * 86_400));
        List<?> listed = as("t-lead").getForObject(url(), List.class);
        assertThat(listed).hasSize(1);
        assertThat(snooze("t-ops", Map.of("playKind", "save", "days", 7, "reason", "Known outage, fixed")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void shouldNameEveryBadFieldAndStoreNothing() {
        ResponseEntity<Map> bad = snooze("t-csm", Map.of("playKind", "rescue", "days", 0));

        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().get("errors").toString()).contains("field=playKind").contains("rescue")
                .contains("field=days").contains("between 1 and 365").contains("field=reason").contains("is required");
        assertThat(as("t-csm").getForObject(url(), List.class)).isEmpty();
    }

    @Test
    void shouldRefuseOthersAccountsUnknownAccountsAndASecondSnoozeOfTheSameKind() {
        Map<String, Object> body = Map.of("playKind", "save", "days", 10, "reason", "Exec escalation in progress");

        assertThat(snooze("t-csm2", body).getStatusCode()).as("another CSM").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(snooze("t-integration", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("t-csm").postForEntity("/api/v1/accounts/NO-SUCH-ACCOUNT/snoozes", body, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(snooze("t-csm", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(snooze("t-lead", body).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldCancelARunningSnoozeOnce() {
        Object id = snooze("t-csm", Map.of("playKind", "save", "days", 10, "reason", "Waiting for the new champion")).getBody().get("id");

        ResponseEntity<Map> cancelled = as("t-lead").exchange(url() + "/" + id, HttpMethod.DELETE, null, Map.class);
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancelled.getBody()).containsEntry("active", false).containsEntry("cancelledBy", "t-lead");
        assertThat(as("t-csm").exchange(url() + "/" + id, HttpMethod.DELETE, null, Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(as("t-csm").exchange(url() + "/999999999", HttpMethod.DELETE, null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(snooze("t-csm", Map.of("playKind", "save", "days", 3, "reason", "Again")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private ResponseEntity<Map> snooze(String user, Map<String, Object> body) {
        return as(user).postForEntity(url(), body, Map.class);
    }

    private String url() {
        return "/api/v1/accounts/" + account + "/snoozes";
    }
}
