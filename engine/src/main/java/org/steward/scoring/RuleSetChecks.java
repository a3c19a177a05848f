package org.steward.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.steward.scoring.facts.Signal;
import org.steward.scoring.facts.Tier;

/**
 * The checks a rule-set version must pass before it is activated: a dry run over the built-in
 * {@link CheckAccounts}, in which every account must get a score from 0 to 100 and a tier, with no rule
 * failing. Each result also shows what the active version gives the same account, so CS ops see the
 * effect of a change before they activate it.
 */
public final class RuleSetChecks {

    private RuleSetChecks() {
    }

    /** Scores every check account with {@code candidate}, and with {@code active} for comparison (may be null). */
    static Report run(CompiledRuleSet candidate, CompiledRuleSet active) {
        AccountScorer scorer = new AccountScorer(candidate);
        AccountScorer current = active == null ? null : new AccountScorer(active);
        List<Result> results = new ArrayList<>();
        for (CheckAccounts.CheckAccount account : CheckAccounts.all()) {
            ScoringResult now = current == null ? null : current.score(account.snapshot());
            AccountAssessment before = now instanceof AccountAssessment assessment ? assessment : null;
            results.add(result(account, scorer.score(account.snapshot()), before));
        }
        return new Report(results);
    }

    private static Result result(CheckAccounts.CheckAccount account, ScoringResult result, AccountAssessment before) {
        Integer activeScore = before == null ? null : before.score();
        Tier activeTier = before == null ? null : before.tier();
        if (result instanceof ScoringFailure failure) {
            return new Result(account.id(), account.description(), false, null, null, List.of(), null, failure.ruleName(),
                    failure.message(), activeScore, activeTier);
        }
        AccountAssessment assessment = (AccountAssessment) result;
        List<String> signals = Stream.concat(assessment.churnSignals().stream(), assessment.expansionSignals().stream())
                .map(Signal::code).toList();
        String playbook = assessment.playbook() == null ? null
                : assessment.playbook().playbookId() + " (" + assessment.playbook().variant() + ")";
        if (assessment.score() < 0 || assessment.score() > 100) {
            return new Result(account.id(), account.description(), false, assessment.score(), assessment.tier(), signals,
                    playbook, null, "the score " + assessment.score() + " is outside 0-100", activeScore, activeTier);
        }
        return new Result(account.id(), account.description(), true, assessment.score(), assessment.tier(), signals,
                playbook, null, null, activeScore, activeTier);
    }

    /** The outcome of the checks: passed when every check account passed. */
    public record Report(List<Result> results) {

        public Report {
            results = List.copyOf(results);
        }

        public boolean passed() {
            return results.stream().allMatch(Result::passed);
        }

        public List<Result> failures() {
            return results.stream().filter(result -> !result.passed()).toList();
        }
    }

    /**
     * One check account scored by the version under check: its score, tier, signals and playbook, or the
     * rule that failed and why; and the score and tier the active version gives it (null when none).
     */
    public record Result(String account, String description, boolean passed, Integer score, Tier tier, List<String> signals,
                  String playbook, String failedRule, String failure, Integer activeScore, Tier activeTier) {
    }
}
