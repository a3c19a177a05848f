package org.steward.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only views of Steward's task history for other capabilities (notices, digests): no access checks, so
 * callers must not hand the results to people who may not see them.
 */
@Service
public class TaskReads {

    private static final String COLUMNS = "id, play_id, play_kind, name, title, account_external_id, assignee, team_lead, status,"
            + " is_open, sla, due_at, created_at, ended_at, completed_late_seconds, escalated, escalation_level, escalated_at";

    private final JdbcTemplate jdbc;

    TaskReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A task as notices and digests see it. {@code completedLateSeconds} is null for a task completed within its SLA. */
    public record TaskSummary(String id, String playId, String playKind, String name, String title, String accountExternalId,
                              String assignee, String teamLead, TaskStatus status, boolean open, String sla, Instant dueAt,
                              Instant createdAt, Instant endedAt, Long completedLateSeconds, boolean escalated,
                              EscalationLevel escalationLevel, Instant escalatedAt) {
    }

    @Transactional(readOnly = true)
    public Optional<TaskSummary> find(String taskId) {
        return query("WHERE id = ?", taskId).stream().findFirst();
    }

    /** The tasks of a play, oldest first. */
    @Transactional(readOnly = true)
    public List<TaskSummary> ofPlay(String playId) {
        return query("WHERE play_id = ? ORDER BY created_at, id", playId);
    }

    /** Open tasks with an assignee whose due date lies in {@code (after, until]}, soonest first. */
    @Transactional(readOnly = true)
    public List<TaskSummary> openDueBetween(Instant after, Instant until) {
        return query("WHERE is_open = TRUE AND assignee IS NOT NULL AND due_at > ? AND due_at <= ? ORDER BY due_at, id",
                utc(after), utc(until));
    }

    /** Open tasks with an assignee due before {@code before} (overdue ones included), by assignee, then soonest first. */
    @Transactional(readOnly = true)
    public List<TaskSummary> openDueBefore(Instant before) {
        return query("WHERE is_open = TRUE AND assignee IS NOT NULL AND due_at < ? ORDER BY assignee, due_at, id", utc(before));
    }

    /** The open tasks of an account, soonest due first. */
    @Transactional(readOnly = true)
    public List<TaskSummary> openOfAccount(String accountExternalId) {
        return query("WHERE is_open = TRUE AND account_external_id = ? ORDER BY due_at IS NULL, due_at, id", accountExternalId);
    }

    /** The open tasks of a team lead's team, by assignee. */
    @Transactional(readOnly = true)
    public List<TaskSummary> openOfTeam(String teamLead) {
        return query("WHERE is_open = TRUE AND team_lead = ? ORDER BY assignee, due_at, id", teamLead);
    }

    /** Tasks of a team lead's team that ended (completed or cancelled) in {@code [from, to)}. */
    @Transactional(readOnly = true)
    public List<TaskSummary> endedOfTeam(String teamLead, Instant from, Instant to) {
        return query("WHERE is_open = FALSE AND team_lead = ? AND ended_at >= ? AND ended_at < ? ORDER BY ended_at, id",
                teamLead, utc(from), utc(to));
    }

    private List<TaskSummary> query(String where, Object... args) {
        return jdbc.query("SELECT " + COLUMNS + " FROM play_task " + where, TaskReads::row, args);
    }

    private static TaskSummary row(ResultSet rs, int n) throws SQLException {
        String level = rs.getString("escalation_level");
        return new TaskSummary(rs.getString("id"), rs.getString("play_id"), rs.getString("play_kind"), rs.getString("name"),
                rs.getString("title"), rs.getString("account_external_id"), rs.getString("assignee"), rs.getString("team_lead"),
                TaskStatus.valueOf(rs.getString("status")), rs.getBoolean("is_open"), rs.getString("sla"), instant(rs, "due_at"),
                instant(rs, "created_at"), instant(rs, "ended_at"), rs.getObject("completed_late_seconds", Long.class),
                rs.getBoolean("escalated"), level == null ? null : EscalationLevel.valueOf(level), instant(rs, "escalated_at"));
    }

    /** Instants are stored as UTC date-times. */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
