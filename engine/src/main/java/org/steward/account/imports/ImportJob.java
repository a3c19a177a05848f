package org.steward.account.imports;

import java.time.Instant;
import java.util.List;

import org.steward.account.FactKind;

/**
 * An import as its status endpoint shows it. {@code rowsTotal} is known once the file has been checked;
 * {@code rowsDone} counts rows stored. {@code errors} lists the first problems (up to a cap),
 * {@code errorCount} counts them all; {@code message} says why an import failed as a whole.
 */
record ImportJob(long id, FactKind kind, String fileName, ImportState state, Integer rowsTotal, int rowsDone,
                 Integer inserted, Integer updated, Integer unchanged, int errorCount, List<ImportError> errors,
                 String message, String createdBy, Instant createdAt, Instant finishedAt) {
}
