package org.steward.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.steward.support.ApiTest;

class UserApiTest extends ApiTest {

    @Test
    void shouldTellSignedInUserWhoTheyAre() {
        ResponseEntity<Map> me = as("t-csm").getForEntity("/api/v1/users/me", Map.class);
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody()).containsEntry("username", "t-csm").containsEntry("teamLead", "t-lead");
    }

    @Test
    void shouldRefuseWrongPasswordAndAnonymousWithProblemDetails() {
        ResponseEntity<Map> wrong = http.withBasicAuth("t-csm", "nope").getForEntity("/api/v1/users/me", Map.class);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrong.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(wrong.getBody()).containsEntry("status", 401);

        assertThat(http.getForEntity("/api/v1/users/me", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("nobody", "x").getForEntity("/api/v1/users/me", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldLetOnlyAdminCreateUsersAndStorePasswordsAsBcrypt() {
        Map<String, Object> body = Map.of("username", "new-csm-" + System.nanoTime(), "displayName", "New CSM",
                "password", "secret1", "roles", Set.of("CSM"));
        assertThat(as("t-lead").postForEntity("/api/v1/users", body, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> created = as("t-admin").postForEntity("/api/v1/users", body, Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).doesNotContainKey("password").doesNotContainKey("passwordHash");
        assertThat(http.withBasicAuth((String) body.get("username"), "secret1").getForEntity("/api/v1/users/me", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(as("t-admin").postForEntity("/api/v1/users", body, Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldNameEachInvalidFieldWhenCreatingAUser() {
        Map<String, Object> body = Map.of("username", "bad name!", "displayName", "", "password", "pw", "roles", Set.of("CSM"));
        ResponseEntity<Map> response = as("t-admin").postForEntity("/api/v1/users", body, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").toString()).contains("username").contains("displayName").contains("password");

        ResponseEntity<Map> badRole = as("t-admin").postForEntity("/api/v1/users",
                Map.of("username", "x1", "displayName", "X", "password", "secret1", "roles", Set.of("WIZARD")), Map.class);
        assertThat(badRole.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badRole.getBody().get("errors").toString()).contains("roles").contains("WIZARD");
    }
}
