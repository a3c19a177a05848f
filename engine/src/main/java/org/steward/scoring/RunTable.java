package org.steward.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;

/** The {@code scoring_run} table: one row per whole-book run, its progress updated with each chunk it stores. */
@Component
class RunTable {

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insert;
    private final Clock clock;

    RunTable(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.insert = new SimpleJdbcInsert(jdbc).withTableName("scoring_run").usingGeneratedKeyColumns("id")
                .usingColumns("trigger_kind", "state", "as_of", "requested_by", "created_at", "in_progress");
        this.clock = clock;
    }

    /** A queued run; fails with a duplicate key while another run is queued or running. */
    long create(String trigger, LocalDate asOf, String requestedBy) {
        return insert.executeAndReturnKey(new MapSqlParameterSource().addValue("trigger_kind", trigger)
                .addValue("state", ScoringRun.RunState.QUEUED.name()).addValue("as_of", asOf)
                .addValue("requested_by", requestedBy).addValue("created_at", now()).addValue("in_progress", 1))
                .longValue();
    }

    /** The run in progress, if any. */
    Optional<Long> inProgress() {
        return jdbc.queryForList("SELECT id FROM scoring_run WHERE in_progress = 1", Long.class).stream().findFirst();
    }

    /** Whether this run is queued or running. */
    boolean inProgress(long id) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM scoring_run WHERE id = ? AND in_progress = 1", Integer.class, id);
        return found != null && found > 0;
    }

    /** Running on this node with this rule set; the start time and total stay those of the first start. */
    void start(long id, String node, int ruleSetVersion, long total) {
        jdbc.update("UPDATE scoring_run SET state = ?, node = ?, rule_set_version = ?, total = COALESCE(total, ?),"
                + " started_at = COALESCE(started_at, ?) WHERE id = ?", ScoringRun.RunState.RUNNING.name(), node,
                ruleSetVersion, total, now(), id);
    }

    /** A chunk stored: called in the chunk's transaction, so progress and assessments commit together. */
    void progress(long id, AssessmentWriter.Outcome outcome, long lastAccountId) {
        jdbc.update("UPDATE scoring_run SET scored = scored + ?, failed = failed + ?, green = green + ?,"
                + " yellow = yellow + ?, red = red + ?, resume_after_id = ? WHERE id = ?",
                outcome.scored(), outcome.failed(), outcome.green(), outcome.yellow(), outcome.red(), lastAccountId, id);
    }

    /** Ends a run that is still in progress; a cancelled run keeps its cancellation. */
    void finish(long id, ScoringRun.RunState state, String message) {
        jdbc.update("UPDATE scoring_run SET state = ?, message = ?, finished_at = ?, in_progress = NULL"
                + " WHERE id = ? AND in_progress = 1", state.name(), message, now(), id);
    }

    /** Cancels a queued or running run; false when it is not in progress. The next run may start at once. */
    boolean cancel(long id, String message) {
        return jdbc.update("UPDATE scoring_run SET state = ?, message = ?, finished_at = ?, in_progress = NULL"
                + " WHERE id = ? AND in_progress = 1", ScoringRun.RunState.CANCELLED.name(), message, now(), id) == 1;
    }

    int recordedFailures(long id) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM scoring_failure WHERE run_id = ?", Integer.class, id);
        return count == null ? 0 : count;
    }

    /** Where a run resumes: the id of the last account it stored. */
    long resumeAfter(long id) {
        Long after = jdbc.queryForObject("SELECT resume_after_id FROM scoring_run WHERE id = ?", Long.class, id);
        return after == null ? 0 : after;
    }

    Optional<ScoringRun> find(long id, int failures) {
        return jdbc.query("SELECT * FROM scoring_run WHERE id = ?", (rs, n) -> run(rs, failures), id).stream().findFirst();
    }

    /** The latest runs, newest first, without their failures. */
    List<ScoringRun> recent(int limit) {
        return jdbc.query("SELECT * FROM scoring_run ORDER BY id DESC LIMIT ?", (rs, n) -> run(rs, 0), limit);
    }

    private ScoringRun run(ResultSet rs, int failures) throws SQLException {
        long id = rs.getLong("id");
        List<ScoringRun.Failure> listed = failures == 0 ? List.of() : jdbc.query("SELECT account_external_id,"
                + " rule_name, message FROM scoring_failure WHERE run_id = ? ORDER BY id LIMIT ?",
                (f, n) -> new ScoringRun.Failure(f.getString(1), f.getString(2), f.getString(3)), id, failures);
        Instant started = instant(rs, "started_at");
        Instant finished = instant(rs, "finished_at");
        Long duration = started == null ? null
                : Duration.between(started, finished == null ? clock.instant() : finished).toMillis();
        int scored = rs.getInt("scored");
        int failed = rs.getInt("failed");
        return new ScoringRun(id, rs.getString("trigger_kind"), ScoringRun.RunState.valueOf(rs.getString("state")),
                rs.getObject("as_of", LocalDate.class), rs.getObject("rule_set_version", Integer.class),
                new ScoringRun.Progress(scored + failed, rs.getObject("total", Integer.class)),
                new ScoringRun.Tiers(rs.getInt("green"), rs.getInt("yellow"), rs.getInt("red")), failed, listed,
                rs.getString("requested_by"), rs.getString("node"), rs.getString("message"),
                instant(rs, "created_at"), started, finished, duration);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
