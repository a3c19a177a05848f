package org.steward.system.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as playbooks and processes write it: business time such as {@code 5bd} (business days),
 * {@code 4bh} (business hours), {@code 30bm} (business minutes), combinable as {@code 1bd 4bh}; or plain
 * elapsed time as an ISO-8601 duration ({@code PT30S}, {@code P7D}) or a number of milliseconds.
 * <p>
 * Nothing longer than {@link #LONGEST} is read (a longer one is refused as an {@link IllegalArgumentException}, never as
 * an arithmetic overflow), so a duration added to any moment of this century stays a valid {@link Instant}. Whether a
 * duration suits its use (positive, short enough for an SLA) is for the caller to say.
 */
public record BusinessDuration(int days, Duration workingTime, Duration elapsed) {

    /** The longest duration read in any of the forms: 100 years (for business time: 36,525 business days). */
    public static final Duration LONGEST = Duration.ofDays(36_525);

    private static final Pattern BUSINESS = Pattern.compile("\\s*(\\d+)\\s*(bd|bh|bm)\\s*", Pattern.CASE_INSENSITIVE);

    public static BusinessDuration parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("A duration is required, e.g. 5bd, 4bh or PT30M");
        }
        String text = expression.trim();
        try {
            return bounded(expression, read(expression, text));
        } catch (ArithmeticException | NumberFormatException e) {
            throw tooLong(expression);
        }
    }

    private static BusinessDuration read(String expression, String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return new BusinessDuration(0, Duration.ZERO, Duration.ofMillis(Long.parseLong(text)));
        }
        if (text.startsWith("P") || text.startsWith("p")) {
            try {
                return new BusinessDuration(0, Duration.ZERO, Duration.parse(text.toUpperCase()));
            } catch (DateTimeParseException e) {
                if (e.getCause() instanceof ArithmeticException || e.getCause() instanceof NumberFormatException) {
                    throw tooLong(expression);
                }
                throw new IllegalArgumentException("'" + expression + "' is not an ISO-8601 duration such as PT30M or P7D");
            }
        }
        Matcher m = BUSINESS.matcher(text);
        int days = 0;
        Duration working = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long amount = Long.parseLong(m.group(1));
            switch (m.group(2).toLowerCase()) {
                case "bd" -> days = Math.addExact(days, Math.toIntExact(amount));
                case "bh" -> working = working.plusHours(amount);
                default -> working = working.plusMinutes(amount);
            }
            end = m.end();
        }
        if (end != text.length() || end == 0) {
            throw new IllegalArgumentException("'" + expression
                    + "' is not a duration: write business time as 5bd, 4bh, 30bm (or 1bd 4bh), elapsed time as PT30M or P7D");
        }
        return new BusinessDuration(days, working, Duration.ZERO);
    }

    private static BusinessDuration bounded(String expression, BusinessDuration d) {
        if (d.elapsed().abs().compareTo(LONGEST) > 0 || d.days() > LONGEST.toDays() || d.workingTime().compareTo(LONGEST) > 0) {
            throw tooLong(expression);
        }
        return d;
    }

    private static IllegalArgumentException tooLong(String expression) {
        return new IllegalArgumentException("'" + expression + "' is too long: no duration may exceed 100 years ("
                + LONGEST.toDays() + " days or business days)");
    }

    public boolean isBusinessTime() {
        return days > 0 || !workingTime.isZero();
    }

    /** The moment this duration after {@code from} ends on the given calendar. */
    public Instant after(Instant from, WorkingCalendar calendar) {
        if (!isBusinessTime()) {
            return from.plus(elapsed);
        }
        Instant afterDays = days > 0 ? calendar.plusBusinessDays(from, days) : from;
        return workingTime.isZero() ? afterDays : calendar.plusBusinessTime(afterDays, workingTime);
    }
}
