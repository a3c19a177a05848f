package org.steward.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.steward.support.ApiTest;

class PlaybookApiTest extends ApiTest {

    @Test
    void shouldServeTheShippedPlaybooksAsVersionOne() {
        ResponseEntity<List> all = as("t-csm").getForEntity("/api/v1/playbooks", List.class);
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(all.getBody()).extracting(p -> ((Map<?, ?>) p).get("id")).contains("save");

        Map<?, ?> save = as("t-csm").getForObject("/api/v1/playbooks/save/versions/1", Map.class);
        assertThat(save.get("publishedBy")).isEqualTo("steward");
        assertThat(save.get("source").toString()).contains("csm-check-in");
    }

    @Test
    void shouldPublishANewVersionThatNewPlaysUseWhileTheOldOneStaysReadable() throws IOException {
        String id = "pb-" + System.nanoTime() % 1_000_000;
        String v1 = saveLike(id, "5bd");
        assertThat(publish(id, v1, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map> v2 = publish(id, saveLike(id, "3bd"), 1);
        assertThat(v2.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(v2.getBody()).containsEntry("version", 2).containsEntry("publishedBy", "t-ops");

        Map<?, ?> active = as("t-csm").getForObject("/api/v1/playbooks/" + id, Map.class);
        assertThat(active.get("version")).isEqualTo(2);
        assertThat(active.get("playbook").toString()).contains("sla=3bd");
        assertThat(as("t-csm").getForObject("/api/v1/playbooks/" + id + "/versions/1", Map.class).get("playbook").toString()).contains("sla=5bd");
        assertThat(as("t-csm").getForObject("/api/v1/playbooks/" + id + "/versions", List.class)).hasSize(2);
    }

    @Test
    void shouldRefuseAPublicationBasedOnAnOutdatedVersion() throws IOException {
        String id = "pb-" + System.nanoTime() % 1_000_000;
        publish(id, saveLike(id, "5bd"), null);
        publish(id, saveLike(id, "4bd"), 1);
        ResponseEntity<Map> stale = publish(id, saveLike(id, "3bd"), 1);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(as("t-csm").getForObject("/api/v1/playbooks/" + id, Map.class).get("version")).isEqualTo(2);
    }

    @Test
    void shouldRejectAnInvalidPlaybookNamingThePathAndStoreNothing() throws IOException {
        String id = "pb-" + System.nanoTime() % 1_000_000;
        ResponseEntity<Map> bad = publish(id, saveLike(id, "soon"), null);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(bad.getBody().get("errors").toString()).contains("/tasks/csm-check-in/sla").contains("soon");
        assertThat(as("t-csm").getForEntity("/api/v1/playbooks/" + id, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sla: PT-4H                 | /tasks/csm-check-in/sla           | is not longer than zero
            sla: PT0S                  | /tasks/csm-check-in/sla           | is not longer than zero
            sla: PT9999999999999H      | /tasks/csm-check-in/sla           | is too long
            sla: 99999999999bd         | /tasks/csm-check-in/sla           | is too long
            escalateAfter: 3bd         | /tasks/csm-check-in/escalateAfter | must end after the sla '5bd'
            process: onboarding        | /process                          | runs the save process, not 'onboarding'
            """)
    void shouldRefuseAnImpossibleValueWith400NamingTheFieldAndItsLineAndStoreNothing(String change, String field, String reason)
            throws IOException {
        String id = "save-pb" + System.nanoTime() % 1_000_000;
        String key = change.substring(0, change.indexOf(':') + 1);
        String shipped = saveLike(id, "5bd");
        String text = key.equals("process:") ? shipped.replace("process: save", change)
                : shipped.replaceFirst("(?m)^    " + key + " .*$", "    " + change);
        assertThat(text).isNotEqualTo(shipped);
        int line = text.lines().toList().indexOf(text.lines().filter(l -> l.strip().equals(change)).findFirst().orElseThrow()) + 1;

        for (ResponseEntity<Map> refused : List.of(publish(id, text, null),
                as("t-ops").postForEntity("/api/v1/playbooks/validate", yaml(text), Map.class))) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
            List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.getBody().get("errors");
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0)).containsEntry("field", field).containsEntry("pointer", field).containsEntry("row", line);
            assertThat(errors.get(0).get("reason").toString()).contains(reason);
        }
        assertThat(as("t-csm").getForEntity("/api/v1/playbooks/" + id, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldLetOnlyCsOpsValidateAndPublish() throws IOException {
        String id = "pb-" + System.nanoTime() % 1_000_000;
        HttpEntity<String> body = yaml(saveLike(id, "5bd"));
        assertThat(as("t-csm").postForEntity("/api/v1/playbooks/" + id + "/versions", body, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/api/v1/playbooks/" + id + "/versions", body, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("t-ops").postForEntity("/api/v1/playbooks/validate", body, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("t-csm").getForEntity("/api/v1/playbooks/" + id, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<Map> publish(String id, String text, Integer basedOn) {
        String url = "/api/v1/playbooks/" + id + "/versions" + (basedOn == null ? "" : "?basedOn=" + basedOn);
        return as("t-ops").postForEntity(url, yaml(text), Map.class);
    }

    private static HttpEntity<String> yaml(String text) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        return new HttpEntity<>(text, headers);
    }

    private static String saveLike(String id, String checkInSla) throws IOException {
        return Files.readString(Path.of("../playbooks/save.yaml"))
                .replace("id: save", "id: " + id)
                .replace("sla: 5bd", "sla: " + checkInSla);
    }
}
