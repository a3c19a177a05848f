package org.steward.scoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.steward.account.AccountBook;
import org.steward.account.AccountChunk;
import org.steward.account.BookAccount;
import org.steward.account.FactWindow;

/**
 * Reads accounts to score from the book ({@link AccountBook}) with their past scores from the stored history
 * (one per day: the days the trend compares, 1 to 90 days back, and the last one before that), as snapshots.
 */
@Component
class BookReader {

    /** The trend compares with the score 30, 60 and 90 days back (see {@link FactAssembler}). */
    private static final int TREND_DAYS = 90;

    private final AccountBook book;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    BookReader(AccountBook book, JdbcTemplate jdbc, ObjectMapper json) {
        this.book = book;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * An account to score: its internal id, everything the rules read about it, and when that was read (the
     * database's clock, UTC; taken before the reads, so no fact committed before it is missing).
     */
    record Entry(long accountId, AccountSnapshot snapshot, LocalDateTime factsReadAt) {
    }

    /** The next accounts in id order; {@code lastId} is where the next chunk starts. */
    record Chunk(List<Entry> entries, long lastId) {
    }

    long count() {
        return book.count();
    }

    Chunk chunk(long afterId, int size, LocalDate asOf, int usageDays) {
        LocalDateTime readAt = databaseTime();
        AccountChunk chunk = book.chunk(afterId, size, new FactWindow(asOf, usageDays));
        return new Chunk(entries(chunk.accounts(), asOf, readAt), chunk.lastId());
    }

    List<Entry> accounts(Collection<String> externalIds, LocalDate asOf, int usageDays) {
        LocalDateTime readAt = databaseTime();
        return entries(book.read(externalIds, new FactWindow(asOf, usageDays)), asOf, readAt);
    }

    /** Scores one account; an error outside the rules (facts the assembler cannot take) is a failure too. */
    Scored score(AccountScorer scorer, Entry entry) {
        ScoringResult result;
        try {
            result = scorer.score(entry.snapshot());
        } catch (RuntimeException e) {
            result = new ScoringFailure(entry.snapshot().account().externalId(), entry.snapshot().asOf(), null,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        String detail = result instanceof AccountAssessment assessment
                ? StoredJson.write(json, assessment) : null;
        return new Scored(entry.accountId(), result, detail, entry.factsReadAt());
    }

    /** One clock for every node: the database's. */
    private LocalDateTime databaseTime() {
        return jdbc.queryForObject("SELECT UTC_TIMESTAMP(6)", LocalDateTime.class);
    }

    private List<Entry> entries(List<BookAccount> accounts, LocalDate asOf, LocalDateTime readAt) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PastScore>> past = pastScores(accounts.stream().map(BookAccount::id).toList(), asOf);
        List<Entry> entries = new ArrayList<>(accounts.size());
        for (BookAccount account : accounts) {
            entries.add(new Entry(account.id(), new AccountSnapshot(asOf, account.account(), account.contacts(),
                    account.usage(), account.tickets(), account.nps(), account.invoices(), account.assessments(),
                    past.getOrDefault(account.id(), List.of()), List.of(), account.firstUsage()), readAt));
        }
        return entries;
    }

    private Map<Long, List<PastScore>> pastScores(List<Long> accountIds, LocalDate asOf) {
        Map<Long, List<PastScore>> past = new HashMap<>(accountIds.size() * 2);
        String in = "account_id IN (" + String.join(", ", Collections.nCopies(accountIds.size(), "?")) + ")";
        RowCallbackHandler add = rs -> past.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                .add(new PastScore(rs.getObject(2, LocalDate.class), rs.getInt(3)));
        LocalDate oldest = asOf.minusDays(TREND_DAYS);
        List<Object> args = new ArrayList<>(accountIds);
        args.add(oldest);
        args.add(asOf.minusDays(1));
        jdbc.query("SELECT account_id, day, score FROM daily_score WHERE " + in + " AND day BETWEEN ? AND ?", add,
                args.toArray());
        List<Object> before = new ArrayList<>(accountIds);
        before.add(oldest);
        jdbc.query("SELECT d.account_id, d.day, d.score FROM daily_score d JOIN (SELECT account_id, MAX(day) AS day"
                + " FROM daily_score WHERE " + in + " AND day < ? GROUP BY account_id) latest"
                + " ON latest.account_id = d.account_id AND latest.day = d.day", add, before.toArray());
        return past;
    }
}
