package org.steward.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.steward.support.ApiTest;
import org.steward.user.NewUser;
import org.steward.user.Role;
import org.steward.user.UserDirectory;

class AccountApiTest extends ApiTest {

    private final FactRows rows = new FactRows();

    @Autowired
    private FactIngestion ingestion;

    @Autowired
    private UserDirectory users;

    @Test
    void shouldShowAnAccountWithItsContactsAndLatestFacts() {
        ingestion.ingest(FactKind.ACCOUNTS, List.of(rows.account("a"), rows.account("other")));
        ingestion.ingest(FactKind.CONTACTS, List.of(rows.contact("c1", "a"), rows.contact("c2", "a"), rows.contact("c3", "other")));
        UsageFact latest = rows.usage("a", FactRows.DAY.plusDays(1));
        UsageFact latestOfTeam = new UsageFact(latest.accountExternalId(), latest.date(), 4, 9, List.of(), 0L, null, 4, "Finance");
        ingestion.ingest(FactKind.USAGE, List.of(rows.usage("a", FactRows.DAY), latest, latestOfTeam,
                rows.usage("other", FactRows.DAY.plusDays(2))));
        TicketFact open = rows.ticket("t1", "a");
        TicketFact resolved = new TicketFact(rows.id("t2"), rows.id("a"), "Old", TicketPriority.LOW, TicketStatus.RESOLVED,
                FactRows.DAY, FactRows.DAY.plusDays(1));
        ingestion.ingest(FactKind.TICKETS, List.of(open, resolved));
        NpsFact newer = new NpsFact(rows.id("n2"), rows.id("a"), null, 4, FactRows.DAY.plusDays(3), "Slower lately");
        ingestion.ingest(FactKind.NPS, List.of(rows.nps("n1", "a", "c1"), newer));
        InvoiceFact unpaid = rows.invoice("i1", "a");
        InvoiceFact paid = new InvoiceFact(rows.id("i2"), rows.id("a"), BigDecimal.TEN, "EUR", FactRows.DAY, FactRows.DAY,
                FactRows.DAY);
        ingestion.ingest(FactKind.INVOICES, List.of(unpaid, paid));
        AssessmentFact lastAssessment = new AssessmentFact(rows.id("a"), FactRows.DAY.plusDays(5), 4, null, "Champion left");
        ingestion.ingest(FactKind.ASSESSMENTS, List.of(rows.assessment("a", FactRows.DAY), lastAssessment));

        ResponseEntity<Map> response = as("t-csm").getForEntity("/api/v1/accounts/{id}", Map.class, rows.id("a"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> account = response.getBody();
        assertThat(account).containsEntry("externalId", rows.id("a")).containsEntry("segment", "MID_MARKET")
                .containsEntry("csmOwner", "t-csm").containsEntry("teamLead", "t-lead")
                .containsEntry("contractStart", "2024-04-01").containsEntry("attributes", Map.of("region", "EMEA"));
        assertThat(ids(account, "contacts")).containsExactlyInAnyOrder(rows.id("c1"), rows.id("c2"));
        assertThat(list(account, "latestUsage")).extracting(u -> u.get("date") + " " + u.get("team"))
                .containsExactly(latest.date() + " null", latest.date() + " Finance");
        assertThat(list(account, "latestUsage").get(0)).containsEntry("featuresUsed", List.of("reports", "api"))
                .containsEntry("apiLimit", 10_000);
        assertThat(ids(account, "openTickets")).containsExactly(rows.id("t1"));
        assertThat((Map<String, Object>) account.get("latestNps")).containsEntry("externalId", rows.id("n2"))
                .containsEntry("score", 4);
        assertThat(ids(account, "unpaidInvoices")).containsExactly(rows.id("i1"));
        assertThat((Map<String, Object>) account.get("latestAssessment")).containsEntry("assessedOn", "2025-03-15")
                .containsEntry("note", "Champion left");
    }

    @Test
    void shouldShowAnAccountWithoutFactsAsEmpty() {
        ingestion.ingest(FactKind.ACCOUNTS, List.of(rows.account("bare")));

        Map<String, Object> account = as("t-ops").getForEntity("/api/v1/accounts/{id}", Map.class, rows.id("bare")).getBody();

        assertThat(account).containsEntry("contacts", List.of()).containsEntry("latestUsage", List.of())
                .containsEntry("latestNps", null).containsEntry("latestAssessment", null);
    }

    @Test
    void shouldAnswer404ForAnAccountThatDoesNotExist() {
        ResponseEntity<Map> response = as("t-csm").getForEntity("/api/v1/accounts/{id}", Map.class, rows.id("ghost"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("detail").toString()).contains(rows.id("ghost"));
    }

    @Test
    void shouldListAccountsPageByPageWithTheTotalFilteredBySegmentAndCsm() {
        String csm = rows.id("csm");
        users.ensure(new NewUser(csm, "CSM " + csm, null, PASSWORD, Set.of(Role.CSM), "t-lead"));
        AccountFact template = rows.account("x");
        List<AccountFact> accounts = List.of("a1", "a2", "a3", "a4", "a5").stream().map(name -> new AccountFact(rows.id(name),
                "Acme " + name, name.equals("a5") ? Segment.SMB : Segment.ENTERPRISE, template.plan(), template.arr(),
                template.seatsPurchased(), template.contractStart(), template.renewalDate(), csm, null, null)).toList();
        ingestion.ingest(FactKind.ACCOUNTS, accounts);

        Map<String, Object> first = page("?csm=" + csm + "&segment=ENTERPRISE&size=3");
        Map<String, Object> second = page("?csm=" + csm + "&segment=ENTERPRISE&size=3&page=1");
        Map<String, Object> smb = page("?csm=" + csm + "&segment=SMB");

        assertThat(first).containsEntry("total", 4).containsEntry("page", 0).containsEntry("size", 3);
        assertThat(ids(first, "items")).containsExactly(rows.id("a1"), rows.id("a2"), rows.id("a3"));
        assertThat(ids(second, "items")).containsExactly(rows.id("a4"));
        assertThat(smb).containsEntry("total", 1).containsEntry("size", 50);
        assertThat(ids(smb, "items")).containsExactly(rows.id("a5"));
    }

    @Test
    void shouldRefuseBadPagingParametersNamingThem() {
        assertThat(badParameter("?size=500")).isEqualTo("size");
        assertThat(badParameter("?size=0")).isEqualTo("size");
        assertThat(badParameter("?page=-1")).isEqualTo("page");
        assertThat(badParameter("?page=first")).isEqualTo("page");
        assertThat(badParameter("?segment=HUGE")).isEqualTo("segment");
    }

    @Test
    void shouldLetOnlySignedInUsersReadAccounts() {
        assertThat(http.getForEntity("/api/v1/accounts", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/v1/accounts/x", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("t-lead").getForEntity("/api/v1/accounts", Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private Map<String, Object> page(String query) {
        ResponseEntity<Map> response = as("t-csm").getForEntity("/api/v1/accounts" + query, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private String badParameter(String query) {
        ResponseEntity<Map> response = as("t-csm").getForEntity("/api/v1/accounts" + query, Map.class);
        assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
        return (String) ((List<Map<String, Object>>) response.getBody().get("errors")).get(0).get("field");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }

    private static List<Object> ids(Map<String, Object> body, String key) {
        return list(body, key).stream().map(item -> item.get("externalId")).toList();
    }
}
