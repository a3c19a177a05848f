package org.steward.scoring;

/**
 * Why a rule set cannot be used, at a place in one of its files: {@code line} and {@code column} are
 * 1-based, 0 when the message has no position. {@code kind} tells a refused construct (SANDBOX) from a
 * DRL or Java error (COMPILER) and a parameters problem (PARAMETERS).
 */
public record RuleSetProblem(Kind kind, String path, int line, int column, String message) {

    public enum Kind { SANDBOX, COMPILER, PARAMETERS, FILES }

    @Override
    public String toString() {
        return path + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + kind + ": " + message;
    }
}
