package org.steward.account.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the text of a CSV cell into a field's type, accepting what real exports contain: booleans as
 * true/false, yes/no, y/n or 1/0; lists as {@code a;b;c} or {@code a|b|c}; enum values in any case, with
 * spaces or hyphens for underscores; whole numbers written {@code 12.0}; dates in one given format.
 */
final class CsvValues {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;|]");

    private final DateTimeFormatter dates;
    private final String dateFormat;

    CsvValues(DateTimeFormatter dates, String dateFormat) {
        this.dates = dates;
        this.dateFormat = dateFormat;
    }

    /** A value that is not what its field takes; the reason says what it should be. */
    static final class BadValue extends Exception {
        BadValue(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The value of {@code text} (trimmed, never empty) as {@code type}; lists are lists of text. */
    Object convert(String text, Class<?> type) throws BadValue {
        if (type == String.class) {
            return text;
        }
        if (type == Integer.class || type == Long.class) {
            return wholeNumber(text, type);
        }
        if (type == BigDecimal.class) {
            return number(text);
        }
        if (type == Boolean.class) {
            return bool(text);
        }
        if (type == LocalDate.class) {
            return date(text);
        }
        if (type == List.class) {
            return Arrays.stream(LIST_SEPARATOR.split(text)).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        if (type.isEnum()) {
            return constant(text, type);
        }
        throw new IllegalArgumentException("No CSV conversion to " + type);
    }

    private static Object wholeNumber(String text, Class<?> type) throws BadValue {
        try {
            BigDecimal number = new BigDecimal(text);
            if (type == Integer.class) {
                return number.intValueExact();
            }
            return number.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadValue("'" + text + "' is not a whole number");
        }
    }

    private static BigDecimal number(String text) throws BadValue {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadValue("'" + text + "' is not a number (write decimals with a point: 1234.50)");
        }
    }

    private static Boolean bool(String text) throws BadValue {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> throw new BadValue("'" + text + "' is not a boolean (true/false, yes/no, 1/0)");
        };
    }

    private LocalDate date(String text) throws BadValue {
        try {
            return LocalDate.parse(text, dates);
        } catch (DateTimeParseException e) {
            throw new BadValue("'" + text + "' is not a date in the format " + dateFormat);
        }
    }

    private static Object constant(String text, Class<?> type) throws BadValue {
        String name = text.trim().replace(' ', '_').replace('-', '_');
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(name)) {
                return constant;
            }
        }
        throw new BadValue("'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }
}
