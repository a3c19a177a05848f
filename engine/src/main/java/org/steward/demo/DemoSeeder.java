package org.steward.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.steward.account.FactIngestion;
import org.steward.account.FactKind;
import org.steward.account.IngestReport;
import org.steward.scoring.ScoringRun;
import org.steward.scoring.WholeBookScoring;
import org.steward.system.web.ConflictException;
import org.steward.user.AppUser;
import org.steward.user.UserDirectory;

/**
 * Stores the demo users and the demo book, the book through {@link FactIngestion} in batches, as an
 * integration would, then scores it as of a few past days and today (see {@link #scoreHistory}). The book is dated to the day the demo admin was created, so every run generates the very
 * same rows. The demo's integration user is created last, once every batch is stored: when it exists, the
 * book is in place and seeding stores nothing; when an earlier seeding stopped half-way, storing the book
 * again adds what is missing and finds the rest unchanged.
 */
@Component
class DemoSeeder {

    /** The days, counted back from the book's day, the book is scored as of when it is seeded. */
    private static final int[] SCORED_DAYS_AGO = {84, 56, 28, 21, 14, 7, 0};
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final UserDirectory users;
    private final FactIngestion ingestion;
    private final DemoProperties properties;
    private final Clock clock;
    private final WholeBookScoring scoring;

    DemoSeeder(UserDirectory users, FactIngestion ingestion, DemoProperties properties, Clock clock,
               WholeBookScoring scoring) {
        this.users = users;
        this.scoring = scoring;
        this.ingestion = ingestion;
        this.properties = properties;
        this.clock = clock;
    }

    /** Seeds the demo unless it is in place already. */
    DemoSummary seed() {
        long started = System.nanoTime();
        if (users.exists(DemoUsers.INTEGRATION.username())) {
            return new DemoSummary(bookDay(), List.of(), Duration.ofNanos(System.nanoTime() - started));
        }
        DemoSummary stored = storeBook();
        scoreHistory(stored.bookDay());
        users.ensure(DemoUsers.INTEGRATION);
        return stored;
    }

    /** Creates the missing demo people and stores the whole book (rows stored already are found unchanged). */
    DemoSummary storeBook() {
        long started = System.nanoTime();
        DemoUsers.PEOPLE.forEach(users::ensure);
        DemoBook book = new DemoBookGenerator(properties.seed()).generate(properties.accounts(), bookDay());
        List<IngestReport> reports = List.of(
                store(FactKind.ACCOUNTS, book.accountFacts()),
                store(FactKind.CONTACTS, book.contacts()),
                store(FactKind.USAGE, book.usage()),
                store(FactKind.TICKETS, book.tickets()),
                store(FactKind.NPS, book.nps()),
                store(FactKind.INVOICES, book.invoices()),
                store(FactKind.ASSESSMENTS, book.assessments()));
        return new DemoSummary(book.today(), reports, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Scores the whole book as of a few past days and the book's day, oldest first, so that the demo shows
     * health with trends, signals raised over time, and a history.
     */
    private void scoreHistory(LocalDate bookDay) {
        try {
            for (int daysAgo : SCORED_DAYS_AGO) {
                ScoringRun run = scoring.scoreAsOf(bookDay.minusDays(daysAgo), "steward", "DEMO");
                log.info("Demo book scored as of {}: {}", run.asOf(), run.tiers());
            }
        } catch (ConflictException e) {
            log.warn("The demo book's history was not scored: {}", e.getMessage());
        }
    }

    /** The day of the first seeding: the demo admin's creation day (today when it is being created now). */
    private LocalDate bookDay() {
        Instant created = users.find("admin").map(AppUser::getCreatedAt).orElseGet(clock::instant);
        return LocalDate.ofInstant(created, clock.getZone());
    }

    private IngestReport store(FactKind kind, List<? extends Record> rows) {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (int from = 0; from < rows.size(); from += properties.batchSize()) {
            IngestReport batch = ingestion.ingest(kind, rows.subList(from, Math.min(rows.size(), from + properties.batchSize())));
            inserted += batch.inserted();
            updated += batch.updated();
            unchanged += batch.unchanged();
        }
        return new IngestReport(kind, rows.size(), inserted, updated, unchanged);
    }
}
