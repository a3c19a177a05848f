package org.steward.system.engine;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.steward.support.TestDatabase;

/** Reads the engine's tables straight from the test database, the way an operator would check them. */
final class EngineTables {

    private final JdbcTemplate jdbc;

    /** The tables of the database the test contexts share. */
    EngineTables() {
        this(TestDatabase.url());
    }

    EngineTables(String databaseUrl) {
        DataSource ds = new DriverManagerDataSource(databaseUrl, TestDatabase.username(), TestDatabase.password());
        this.jdbc = new JdbcTemplate(ds);
    }

    int processInstances(String processInstanceId) {
        return count("SELECT COUNT(*) FROM process_instances WHERE id = ?", processInstanceId);
    }

    /** User tasks of this process instance with this task name (the BPMN TaskName). */
    int tasks(String processInstanceId, String taskName) {
        return count("SELECT COUNT(*) FROM jbpm_user_tasks t JOIN jbpm_user_tasks_metadata m ON m.task_id = t.id"
                + " WHERE m.metadata_name = 'ProcessInstanceId' AND m.metadata_value = CONCAT('\"', ?, '\"') AND t.task_name = ?", processInstanceId, taskName);
    }

    int allTasks(String processInstanceId) {
        return count("SELECT COUNT(*) FROM jbpm_user_tasks_metadata WHERE metadata_name = 'ProcessInstanceId' AND metadata_value = CONCAT('\"', ?, '\"')",
                processInstanceId);
    }

    /** Escalations of this play raised because a task's SLA lapsed. */
    int slaEscalations(String processInstanceId) {
        return count("SELECT COUNT(*) FROM escalation WHERE play_id = ? AND kind = 'SLA_LAPSED'", processInstanceId);
    }

    int timersOf(String processInstanceId) {
        return count("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'jbpm-timer' AND task_data LIKE ?",
                "%" + processInstanceId + "%");
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
