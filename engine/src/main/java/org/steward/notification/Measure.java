package org.steward.notification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One number that changed, as a message quotes it: "active users grew 40 % this quarter" is
 * {@code Measure.of("active users", 30, 42, "", "this quarter")}. {@code change} is the signed change in
 * per cent of {@code previous} (null when there is no previous value), {@code trend} is up, down or flat.
 */
public record Measure(String label, BigDecimal previous, BigDecimal current, String unit, String period, Integer change, String trend) {

    public static Measure of(String label, Number previous, Number current, String unit, String period) {
        BigDecimal before = previous == null ? null : new BigDecimal(previous.toString());
        BigDecimal now = new BigDecimal(current.toString());
        Integer change = null;
        if (before != null && before.signum() != 0) {
            change = now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before.abs(), 0, RoundingMode.HALF_UP).intValueExact();
        }
        String trend = before == null || now.compareTo(before) == 0 ? "flat" : now.compareTo(before) > 0 ? "up" : "down";
        return new Measure(label, before, now, unit == null ? "" : unit, period, change, trend);
    }

    /** A value with nothing to compare it with, e.g. "seat utilisation 92 %". */
    public static Measure now(String label, Number current, String unit, String period) {
        return of(label, null, current, unit, period);
    }

    /** The numbers among a signal's evidence (name → value), in its order, each as a measure of its own. */
    public static List<Measure> numbersOf(Map<String, ?> evidence) {
        List<Measure> measures = new ArrayList<>();
        evidence.forEach((name, value) -> {
            if (value instanceof Number number) {
                measures.add(now(name, number, "", ""));
            }
        });
        return measures;
    }

    /** "grew", "fell" or "held steady": the verb a sentence about this measure uses. */
    public String direction() {
        return switch (trend) {
            case "up" -> "grew";
            case "down" -> "fell";
            default -> "held steady";
        };
    }

    /**
     * The measure as a sentence fragment: "weekly active users fell 35 % over the last 30 days (48 → 31)",
     * or without a previous value "seat utilisation at 92 % in each of the last three months".
     */
    public String summary() {
        String now = number(current) + (unit.isEmpty() ? "" : " " + unit);
        String when = period == null || period.isBlank() ? "" : " " + period;
        if (previous == null) {
            return label + " at " + now + when;
        }
        if (change == null || "flat".equals(trend)) {
            return label + " " + direction() + " at " + now + when;
        }
        return label + " " + direction() + " " + Math.abs(change) + " %" + when + " (" + number(previous) + " \u2192 " + now + ")";
    }

    private static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? String.format(java.util.Locale.ENGLISH, "%,d", plain.toBigInteger()) : plain.toPlainString();
    }
}
