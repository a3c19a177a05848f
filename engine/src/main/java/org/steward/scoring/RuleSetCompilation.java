package org.steward.scoring;

/** The outcome of compiling a rule set: ready to score with, or the problems that stop it. */
public sealed interface RuleSetCompilation permits CompiledRuleSet, RuleSetProblems {
}
