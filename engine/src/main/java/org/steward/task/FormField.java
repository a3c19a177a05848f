package org.steward.task;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One field of a task's outcome form. A CHOICE takes one of {@code options}; TEXT a string of at most
 * {@code maxLength} characters; DATE an ISO date (yyyy-MM-dd) that is not in the past.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FormField(String name, Type type, boolean required, List<String> options, Integer maxLength, String label) {

    enum Type { CHOICE, TEXT, DATE }

    static FormField choice(String name, String label, String... options) {
        return new FormField(name, Type.CHOICE, true, List.of(options), null, label);
    }

    static FormField text(String name, String label, boolean required, int maxLength) {
        return new FormField(name, Type.TEXT, required, null, maxLength, label);
    }

    static FormField futureDate(String name, String label) {
        return new FormField(name, Type.DATE, true, null, null, label);
    }

    /** What is wrong with this value, or null when it is fine. */
    String problem(Object value, LocalDate today) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return required ? "is required" : null;
        }
        if (!(value instanceof String text)) {
            return "must be a string";
        }
        return switch (type) {
            case CHOICE -> options.contains(text) ? null : "must be one of " + options;
            case TEXT -> text.length() > maxLength ? "must be at most " + maxLength + " characters" : null;
            case DATE -> dateProblem(text, today);
        };
    }

    private static String dateProblem(String text, LocalDate today) {
        try {
            return LocalDate.parse(text).isBefore(today) ? "must not be in the past" : null;
        } catch (DateTimeParseException e) {
            return "must be a date (yyyy-MM-dd)";
        }
    }
}
