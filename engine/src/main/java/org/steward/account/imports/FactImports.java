package org.steward.account.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVParser;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.steward.account.FactKind;
import org.steward.system.engine.NodeName;
import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;

/**
 * Takes an uploaded CSV file in: checks what can be checked at once (the kind, the mapping, the date format,
 * the header), keeps the file and queues its import.
 */
@Service
class FactImports {

    private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() { };
    private static final String ISO_DATE = "yyyy-MM-dd";

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final ImportProperties properties;
    private final NodeName node;
    private final ObjectMapper json;

    FactImports(ImportJobs jobs, ImportRunner runner, ImportProperties properties, NodeName node, ObjectMapper json) {
        this.jobs = jobs;
        this.runner = runner;
        this.properties = properties;
        this.node = node;
        this.json = json;
    }

    /** Queues the import of a file; 400 (InvalidInputException) for what is wrong with the request itself. */
    ImportJob start(MultipartFile upload, String kindName, String mappingJson, String dateFormat, String user) {
        List<FieldProblem> problems = new ArrayList<>();
        FactKind kind = kind(kindName, problems);
        Map<String, String> mapping = mapping(mappingJson, problems);
        CsvValues values = values(dateFormat, problems);
        if (upload.isEmpty()) {
            problems.add(FieldProblem.of("file", "is empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The import cannot start", problems);
        }
        Path file = keep(upload);
        try {
            CsvLayout layout = CsvLayout.of(kind, header(file), mapping, values);
            long id = jobs.create(kind, fileName(upload), node.value(), user);
            runner.submit(id, kind, file, layout);
            return jobs.find(id).orElseThrow();
        } catch (RuntimeException e) {
            ImportRunner.delete(file);
            throw e;
        }
    }

    Optional<ImportJob> find(long id) {
        return jobs.find(id);
    }

    private static FactKind kind(String name, List<FieldProblem> problems) {
        try {
            return FactKind.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("kind", "'" + name + "' is not one of " + Arrays.toString(FactKind.values())));
            return null;
        }
    }

    private Map<String, String> mapping(String mapping, List<FieldProblem> problems) {
        if (mapping == null || mapping.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> parsed = json.readValue(mapping, MAPPING);
            return parsed == null ? Map.of() : parsed;
        } catch (JsonProcessingException e) {
            problems.add(FieldProblem.of("mapping", "must be a JSON object from the file's column names to field names,"
                    + " e.g. {\"Account ID\": \"accountExternalId\"}: " + e.getOriginalMessage()));
            return Map.of();
        }
    }

    private static CsvValues values(String dateFormat, List<FieldProblem> problems) {
        if (dateFormat == null || dateFormat.isBlank()) {
            return new CsvValues(DateTimeFormatter.ISO_LOCAL_DATE, ISO_DATE);
        }
        try {
            // 'u' (year) instead of 'y' (year of era): a strict resolver needs an era for 'y'.
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(dateFormat.replace('y', 'u'), Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);
            return new CsvValues(formatter, dateFormat);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("dateFormat", "'" + dateFormat + "' is not a date pattern (e.g. dd/MM/yyyy): "
                    + e.getMessage()));
            return null;
        }
    }

    private Path keep(MultipartFile upload) {
        try {
            Path directory = Files.createDirectories(properties.directoryOrDefault());
            Path file = Files.createTempFile(directory, "import-", ".csv");
            upload.transferTo(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the uploaded file", e);
        }
    }

    private static String fileName(MultipartFile upload) {
        String name = upload.getOriginalFilename();
        return name == null || name.length() <= 255 ? name : name.substring(0, 255);
    }

    private static List<String> header(Path file) {
        try (CSVParser parser = CsvFiles.open(file)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
                throw new InvalidInputException(FieldProblem.of("file", "has no header line naming its columns"));
            }
            return header;
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            throw new InvalidInputException(FieldProblem.of("file", "cannot be read as CSV: " + e.getMessage()));
        }
    }
}
