package org.steward.account.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.io.input.BOMInputStream;

/** Opens a CSV file as exports write it: UTF-8 with or without a BOM, CRLF or LF, a header line first. */
final class CsvFiles {

    /** Empty lines are kept (and skipped by the reader) so that line numbers stay right. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false).get();

    private CsvFiles() {
    }

    static CSVParser open(Path file) throws IOException {
        InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        try {
            return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }
}
