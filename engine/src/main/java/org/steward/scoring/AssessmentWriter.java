package org.steward.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.scoring.facts.PlaybookChoice;
import org.steward.scoring.facts.Signal;
import org.steward.scoring.facts.SignalKind;
import org.steward.scoring.facts.Tier;

/**
 * Stores scored accounts in one transaction per batch, with multi-row statements: each assessment into the
 * history, the day's score, the account's current health (tier since when) and its active signals (raised and
 * cleared by kind and code). An account the rules could not score keeps its previous assessment; its failure
 * is recorded. Publishes one {@link AssessmentsChanged} per batch with every assessment that changed tier, signals or
 * playbook.
 * The accounts' health rows are locked first, in id order, so two writers (a run and the single-account
 * scorer) never interleave on one account; and of two assessments of one day, the one whose facts were read later
 * stays current (a run that read an account just before its facts changed does not undo the assessment the change
 * brought), the other only joins the history.
 */
@Component
class AssessmentWriter {

    private static final int ROWS_PER_STATEMENT = 250;
    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final AssessmentIds ids;
    private final ObjectMapper json;
    private final Clock clock;

    AssessmentWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
                     AssessmentIds ids, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    /** How a batch went: assessments stored per tier, failures (all counted, the first few recorded). */
    record Outcome(int green, int yellow, int red, int failed) {

        int scored() {
            return green + yellow + red;
        }
    }

