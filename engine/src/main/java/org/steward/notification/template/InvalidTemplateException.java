package org.steward.notification.template;

import java.util.List;
import java.util.stream.Collectors;

import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;

/**
 * A template that cannot be used (400). Each problem names the field ({@code source}, {@code id},
 * {@code model}), the line as {@code row} and the column as {@code column} where the template has them.
 */
public class InvalidTemplateException extends InvalidInputException {

    public InvalidTemplateException(String templateId, List<FieldProblem> problems) {
        super("Template " + templateId + " is invalid: " + problems.stream().map(FieldProblem::reason).collect(Collectors.joining("; ")), problems);
    }

    static FieldProblem at(int line, int column, String reason) {
        return new FieldProblem(null, "source", "line " + line + ", column " + column + ": " + reason, line, String.valueOf(column));
    }
}
