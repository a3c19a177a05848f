package org.steward.scoring;

import java.util.List;

/**
 * A rule-set version that cannot be stored or activated (422): the problems that stop it from compiling,
 * with file, line and column, or the checks it failed, naming the check account and the rule.
 */
public class RuleSetRefusedException extends RuntimeException {

    private final List<RuleSetProblem> problems;
    private final List<RuleSetChecks.Result> failedChecks;

    RuleSetRefusedException(String message, List<RuleSetProblem> problems, List<RuleSetChecks.Result> failedChecks) {
        super(message);
        this.problems = List.copyOf(problems);
        this.failedChecks = List.copyOf(failedChecks);
    }

    public List<RuleSetProblem> problems() {
        return problems;
    }

    public List<RuleSetChecks.Result> failedChecks() {
        return failedChecks;
    }
}
