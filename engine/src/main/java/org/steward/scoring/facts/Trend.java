package org.steward.scoring.facts;

import java.util.ArrayList;
import java.util.List;

/** Change of the health score in points against 30, 60 and 90 days ago (null without a score then). */
public record Trend(Integer change30, Integer change60, Integer change90, TrendDirection direction, String summary) {

    public static Trend unknown() {
        return new Trend(null, null, null, TrendDirection.UNKNOWN, "no earlier score to compare with");
    }

    /**
     * The changes of {@code score} against the history; the direction follows the shortest horizon that
     * has a score: a change within {@code flatPoints} either way is flat.
     */
    public static Trend of(int score, ScoreHistory history, double flatPoints) {
        Integer change30 = change(score, history.score30());
        Integer change60 = change(score, history.score60());
        Integer change90 = change(score, history.score90());
        Integer lead = change30 != null ? change30 : change60 != null ? change60 : change90;
        TrendDirection direction = lead == null ? TrendDirection.UNKNOWN
                : lead > flatPoints ? TrendDirection.UP
                : lead < -flatPoints ? TrendDirection.DOWN
                : TrendDirection.FLAT;
        List<String> parts = new ArrayList<>();
        describe(parts, change30, 30);
        describe(parts, change60, 60);
        describe(parts, change90, 90);
        String summary = parts.isEmpty() ? "no score 30 or more days old to compare with"
                : direction.name().toLowerCase() + ": " + String.join(", ", parts);
        return new Trend(change30, change60, change90, direction, summary);
    }

    private static Integer change(int score, Integer then) {
        return then == null ? null : score - then;
    }

    private static void describe(List<String> parts, Integer change, int days) {
        if (change != null) {
            parts.add((change > 0 ? "+" : "") + change + " points in " + days + " days");
        }
    }
}
