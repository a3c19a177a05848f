package org.steward.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One field of a task's outcome form. A CHOICE takes one of {@code options}; TEXT a string of at most
 * {@code maxLength} characters; DATE an ISO date (yyyy-MM-dd) that is not in the past; AMOUNT a money amount
 * (a JSON number or a numeric string, zero or more, at most two decimals).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FormField(String name, Type type, boolean required, List<String> options, Integer maxLength, String label) {

    enum Type { CHOICE, TEXT, DATE, AMOUNT }

    static FormField choice(String name, String label, String... options) {
        return new FormField(name, Type.CHOICE, true, List.of(options), null, label);
    }

    static FormField text(String name, String label, boolean required, int maxLength) {
        return new FormField(name, Type.TEXT, required, null, maxLength, label);
    }

    static FormField futureDate(String name, String label) {
        return new FormField(name, Type.DATE, true, null, null, label);
    }

    static FormField amount(String name, String label) {
        return new FormField(name, Type.AMOUNT, true, null, null, label);
    }

    /** What is wrong with this value, or null when it is fine. */
    String problem(Object value, LocalDate today) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return required ? "is required" : null;
        }
        if (type == Type.AMOUNT) {
            return amountProblem(value);
        }
        if (!(value instanceof String text)) {
            return "must be a string";
        }
        return switch (type) {
            case CHOICE -> options.contains(text) ? null : "must be one of " + options;
            case TEXT -> text.length() > maxLength ? "must be at most " + maxLength + " characters" : null;
            case DATE -> dateProblem(text, today);
            case AMOUNT -> amountProblem(text);
        };
    }

    /** The amount in a value that passed {@link #problem}: a number, or its text. */
    static BigDecimal amountOf(Object value) {
        return new BigDecimal(value.toString().trim());
    }

    private static String amountProblem(Object value) {
        if (!(value instanceof Number) && !(value instanceof String)) {
            return "must be an amount such as 125000 or 125000.50";
        }
        try {
            BigDecimal amount = amountOf(value);
            if (amount.signum() < 0) {
                return "must not be negative";
            }
            return amount.scale() > 2 || amount.precision() - amount.scale() > 13 ? "must have at most 13 digits and 2 decimals" : null;
        } catch (NumberFormatException e) {
            return "must be an amount such as 125000 or 125000.50";
        }
    }

    private static String dateProblem(String text, LocalDate today) {
        try {
            return LocalDate.parse(text).isBefore(today) ? "must not be in the past" : null;
        } catch (DateTimeParseException e) {
            return "must be a date (yyyy-MM-dd)";
        }
    }
}
