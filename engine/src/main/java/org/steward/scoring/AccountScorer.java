package org.steward.scoring;

import java.util.Comparator;
import java.util.List;

import org.steward.scoring.facts.HealthScore;
import org.steward.scoring.facts.HealthTier;
import org.steward.scoring.facts.Lifecycle;
import org.steward.scoring.facts.PlaybookChoice;
import org.steward.scoring.facts.PrimaryContact;
import org.steward.scoring.facts.Signal;
import org.steward.scoring.facts.SignalKind;
import org.steward.scoring.facts.Trend;

/**
 * Scores accounts with one compiled rule set: pure Java and the rule engine, no database. Thread-safe; a
 * rule that throws, or a rule set that concludes no health score or tier, gives a {@link ScoringFailure}
 * naming the account and the rule instead of an exception.
 */
public final class AccountScorer {

    private final CompiledRuleSet ruleSet;

    public AccountScorer(CompiledRuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public ScoringResult score(AccountSnapshot snapshot) {
        return evaluate(FactAssembler.assemble(snapshot, ruleSet.parameters()));
    }

    /** Runs the rules alone on facts already assembled. */
    public ScoringResult evaluate(AccountFacts facts) {
        RuleRun run;
        try {
            run = ruleSet.run(facts.accountId(), facts.parameters(), facts.facts());
        } catch (RuleFailureException e) {
            return new ScoringFailure(facts.accountId(), facts.asOf(), e.ruleName(), e.getMessage());
        }
        try {
            return assessment(facts, run);
        } catch (IllegalStateException e) {
            return new ScoringFailure(facts.accountId(), facts.asOf(), null, e.getMessage());
        }
    }

    private static AccountAssessment assessment(AccountFacts facts, RuleRun run) {
        HealthScore score = run.one(HealthScore.class);
        HealthTier tier = run.one(HealthTier.class);
        if (score == null || tier == null) {
            throw new IllegalStateException("the rule set concluded no " + (score == null ? "health score" : "tier")
                    + " for account " + facts.accountId());
        }
        List<Signal> signals = run.all(Signal.class).stream()
                .sorted(Comparator.comparing(Signal::kind).thenComparing(Signal::code)).toList();
        Trend trend = run.one(Trend.class);
        return new AccountAssessment(facts.accountId(), facts.asOf(), score.score(), tier.tier(), tier.reason(),
                score.contributions(), score.notes(), trend == null ? Trend.unknown() : trend,
                signals.stream().filter(signal -> signal.kind() == SignalKind.CHURN).toList(),
                signals.stream().filter(signal -> signal.kind() == SignalKind.EXPANSION).toList(),
                run.one(Lifecycle.class), run.one(PrimaryContact.class), run.one(PlaybookChoice.class),
                run.rulesFired());
    }
}
