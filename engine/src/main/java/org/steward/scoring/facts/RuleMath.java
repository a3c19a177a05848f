package org.steward.scoring.facts;

import java.util.Collection;
import java.util.List;

/** Small helpers rules may call: clamping, rounding and formatting numbers for explanations. */
public final class RuleMath {

    private RuleMath() {
    }

    public static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** {@code part / whole}, or 0 when {@code whole} is 0. */
    public static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    /** {@code value} rounded half up to {@code places} decimals (0 to 6). */
    public static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    /** A number for a sentence: at most one decimal, none when whole ("35", "12.5", "-0.5"). */
    public static String format(double value) {
        long tenths = Math.round(value * 10);
        long whole = Math.abs(tenths) / 10;
        long tenth = Math.abs(tenths) % 10;
        return (tenths < 0 ? "-" : "") + whole + (tenth == 0 ? "" : "." + tenth);
    }

    /** A ratio as a percentage for a sentence: 0.354 → "35.4%". */
    public static String percent(double ratio) {
        return format(ratio * 100) + "%";
    }

    /** The items of {@code used} not in {@code allowed}, sorted; e.g. features used beyond the plan. */
    public static List<String> outside(Collection<String> used, Collection<String> allowed) {
        return used.stream().filter(item -> !allowed.contains(item)).sorted().toList();
    }
}
