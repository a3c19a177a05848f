package org.steward.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.steward.user.NewUser;
import org.steward.user.Role;
import org.steward.user.UserDirectory;

/**
 * Reads Steward's play, task and escalation tables straight from the test database, and makes the extra users the
 * task tests need: {@code t-director} (CS_DIRECTOR), {@code t-lead2} (TEAM_LEAD), {@code t-csm3} and {@code t-csm4} (CSMs led by t-lead2).
 */
public final class PlayFixture {

    private final JdbcTemplate jdbc = new JdbcTemplate(
            new DriverManagerDataSource(TestDatabase.url(), TestDatabase.username(), TestDatabase.password()));

    public static void ensureUsers(UserDirectory users) {
        users.ensure(new NewUser("t-director", "t-director", null, ApiTest.PASSWORD, Set.of(Role.CS_DIRECTOR), null));
        users.ensure(new NewUser("t-lead2", "t-lead2", null, ApiTest.PASSWORD, Set.of(Role.TEAM_LEAD), null));
        users.ensure(new NewUser("t-csm3", "t-csm3", null, ApiTest.PASSWORD, Set.of(Role.CSM), "t-lead2"));
        users.ensure(new NewUser("t-csm4", "t-csm4", null, ApiTest.PASSWORD, Set.of(Role.CSM), "t-lead2"));
    }

    /** An account id no other test uses. */
    public static String account(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Map<String, Object> play(String playId) {
        return jdbc.queryForMap("SELECT * FROM play WHERE id = ?", playId);
    }

    /** The task rows of a play, oldest first. */
    public List<Map<String, Object>> tasks(String playId) {
        return jdbc.queryForList("SELECT * FROM play_task WHERE play_id = ? ORDER BY created_at", playId);
    }

    public Map<String, Object> task(String playId, String name) {
        return jdbc.queryForMap("SELECT * FROM play_task WHERE play_id = ? AND name = ?", playId, name);
    }

    public Map<String, Object> task(String taskId) {
        return jdbc.queryForMap("SELECT * FROM play_task WHERE id = ?", taskId);
    }

    public String taskId(String playId, String name) {
        return (String) task(playId, name).get("id");
    }

    public List<String> candidates(String taskId) {
        return jdbc.queryForList("SELECT username FROM play_task_candidate WHERE task_id = ? ORDER BY username", String.class, taskId);
    }

    public List<Map<String, Object>> escalations(String playId) {
        return jdbc.queryForList("SELECT * FROM escalation WHERE play_id = ? ORDER BY id", playId);
    }

    public int escalationCount(String playId, String level) {
        return count("SELECT COUNT(*) FROM escalation WHERE play_id = ? AND level = ?", playId, level);
    }

    public int processInstances(String playId) {
        return count("SELECT COUNT(*) FROM process_instances WHERE id = ?", playId);
    }

    public int engineTasks(String taskId) {
        return count("SELECT COUNT(*) FROM jbpm_user_tasks WHERE id = ?", taskId);
    }

    public void awaitTask(String playId, String name) {
        Eventually.await("task " + name + " of play " + playId, Duration.ofSeconds(10),
                () -> count("SELECT COUNT(*) FROM play_task WHERE play_id = ? AND name = ?", playId, name) == 1);
    }

    public void awaitEscalation(String playId, String level, Duration timeout) {
        Eventually.await(level + " escalation of play " + playId, timeout, () -> escalationCount(playId, level) >= 1);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
