package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.steward.account.AccountFact;
import org.steward.account.AssessmentFact;
import org.steward.account.ContactFact;
import org.steward.account.Disc;
import org.steward.account.FactIngestion;
import org.steward.account.FactKind;
import org.steward.account.InvoiceFact;
import org.steward.account.NpsFact;
import org.steward.account.Segment;
import org.steward.account.TicketFact;
import org.steward.account.TicketPriority;
import org.steward.account.TicketStatus;
import org.steward.account.UsageFact;
import org.steward.support.ApiTest;

/**
 * The book as scoring reads it from MariaDB: only the facts that matter on the day scored, and an assessment
 * identical to the one the account's whole history in memory gives.
 */
class BookReaderTest extends ApiTest {

    private static final LocalDate TODAY = BookFixture.TODAY;

    @Autowired
    private FactIngestion ingestion;

    @Autowired
    private BookReader reader;

    private final BookFixture book = new BookFixture(null);

    @Test
    void shouldReadOnlyWhatMattersTodayAndScoreAsTheWholeHistoryWould() {
        String id = book.id("long");
        AccountFact account = book.account("long", Segment.ENTERPRISE, 50);
        List<ContactFact> contacts = List.of(
                new ContactFact(book.id("c1"), id, "Former champion", null, "VP Sales", true, Disc.I, false),
                new ContactFact(book.id("c2"), id, "Admin", null, "IT Manager", false, Disc.C, true));
        List<UsageFact> usage = new ArrayList<>();
        for (int back = 200; back >= 1; back--) {
            if (back > 94 && back < 111) {
                continue; // two weeks without usage, at the far end of the window and before it
            }
            int seats = back > 30 ? 40 : 18;
            usage.add(new UsageFact(id, TODAY.minusDays(back), seats, seats * 4,
                    back > 40 ? List.of("dashboards", "reports", "alerts", "api", "sso") : List.of("dashboards"),
                    1_000L, 10_000L, seats, back % 2 == 0 ? "sales" : "ops"));
        }
        List<TicketFact> tickets = List.of(
                new TicketFact(book.id("t-open"), id, "Broken export", TicketPriority.HIGH, TicketStatus.OPEN,
                        TODAY.minusDays(12), null),
                new TicketFact(book.id("t-done"), id, "Login issue", TicketPriority.URGENT, TicketStatus.RESOLVED,
                        TODAY.minusDays(40), TODAY.minusDays(35)));
        List<NpsFact> nps = List.of(new NpsFact(book.id("n1"), id, null, 9, TODAY.minusDays(300), null),
                new NpsFact(book.id("n2"), id, null, 8, TODAY.minusDays(150), null),
                new NpsFact(book.id("n3"), id, null, 4, TODAY.minusDays(20), null));
        List<InvoiceFact> invoices = List.of(
                new InvoiceFact(book.id("i-paid"), id, new BigDecimal("100.00"), "EUR", TODAY.minusDays(90),
                        TODAY.minusDays(60), TODAY.minusDays(58)),
                new InvoiceFact(book.id("i-due"), id, new BigDecimal("100.00"), "EUR", TODAY.minusDays(50),
                        TODAY.minusDays(20), null));
        List<AssessmentFact> assessments = List.of(new AssessmentFact(id, TODAY.minusDays(100), 8, "t-csm", null),
                new AssessmentFact(id, TODAY.minusDays(10), 4, "t-csm", "Champion left"));
        ingestion.ingest(FactKind.ACCOUNTS, List.of(account));
        ingestion.ingest(FactKind.CONTACTS, contacts);
        ingestion.ingest(FactKind.USAGE, usage);
        ingestion.ingest(FactKind.TICKETS, tickets);
        ingestion.ingest(FactKind.NPS, nps);
        ingestion.ingest(FactKind.INVOICES, invoices);
        ingestion.ingest(FactKind.ASSESSMENTS, assessments);
        CompiledRuleSet rules = RuleSets.shipped();
        int usageDays = FactAssembler.usageDays(rules.parameters());

        BookReader.Entry read = reader.accounts(List.of(id, "no-such-account"), TODAY, usageDays).get(0);

        AccountSnapshot stored = read.snapshot();
        assertThat(usageDays).as("the longest look-back of the shipped parameters").isEqualTo(104);
        assertThat(stored.usage()).hasSize((int) usage.stream().filter(u -> !u.date().isBefore(TODAY.minusDays(103))).count())
                .allSatisfy(u -> assertThat(u.date()).isAfterOrEqualTo(TODAY.minusDays(103)));
        assertThat(stored.usageSince()).isEqualTo(TODAY.minusDays(200));
        assertThat(stored.tickets()).extracting(TicketFact::externalId).containsExactly(book.id("t-open"));
        assertThat(stored.nps()).extracting(NpsFact::externalId).containsExactly(book.id("n3"), book.id("n2"));
        assertThat(stored.invoices()).extracting(InvoiceFact::externalId).containsExactly(book.id("i-due"));
        assertThat(stored.assessments()).extracting(AssessmentFact::assessedOn).containsExactly(TODAY.minusDays(10));
        assertThat(stored.contacts()).hasSize(2);

        AccountSnapshot whole = new AccountSnapshot(TODAY, account, contacts, usage, tickets, nps, invoices, assessments,
                stored.pastScores(), List.of());
        AccountScorer scorer = new AccountScorer(rules);
        assertThat(scorer.score(stored)).isEqualTo(scorer.score(whole));
    }
}
