package org.steward.account.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.account.FactKind;
import org.steward.account.IngestReport;

/**
 * The import jobs table. Every write commits on its own (also when called inside the transaction that stores
 * an import's rows) so that the status endpoint shows progress while an import runs.
 */
@Component
class ImportJobs {

    private static final TypeReference<List<ImportError>> ERRORS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insert;
    private final TransactionTemplate ownTransaction;
    private final ObjectMapper json;
    private final Clock clock;

    ImportJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.insert = new SimpleJdbcInsert(jdbc).withTableName("fact_import").usingGeneratedKeyColumns("id")
                .usingColumns("kind", "file_name", "state", "node", "created_by", "created_at", "updated_at");
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.clock = clock;
    }

    long create(FactKind kind, String fileName, String node, String createdBy) {
        LocalDateTime now = now();
        MapSqlParameterSource row = new MapSqlParameterSource().addValue("kind", kind.name()).addValue("file_name", fileName)
                .addValue("state", ImportState.QUEUED.name()).addValue("node", node).addValue("created_by", createdBy)
                .addValue("created_at", now).addValue("updated_at", now);
        return ownTransaction.execute(status -> insert.executeAndReturnKey(row).longValue());
    }

    void running(long id) {
        update("state = ?", id, ImportState.RUNNING.name());
    }

    /** Still at it (the check of a file shows no other progress). */
    void alive(long id) {
        update("state = state", id);
    }

    void counted(long id, int rowsTotal) {
        update("rows_total = ?", id, rowsTotal);
    }

    void stored(long id, int rowsDone) {
        update("rows_done = ?", id, rowsDone);
    }

    void succeeded(long id, IngestReport report) {
        update("state = ?, rows_total = ?, rows_done = ?, inserted = ?, updated = ?, unchanged = ?, finished_at = ?", id,
                ImportState.SUCCEEDED.name(), report.received(), report.received(), report.inserted(), report.updated(),
                report.unchanged(), now());
    }

    void failed(long id, Integer rowsTotal, List<ImportError> errors, int errorCount, String message) {
        update("state = ?, rows_total = ?, rows_done = 0, errors = ?, error_count = ?, message = ?, finished_at = ?", id,
                ImportState.FAILED.name(), rowsTotal, write(errors), errorCount, message, now());
    }

    /**
     * Fails the imports a stopped node left unfinished: this node's (when its name is configured and so the
     * same after a restart) and any that has shown no progress since {@code staleBefore}.
     */
    int failAbandoned(String node, Instant staleBefore) {
        return ownTransaction.execute(status -> jdbc.update("UPDATE fact_import SET state = ?, message = ?, finished_at = ?,"
                + " updated_at = ? WHERE state IN (?, ?) AND (node = ? OR updated_at < ?)", ImportState.FAILED.name(),
                "The server stopped before this import finished; nothing of it was stored. Upload the file again.",
                now(), now(), ImportState.QUEUED.name(), ImportState.RUNNING.name(), node,
                LocalDateTime.ofInstant(staleBefore, ZoneOffset.UTC)));
    }

    Optional<ImportJob> find(long id) {
        return jdbc.query("SELECT * FROM fact_import WHERE id = ?", this::job, id).stream().findFirst();
    }

    private void update(String set, long id, Object... values) {
        Object[] args = new Object[values.length + 2];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = now();
        args[values.length + 1] = id;
        ownTransaction.executeWithoutResult(status ->
                jdbc.update("UPDATE fact_import SET " + set + ", updated_at = ? WHERE id = ?", args));
    }

    private ImportJob job(ResultSet rs, int n) throws SQLException {
        String errors = rs.getString("errors");
        return new ImportJob(rs.getLong("id"), FactKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                ImportState.valueOf(rs.getString("state")), rs.getObject("rows_total", Integer.class), rs.getInt("rows_done"),
                rs.getObject("inserted", Integer.class), rs.getObject("updated", Integer.class),
                rs.getObject("unchanged", Integer.class), rs.getInt("error_count"), errors == null ? List.of() : read(errors),
                rs.getString("message"), rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "finished_at"));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private String write(List<ImportError> errors) {
        try {
            return json.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ImportError> read(String errors) {
        try {
            return json.readValue(errors, ERRORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored import errors are not valid JSON", e);
        }
    }
}
