package org.steward.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.steward.scoring.facts.LifecycleStage;
import org.steward.scoring.facts.PlaybookChoice;
import org.steward.scoring.facts.Signal;
import org.steward.scoring.facts.Tier;

/**
 * A stored assessment differs from the account's previous one in what plays act on: the tier changed, a
 * signal was raised or cleared (compared by kind and code), or the chosen playbook (id or variant) changed.
 * {@code previousTier} and {@code previousPlaybook} are null for an account's first assessment (whose tier
 * then counts as changed). {@code signals} are all signals of the new assessment. Published with the other changes
 * of its batch as one {@link AssessmentsChanged}, in the transaction that stores them.
 */
public record AssessmentChanged(
        long assessmentId,
        String accountExternalId,
        LocalDate asOf,
        int ruleSetVersion,
        int score,
        Tier previousTier,
        Tier tier,
        List<Signal> raised,
        List<Signal> cleared,
        List<Signal> signals,
        PlaybookChoice previousPlaybook,
        PlaybookChoice playbook,
        LifecycleStage stage) {

    public AssessmentChanged {
        raised = List.copyOf(raised);
        cleared = List.copyOf(cleared);
        signals = List.copyOf(signals);
    }

    public boolean tierChanged() {
        return previousTier != tier;
    }

    /** The playbook id or variant changed; a new reason alone (the score in it moved) is no change. */
    public boolean playbookChanged() {
        return !Objects.equals(key(previousPlaybook), key(playbook));
    }

    private static String key(PlaybookChoice choice) {
        return choice == null ? null : choice.playbookId() + "/" + choice.variant();
    }
}
