package org.steward.scoring;

/** Authored DRL that reaches beyond Steward's facts and helpers, at a line of its file. */
final class SandboxViolation extends RuntimeException {

    private final int line;

    SandboxViolation(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
