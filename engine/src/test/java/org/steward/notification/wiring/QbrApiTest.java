package org.steward.notification.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.steward.account.AccountFact;
import org.steward.account.ContactFact;
import org.steward.account.Disc;
import org.steward.account.NpsFact;
import org.steward.account.Segment;
import org.steward.account.TicketFact;
import org.steward.account.TicketPriority;
import org.steward.account.TicketStatus;
import org.steward.account.UsageFact;
import org.steward.support.ApiTest;
import org.steward.support.Eventually;

/** {@code GET /api/v1/accounts/{id}/qbr}: a QBR draft from the account's own facts and health history. */
class QbrApiTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private final String account = "qbr-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldDraftTheReviewFromTheAccountsUsageHealthTicketsNpsAndRenewal() {
        LocalDate renewal = TODAY.plusDays(75);
        post("accounts", List.of(new AccountFact(account, "Initrode Logistics", Segment.MID_MARKET, "growth",
                new BigDecimal("60000.00"), 50, TODAY.minusDays(290), renewal, "t-csm", "t-lead", Map.of())));
        post("contacts", List.of(new ContactFact(account + "-c1", account, "Dana Reyes", "dana@initrode.example", "VP Operations",
                true, Disc.C, true)));
        List<UsageFact> usage = new ArrayList<>();
        for (int back = 100; back >= 1; back--) {
            int users = back > 30 ? 40 : 18;
            usage.add(new UsageFact(account, TODAY.minusDays(back), users, users * 3, List.of("dashboards", "reports"),
                    1_000L, 10_000L, users, null));
        }
        post("usage", usage);
        post("tickets", List.of(
                new TicketFact(account + "-t1", account, "Exports time out", TicketPriority.HIGH, TicketStatus.OPEN,
                        TODAY.minusDays(12), null),
                new TicketFact(account + "-t2", account, "SSO question", TicketPriority.NORMAL, TicketStatus.RESOLVED,
                        TODAY.minusDays(40), TODAY.minusDays(36))));
        post("nps", List.of(new NpsFact(account + "-n1", account, account + "-c1", 4, TODAY.minusDays(20), "Exports keep failing")));
        Eventually.await("the account is scored", Duration.ofSeconds(30),
                () -> as("t-csm").getForEntity("/api/v1/accounts/" + account + "/health", Map.class).getStatusCode() == HttpStatus.OK);

        ResponseEntity<Map> json = as("t-csm").exchange("/api/v1/accounts/" + account + "/qbr", HttpMethod.GET,
                accept(MediaType.APPLICATION_JSON), Map.class);
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> points = (List<Map<String, Object>>) json.getBody().get("points");
        assertThat(points).hasSizeBetween(3, 5);
        assertThat(points.get(0).get("headline")).as("the renewal in 75 days outranks every other point").isEqualTo("Renewal in 75 days");
        assertThat(points).extracting(point -> (String) point.get("headline"))
                .anySatisfy(title -> assertThat(title).startsWith("Active users fell"));

        ResponseEntity<String> html = as("t-csm").exchange("/api/v1/accounts/" + account + "/qbr", HttpMethod.GET,
                accept(MediaType.TEXT_HTML), String.class);
        assertThat(html.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(html.getBody()).contains("Initrode Logistics").contains("Exports keep failing")
                .contains(TODAY.minusMonths(1).toString().substring(0, 7));
    }

    @Test
    void shouldAnswerAnUnknownAccountWith404AndAnIntegrationWith403() {
        assertThat(as("t-csm").exchange("/api/v1/accounts/no-such-account/qbr", HttpMethod.GET, accept(MediaType.APPLICATION_JSON),
                Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("t-integration").exchange("/api/v1/accounts/no-such-account/qbr", HttpMethod.GET,
                accept(MediaType.APPLICATION_JSON), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static HttpEntity<Void> accept(MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(type));
        return new HttpEntity<>(headers);
    }

    private void post(String path, List<?> rows) {
        ResponseEntity<Map> response = as("t-integration").postForEntity("/api/v1/" + path, rows, Map.class);
        assertThat(response.getStatusCode()).as("%s: %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
    }
}
