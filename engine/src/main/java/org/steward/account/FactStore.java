package org.steward.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.system.web.FieldProblem;

/**
 * Stores checked batches. Each slice of rows is compared with what is stored (by content hash) and only new
 * or changed rows are written, with multi-row {@code INSERT ... ON DUPLICATE KEY UPDATE}.
 */
@Component
class FactStore {

    private static final int SLICE = 1000;
    private static final int ROWS_PER_STATEMENT = 1000;
    private static final String KEY_SEPARATOR = "\u001F";

    private final JdbcTemplate jdbc;
    private final References references;
    private final ApplicationEventPublisher events;

    FactStore(JdbcTemplate jdbc, References references, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.references = references;
        this.events = events;
    }

    /** Stores every row of the source in this one transaction and announces the accounts whose facts changed. */
    @Transactional
    <R extends Record> IngestReport store(FactType<R> type, FactSource source) {
        Tally tally = new Tally();
        source.read(new FactSink() {
            @Override
            public void rows(List<? extends Record> rows) {
                for (int from = 0; from < rows.size(); from += SLICE) {
                    List<R> slice = rows.subList(from, Math.min(rows.size(), from + SLICE)).stream().map(type::cast).toList();
                    writeSlice(type, slice, tally);
                }
            }

            @Override
            public void unreadable(List<FieldProblem> problems) {
                throw new IllegalStateException("A row that was read when checked can no longer be read: " + problems);
            }
        });
        if (!tally.changedAccounts.isEmpty()) {
            events.publishEvent(new AccountFactsChanged(tally.changedAccounts, type.kind()));
        }
        return new IngestReport(type.kind(), tally.received, tally.inserted, tally.updated, tally.unchanged);
    }

    private <R extends Record> void writeSlice(FactType<R> type, List<R> rows, Tally tally) {
        Set<String> accounts = rows.stream().map(type::accountOf).filter(a -> a != null).collect(Collectors.toSet());
        References.Resolved refs = references.resolve(accounts);
        ContentHash hash = new ContentHash();
        List<Object[]> values = new ArrayList<>(rows.size());
        for (R row : rows) {
            Object[] columns = type.values(row, refs);
            Object[] withHash = Arrays.copyOf(columns, columns.length + 1);
            withHash[columns.length] = hash.of(columns);
            values.add(withHash);
        }
        Map<String, byte[]> stored = storedHashes(type, values);
        List<Object[]> toWrite = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = values.get(i);
            byte[] before = stored.get(key(type, row));
            if (before != null && Arrays.equals(before, (byte[]) row[row.length - 1])) {
                tally.unchanged++;
                continue;
            }
            if (before == null) {
                tally.inserted++;
            } else {
                tally.updated++;
            }
            toWrite.add(row);
            tally.changedAccounts.add(type.changes(rows.get(i)));
        }
        tally.received += rows.size();
        for (int from = 0; from < toWrite.size(); from += ROWS_PER_STATEMENT) {
            upsert(type, toWrite.subList(from, Math.min(toWrite.size(), from + ROWS_PER_STATEMENT)));
        }
    }

    /** Content hashes of the stored rows that share a key with these rows (a few more for composite keys). */
    private Map<String, byte[]> storedHashes(FactType<?> type, List<Object[]> rows) {
        List<String> keys = type.keyColumns();
        Set<Object> firsts = new LinkedHashSet<>();
        rows.forEach(row -> firsts.add(row[0]));
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", keys)).append(", content_hash FROM ")
                .append(type.table()).append(" WHERE ").append(keys.get(0)).append(" IN (")
                .append(String.join(", ", Collections.nCopies(firsts.size(), "?"))).append(')');
        List<Object> args = new ArrayList<>(firsts);
        if (keys.size() > 1) {
            List<Comparable<Object>> seconds = rows.stream().map(row -> comparable(row[1])).toList();
            sql.append(" AND ").append(keys.get(1)).append(" BETWEEN ? AND ?");
            args.add(Collections.min(seconds));
            args.add(Collections.max(seconds));
        }
        Map<String, byte[]> hashes = new HashMap<>();
        jdbc.query(sql.toString(), rs -> {
            StringBuilder key = new StringBuilder();
            for (int i = 1; i <= keys.size(); i++) {
                key.append(i > 1 ? KEY_SEPARATOR : "").append(rs.getString(i));
            }
            hashes.put(key.toString(), rs.getBytes(keys.size() + 1));
        }, args.toArray());
        return hashes;
    }

    private void upsert(FactType<?> type, List<Object[]> rows) {
        List<String> columns = new ArrayList<>(type.columns());
        columns.add("content_hash");
        String placeholders = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        List<String> updates = new ArrayList<>();
        type.valueColumns().forEach(column -> updates.add(column + " = VALUES(" + column + ")"));
        updates.add("content_hash = VALUES(content_hash)");
        String sql = "INSERT INTO " + type.table() + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), placeholders))
                + " ON DUPLICATE KEY UPDATE " + String.join(", ", updates);
        Object[] args = rows.stream().flatMap(Arrays::stream).toArray();
        jdbc.update(sql, args);
    }

    private static String key(FactType<?> type, Object[] row) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < type.keyColumns().size(); i++) {
            key.append(i > 0 ? KEY_SEPARATOR : "").append(ContentHash.canonical(row[i]));
        }
        return key.toString();
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(Object value) {
        return (Comparable<Object>) value;
    }

    private static final class Tally {
        int received;
        int inserted;
        int updated;
        int unchanged;
        final Set<String> changedAccounts = new HashSet<>();
    }
}
