package org.steward.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.steward.account.Segment;
import org.steward.scoring.facts.ScoringParameters;

/**
 * The parameters file of a rule set ({@code parameters.properties}): {@code key=value} lines, {@code #}
 * comments, and overrides for one segment written {@code segment.<SEGMENT>.<key>=value}. Resolves to the
 * {@link ScoringParameters} fact of each segment.
 */
public final class ParameterSet {

    static final String SEGMENT_PREFIX = "segment.";

    private final Map<String, String> defaults;
    private final Map<Segment, Map<String, String>> overrides;
    private final Map<Segment, ScoringParameters> resolved = new EnumMap<>(Segment.class);

    private ParameterSet(Map<String, String> defaults, Map<Segment, Map<String, String>> overrides) {
        this.defaults = Collections.unmodifiableMap(defaults);
        this.overrides = overrides;
        for (Segment segment : Segment.values()) {
            Map<String, String> values = new LinkedHashMap<>(defaults);
            values.putAll(overrides.getOrDefault(segment, Map.of()));
            resolved.put(segment, new ScoringParameters(segment, values));
        }
    }

    /** Reads {@code text}; problems (with the line) go to {@code problems}, the good lines are kept. */
    static ParameterSet parse(String path, String text, List<RuleSetProblem> problems) {
        Map<String, String> defaults = new LinkedHashMap<>();
        Map<Segment, Map<String, String>> overrides = new EnumMap<>(Segment.class);
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int separator = line.indexOf('=');
            String key = separator < 0 ? line : line.substring(0, separator).strip();
            String value = separator < 0 ? "" : line.substring(separator + 1).strip();
            if (separator < 0 || key.isEmpty() || value.isEmpty()) {
                problems.add(new RuleSetProblem(RuleSetProblem.Kind.PARAMETERS, path, i + 1, 0,
                        "expected key=value, got '" + line + "'"));
            } else if (key.startsWith(SEGMENT_PREFIX)) {
                addOverride(path, i + 1, key, value, overrides, problems);
            } else {
                defaults.put(key, value);
            }
        }
        return new ParameterSet(defaults, overrides);
    }

    private static void addOverride(String path, int line, String key, String value,
            Map<Segment, Map<String, String>> overrides, List<RuleSetProblem> problems) {
        String rest = key.substring(SEGMENT_PREFIX.length());
        int dot = rest.indexOf('.');
        String segmentName = dot < 0 ? rest : rest.substring(0, dot);
        try {
            Segment segment = Segment.valueOf(segmentName);
            if (dot < 0) {
                throw new IllegalArgumentException("no key after the segment");
            }
            overrides.computeIfAbsent(segment, s -> new LinkedHashMap<>()).put(rest.substring(dot + 1), value);
        } catch (IllegalArgumentException e) {
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.PARAMETERS, path, line, 0, "'" + key
                    + "' is not segment.<ENTERPRISE|MID_MARKET|SMB>.<key>"));
        }
    }

    /** The parameters an account of {@code segment} is scored with. */
    public ScoringParameters forSegment(Segment segment) {
        return resolved.get(segment);
    }

    public Map<String, String> defaults() {
        return defaults;
    }

    /** Keys whose override makes no sense: overriding a key that has no default. */
    List<String> overridesWithoutDefault() {
        List<String> keys = new ArrayList<>();
        overrides.forEach((segment, values) -> values.keySet().stream().filter(key -> !defaults.containsKey(key))
                .forEach(key -> keys.add(SEGMENT_PREFIX + segment + "." + key)));
        return keys;
    }
}
