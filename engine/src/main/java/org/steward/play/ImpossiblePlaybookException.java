package org.steward.play;

import java.util.List;
import java.util.stream.Collectors;

import org.steward.system.web.FieldProblem;

/**
 * The playbook version a play would start with carries a value no play can run with (stored before the checks of
 * {@link org.steward.playbook.PlaybookValues} existed): the play does not start, and trying again cannot help.
 */
class ImpossiblePlaybookException extends RuntimeException {

    ImpossiblePlaybookException(String playbookId, int version, List<FieldProblem> problems) {
        super("playbook " + playbookId + " v" + version + " cannot run: " + problems.stream()
                .map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("; ")));
    }
}
