package org.steward.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.account.Segment;
import org.steward.scoring.facts.SignalKind;

/**
 * Reads stored assessments, for the API and other modules: an account's current health (latest assessment,
 * tier since when), its history, and the signals accounts carry now.
 */
@Component
public class AccountHealth {

    private static final String ASSESSMENT = "SELECT a.* FROM assessment a JOIN account acc ON acc.id = a.account_id";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    AccountHealth(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Whether Steward knows an account with this external id (scored or not). */
    public boolean accountExists(String externalId) {
        return !jdbc.queryForList("SELECT id FROM account WHERE external_id = ?", Long.class, externalId).isEmpty();
    }

    /**
     * The account's latest assessment, the day it entered its tier and the latest failed attempt to score it since;
     * empty when it was never scored.
     */
    @Transactional(readOnly = true)
    public Optional<CurrentHealth> latest(String externalId) {
        return jdbc.query("SELECT a.*, h.tier_since AS tier_since_of_health FROM account acc"
                + " JOIN account_health h ON h.account_id = acc.id JOIN assessment a ON a.id = h.assessment_id"
                + " WHERE acc.external_id = ?", (rs, n) -> new CurrentHealth(
                        rs.getObject("tier_since_of_health", LocalDate.class), assessment(rs), null), externalId)
                .stream().findFirst()
                .map(current -> new CurrentHealth(current.tierSince(), current.assessment(),
                        lastFailure(externalId, current.assessment().scoredAt()).orElse(null)));
    }

    /**
     * The latest attempt to score the account that failed after {@code after} (any time when null), by a whole-book
     * run or after its facts changed. A run records its first failures only ({@code steward.scoring.max-run-failures}).
     */
    @Transactional(readOnly = true)
    public Optional<CurrentHealth.FailedScoring> lastFailure(String externalId, Instant after) {
        return jdbc.query("SELECT f.as_of, f.run_id, f.rule_name, f.message, f.failed_at FROM scoring_failure f"
                + " JOIN account acc ON acc.id = f.account_id WHERE acc.external_id = ? AND f.failed_at > ?"
                + " ORDER BY f.failed_at DESC, f.id DESC LIMIT 1", (rs, n) -> new CurrentHealth.FailedScoring(
                        rs.getObject(1, LocalDate.class), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC)),
                externalId, after == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : LocalDateTime.ofInstant(after, ZoneOffset.UTC))
                .stream().findFirst();
    }

    /** The account's assessments as of {@code from} to {@code to} (either may be null: open), newest first. */
    public List<HealthAssessment> history(String externalId, LocalDate from, LocalDate to) {
        return history(externalId, from, to, 0, Integer.MAX_VALUE).items();
    }

    /** One page of the account's assessments as of {@code from} to {@code to}, newest first. */
    @Transactional(readOnly = true)
    public ResultPage<HealthAssessment> history(String externalId, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE acc.external_id = ?");
        List<Object> args = new ArrayList<>(List.of(externalId));
        if (from != null) {
            where.append(" AND a.as_of >= ?");
            args.add(from);
        }
        if (to != null) {
            where.append(" AND a.as_of <= ?");
            args.add(to);
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM assessment a JOIN account acc ON acc.id = a.account_id"
                + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<HealthAssessment> items = jdbc.query(ASSESSMENT + where + " ORDER BY a.as_of DESC, a.id DESC LIMIT ? OFFSET ?",
                (rs, n) -> assessment(rs), args.toArray());
        return new ResultPage<>(items, page, size, total == null ? 0 : total);
    }

    /**
     * Signals accounts carry now, newest first: of {@code kind}, raised on or after {@code since}, of accounts
     * in {@code segment} (each filter may be null: any).
     */
    @Transactional(readOnly = true)
    public ResultPage<ActiveSignal> activeSignals(SignalKind kind, LocalDate since, Segment segment, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE s.cleared_on IS NULL");
        List<Object> args = new ArrayList<>();
        if (kind != null) {
            where.append(" AND s.kind = ?");
            args.add(kind.name());
        }
        if (since != null) {
            where.append(" AND s.raised_on >= ?");
            args.add(since);
        }
        if (segment != null) {
            where.append(" AND acc.segment = ?");
            args.add(segment.name());
        }
        String from = " FROM account_signal s JOIN account acc ON acc.id = s.account_id";
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + from + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<ActiveSignal> items = jdbc.query("SELECT s.*, acc.external_id, acc.name, acc.segment" + from + where
                + " ORDER BY s.raised_on DESC, s.id DESC LIMIT ? OFFSET ?", (rs, n) -> new ActiveSignal(
                        rs.getString("external_id"), rs.getString("name"), Segment.valueOf(rs.getString("segment")),
                        SignalKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("summary"),
                        StoredJson.evidence(json, rs.getString("evidence")), rs.getObject("raised_on", LocalDate.class),
                        rs.getLong("raised_assessment_id")), args.toArray());
        return new ResultPage<>(items, page, size, total == null ? 0 : total);
    }

    private HealthAssessment assessment(ResultSet rs) throws SQLException {
        return new HealthAssessment(rs.getLong("id"), rs.getObject("scored_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getObject("run_id", Long.class), rs.getInt("rule_set_version"),
                StoredJson.assessment(json, rs.getString("detail")));
    }
}
