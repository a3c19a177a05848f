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

    /** Stores an account as an integration would (SMB, 50 seats, ARR 120000) for the account module's reads. */
    public void storeAccount(String externalId, String segment, java.time.LocalDate contractStart, java.time.LocalDate renewalDate,
                             String csm, String teamLead) {
        jdbc.update("INSERT INTO account (external_id, name, segment, plan, arr, seats_purchased, contract_start, renewal_date,"
                        + " csm_owner, team_lead, attributes, content_hash) VALUES (?, ?, ?, 'pro', 120000, 50, ?, ?, ?, ?, NULL, UNHEX(MD5(?)))",
                externalId, "Acme " + externalId, segment, contractStart, renewalDate, csm, teamLead, externalId);
    }

    /** Stores a day of usage of the account with this many seats in use. */
    public void storeUsage(String externalId, java.time.LocalDate day, int seatsUsed) {
        jdbc.update("INSERT INTO usage_day (account_id, usage_date, team, active_users, logins, features_used, api_calls, api_limit,"
                        + " seats_used, content_hash) SELECT id, ?, '', ?, ?, NULL, 0, NULL, ?, UNHEX(MD5(?)) FROM account WHERE external_id = ?",
                day, seatsUsed, seatsUsed * 3, seatsUsed, externalId + day, externalId);
    }

    /** Stores an active contact of the account. */
    public void storeContact(String accountExternalId, String contactExternalId, String name, String disc) {
        jdbc.update("INSERT INTO contact (external_id, account_id, name, email, role, champion, disc, active, content_hash)"
                        + " SELECT ?, id, ?, NULL, 'VP Operations', TRUE, ?, TRUE, UNHEX(MD5(?)) FROM account WHERE external_id = ?",
                contactExternalId, name, disc, contactExternalId, accountExternalId);
    }

    /** The plays of an account, oldest first. */
    public List<Map<String, Object>> plays(String accountExternalId) {
        return jdbc.queryForList("SELECT * FROM play WHERE account_external_id = ? ORDER BY started_at, id", accountExternalId);
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
