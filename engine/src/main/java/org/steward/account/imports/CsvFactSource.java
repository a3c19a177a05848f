package org.steward.account.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.steward.account.FactSink;
import org.steward.account.FactSource;
import org.steward.system.web.FieldProblem;

/**
 * The rows of a CSV file, streamed in chunks; remembers the line each row starts on, so that a problem with
 * row index i can be told as a line of the file. Reports its progress: rows counted on the first read (the
 * check), rows handed over on the second (the store).
 */
final class CsvFactSource implements FactSource {

    static final int CHUNK = 2000;

    /** Hears how far the reading got. */
    interface Progress {
        void checked(int rows);

        void counted(int rows);

        void stored(int rows);
    }

    private final Path file;
    private final CsvLayout layout;
    private final Progress progress;
    private int reads;
    private int rows;
    private int[] lines = new int[1024];

    CsvFactSource(Path file, CsvLayout layout, Progress progress) {
        this.file = file;
        this.layout = layout;
        this.progress = progress;
    }

    @Override
    public void read(FactSink sink) {
        boolean storing = ++reads > 1;
        rows = 0;
        try (CSVParser parser = CsvFiles.open(file)) {
            long lastLine = parser.getCurrentLineNumber();
            List<Record> chunk = new ArrayList<>(CHUNK);
            for (CSVRecord record : parser) {
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                remember(line);
                List<FieldProblem> problems = new ArrayList<>();
                Record row = layout.read(record, line, problems);
                if (row == null) {
                    flush(sink, chunk);
                    sink.unreadable(problems);
                } else {
                    chunk.add(row);
                }
                if (chunk.size() == CHUNK) {
                    handOver(sink, chunk, storing);
                }
            }
            handOver(sink, chunk, storing);
            if (!storing) {
                progress.counted(rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many rows the last read found. */
    int rows() {
        return rows;
    }

    /** The line of the file where the row with this index starts. */
    int line(int index) {
        return lines[index];
    }

    String columnOf(String field) {
        return layout.columnOf(field);
    }

    private void remember(long line) {
        if (rows == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[rows++] = (int) line;
    }

    private static void flush(FactSink sink, List<Record> chunk) {
        if (!chunk.isEmpty()) {
            sink.rows(chunk);
            chunk.clear();
        }
    }

    private void handOver(FactSink sink, List<Record> chunk, boolean storing) {
        flush(sink, chunk);
        if (storing) {
            progress.stored(rows);
        } else {
            progress.checked(rows);
        }
    }
}
