package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.steward.account.ContactFact;
import org.steward.account.Disc;
import org.steward.account.FactIngestion;
import org.steward.account.FactKind;
import org.steward.account.InvoiceFact;
import org.steward.account.Segment;
import org.steward.account.UsageFact;
import org.steward.scoring.facts.Signal;
import org.steward.support.ApiTest;

/**
 * {@link AssessmentChanged} is published (in its batch's {@link AssessmentsChanged}) for what plays act on (first
 * assessment, tier, signals, playbook) and not for an assessment that changed none of it. Scoring on fact changes is off here, so the test thread
 * alone scores (and its events are the ones recorded).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.scoring.single.enabled=false")
@RecordApplicationEvents
class ScoringEventsTest extends ApiTest {

    @Autowired
    private FactIngestion ingestion;

    @Autowired
    private SingleAccountScoring scoring;

    @Autowired
    private ApplicationEvents events;

    private final BookFixture book = new BookFixture(null);

    @Test
    void shouldPublishTheFirstAssessmentARaisedAndAClearedSignalButNotTheSameAssessmentAgain() {
        String account = book.id("evt");
        ingestion.ingest(FactKind.ACCOUNTS, List.of(book.account("evt", Segment.MID_MARKET, 40)));
        ingestion.ingest(FactKind.CONTACTS, List.of(new ContactFact(book.id("evt-c"), account, "Champion", null,
                "VP Operations", true, Disc.S, true)));
        List<UsageFact> usage = new ArrayList<>();
        for (int back = 60; back >= 1; back--) {
            usage.add(new UsageFact(account, BookFixture.TODAY.minusDays(back), 30, 90, List.of("dashboards", "reports"),
                    2_000L, 10_000L, 30, null));
        }
        ingestion.ingest(FactKind.USAGE, usage);

        scoring.score(List.of(account));
        assertThat(changes(account)).singleElement().satisfies(first -> {
            assertThat(first.previousTier()).isNull();
            assertThat(first.tierChanged()).isTrue();
            assertThat(first.ruleSetVersion()).isEqualTo(1);
            assertThat(first.signals()).containsAll(first.raised());
        });

        events.clear();
        scoring.score(List.of(account));
        assertThat(changes(account)).as("scored again on the same facts").isEmpty();

        InvoiceFact overdue = new InvoiceFact(book.id("inv"), account, new BigDecimal("12000.00"), "EUR",
                BookFixture.TODAY.minusDays(60), BookFixture.TODAY.minusDays(30), null);
        ingestion.ingest(FactKind.INVOICES, List.of(overdue));
        events.clear();
        scoring.score(List.of(account));
        assertThat(changes(account)).singleElement().satisfies(change -> {
            assertThat(change.raised()).extracting(Signal::code).containsExactly("invoice-overdue");
            assertThat(change.raised().get(0).evidence()).isNotEmpty();
            assertThat(change.cleared()).isEmpty();
            assertThat(change.previousTier()).isNotNull();
        });

        ingestion.ingest(FactKind.INVOICES, List.of(new InvoiceFact(overdue.externalId(), account, overdue.amount(),
                "EUR", overdue.issuedOn(), overdue.dueOn(), BookFixture.TODAY.minusDays(1))));
        events.clear();
        scoring.score(List.of(account));
        assertThat(changes(account)).singleElement().satisfies(change -> {
            assertThat(change.cleared()).extracting(Signal::code).containsExactly("invoice-overdue");
            assertThat(change.raised()).isEmpty();
        });
    }

    private List<AssessmentChanged> changes(String account) {
        return events.stream(AssessmentsChanged.class).peek(batch -> assertThat(batch.runId()).as("scored on its own").isNull())
                .flatMap(batch -> batch.changes().stream()).filter(change -> change.accountExternalId().equals(account)).toList();
    }

}
