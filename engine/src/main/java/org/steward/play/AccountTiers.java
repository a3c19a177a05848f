package org.steward.play;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account's tier as its latest assessment left it, and since when (table {@code play_account_tier}). The daily
 * recovery check reads it: no event arrives on the day an account has been green long enough.
 */
@Component
class AccountTiers {

    /** An account's tier since a moment, from assessment {@code assessmentId} (with its signal codes). */
    record AccountTier(String accountExternalId, String tier, Instant since, long assessmentId, String signals) {
    }

    private final JdbcTemplate jdbc;

    AccountTiers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the assessment's tier and locks the account's row until the transaction ends, so the notices of one
     * account are handled one after the other. Returns false for a notice older than the one recorded (handled late,
     * after a newer one): nothing changes then.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean track(AssessmentNotice notice, String signals, Instant now) {
        jdbc.update("INSERT INTO play_account_tier (account_external_id, tier, tier_since, assessment_id, signals) VALUES (?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE account_external_id = account_external_id",
                notice.accountExternalId(), notice.tier(), Timestamp.from(now), notice.assessmentId(), signals);
        AccountTier current = jdbc.queryForObject("SELECT * FROM play_account_tier WHERE account_external_id = ? FOR UPDATE",
                (rs, n) -> row(rs), notice.accountExternalId());
        if (current.assessmentId() > notice.assessmentId()) {
            return false;
        }
        Instant since = current.tier().equals(notice.tier()) ? current.since() : now;
        jdbc.update("UPDATE play_account_tier SET tier = ?, tier_since = ?, assessment_id = ?, signals = ? WHERE account_external_id = ?",
                notice.tier(), Timestamp.from(since), notice.assessmentId(), signals, notice.accountExternalId());
        return true;
    }

    Optional<AccountTier> find(String accountExternalId) {
        return jdbc.query("SELECT * FROM play_account_tier WHERE account_external_id = ?", (rs, n) -> row(rs), accountExternalId)
                .stream().findFirst();
    }

    /** Accounts in this tier since {@code before} or earlier, among those given. */
    List<AccountTier> inTierSince(String tier, Instant before, List<String> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", accounts.stream().map(a -> "?").toList());
        Object[] args = new Object[accounts.size() + 2];
        args[0] = tier;
        args[1] = Timestamp.from(before);
        for (int i = 0; i < accounts.size(); i++) {
            args[i + 2] = accounts.get(i);
        }
        return jdbc.query("SELECT * FROM play_account_tier WHERE tier = ? AND tier_since <= ? AND account_external_id IN (" + marks + ")",
                (rs, n) -> row(rs), args);
    }

    private static AccountTier row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AccountTier(rs.getString("account_external_id"), rs.getString("tier"), rs.getTimestamp("tier_since").toInstant(),
                rs.getLong("assessment_id"), rs.getString("signals"));
    }
}
