package org.steward.scoring;

import java.util.ArrayList;
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
        Conclusions found = new Conclusions();
        for (Object fact : run.facts()) {
            found.add(fact);
        }
        if (found.score == null || found.tier == null) {
            throw new IllegalStateException("the rule set concluded no " + (found.score == null ? "health score" : "tier")
                    + " for account " + facts.accountId());
        }
        found.churn.sort(Comparator.comparing(Signal::code));
        found.expansion.sort(Comparator.comparing(Signal::code));
        return new AccountAssessment(facts.accountId(), facts.asOf(), found.score.score(), found.tier.tier(),
                found.tier.reason(), found.score.contributions(), found.score.notes(),
                found.trend == null ? Trend.unknown() : found.trend, found.churn, found.expansion, found.lifecycle,
                found.primaryContact, found.playbook, run.rulesFired());
    }

    /** The conclusions an assessment is read from, gathered in one pass over the session's facts. */
    private static final class Conclusions {
        HealthScore score;
        HealthTier tier;
        Trend trend;
        Lifecycle lifecycle;
        PrimaryContact primaryContact;
        PlaybookChoice playbook;
        final List<Signal> churn = new ArrayList<>();
        final List<Signal> expansion = new ArrayList<>();

        void add(Object fact) {
            if (fact instanceof Signal signal) {
                (signal.kind() == SignalKind.CHURN ? churn : expansion).add(signal);
            } else if (fact instanceof HealthScore found) {
                score = single(score, found);
            } else if (fact instanceof HealthTier found) {
                tier = single(tier, found);
            } else if (fact instanceof Trend found) {
                trend = single(trend, found);
            } else if (fact instanceof Lifecycle found) {
                lifecycle = single(lifecycle, found);
            } else if (fact instanceof PrimaryContact found) {
                primaryContact = single(primaryContact, found);
            } else if (fact instanceof PlaybookChoice found) {
                playbook = single(playbook, found);
            }
        }

        private static <T> T single(T found, T next) {
            if (found != null) {
                throw new IllegalStateException("the rule set concluded more than one "
                        + next.getClass().getSimpleName());
            }
            return next;
        }
    }
}
