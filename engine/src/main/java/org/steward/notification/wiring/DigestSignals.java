package org.steward.notification.wiring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.account.AccountOverviews;
import org.steward.notification.CsmDigest;
import org.steward.notification.Measure;
import org.steward.notification.Signal;
import org.steward.notification.template.ModelMaps;
import org.steward.scoring.AssessmentChanged;
import org.steward.scoring.AssessmentsChanged;

/**
 * The "new signals on your accounts" of the CSM's daily digest. Scoring publishes {@link AssessmentsChanged} per stored
 * batch with the signals each assessment raised; after its commit they are kept here with the account's CSM and tier (one
 * transaction per batch: one read of the batch's accounts, one batch of inserts), and the digest reads those raised since
 * that CSM's previous digest. Signals raised while the commit and this write are apart (the node stops in between) are
 * missing from one digest; the accounts' tasks and plays are not affected.
 * <p>
 * Each assessment is read as plain data ({@link ModelMaps}): tier, and each raised signal's kind, code, summary and
 * evidence by name, so nothing here depends on scoring's rule fact types.
 */
@Component
class DigestSignals {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DigestSignals.class);
    private static final TypeReference<Map<String, Object>> EVIDENCE = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final AccountOverviews accounts;
    private final ObjectMapper json;
    private final Clock clock;

    DigestSignals(JdbcTemplate jdbc, AccountOverviews accounts, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AssessmentsChanged batch) {
        try {
            keep(batch.changes().stream().filter(changed -> !changed.raised().isEmpty()).toList());
        } catch (RuntimeException e) {
            log.warn("Signals of {} assessment(s) (run {}) not kept for the digest", batch.changes().size(), batch.runId(), e);
        }
    }

    private void keep(List<AssessmentChanged> withRaised) {
        if (withRaised.isEmpty()) {
            return;
        }
        Map<String, AccountOverviews.AccountOwner> owners = accounts.owners(withRaised.stream().map(AssessmentChanged::accountExternalId).toList());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (AssessmentChanged changed : withRaised) {
            Map<String, Object> assessment = ModelMaps.of(changed);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> raised = (List<Map<String, Object>>) assessment.get("raised");
            AccountOverviews.AccountOwner owner = owners.get(changed.accountExternalId());
            String csm = owner == null ? null : owner.csmOwner();
            String name = owner == null ? changed.accountExternalId() : owner.name();
            for (Map<String, Object> signal : raised) {
                rows.add(new Object[] {changed.accountExternalId(), name, csm, String.valueOf(assessment.get("tier")),
                        String.valueOf(signal.get("kind")).toLowerCase(), String.valueOf(signal.get("code")),
                        cut(String.valueOf(signal.get("summary"))), write(signal.get("evidence")), now});
            }
        }
        jdbc.batchUpdate("INSERT INTO digest_signal (account_external_id, account_name, csm, tier, kind, code, summary, evidence, raised_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Signals raised on this CSM's accounts in {@code (since, until]}, oldest first. */
    List<CsmDigest.NewSignal> raisedFor(String csm, Instant since, Instant until) {
        return jdbc.query("SELECT * FROM digest_signal WHERE csm = ? AND raised_at > ? AND raised_at <= ? ORDER BY raised_at, id",
                (rs, n) -> new CsmDigest.NewSignal(rs.getString("account_name"), rs.getString("account_external_id"), rs.getString("tier"),
                        new Signal(rs.getString("code"), rs.getString("kind"), rs.getString("summary"), evidence(rs.getString("evidence")))),
                csm, utc(since), utc(until));
    }

    /** The CSMs with signals raised on their accounts in {@code (since, until]}. */
    List<String> csmsWithSignals(Instant since, Instant until) {
        return jdbc.queryForList("SELECT DISTINCT csm FROM digest_signal WHERE csm IS NOT NULL AND raised_at > ? AND raised_at <= ?",
                String.class, utc(since), utc(until));
    }

    private List<Measure> evidence(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return Measure.numbersOf(json.readValue(text, EVIDENCE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored signal evidence is not JSON: " + text, e);
        }
    }

    private String write(Object evidence) {
        try {
            return evidence == null ? null : json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
