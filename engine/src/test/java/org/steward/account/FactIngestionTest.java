package org.steward.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalApplicationListener;
import org.steward.support.ApiTest;
import org.steward.support.TestDatabase;
import org.steward.system.web.FieldProblem;

class FactIngestionTest extends ApiTest {

    private final FactRows rows = new FactRows();
    private final List<AccountFactsChanged> heard = new CopyOnWriteArrayList<>();
    /** Rows of this test another connection saw when the event was heard: usage rows, then accounts. */
    private final List<String> seenByOthers = new CopyOnWriteArrayList<>();
    private ApplicationListener<PayloadApplicationEvent<AccountFactsChanged>> listener;

    @Autowired
    private FactIngestion ingestion;

    @Autowired
    private ConfigurableApplicationContext context;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void listenAfterCommit() {
        listener = TransactionalApplicationListener.forPayload(TransactionPhase.AFTER_COMMIT, (AccountFactsChanged event) -> {
            if (event.accountExternalIds().stream().anyMatch(id -> id.startsWith(rows.prefix))) {
                heard.add(event);
                seenByOthers.add(committedRows());
            }
        });
        context.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class)
                .removeApplicationListener(listener);
    }

    private String committedRows() {
        try (Connection other = DriverManager.getConnection(TestDatabase.url(), TestDatabase.username(), TestDatabase.password());
             PreparedStatement count = other.prepareStatement("SELECT (SELECT COUNT(*) FROM usage_day u JOIN account a"
                     + " ON a.id = u.account_id WHERE a.external_id LIKE ?), (SELECT COUNT(*) FROM account WHERE external_id LIKE ?)")) {
            count.setString(1, rows.prefix + "%");
            count.setString(2, rows.prefix + "%");
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1) + " " + rs.getInt(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldAnnounceAfterCommitWhoseFactsChangedAndStayQuietWhenNothingDid() {
        ingestion.ingest(FactKind.ACCOUNTS, List.of(rows.account("a"), rows.account("b")));
        ingestion.ingest(FactKind.USAGE, List.of(rows.usage("a", FactRows.DAY), rows.usage("a", FactRows.DAY.plusDays(1))));
        ingestion.ingest(FactKind.USAGE, List.of(rows.usage("a", FactRows.DAY)));

        assertThat(heard).containsExactly(
                new AccountFactsChanged(Set.of(rows.id("a"), rows.id("b")), FactKind.ACCOUNTS),
                new AccountFactsChanged(Set.of(rows.id("a")), FactKind.USAGE));
        assertThat(seenByOthers).as("the facts were committed when the event was heard").containsExactly("0 2", "2 2");
    }

    @Test
    void shouldAnnounceNothingForARejectedBatch() {
        assertThatThrownBy(() -> ingestion.ingest(FactKind.ACCOUNTS, List.of(rows.account("a"), rows.account("a"))))
                .isInstanceOf(InvalidFactsException.class);
        assertThat(heard).isEmpty();
    }

    @Test
    void shouldCheckASourceReadInChunksAsOneBatchCappingTheListButCountingEveryProblem() {
        ingestion.ingest(FactKind.ACCOUNTS, List.of(rows.account("a")));
        List<UsageFact> usage = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            usage.add(rows.usage("a", FactRows.DAY.minusDays(day)));
        }
        FactSource source = sink -> {
            sink.rows(usage.subList(0, 20));
            sink.unreadable(List.of(new FieldProblem(null, "logins", "'x' is not a whole number", 22, "Logins")));
            sink.rows(usage.subList(20, 30));
            sink.rows(List.of(rows.usage("a", FactRows.DAY), rows.usage("ghost", FactRows.DAY)));
        };

        assertThatThrownBy(() -> ingestion.ingest(FactKind.USAGE, source, 2)).isInstanceOfSatisfying(InvalidFactsException.class, e -> {
            assertThat(e.total()).isEqualTo(3);
            assertThat(e.problems()).extracting(p -> p.index() + " " + p.field())
                    .containsExactly("20 logins", "31 date");
            assertThat(e.problems().get(0).row()).isEqualTo(22);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM usage_day u JOIN account a ON a.id = u.account_id"
                + " WHERE a.external_id = ?", Integer.class, rows.id("a"))).isZero();
        assertThat(heard).extracting(AccountFactsChanged::kind).containsExactly(FactKind.ACCOUNTS);
    }

    @Test
    void shouldStoreEveryChunkOfAValidSourceInOneTransaction() {
        ingestion.ingest(FactKind.ACCOUNTS, List.of(rows.account("a")));
        List<UsageFact> usage = new ArrayList<>();
        for (int day = 0; day < 2_500; day++) {
            usage.add(rows.usage("a", FactRows.DAY.minusDays(day)));
        }
        FactSource source = sink -> {
            for (int from = 0; from < usage.size(); from += 700) {
                sink.rows(usage.subList(from, Math.min(usage.size(), from + 700)));
            }
        };

        IngestReport report = ingestion.ingest(FactKind.USAGE, source, 10);

        assertThat(report).isEqualTo(new IngestReport(FactKind.USAGE, 2_500, 2_500, 0, 0));
        assertThat(heard).extracting(AccountFactsChanged::kind).containsExactly(FactKind.ACCOUNTS, FactKind.USAGE);
        assertThat(seenByOthers).containsExactly("0 1", "2500 1");
    }

    /**
     * Integrations send batches in parallel. Batches that upsert rows of the same accounts lock the same index ranges
     * in another order, and InnoDB then picks one of them as a deadlock victim; the batch is tried again rather than
     * failing, and every row ends up stored once.
     */
    @Test
    void shouldStoreParallelBatchesThatUpsertTheSameAccountsInAnotherOrder() throws Exception {
        List<AccountFact> accounts = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            accounts.add(rows.account("p" + n));
        }
        ingestion.ingest(FactKind.ACCOUNTS, accounts);
        int threads = 4;
        int days = 30;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<IngestReport>> reports = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                for (int round = 0; round < 5; round++) {
                    int shift = round;
                    reports.add(pool.submit(() -> {
                        List<UsageFact> usage = new ArrayList<>();
                        for (int d = 0; d < days; d++) {
                            for (int n = 0; n < 20; n++) {
                                int account = thread % 2 == 0 ? n : 19 - n;
                                usage.add(new UsageFact(rows.id("p" + account), FactRows.DAY.plusDays((d + shift * 7) % days),
                                        10 + thread, 100 + thread * 10 + shift, List.of("reports"), 10L, 100L, 12, null));
                            }
                        }
                        return ingestion.ingest(FactKind.USAGE, usage);
                    }));
                }
            }
            for (Future<IngestReport> report : reports) {
                assertThat(report.get().received()).isEqualTo(20 * days);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM usage_day u JOIN account a ON a.id = u.account_id"
                + " WHERE a.external_id LIKE ?", Integer.class, rows.prefix + "p%")).isEqualTo(20 * days);
    }
}
