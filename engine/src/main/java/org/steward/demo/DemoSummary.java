package org.steward.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.steward.account.FactKind;
import org.steward.account.IngestReport;

/**
 * What one demo seeding stored: the book's day and, per kind of fact, what ingestion reported; no reports when
 * the book was in place already.
 */
record DemoSummary(LocalDate bookDay, List<IngestReport> reports, Duration took) {

    boolean alreadyInPlace() {
        return reports.isEmpty();
    }

    int received() {
        return reports.stream().mapToInt(IngestReport::received).sum();
    }

    int inserted() {
        return reports.stream().mapToInt(IngestReport::inserted).sum();
    }

    int updated() {
        return reports.stream().mapToInt(IngestReport::updated).sum();
    }

    int unchanged() {
        return reports.stream().mapToInt(IngestReport::unchanged).sum();
    }

    private static String label(FactKind kind) {
        return switch (kind) {
            case USAGE -> "usage rows";
            case NPS -> "NPS responses";
            default -> kind.name().toLowerCase();
        };
    }

    /** For the log, e.g. "book of 2026-01-05: 200 accounts, 612 contacts, ... (new 31012, changed 0, unchanged 0) in 6.1 s". */
    String describe() {
        if (alreadyInPlace()) {
            return "book of " + bookDay + " already in place; nothing stored";
        }
        String counts = reports.stream().map(r -> r.received() + " " + label(r.kind())).collect(Collectors.joining(", "));
        return String.format("book of %s: %s (new %d, changed %d, unchanged %d) in %.1f s",
                bookDay, counts, inserted(), updated(), unchanged(), took.toMillis() / 1000.0);
    }
}
