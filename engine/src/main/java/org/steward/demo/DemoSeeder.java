package org.steward.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.steward.account.FactIngestion;
import org.steward.account.FactKind;
import org.steward.account.IngestReport;
import org.steward.user.AppUser;
import org.steward.user.UserDirectory;

/**
 * Stores the demo users and the demo book, the book through {@link FactIngestion} in batches, as an
 * integration would. The book is dated to the day the demo admin was created, so every run generates the very
 * same rows. The demo's integration user is created last, once every batch is stored: when it exists, the
 * book is in place and seeding stores nothing; when an earlier seeding stopped half-way, storing the book
 * again adds what is missing and finds the rest unchanged.
 */
@Component
class DemoSeeder {

    private final UserDirectory users;
    private final FactIngestion ingestion;
    private final DemoProperties properties;
    private final Clock clock;

    DemoSeeder(UserDirectory users, FactIngestion ingestion, DemoProperties properties, Clock clock) {
        this.users = users;
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
