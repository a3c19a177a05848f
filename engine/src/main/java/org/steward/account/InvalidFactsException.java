package org.steward.account;

import java.util.List;

import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;

/** A batch of facts with bad rows: nothing of it was stored. Lists the problems up to a cap, and counts them all. */
public class InvalidFactsException extends InvalidInputException {

    private final int total;

    InvalidFactsException(List<FieldProblem> problems, int total, int badRows) {
        super(total + " problem(s) in " + badRows + " row(s); nothing was stored", problems);
        this.total = total;
    }

    /** How many problems there were, also those past the cap. */
    public int total() {
        return total;
    }
}
