package org.steward.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What Steward knows about one kind of fact: its natural key, the rules across its fields, what it refers to,
 * and how it is stored in its table.
 */
abstract class FactType<R extends Record> {

    static final String ACCOUNT_FIELD = "accountExternalId";

    private final FactKind kind;
    private final Class<R> type;
    private final String table;
    private final List<String> columns;
    private final int keyColumns;
    private final Key<R> key;
    private final Function<R, String> account;
    private final List<String> fields;

    /**
     * @param columns    every stored column (content_hash aside), in the order of {@link #values}
     * @param keyColumns how many of the first columns form the table's natural key
     * @param account    the external id of the account a row belongs to; null for accounts themselves
     */
    FactType(FactKind kind, Class<R> type, String table, List<String> columns, int keyColumns, Key<R> key,
             Function<R, String> account) {
        this.kind = kind;
        this.type = type;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.keyColumns = keyColumns;
        this.key = key;
        this.account = account;
        this.fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** A row's natural key (rows of one batch must not share one) and the field named when two do. */
    record Key<R>(String field, Function<R, List<Object>> of) {

        static <R> Key<R> externalId(Function<R, String> externalId) {
            return new Key<>("externalId", row -> Collections.singletonList(externalId.apply(row)));
        }
    }

    /** The values to store, in the order of the columns. */
    abstract Object[] values(R row, References.Resolved refs);

    /** A stored row read back; {@code accountExternalId} is the account it belongs to. */
    abstract R read(ResultSet rs, String accountExternalId) throws SQLException;

    final List<Object> key(R row) {
        return key.of().apply(row);
    }

    final String keyField() {
        return key.field();
    }

    /** The external id of the account this row belongs to; null for accounts themselves. */
    final String accountOf(R row) {
        return account == null ? null : account.apply(row);
    }

    /** The account whose facts the row changes. */
    String changes(R row) {
        return accountOf(row);
    }

    /** User names the row refers to, by field. */
    Map<String, String> users(R row) {
        return Map.of();
    }

    /** The contact the row refers to, if any (it must belong to the row's account). */
    String contactOf(R row) {
        return null;
    }

    /** Rules across fields, or against today's date. */
    void check(R row, LocalDate today, Problems problems) {
    }

    /** Where {@link #check} reports what is wrong with a row. */
    interface Problems {
        void add(String field, String reason);

        default void notAfter(String field, LocalDate value, String otherField, LocalDate other) {
            if (value != null && other != null && value.isAfter(other)) {
                add(field, "must not be after " + otherField + " (" + other + ")");
            }
        }

        /** Dates of things that happened may be up to a day ahead (a caller's time zone), not more. */
        default void notInFuture(String field, LocalDate value, LocalDate today) {
            if (value != null && value.isAfter(today.plusDays(1))) {
                add(field, "must not be in the future (today is " + today + ")");
            }
        }
    }

    final FactKind kind() {
        return kind;
    }

    /** Where a field (or an element of it, {@code featuresUsed[2]}) stands among the record's fields. */
    final int position(String field) {
        int position = field == null ? -1 : fields.indexOf(field.split("[\\[.]", 2)[0]);
        return position < 0 ? fields.size() : position;
    }

    final R cast(Object row) {
        return type.cast(row);
    }

    final String table() {
        return table;
    }

    final List<String> columns() {
        return columns;
    }

    final List<String> keyColumns() {
        return columns.subList(0, keyColumns);
    }

    final List<String> valueColumns() {
        return columns.subList(keyColumns, columns.size());
    }
}
