package org.steward.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.system.web.ConflictException;

/**
 * The rule-set versions in MariaDB (tables of V30): versions with their files, the one active version
 * and the log of activations. Only compiled, checked versions reach it; it checks nothing itself.
 */
@Component
class RuleSetStore {

    private static final Logger log = LoggerFactory.getLogger(RuleSetStore.class);
    static final String SEEDER = "steward";

    private final JdbcTemplate jdbc;

    RuleSetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores {@code files} as version 1 and makes it active, unless a version 1 exists. Safe when several
     * nodes start on an empty database at once: the first insert of version 1 holds its key until it
     * commits, the others then find it there and store nothing.
     */
    @Transactional
    public boolean seed(Map<String, String> files, Instant now) {
        int inserted = jdbc.update("INSERT IGNORE INTO rule_set_version (version, based_on, published_at, published_by, note)"
                + " VALUES (1, NULL, ?, ?, ?)", Timestamp.from(now), SEEDER, "shipped with Steward");
        if (inserted == 0) {
            return false;
        }
        insertFiles(1, files);
        jdbc.update("INSERT INTO rule_set_active (id, version, activated_at, activated_by) VALUES (1, 1, ?, ?)",
                Timestamp.from(now), SEEDER);
        jdbc.update("INSERT INTO rule_set_activation (version, previous_version, activated_at, activated_by)"
                + " VALUES (1, NULL, ?, ?)", Timestamp.from(now), SEEDER);
        log.info("Rule set version 1 seeded from the {} shipped files under rules/", files.size());
        return true;
    }

    /** The active version; empty before the store is seeded. One primary-key read. */
    @Transactional(readOnly = true)
    public Optional<RuleSetActivation> active() {
        return jdbc.query("SELECT a.version, l.previous_version, a.activated_at, a.activated_by FROM rule_set_active a"
                        + " LEFT JOIN rule_set_activation l ON l.id = (SELECT MAX(id) FROM rule_set_activation)"
                        + " WHERE a.id = 1", RuleSetStore::activation).stream().findFirst();
    }

    /** Just the number of the active version: what every node reads to notice an activation elsewhere. */
    public Optional<Integer> activeVersion() {
        return jdbc.queryForList("SELECT version FROM rule_set_active WHERE id = 1", Integer.class).stream().findFirst();
    }

    /** Every activation, newest first. */
    @Transactional(readOnly = true)
    public List<RuleSetActivation> activations() {
        return jdbc.query("SELECT version, previous_version, activated_at, activated_by FROM rule_set_activation"
                + " ORDER BY id DESC", RuleSetStore::activation);
    }

    /** Every version, newest first, without files. */
    @Transactional(readOnly = true)
    public List<RuleSetVersion> versions() {
        return jdbc.query("SELECT * FROM rule_set_version ORDER BY version DESC", RuleSetStore::version);
    }

    @Transactional(readOnly = true)
    public Optional<RuleSetVersion> version(int version) {
        return jdbc.query("SELECT * FROM rule_set_version WHERE version = ?", RuleSetStore::version, version).stream()
                .findFirst();
    }

    /** The files of a version by path; empty when there is no such version. */
    @Transactional(readOnly = true)
    public Map<String, String> files(int version) {
        Map<String, String> files = new TreeMap<>();
        jdbc.query("SELECT path, source FROM rule_set_file WHERE version = ?",
                (ResultSet rs) -> {
                    files.put(rs.getString("path"), rs.getString("source"));
                }, version);
        return files;
    }

    /** Stores the next version with {@code files}; its number is one more than the highest so far. */
    @Transactional
    public RuleSetVersion create(Integer basedOn, Map<String, String> files, String by, String note, Instant now) {
        Integer highest = jdbc.queryForObject("SELECT MAX(version) FROM rule_set_version FOR UPDATE", Integer.class);
        int version = (highest == null ? 0 : highest) + 1;
        try {
            jdbc.update("INSERT INTO rule_set_version (version, based_on, published_at, published_by, note)"
                    + " VALUES (?, ?, ?, ?, ?)", version, basedOn, Timestamp.from(now), by, note);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Another rule-set version was stored at the same moment; send the request again");
        }
        insertFiles(version, files);
        log.info("Rule set version {} stored by {} ({} files, based on {})", version, by, files.size(), basedOn);
        return new RuleSetVersion(version, basedOn, now, by, note);
    }

    /**
     * Makes {@code version} active if {@code expected} still is (compare and set), and logs the switch;
     * 409 when another activation came first.
     */
    @Transactional
    public RuleSetActivation activate(int version, int expected, String by, Instant now) {
        int switched = jdbc.update("UPDATE rule_set_active SET version = ?, activated_at = ?, activated_by = ?"
                + " WHERE id = 1 AND version = ?", version, Timestamp.from(now), by, expected);
        if (switched == 0) {
            throw new ConflictException("Rule-set version " + activeVersion().orElse(0) + " was activated while version "
                    + version + " was being checked (expected " + expected + " to be active); nothing changed");
        }
        jdbc.update("INSERT INTO rule_set_activation (version, previous_version, activated_at, activated_by)"
                + " VALUES (?, ?, ?, ?)", version, expected, Timestamp.from(now), by);
        log.info("Rule set version {} activated by {} (was {})", version, by, expected);
        return new RuleSetActivation(version, expected, now, by);
    }

    private void insertFiles(int version, Map<String, String> files) {
        jdbc.batchUpdate("INSERT INTO rule_set_file (version, path, source) VALUES (?, ?, ?)",
                files.entrySet().stream().map(file -> new Object[] {version, file.getKey(), file.getValue()}).toList());
    }

    private static RuleSetVersion version(ResultSet rs, int row) throws SQLException {
        return new RuleSetVersion(rs.getInt("version"), rs.getObject("based_on", Integer.class),
                rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"), rs.getString("note"));
    }

    private static RuleSetActivation activation(ResultSet rs, int row) throws SQLException {
        return new RuleSetActivation(rs.getInt("version"), rs.getObject("previous_version", Integer.class),
                rs.getTimestamp("activated_at").toInstant(), rs.getString("activated_by"));
    }
}
