package org.steward.system.web;

import java.util.List;

/** A request whose content is wrong: answered with 400 and every bad field; nothing of it is stored. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(FieldProblem problem) {
        this(problem.field() + ": " + problem.reason(), List.of(problem));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
