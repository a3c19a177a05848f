package org.steward.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
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
