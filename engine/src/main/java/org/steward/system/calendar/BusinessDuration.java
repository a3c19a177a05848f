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
 */
public record BusinessDuration(int days, Duration workingTime, Duration elapsed) {

    private static final Pattern BUSINESS = Pattern.compile("\\s*(\\d+)\\s*(bd|bh|bm)\\s*", Pattern.CASE_INSENSITIVE);

    public static BusinessDuration parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("A duration is required, e.g. 5bd, 4bh or PT30M");
        }
        String text = expression.trim();
        if (text.chars().allMatch(Character::isDigit)) {
            return new BusinessDuration(0, Duration.ZERO, Duration.ofMillis(Long.parseLong(text)));
        }
        if (text.startsWith("P") || text.startsWith("p")) {
            try {
                return new BusinessDuration(0, Duration.ZERO, Duration.parse(text.toUpperCase()));
            } catch (DateTimeParseException e) {
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
