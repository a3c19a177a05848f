package org.steward.scoring.facts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.steward.account.Segment;

/**
 * The numbers a rule set is tuned with (weights, thresholds, windows, ranks), already resolved for one
 * segment: a segment override replaces the default of the same key. Rules read them from the global
 * {@code params} by key, e.g. {@code params.number("tier.green.min")}; CS ops change the values without
 * touching DRL.
 */
public final class ScoringParameters {

    private final Segment segment;
    private final Map<String, String> values;
    private final Map<String, Double> numbers = new HashMap<>();
    private final Map<String, List<String>> lists = new HashMap<>();

    public ScoringParameters(Segment segment, Map<String, String> values) {
        this.segment = segment;
        this.values = Map.copyOf(values);
        this.values.forEach((key, value) -> {
            lists.put(key, Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
            try {
                numbers.put(key, Double.parseDouble(value));
            } catch (NumberFormatException notANumber) {
                // a list or a word: number(key) says so when a rule asks for it
            }
        });
    }

    public Segment getSegment() {
        return segment;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The value of {@code key} as a number; a key the rule set does not define is an error. */
    public double number(String key) {
        Double number = numbers.get(key);
        if (number == null) {
            throw new IllegalArgumentException("scoring parameter '" + key + "' is not a number: " + text(key));
        }
        return number;
    }

    /** The value of {@code key} rounded to a whole number (days, weeks, counts, ranks). */
    public int whole(String key) {
        return (int) Math.round(number(key));
    }

    /** The value of {@code key} as a comma-separated list, e.g. the features a plan includes. */
    public List<String> list(String key) {
        List<String> list = lists.get(key);
        if (list == null) {
            throw unknown(key);
        }
        return list;
    }

    public Map<String, String> values() {
        return values;
    }

    private String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw unknown(key);
        }
        return value;
    }

    private static IllegalArgumentException unknown(String key) {
        return new IllegalArgumentException("unknown scoring parameter '" + key + "'");
    }

    @Override
    public String toString() {
        return "ScoringParameters[" + segment + ", " + values.size() + " values]";
    }
}
