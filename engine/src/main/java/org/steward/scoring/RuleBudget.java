package org.steward.scoring;

import org.steward.system.sandbox.Watchdog;

/**
 * The checks Steward writes into the compiled classes of an authored rule set, where the code runs: at the
 * start of every method and before every backward jump (every turn of a loop), and before every array is
 * allocated. Not callable from DRL (rules may not name it); public only because the classes of a rule set
 * live in their own class loader and package.
 */
public final class RuleBudget {

    /** Longest array a rule may allocate. */
    public static final int MAX_ARRAY_LENGTH = 1_000_000;

    private RuleBudget() {
    }

    /**
     * Stops the rule when its evaluation has been told to stop ({@link Watchdog} interrupts the thread when
     * the time or memory limit passes). The interrupt stays set until the evaluation ends, so a rule that
     * catches the exception is stopped again at its next loop turn or call.
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new RuleStoppedException();
        }
    }

    /** The length of an array about to be allocated, refused past {@link #MAX_ARRAY_LENGTH}. */
    public static int arrayLength(int length) {
        check();
        if (length > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException("an array of " + length + " elements is longer than rules may allocate ("
                    + MAX_ARRAY_LENGTH + ")");
        }
        return length;
    }

    /** A rule stopped by its limits; carries no stack, it is thrown often in a runaway rule. */
    public static final class RuleStoppedException extends RuntimeException {

        RuleStoppedException() {
            super("stopped by its time or memory limit", null, false, false);
        }
    }
}