    /**
     * Stores {@code batch} in one transaction and runs {@code alsoInTransaction} (a run's progress) in it.
     * Records at most {@code failuresToRecord} failures. Retried when the database picks it as a deadlock
     * victim.
     */
    Outcome write(List<Scored> batch, int ruleSetVersion, Long runId, int failuresToRecord,
                  Consumer<Outcome> alsoInTransaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    Outcome outcome = store(batch, ruleSetVersion, runId, failuresToRecord);
                    alsoInTransaction.accept(outcome);
                    return outcome;
                });
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Outcome store(List<Scored> batch, int ruleSetVersion, Long runId, int failuresToRecord) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Scored> assessed = new ArrayList<>(batch.size());
        List<Scored> failed = new ArrayList<>();
        batch.forEach(scored -> (scored.result() instanceof AccountAssessment ? assessed : failed).add(scored));
        assessed.sort((a, b) -> Long.compare(a.accountId(), b.accountId()));
        Map<Long, Previous> previous = lockAndReadPrevious(assessed);
        int[] tiers = new int[Tier.values().length];
        List<Object[]> assessmentRows = new ArrayList<>(assessed.size());
        List<Object[]> scoreRows = new ArrayList<>(assessed.size());
        List<Object[]> healthRows = new ArrayList<>(assessed.size());
        List<Object[]> raisedRows = new ArrayList<>();
        List<Object[]> clearedRows = new ArrayList<>();
        List<AssessmentChanged> changes = new ArrayList<>();
        for (Scored scored : assessed) {
            AccountAssessment assessment = (AccountAssessment) scored.result();
            long id = ids.next();
            tiers[assessment.tier().ordinal()]++;
            PlaybookChoice playbook = assessment.playbook();
            assessmentRows.add(new Object[] {id, scored.accountId(), assessment.asOf(), now, runId, ruleSetVersion,
                    assessment.score(), assessment.tier().name(), assessment.trend().direction().name(),
                    assessment.lifecycle() == null ? null : assessment.lifecycle().stage().name(),
                    assessment.primaryContact() == null ? null : assessment.primaryContact().contactId(),
                    playbook == null ? null : playbook.playbookId(), playbook == null ? null : playbook.variant(),
                    playbook == null ? null : playbook.contactId(), scored.detailJson()});
            Previous before = previous.get(scored.accountId());
            boolean readFromOlderFacts = assessment.asOf().equals(before.asOf) && before.factsReadAt != null
                    && scored.factsReadAt() != null && before.factsReadAt.isAfter(scored.factsReadAt());
            if (!readFromOlderFacts) {
                scoreRows.add(new Object[] {scored.accountId(), assessment.asOf(), assessment.score()});
            }
            if (before.asOf != null && before.asOf.isAfter(assessment.asOf()) || readFromOlderFacts) {
                // a later day is current already, or this day's assessment from facts read later (a run that read
                // the account before its facts changed): this one only joins the history
                continue;
            }
            LocalDate tierSince = assessment.tier() == before.tier && before.tierSince != null ? before.tierSince
                    : assessment.asOf();
            healthRows.add(new Object[] {scored.accountId(), id, assessment.asOf(), scored.factsReadAt(), assessment.score(),
                    assessment.tier().name(), tierSince, playbook == null ? null : playbook.playbookId(),
                    playbook == null ? null : playbook.variant(), playbook == null ? null : playbook.contactId(),
                    playbook == null ? null : truncate(playbook.reason(), 1000)});
            List<Signal> signals = new ArrayList<>(assessment.churnSignals());
            signals.addAll(assessment.expansionSignals());
            Map<String, Signal> current = new LinkedHashMap<>();
            signals.forEach(signal -> current.put(key(signal.kind(), signal.code()), signal));
            List<Signal> raised = new ArrayList<>();
            List<Signal> cleared = new ArrayList<>();
            for (Signal signal : signals) {
                if (!before.active.containsKey(key(signal.kind(), signal.code()))) {
                    raised.add(signal);
                    raisedRows.add(new Object[] {scored.accountId(), signal.kind().name(), signal.code(),
                            truncate(signal.summary(), 1000), StoredJson.write(json, signal.evidence()), assessment.asOf(), id});
                }
            }
            before.active.forEach((key, stored) -> {
                if (!current.containsKey(key)) {
                    cleared.add(stored.signal());
                    clearedRows.add(new Object[] {assessment.asOf(), id, stored.id()});
                }
            });
            AssessmentChanged change = new AssessmentChanged(id, assessment.accountId(), assessment.asOf(),
                    ruleSetVersion, assessment.score(), before.tier, assessment.tier(), raised, cleared, signals,
                    before.playbook, playbook, assessment.lifecycle() == null ? null : assessment.lifecycle().stage());
            if (change.tierChanged() || !raised.isEmpty() || !cleared.isEmpty() || change.playbookChanged()) {
                changes.add(change);
            }
        }
        insert("INSERT INTO assessment (id, account_id, as_of, scored_at, run_id, rule_set_version, score, tier,"
                + " trend_direction, lifecycle_stage, primary_contact_id, playbook_id, playbook_variant,"
                + " playbook_contact_id, detail) VALUES ", 15, "", assessmentRows);
        insert("INSERT INTO daily_score (account_id, day, score) VALUES ", 3,
                " ON DUPLICATE KEY UPDATE score = VALUES(score)", scoreRows);
        insert("INSERT INTO account_health (account_id, assessment_id, as_of, facts_read_at, score, tier, tier_since,"
                + " playbook_id, playbook_variant, playbook_contact_id, playbook_reason) VALUES ", 11, " ON DUPLICATE KEY"
                + " UPDATE assessment_id = VALUES(assessment_id), as_of = VALUES(as_of),"
                + " facts_read_at = VALUES(facts_read_at), score = VALUES(score),"
                + " tier = VALUES(tier), tier_since = VALUES(tier_since), playbook_id = VALUES(playbook_id),"
                + " playbook_variant = VALUES(playbook_variant), playbook_contact_id = VALUES(playbook_contact_id),"
                + " playbook_reason = VALUES(playbook_reason)", healthRows);
        insert("INSERT INTO account_signal (account_id, kind, code, summary, evidence, raised_on, raised_assessment_id)"
                + " VALUES ", 7, "", raisedRows);
        if (!clearedRows.isEmpty()) {
            jdbc.batchUpdate("UPDATE account_signal SET cleared_on = ?, cleared_assessment_id = ? WHERE id = ?",
                    clearedRows);
        }
        List<Object[]> failureRows = new ArrayList<>();
        for (Scored scored : failed.subList(0, Math.min(failed.size(), Math.max(0, failuresToRecord)))) {
            ScoringFailure failure = (ScoringFailure) scored.result();
            failureRows.add(new Object[] {runId, scored.accountId(), failure.accountId(), failure.asOf(),
                    truncate(failure.ruleName(), 500), truncate(failure.message(), 2000), now});
        }
        insert("INSERT INTO scoring_failure (run_id, account_id, account_external_id, as_of, rule_name, message,"
                + " failed_at) VALUES ", 7, "", failureRows);
        if (!changes.isEmpty()) {
            events.publishEvent(new AssessmentsChanged(runId, changes));
        }
        return new Outcome(tiers[Tier.GREEN.ordinal()], tiers[Tier.YELLOW.ordinal()], tiers[Tier.RED.ordinal()],
                failed.size());
    }

    /** An active signal as stored. */
    private record StoredSignal(long id, Signal signal) {
    }

    /** What the account's current health was before this batch. */
    private static final class Previous {
        LocalDate asOf;
        LocalDateTime factsReadAt;
        Tier tier;
        LocalDate tierSince;
        PlaybookChoice playbook;
        final Map<String, StoredSignal> active = new HashMap<>();
    }

    private Map<Long, Previous> lockAndReadPrevious(List<Scored> assessed) {
        Map<Long, Previous> previous = new HashMap<>(assessed.size() * 2);
        if (assessed.isEmpty()) {
            return previous;
        }
        List<Object[]> accounts = new ArrayList<>(assessed.size());
        for (Scored scored : assessed) {
            if (previous.putIfAbsent(scored.accountId(), new Previous()) == null) {
                accounts.add(new Object[] {scored.accountId()});
            }
        }
        insert("INSERT IGNORE INTO account_health (account_id) VALUES ", 1, "", accounts);
        Object[] args = previous.keySet().toArray();
        String in = " IN (" + String.join(", ", Collections.nCopies(args.length, "?")) + ")";
        jdbc.query("SELECT account_id, as_of, tier, tier_since, playbook_id, playbook_variant, playbook_contact_id,"
                + " playbook_reason, facts_read_at FROM account_health WHERE account_id" + in
                + " ORDER BY account_id FOR UPDATE",
                (RowCallbackHandler) rs -> {
                    Previous before = previous.get(rs.getLong(1));
                    before.asOf = rs.getObject(2, LocalDate.class);
                    before.factsReadAt = rs.getObject(9, LocalDateTime.class);
                    String tier = rs.getString(3);
                    before.tier = tier == null ? null : Tier.valueOf(tier);
                    before.tierSince = rs.getObject(4, LocalDate.class);
                    String playbook = rs.getString(5);
                    before.playbook = playbook == null ? null
                            : new PlaybookChoice(playbook, rs.getString(6), rs.getString(7), rs.getString(8));
                }, args);
        jdbc.query("SELECT id, account_id, kind, code, summary, evidence FROM account_signal WHERE account_id" + in
                + " AND cleared_on IS NULL", (RowCallbackHandler) rs -> {
                    SignalKind kind = SignalKind.valueOf(rs.getString(3));
                    Signal signal = new Signal(kind, rs.getString(4), rs.getString(5), StoredJson.evidence(json, rs.getString(6)));
                    previous.get(rs.getLong(2)).active.put(key(kind, signal.code()), new StoredSignal(rs.getLong(1), signal));
                }, args);
        return previous;
    }

    /** Multi-row statements; parameters set straight on the statement (no per-value type lookup). */
    private void insert(String head, int columns, String tail, List<Object[]> rows) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            jdbc.update(head + String.join(", ", Collections.nCopies(slice.size(), row)) + tail, statement -> {
                int parameter = 1;
                for (Object[] values : slice) {
                    for (Object value : values) {
                        statement.setObject(parameter++, value);
                    }
                }
            });
        }
    }

    private static String key(SignalKind kind, String code) {
        return kind.name() + ':' + code;
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
