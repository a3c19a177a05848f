package org.steward.scoring.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    public static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /** A number for a sentence: at most one decimal, none when whole ("35", "12.5"). */
    public static String format(double value) {
        return BigDecimal.valueOf(round(value, 1)).stripTrailingZeros().toPlainString();
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
