package org.steward.playbook;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.steward.system.web.FieldProblem;

/**
 * The line of each node of a playbook's text, by JSON pointer ({@code /tasks/csm-check-in/sla}), so a problem found
 * on the parsed tree can name the line an author edits.
 */
final class YamlLines {

    private static final YAMLFactory YAML = new YAMLFactory();

    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** The lines of {@code text}, which has been parsed once already (a text that fails now gives no lines). */
    static YamlLines of(String text) {
        Map<String, Integer> lines = new HashMap<>();
        Deque<Level> path = new ArrayDeque<>();
        try (JsonParser parser = YAML.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                int line = parser.currentTokenLocation().getLineNr();
                Level parent = path.peek();
                if (token == JsonToken.FIELD_NAME) {
                    parent.field = parser.currentName();
                    lines.putIfAbsent(pointer(path), line);
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    path.pop();
                    continue;
                }
                if (parent != null && parent.array) {
                    parent.index++;
                    lines.putIfAbsent(pointer(path), line);
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    path.push(new Level(token == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException e) {
            return new YamlLines(Map.of());
        }
        return new YamlLines(lines);
    }

    /** The line of the node at {@code pointer}, or of its nearest ancestor written in the text (null for none). */
    Integer line(String pointer) {
        for (String at = pointer; at != null && !at.isEmpty() && !"/".equals(at); at = at.substring(0, at.lastIndexOf('/'))) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
        }
        return null;
    }

    /** These problems, each with the line of its field when it has none yet. */
    List<FieldProblem> locate(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.row() != null || p.field() == null ? p
                : new FieldProblem(p.index(), p.field(), p.reason(), line(p.field()), p.column())).toList();
    }

    private static String pointer(Deque<Level> path) {
        StringBuilder pointer = new StringBuilder();
        path.descendingIterator().forEachRemaining(level -> pointer.append('/')
                .append(level.array ? Integer.toString(level.index) : escape(level.field)));
        return pointer.toString();
    }

    private static String escape(String name) {
        return name == null ? "" : name.replace("~", "~0").replace("/", "~1");
    }

    private static final class Level {
        final boolean array;
        String field;
        int index = -1;

        Level(boolean array) {
            this.array = array;
        }
    }
}
