package org.steward.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the book for scoring: accounts in chunks by id (keyset), or a few by external id, each with the facts
 * a {@link FactWindow} selects. One query per kind of fact and chunk, never one per account: this is the read
 * a whole-book scoring run spends its time in.
 */
@Component
public class AccountBook {

    private static final String USAGE_COLUMNS =
            "account_id, usage_date, team, active_users, logins, features_used, api_calls, api_limit, seats_used";

    private final JdbcTemplate jdbc;
    private final FactTypes types;

    AccountBook(JdbcTemplate jdbc, FactTypes types) {
        this.jdbc = jdbc;
        this.types = types;
    }

    /** How many accounts the book has. */
    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM account", Long.class);
        return count == null ? 0 : count;
    }

    /** Up to {@code size} accounts with an id above {@code afterId}, in id order, with their facts. */
    @Transactional(readOnly = true)
    public AccountChunk chunk(long afterId, int size, FactWindow window) {
        List<Head> heads = jdbc.query("SELECT * FROM account WHERE id > ? ORDER BY id LIMIT ?", this::head, afterId, size);
        if (heads.isEmpty()) {
            return new AccountChunk(List.of(), afterId);
        }
        long first = heads.get(0).id();
        long last = heads.get(heads.size() - 1).id();
        return new AccountChunk(facts(heads, new Scope("account_id BETWEEN ? AND ?", first, last), window), last);
    }

    /** The accounts with these external ids (unknown ones are left out), in id order, with their facts. */
    @Transactional(readOnly = true)
    public List<BookAccount> read(Collection<String> externalIds, FactWindow window) {
        if (externalIds.isEmpty()) {
            return List.of();
        }
        List<Head> heads = jdbc.query("SELECT * FROM account WHERE external_id IN (" + marks(externalIds.size())
                + ") ORDER BY id", this::head, externalIds.toArray());
        if (heads.isEmpty()) {
            return List.of();
        }
        return facts(heads, new Scope("account_id IN (" + marks(heads.size()) + ")",
                heads.stream().map(Head::id).toArray()), window);
    }

    /** One account by its external id, with its facts. */
    @Transactional(readOnly = true)
    public Optional<BookAccount> one(String externalId, FactWindow window) {
        return read(List.of(externalId), window).stream().findFirst();
    }

    private record Head(long id, AccountFact account) {
    }

    /** The accounts a query covers: a WHERE condition on {@code account_id} and its arguments. */
    private record Scope(String condition, Object... args) {

        Object[] with(Object... more) {
            Object[] all = new Object[args.length + more.length];
            System.arraycopy(args, 0, all, 0, args.length);
            System.arraycopy(more, 0, all, args.length, more.length);
            return all;
        }
    }

    /** The facts of one account while they are being read. */
    private static final class Builder {
        final Head head;
        final List<ContactFact> contacts = new ArrayList<>(2);
        final List<UsageFact> usage = new ArrayList<>(100);
        final List<TicketFact> tickets = new ArrayList<>(0);
        final List<NpsFact> nps = new ArrayList<>(2);
        final List<InvoiceFact> invoices = new ArrayList<>(0);
        final List<AssessmentFact> assessments = new ArrayList<>(1);
        LocalDate firstUsage;

        Builder(Head head) {
            this.head = head;
        }

        BookAccount build() {
            return new BookAccount(head.id(), head.account(), contacts, usage, tickets, nps, invoices, assessments,
                    firstUsage);
        }
    }

    private List<BookAccount> facts(List<Head> heads, Scope scope, FactWindow window) {
        Map<Long, Builder> byId = new LinkedHashMap<>(heads.size() * 2);
        heads.forEach(head -> byId.put(head.id(), new Builder(head)));
        LocalDate asOf = window.asOf();
        readUsage(byId, scope, window);
        jdbc.query("SELECT account_id, MIN(usage_date) FROM usage_day WHERE " + scope.condition() + " GROUP BY account_id",
                (RowCallbackHandler) rs -> byId.get(rs.getLong(1)).firstUsage = rs.getObject(2, LocalDate.class),
                scope.args());
        read(byId, ContactFact.class, "SELECT * FROM contact WHERE " + scope.condition() + " ORDER BY account_id, id",
                scope.args(), (builder, row) -> builder.contacts.add(row));
        read(byId, TicketFact.class, "SELECT * FROM ticket WHERE " + scope.condition() + " AND opened_on <= ?"
                + " AND (resolved_on > ? OR (resolved_on IS NULL AND status IN ('OPEN', 'PENDING')))"
                + " ORDER BY account_id, opened_on, id", scope.with(asOf, asOf), (builder, row) -> builder.tickets.add(row));
        read(byId, NpsFact.class, "SELECT * FROM (SELECT n.*, ROW_NUMBER() OVER (PARTITION BY account_id"
                + " ORDER BY responded_on DESC, external_id DESC) AS nth FROM nps_response n WHERE " + scope.condition()
                + " AND responded_on <= ?) latest WHERE nth <= 2 ORDER BY account_id, nth", scope.with(asOf),
                (builder, row) -> builder.nps.add(row));
        read(byId, InvoiceFact.class, "SELECT * FROM invoice WHERE " + scope.condition()
                + " AND issued_on <= ? AND due_on < ? AND (paid_on IS NULL OR paid_on > ?) ORDER BY account_id, due_on, id",
                scope.with(asOf, asOf, asOf), (builder, row) -> builder.invoices.add(row));
        read(byId, AssessmentFact.class, "SELECT * FROM (SELECT c.*, ROW_NUMBER() OVER (PARTITION BY account_id"
                + " ORDER BY assessed_on DESC) AS nth FROM csm_assessment c WHERE " + scope.condition()
                + " AND assessed_on <= ?) latest WHERE nth = 1", scope.with(asOf),
                (builder, row) -> builder.assessments.add(row));
        List<BookAccount> accounts = new ArrayList<>(byId.size());
        byId.values().forEach(builder -> accounts.add(builder.build()));
        return accounts;
    }

    /**
     * Usage rows, mapped by column position; a day's feature list is parsed once per distinct JSON text (a
     * book repeats a few hundred combinations over millions of rows).
     */
    private void readUsage(Map<Long, Builder> byId, Scope scope, FactWindow window) {
        Map<String, List<String>> features = new HashMap<>();
        Builder[] current = new Builder[1];
        String[] lastJson = new String[1];
        List<?>[] lastFeatures = new List<?>[1];
        jdbc.query("SELECT " + USAGE_COLUMNS + " FROM usage_day WHERE " + scope.condition()
                + " AND usage_date BETWEEN ? AND ?", (RowCallbackHandler) rs -> {
                    long accountId = rs.getLong(1);
                    if (current[0] == null || current[0].head.id() != accountId) {
                        current[0] = byId.get(accountId);
                    }
                    Builder builder = current[0];
                    String json = rs.getString(6);
                    if (json != null && !json.equals(lastJson[0])) {
                        lastJson[0] = json;
                        lastFeatures[0] = features.computeIfAbsent(json, text -> List.copyOf(JsonColumns.list(text)));
                    }
                    @SuppressWarnings("unchecked")
                    List<String> used = json == null ? null : (List<String>) lastFeatures[0];
                    String team = rs.getString(3);
                    long limit = rs.getLong(8);
                    Long apiLimit = rs.wasNull() ? null : limit;
                    builder.usage.add(new UsageFact(builder.head.account().externalId(), rs.getObject(2, LocalDate.class),
                            rs.getInt(4), rs.getInt(5), used, rs.getLong(7), apiLimit, rs.getInt(9),
                            team.isEmpty() ? null : team));
                }, scope.with(window.usageFrom(), window.asOf()));
    }

    private interface Adder<R> {
        void add(Builder builder, R row);
    }

    private <R extends Record> void read(Map<Long, Builder> byId, Class<R> type, String sql, Object[] args, Adder<R> adder) {
        FactType<R> factType = types.of(type);
        jdbc.query(sql, (RowCallbackHandler) rs -> {
            Builder builder = byId.get(rs.getLong("account_id"));
            adder.add(builder, factType.read(rs, builder.head.account().externalId()));
        }, args);
    }

    private Head head(ResultSet rs, int n) throws SQLException {
        return new Head(rs.getLong("id"), types.of(AccountFact.class).read(rs, null));
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
