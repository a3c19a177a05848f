package org.steward.play;

import java.time.LocalDate;
import java.util.List;

import org.steward.scoring.AssessmentChanged;
import org.steward.scoring.facts.Signal;
import org.steward.scoring.facts.SignalKind;

/**
 * What orchestration keeps of an {@link AssessmentChanged} event: stored with the assessment (as a durable job) and
 * handled after it committed. Plain data, serialised as JSON.
 */
record AssessmentNotice(long assessmentId, String accountExternalId, LocalDate asOf, int ruleSetVersion, int score,
                        String previousTier, String tier, List<SignalNote> signals, String playbookId, String variant,
                        String contactExternalId, String reason) {

    /** A signal of the assessment: CHURN or EXPANSION, its code and its summary with the evidence in words. */
    record SignalNote(String kind, String code, String summary) {
    }

    static AssessmentNotice of(AssessmentChanged e) {
        return new AssessmentNotice(e.assessmentId(), e.accountExternalId(), e.asOf(), e.ruleSetVersion(), e.score(),
                e.previousTier() == null ? null : e.previousTier().name(), e.tier().name(),
                e.signals().stream().map(AssessmentNotice::note).toList(),
                e.playbook() == null ? null : e.playbook().playbookId(), e.playbook() == null ? null : e.playbook().variant(),
                e.playbook() == null ? null : e.playbook().contactId(), e.playbook() == null ? null : e.playbook().reason());
    }

    private static SignalNote note(Signal signal) {
        return new SignalNote(signal.kind().name(), signal.code(), signal.summary());
    }

    List<SignalNote> signals(SignalKind kind) {
        return signals.stream().filter(s -> s.kind().equals(kind.name())).toList();
    }

    List<String> codes(SignalKind kind) {
        return signals(kind).stream().map(SignalNote::code).toList();
    }

    /** The assessment as a task shows it: "Assessment 12 of 2026-11-20: score 52, YELLOW (was GREEN); signals: ...". */
    String summary() {
        String was = previousTier == null || previousTier.equals(tier) ? "" : " (was " + previousTier + ")";
        String signalText = signals.isEmpty() ? "no signals"
                : "signals: " + String.join("; ", signals.stream().map(s -> s.code() + " (" + s.summary() + ")").toList());
        return "Assessment " + assessmentId + " of " + asOf + ": score " + score + ", " + tier + was + "; " + signalText
                + "; rule set v" + ruleSetVersion + ".";
    }
}
