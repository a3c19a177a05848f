package org.steward.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.steward.support.ApiTest;

class FactApiTest extends ApiTest {

    private final FactRows rows = new FactRows();

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldChangeNothingWhenTheSameBatchOfEachKindIsSentAgain() {
        Map<String, List<?>> batches = new java.util.LinkedHashMap<>();
        batches.put("accounts", List.of(rows.account("a"), rows.account("b")));
        batches.put("contacts", List.of(rows.contact("c1", "a"), rows.contact("c2", "b")));
        batches.put("usage", List.of(rows.usage("a", FactRows.DAY), rows.usage("a", FactRows.DAY.plusDays(1)),
                rows.usage("b", FactRows.DAY)));
        batches.put("tickets", List.of(rows.ticket("t1", "a")));
        batches.put("nps", List.of(rows.nps("n1", "a", "c1"), rows.nps("n2", "b", null)));
        batches.put("invoices", List.of(rows.invoice("i1", "a")));
        batches.put("assessments", List.of(rows.assessment("a", FactRows.DAY), rows.assessment("b", FactRows.DAY)));

        batches.forEach((path, batch) -> assertThat(post(path, batch).getBody())
                .as(path).containsEntry("received", batch.size()).containsEntry("inserted", batch.size())
                .containsEntry("updated", 0).containsEntry("unchanged", 0));
        batches.forEach((path, batch) -> assertThat(post(path, batch).getBody())
                .as(path + " again").containsEntry("received", batch.size()).containsEntry("inserted", 0)
                .containsEntry("updated", 0).containsEntry("unchanged", batch.size()));
        assertThat(count("usage_day u JOIN account a ON a.id = u.account_id", "a.external_id")).isEqualTo(3);
    }

    @Test
    void shouldUpdateOnlyTheRowsThatChanged() {
        post("accounts", List.of(rows.account("a"), rows.account("b")));
        AccountFact a = rows.account("a");
        AccountFact renamed = new AccountFact(a.externalId(), "Renamed", a.segment(), a.plan(), new BigDecimal("48000"),
                a.seatsPurchased(), a.contractStart(), a.renewalDate(), a.csmOwner(), a.teamLead(), a.attributes());
        AccountFact sameAmountOtherScale = new AccountFact(a.externalId(), "Renamed", a.segment(), a.plan(),
                new BigDecimal("48000.00"), a.seatsPurchased(), a.contractStart(), a.renewalDate(), a.csmOwner(), a.teamLead(),
                a.attributes());

        assertThat(post("accounts", List.of(renamed, rows.account("b"), rows.account("c"))).getBody())
                .containsEntry("inserted", 1).containsEntry("updated", 1).containsEntry("unchanged", 1);
        assertThat(post("accounts", List.of(sameAmountOtherScale)).getBody()).containsEntry("unchanged", 1);
        assertThat(jdbc.queryForObject("SELECT name FROM account WHERE external_id = ?", String.class, rows.id("a")))
                .isEqualTo("Renamed");
    }

    @Test
    void shouldGiveAnAccountTheTeamLeadOfItsCsmWhenNoneIsSent() {
        post("accounts", List.of(rows.account("a")));
        assertThat(jdbc.queryForObject("SELECT team_lead FROM account WHERE external_id = ?", String.class, rows.id("a")))
                .isEqualTo("t-lead");
    }

