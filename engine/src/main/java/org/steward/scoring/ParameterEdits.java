package org.steward.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Changes values in a {@code parameters.properties} text the way an author would by hand: a changed key
 * keeps its line (and the comments around it) with the new value, a key set to null loses its line, a new
 * key is appended at the end. Lets CS ops change a weight with one small request instead of sending the file.
 */
final class ParameterEdits {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");

    private ParameterEdits() {
    }

    /** The problems with {@code changes}, by key: a key must be a plain name, a value a single line. */
    static Map<String, String> problems(Map<String, String> changes) {
        Map<String, String> problems = new LinkedHashMap<>();
        changes.forEach((key, value) -> {
            if (key == null || !KEY.matcher(key).matches()) {
                problems.put(String.valueOf(key), "a parameter key is letters, digits, '.', '-' and '_'");
            } else if (value != null && (value.isBlank() || value.contains("\n") || value.contains("\r"))) {
                problems.put(key, "a value is one non-empty line (null removes the key)");
            }
        });
        return problems;
    }

    /** {@code text} with {@code changes} applied; a null value removes the key. */
    static String apply(String text, Map<String, String> changes) {
        Map<String, String> pending = new LinkedHashMap<>(changes);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            String key = keyOf(line);
            if (key != null && changes.containsKey(key)) {
                // A key written twice keeps one line: the first, with the new value.
                if (pending.containsKey(key) && pending.remove(key) != null) {
                    lines.add(key + "=" + changes.get(key).strip());
                }
            } else {
                lines.add(line);
            }
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        pending.forEach((key, value) -> {
            if (value != null) {
                lines.add(key + "=" + value.strip());
            }
        });
        return String.join("\n", lines) + "\n";
    }

    private static String keyOf(String line) {
        String stripped = line.strip();
        int separator = stripped.indexOf('=');
        if (stripped.startsWith("#") || stripped.startsWith("!") || separator <= 0) {
            return null;
        }
        return stripped.substring(0, separator).strip();
    }
}
