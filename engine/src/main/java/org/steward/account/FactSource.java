package org.steward.account;

import java.util.List;

/**
 * Rows of one kind too many to hold at once, such as a large CSV file. {@link FactIngestion} reads a source
 * twice: once to check every row, then once more, in one transaction, to store them; both reads must hand
 * over the same rows in the same order.
 */
@FunctionalInterface
public interface FactSource {

    /** Hands every row to the sink, in order, in chunks of any size. */
    void read(FactSink sink);

    /** A source of rows already in memory. */
    static FactSource of(List<? extends Record> rows) {
        return sink -> sink.rows(rows);
    }
}
