/**
 * Scoring: Steward's judgement of an account. {@link org.steward.scoring.RuleSetCompiler} compiles a rule
 * set (DRL files and {@code parameters.properties}) at run time after {@link org.steward.scoring.DrlSandbox}
 * has accepted it, giving a {@link org.steward.scoring.CompiledRuleSet} or
 * {@link org.steward.scoring.RuleSetProblems} with file, line and column. {@link
 * org.steward.scoring.FactAssembler} turns an {@link org.steward.scoring.AccountSnapshot} (the account facts
 * as Steward takes them in) into the rule facts of {@code org.steward.scoring.facts}, and {@link
 * org.steward.scoring.AccountScorer} evaluates them into an {@link org.steward.scoring.AccountAssessment}
 * (score, layers, tier, trend, signals with evidence, playbook, rules fired) or a {@link
 * org.steward.scoring.ScoringFailure} naming the account and the rule. The shipped rule set under the
 * top-level {@code rules/} folder is {@link org.steward.scoring.ShippedRuleSet}; it seeds version 1 of the
 * rule-set store, whose versions {@link org.steward.scoring.RuleSetVersions} validates, stores and activates
 * (over {@code /api/v1/rule-sets}) and whose active version {@link org.steward.scoring.ActiveRuleSets} holds,
 * compiled, for scoring.
 *
 * <p>The scoring service stores every assessment with its why (history, current health, daily scores for the
 * trend, active signals): accounts are re-scored after their facts commit ({@code SingleAccountScoring}) and
 * the whole book in background runs ({@code ScoringRuns}, {@link org.steward.scoring.ScoringRun}). Other
 * modules read health through {@link org.steward.scoring.AccountHealth} and hear
 * {@link org.steward.scoring.AssessmentsChanged}: one event per stored batch (a run's chunk, or a chunk of accounts
 * scored after their facts changed) listing each {@link org.steward.scoring.AssessmentChanged}, with the run that
 * scored it; {@link org.steward.scoring.ScoringRunStatus} tells whether that run is still in progress.
 */
package org.steward.scoring;
