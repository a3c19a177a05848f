package org.steward.playbook;

import java.util.List;
import java.util.stream.Collectors;

import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;

/** A playbook that cannot be used: every problem names the file, the path inside it (with its line) and the reason. */
public class InvalidPlaybookException extends InvalidInputException {

    private final String file;

    public InvalidPlaybookException(String file, List<FieldProblem> problems) {
        super("Playbook " + file + " is invalid: " + problems.stream()
                .map(p -> (p.field() == null ? "" : p.field() + (p.row() == null ? "" : " (line " + p.row() + ")") + ": ") + p.reason())
                .collect(Collectors.joining("; ")), problems);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
