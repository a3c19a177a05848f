package org.steward.account;

import java.util.List;

import org.steward.system.web.FieldProblem;

/** Where a {@link FactSource} hands its rows. Each row, read or not, takes the next index (from 0). */
public interface FactSink {

    /** The next rows. */
    void rows(List<? extends Record> rows);

    /**
     * The next row could not be read into a record (a CSV value that is no number, say); the problems say why.
     * Their {@code index} is set by the sink; a batch with such a row is invalid and nothing of it is stored.
     */
    void unreadable(List<FieldProblem> problems);
}
