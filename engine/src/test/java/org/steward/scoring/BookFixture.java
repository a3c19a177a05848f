package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.steward.account.AccountFact;
import org.steward.account.ContactFact;
import org.steward.account.Disc;
import org.steward.account.InvoiceFact;
import org.steward.account.Segment;
import org.steward.account.UsageFact;

/**
 * Accounts sent to the facts API as an integration would, dated relative to today, behind an id prefix of
 * their own so that tests sharing a database do not meet.
 */
final class BookFixture {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private final TestRestTemplate integration;
    final String prefix = "s" + UUID.randomUUID().toString().substring(0, 8) + "-";

    BookFixture(TestRestTemplate integration) {
        this.integration = integration;
    }

    String id(String name) {
        return prefix + name;
    }

    AccountFact account(String name, Segment segment, int seats) {
        return new AccountFact(id(name), "Account " + name, segment, "growth", new BigDecimal("48000.00"), seats,
                TODAY.minusDays(400), TODAY.plusDays(300), "t-csm", null, Map.of());
    }

    /** An account with an active champion and {@code days} days of steady usage, {@code seatsUsed} seats a day. */
    void steadyAccount(String name, Segment segment, int seats, int seatsUsed, int days) {
        post("accounts", List.of(account(name, segment, seats)));
        post("contacts", List.of(new ContactFact(id(name + "-champion"), id(name), "Champion of " + name,
                null, "VP Operations", true, Disc.D, true)));
        List<UsageFact> usage = new ArrayList<>();
        for (int back = days; back >= 1; back--) {
            usage.add(new UsageFact(id(name), TODAY.minusDays(back), seatsUsed, seatsUsed * 3,
                    List.of("dashboards", "reports", "alerts", "integrations"), 2_000L, 10_000L, seatsUsed, null));
        }
        post("usage", usage);
    }

    void overdueInvoice(String name, String account) {
        post("invoices", List.of(new InvoiceFact(id(name), id(account), new BigDecimal("12000.00"), "EUR",
                TODAY.minusDays(60), TODAY.minusDays(30), null)));
    }

    void post(String path, List<?> rows) {
        ResponseEntity<Map> response = integration.postForEntity("/api/v1/" + path, rows, Map.class);
        assertThat(response.getStatusCode()).as("%s: %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
    }
}