    @Test
    void shouldRejectInvalidJsonAndStoreNothing() {
        ResponseEntity<Map> response = postJson("accounts", "[{\"externalId\": \"" + rows.id("a") + "\", \"name\": ");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getBody()).containsEntry("title", "Malformed JSON");
        assertThat(countAccounts()).isZero();
    }

    @Test
    void shouldNameTheIndexAndFieldOfAnUnknownEnumValue() {
        String json = "[" + json(rows.account("a")) + "," + json(rows.account("b")).replace("MID_MARKET", "HUGE") + "]";
        ResponseEntity<Map> response = postJson("accounts", json);
        assertThat(errors(response)).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("index", 1).containsEntry("field", "segment"));
        assertThat(error(response, 0).get("reason").toString()).contains("HUGE").contains("ENTERPRISE");
        assertThat(countAccounts()).isZero();
    }

    @Test
    void shouldNameTheIndexAndFieldOfADateThatDoesNotExist() {
        post("accounts", List.of(rows.account("a")));
        String json = "[" + json(rows.usage("a", FactRows.DAY)) + ","
                + json(rows.usage("a", FactRows.DAY.plusDays(1))).replace(FactRows.DAY.plusDays(1).toString(), "2026-02-30") + "]";
        ResponseEntity<Map> response = postJson("usage", json);
        assertThat(errors(response)).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("index", 1).containsEntry("field", "date"));
        assertThat(countUsage()).isZero();
    }

    @Test
    void shouldNameTheIndexAndFieldOfAMissingKey() {
        String withoutName = json(rows.account("b")).replace("\"name\":\"Account b\",", "");
        assertThat(withoutName).doesNotContain("\"name\"");
        ResponseEntity<Map> response = postJson("accounts", "[" + json(rows.account("a")) + "," + withoutName + "]");
        assertThat(errors(response)).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("index", 1).containsEntry("field", "name").containsEntry("reason", "must not be blank"));
        assertThat(countAccounts()).isZero();
    }

    @Test
    void shouldNameEveryBadRowOfABatchAndStoreNoneOfIt() {
        post("accounts", List.of(rows.account("a")));
        UsageFact good = rows.usage("a", FactRows.DAY);
        UsageFact missingDate = new UsageFact(rows.id("a"), null, 3, 4, null, 5L, null, 6, null);
        UsageFact unknownAccount = rows.usage("nope", FactRows.DAY);
        UsageFact negative = new UsageFact(rows.id("a"), FactRows.DAY.plusDays(2), -1, 4, List.of("ok", " "), 5L, null, 6, null);
        UsageFact repeated = rows.usage("a", FactRows.DAY);

        ResponseEntity<Map> response = post("usage", List.of(good, missingDate, unknownAccount, negative, repeated));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(response)).extracting(e -> e.get("index") + " " + e.get("field")).containsExactly(
                "1 date", "2 accountExternalId", "3 activeUsers", "3 featuresUsed[1]", "4 date");
        assertThat(error(response, 1).get("reason").toString()).contains("no account '" + rows.id("nope") + "'");
        assertThat(error(response, 4).get("reason").toString()).contains("row [0]");
        assertThat(error(response, 0)).containsEntry("pointer", "/1/date");
        assertThat(countUsage()).isZero();
    }

    @Test
    void shouldRejectAnAccountWhoseContractStartsAfterItsRenewalOrWhoseCsmIsNoUser() {
        AccountFact a = rows.account("a");
        AccountFact backwards = new AccountFact(a.externalId(), a.name(), a.segment(), a.plan(), a.arr(), a.seatsPurchased(),
                a.renewalDate().plusDays(1), a.renewalDate(), "nobody-" + rows.prefix, "t-lead", null);

        ResponseEntity<Map> response = post("accounts", List.of(rows.account("b"), backwards));

        assertThat(errors(response)).extracting(e -> e.get("index") + " " + e.get("field"))
                .containsExactly("1 contractStart", "1 csmOwner");
        assertThat(countAccounts()).isZero();
    }

    @Test
    void shouldRejectAnNpsResponseNamingAContactOfAnotherAccount() {
        post("accounts", List.of(rows.account("a"), rows.account("b")));
        post("contacts", List.of(rows.contact("c1", "a")));

        ResponseEntity<Map> response = post("nps", List.of(rows.nps("n1", "b", "c1"), rows.nps("n2", "a", "ghost")));

        assertThat(errors(response)).extracting(e -> e.get("index") + " " + e.get("field") + " " + e.get("reason"))
                .containsExactly("0 contactExternalId contact '" + rows.id("c1") + "' belongs to account '" + rows.id("a") + "'",
                        "1 contactExternalId no contact '" + rows.id("ghost") + "'");
    }

    @Test
    void shouldRejectUsageFromTheFuture() {
        post("accounts", List.of(rows.account("a")));
        ResponseEntity<Map> response = post("usage", List.of(rows.usage("a", LocalDate.now().plusDays(5))));
        assertThat(errors(response)).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("index", 0).containsEntry("field", "date"));
    }

    private ResponseEntity<Map> post(String path, List<?> batch) {
        return as("t-integration").postForEntity("/api/v1/" + path, batch, Map.class);
    }

    private ResponseEntity<Map> postJson(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as("t-integration").postForEntity("/api/v1/" + path, new HttpEntity<>(json, headers), Map.class);
    }

    private String json(Object row) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().disable(
                    com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(row);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return (List<Map<String, Object>>) response.getBody().get("errors");
    }

    private static Map<String, Object> error(ResponseEntity<Map> response, int n) {
        return errors(response).get(n);
    }

    private int countAccounts() {
        return count("account", "external_id");
    }

    private int countUsage() {
        return count("usage_day u JOIN account a ON a.id = u.account_id", "a.external_id");
    }

    private int count(String from, String idColumn) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + from + " WHERE " + idColumn + " LIKE ?", Integer.class,
                rows.prefix + "%");
    }
}
