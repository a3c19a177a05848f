package org.steward.account;

/** What one stored batch changed: rows new, rows changed, and rows that were already exactly so. */
public record IngestReport(FactKind kind, int received, int inserted, int updated, int unchanged) {
}
