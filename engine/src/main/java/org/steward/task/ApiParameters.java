package org.steward.task;

import java.util.Arrays;
import java.util.Locale;

import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;

/** Query parameters of the task, play and escalation APIs, checked the same way (400 naming the parameter). */
public final class ApiParameters {

    public static final int MAX_PAGE_SIZE = 200;

    private ApiParameters() {
    }

    /** The constant of {@code type} named by {@code value}, in any case. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String parameter, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldProblem.of(parameter, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants())));
        }
    }

    /** Checks a page number (0 or more) and size (1 to {@value #MAX_PAGE_SIZE}). */
    public static void requirePage(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException(FieldProblem.of("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(FieldProblem.of("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
    }
}
