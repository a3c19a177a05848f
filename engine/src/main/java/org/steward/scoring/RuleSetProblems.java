package org.steward.scoring;

import java.util.List;

/** A rule set that did not compile or was refused, with every problem found. */
public record RuleSetProblems(List<RuleSetProblem> problems) implements RuleSetCompilation {

    public RuleSetProblems {
        problems = List.copyOf(problems);
    }

    @Override
    public String toString() {
        return "RuleSetProblems" + problems;
    }
}
