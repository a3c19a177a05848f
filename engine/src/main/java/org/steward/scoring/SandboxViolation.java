package org.steward.scoring;

/** Authored DRL that reaches beyond Steward's facts and helpers, at a line of its file. */
final class SandboxViolation extends RuntimeException {

    private final int line;
    private final int column;

    SandboxViolation(int line, String message) {
        this(line, 0, message);
    }

    SandboxViolation(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    /** 1-based, 0 when not known. */
    int column() {
        return column;
    }
}
