package org.steward.scoring;

import java.time.LocalDate;
import java.util.List;

import org.steward.scoring.facts.LayerContribution;
import org.steward.scoring.facts.Lifecycle;
import org.steward.scoring.facts.PlaybookChoice;
import org.steward.scoring.facts.PrimaryContact;
import org.steward.scoring.facts.Signal;
import org.steward.scoring.facts.Tier;
import org.steward.scoring.facts.Trend;

/**
 * One account scored on one day, with the why: each layer's contribution, notes (such as a redistributed
 * weight), the tier and its reason, the trend, churn and expansion signals with their evidence, the
 * chosen playbook (null when none is called for) and the names of the rules that fired, in order.
 */
public record AccountAssessment(
        String accountId,
        LocalDate asOf,
        int score,
        Tier tier,
        String tierReason,
        List<LayerContribution> layers,
        List<String> notes,
        Trend trend,
        List<Signal> churnSignals,
        List<Signal> expansionSignals,
        Lifecycle lifecycle,
        PrimaryContact primaryContact,
        PlaybookChoice playbook,
        List<String> rulesFired) implements ScoringResult {

    public AccountAssessment {
        layers = List.copyOf(layers);
        notes = List.copyOf(notes);
        churnSignals = List.copyOf(churnSignals);
        expansionSignals = List.copyOf(expansionSignals);
        rulesFired = List.copyOf(rulesFired);
    }
}
