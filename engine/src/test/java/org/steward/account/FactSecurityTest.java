package org.steward.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.steward.support.ApiTest;

class FactSecurityTest extends ApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"accounts", "contacts", "usage", "tickets", "nps", "invoices", "assessments"})
    void shouldLetOnlyIntegrationsAndAdminsWriteFacts(String path) {
        String url = "/api/v1/" + path;
        assertThat(http.postForEntity(url, List.of(), Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("t-integration", "wrong").postForEntity(url, List.of(), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String wrongRole : List.of("t-csm", "t-lead", "t-ops")) {
            assertThat(as(wrongRole).postForEntity(url, List.of(), Map.class).getStatusCode()).as(wrongRole)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(as("t-integration").postForEntity(url, List.of(), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("t-admin").postForEntity(url, List.of(), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldLetOnlyIntegrationsAndAdminsImportFilesOrFollowImports() {
        assertThat(upload(http).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(upload(as("t-csm")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload(as("t-lead")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/v1/imports/1", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("t-csm").getForEntity("/api/v1/imports/1", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload(as("t-admin")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    /** A file whose kind is unknown: refused with 400 once the caller is let in, so nothing is ever imported. */
    private static ResponseEntity<Map> upload(TestRestTemplate client) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource("externalId\nx\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "facts.csv";
            }
        });
        form.add("kind", "NOT_A_KIND");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.postForEntity("/api/v1/imports", new HttpEntity<>(form, headers), Map.class);
    }
}
