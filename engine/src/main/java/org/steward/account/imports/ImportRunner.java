package org.steward.account.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.steward.account.FactIngestion;
import org.steward.account.FactKind;
import org.steward.account.IngestReport;
import org.steward.account.InvalidFactsException;
import org.steward.system.engine.NodeName;
import org.steward.system.web.FieldProblem;

/**
 * Runs imports in the background on a pool of its own: checks the whole file, then stores it in one
 * transaction, and records the outcome. Deletes the uploaded file when done.
 */
@Component
@EnableConfigurationProperties(ImportProperties.class)
class ImportRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    /** How a problem of the ingestion names another row of the batch: by its index. */
    private static final Pattern OTHER_ROW = Pattern.compile("row \\[(\\d+)]");

    private final FactIngestion ingestion;
    private final ImportJobs jobs;
    private final ImportProperties properties;
    private final NodeName node;
    private final Clock clock;
    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

    ImportRunner(FactIngestion ingestion, ImportJobs jobs, ImportProperties properties, NodeName node, Clock clock) {
        this.ingestion = ingestion;
        this.jobs = jobs;
        this.properties = properties;
        this.node = node;
        this.clock = clock;
        pool.setCorePoolSize(properties.workers());
        pool.setMaxPoolSize(properties.workers());
        pool.setThreadNamePrefix("fact-import-");
        pool.initialize();
    }

    void submit(long id, FactKind kind, Path file, CsvLayout layout) {
        pool.execute(() -> run(id, kind, file, layout));
    }

    /** Imports a stopped node left unfinished will never finish: say so. */
    @EventListener(ApplicationReadyEvent.class)
    void failAbandoned() {
        int failed = jobs.failAbandoned(node.value(), clock.instant().minus(properties.staleAfter()));
        if (failed > 0) {
            log.warn("{} import(s) left unfinished by a stopped node were marked FAILED", failed);
        }
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }

    private void run(long id, FactKind kind, Path file, CsvLayout layout) {
        CsvFactSource source = new CsvFactSource(file, layout, new CsvFactSource.Progress() {
            @Override
            public void checked(int rows) {
                jobs.alive(id);
            }

            @Override
            public void counted(int rows) {
                jobs.counted(id, rows);
            }

            @Override
            public void stored(int rows) {
                jobs.stored(id, rows);
            }
        });
        try {
            jobs.running(id);
            IngestReport report = ingestion.ingest(kind, source, properties.maxErrors());
            jobs.succeeded(id, report);
            log.info("Import {} of {} stored: {}", id, kind, report);
        } catch (InvalidFactsException e) {
            List<ImportError> errors = e.problems().stream().map(problem -> error(source, problem))
                    .sorted(Comparator.comparing(ImportError::row, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
            jobs.failed(id, source.rows(), errors, e.total(), e.getMessage());
        } catch (UncheckedIOException e) {
            String reason = "The file is not valid CSV: " + e.getCause().getMessage();
            jobs.failed(id, null, List.of(new ImportError(null, null, null, reason)), 1, reason);
        } catch (RuntimeException e) {
            log.error("Import {} of {} failed", id, kind, e);
            jobs.failed(id, null, List.of(), 0, "Steward could not finish this import; the error is in the server log");
        } finally {
            delete(file);
        }
    }

    /** A problem told in the file's terms: lines and columns instead of row indexes and fields. */
    private static ImportError error(CsvFactSource source, FieldProblem problem) {
        Integer row = problem.row() != null ? problem.row() : problem.index() == null ? null : source.line(problem.index());
        String column = problem.column() != null ? problem.column() : source.columnOf(problem.field());
        String reason = OTHER_ROW.matcher(problem.reason())
                .replaceAll(other -> "the row on line " + source.line(Integer.parseInt(other.group(1))));
        return new ImportError(row, column, problem.field(), reason);
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}: {}", file, e.getMessage());
        }
    }
}
