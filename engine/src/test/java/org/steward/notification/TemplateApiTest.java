package org.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.steward.support.ApiTest;

@SuppressWarnings("unchecked")
class TemplateApiTest extends ApiTest {

    private static final String CHECK_IN = "<#assign subject = \"Check-in: \" + account.name>\n<p>Hi ${contact.firstName}, ${signal.evidence[0].summary}.</p>\n";

    @Test
    void shouldServeTheShippedTemplatesAsVersionOne() {
        List<?> all = as("t-csm").getForObject("/api/v1/templates", List.class);
        assertThat(all).extracting(t -> (Object) ((Map<?, ?>) t).get("id")).contains("customer/save/check-in/D", "notice/escalated", "qbr/draft");
        Map<String, Object> d = as("t-csm").getForObject("/api/v1/templates/customer/save/check-in/D", Map.class);
        assertThat(d).containsEntry("version", 1).containsEntry("publishedBy", "steward").containsEntry("kind", "CUSTOMER");
        assertThat(d.get("source").toString()).contains("<#assign subject");
        assertThat(as("t-csm").getForEntity("/api/v1/templates/customer/nothing/D", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldRefuseNewAndApiAtValidationWithLineAndColumn() {
        ResponseEntity<Map> withNew = as("t-ops").postForEntity("/api/v1/templates/validate", Map.of("id", "customer/x/D",
                "source", "<p>Hi</p>\n<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"id\")}"), Map.class);
        assertThat(withNew.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        @SuppressWarnings("unchecked")
        Map<String, Object> problem = (Map<String, Object>) ((List<?>) withNew.getBody().get("errors")).get(0);
        assertThat(problem).containsEntry("field", "source").containsEntry("row", 2).containsEntry("column", "51");
        assertThat(problem.get("reason").toString()).contains("?new");

        ResponseEntity<Map> withApi = as("t-ops").postForEntity("/api/v1/templates/versions", Map.of("id", "customer/x/D",
                "source", "<p>${contact?api.getClass()}</p>"), Map.class);
        assertThat(withApi.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withApi.getBody().get("errors").toString()).contains("?api").contains("row=1").contains("column=13");
        assertThat(as("t-ops").getForEntity("/api/v1/templates/customer/x/D", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldNameTheLineAndColumnOfASyntaxErrorOrAMissingVariable() {
        ResponseEntity<Map> syntax = validate("customer/x/D", "<#assign subject = \"x\">\n<p>${contact.name</p>");
        assertThat(syntax.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(syntax.getBody().get("errors").toString()).contains("row=2");
        ResponseEntity<Map> missing = validate("customer/x/D", "<#assign subject = \"x\">\n<p>${contact.nmae}</p>");
        assertThat(missing.getBody().get("errors").toString()).contains("row=2").contains("column=6").contains("contact.nmae");
        ResponseEntity<Map> noSubject = validate("customer/x/D", "<p>${contact.name}</p>");
        assertThat(noSubject.getBody().get("errors").toString()).contains("must assign its subject");
        assertThat(validate("nowhere/x", "<p>x</p>").getBody().get("errors").toString()).contains("field=id");
        ResponseEntity<Map> fine = validate("customer/x/D", CHECK_IN);
        assertThat(fine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(fine.getBody()).containsEntry("subject", "Check-in: Northwind Logistics");
    }

    @Test
    void shouldPublishVersionsAndRefuseAStaleOne() {
        String id = "customer/test-" + System.nanoTime() + "/D";
        assertThat(publish(id, CHECK_IN, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map> v2 = publish(id, CHECK_IN.replace("Check-in", "Numbers"), 1);
        assertThat(v2.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(v2.getBody()).containsEntry("version", 2).containsEntry("publishedBy", "t-ops");
        assertThat(publish(id, CHECK_IN, 1).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(as("t-csm").getForObject("/api/v1/templates/" + id + "?version=1", Map.class).get("source").toString()).contains("Check-in");
        Map<?, ?> current = as("t-csm").getForObject("/api/v1/templates/" + id, Map.class);
        assertThat(current.get("version")).isEqualTo(2);
        assertThat((List<?>) current.get("versions")).hasSize(2);
        assertThat(as("t-csm").postForEntity("/api/v1/templates/versions", Map.of("id", id, "source", CHECK_IN), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldPreviewAStoredTemplateAgainstTheSampleOrAGivenModel() {
        ResponseEntity<Map> sample = as("t-csm").postForEntity("/api/v1/templates/preview", Map.of("id", "customer/expansion/conversation/C"), Map.class);
        assertThat(sample.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sample.getBody()).containsEntry("version", 1).containsEntry("subject", "Northwind Logistics: usage against your Business plan limits");
        assertThat(sample.getBody().get("html").toString()).contains("seat utilisation at 92 %");

        Map<String, Object> model = new HashMap<>(Map.of(
                "account", Map.of("name", "Acme <Labs>", "plan", "Team"),
                "contact", Map.of("name", "Jo Park", "firstName", "Jo"),
                "csm", Map.of("name", "Robin Vale"),
                "signal", Map.of("title", "API usage near the plan limit", "evidence", List.of(Map.of("summary", "API calls at 93 % of the plan limit this month")))));
        ResponseEntity<Map> given = as("t-csm").postForEntity("/api/v1/templates/preview",
                Map.of("id", "customer/expansion/conversation/D", "model", model), Map.class);
        assertThat(given.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(given.getBody().get("subject")).isEqualTo("Acme <Labs>: API usage near the plan limit \u2014 time to raise the ceiling?");
        assertThat(given.getBody().get("html").toString()).contains("Jo,").contains("API calls at 93 % of the plan limit this month").contains("Robin Vale");

        ResponseEntity<Map> incomplete = as("t-csm").postForEntity("/api/v1/templates/preview",
                Map.of("id", "customer/expansion/conversation/D", "model", Map.of("account", Map.of("name", "Acme"))), Map.class);
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(incomplete.getBody().get("errors").toString()).contains("signal");
    }

    @Test
    void shouldPreviewUnpublishedTextForCsOpsOnly() {
        Map<String, Object> request = Map.of("id", "notice/custom", "source", "<#assign subject = \"For \" + recipient.name><p>${title}</p>");
        assertThat(as("t-csm").postForEntity("/api/v1/templates/preview", request, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> preview = as("t-ops").postForEntity("/api/v1/templates/preview", request, Map.class);
        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(preview.getBody()).containsEntry("subject", "For Sam Rivera");
        assertThat(preview.getBody().get("html").toString()).contains("15-minute results check");
    }

    private ResponseEntity<Map> validate(String id, String source) {
        return as("t-ops").postForEntity("/api/v1/templates/validate", Map.of("id", id, "source", source), Map.class);
    }

    private ResponseEntity<Map> publish(String id, String source, Integer basedOn) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "source", source));
        if (basedOn != null) {
            body.put("basedOn", basedOn);
        }
        return as("t-ops").postForEntity("/api/v1/templates/versions", body, Map.class);
    }
}
