package org.steward.account.imports;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.apache.commons.csv.CSVRecord;
import org.steward.account.FactKind;
import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;

/**
 * Which column of a CSV file gives which field of a kind's record, and reading a row by it. A column gives
 * the field its mapping names, else the field whose name it spells (ignoring case, spaces, '_' and '-'); a
 * column {@code attributes.<name>} gives a free attribute of an account; other columns are ignored.
 */
final class CsvLayout {

    private static final String ATTRIBUTES = "attributes";

    /** What one column gives: a field (at a position of the record), or an attribute of the account. */
    private record Target(String field, int position, Class<?> type, String attribute) {
    }

    private final List<String> header;
    private final Target[] targets;
    private final Constructor<? extends Record> constructor;
    private final int parameters;
    private final int attributesPosition;
    private final CsvValues values;

    private CsvLayout(List<String> header, Target[] targets, Constructor<? extends Record> constructor,
                      int attributesPosition, CsvValues values) {
        this.header = header;
        this.targets = targets;
        this.constructor = constructor;
        this.parameters = constructor.getParameterCount();
        this.attributesPosition = attributesPosition;
        this.values = values;
    }

    /**
     * The layout of a file with this header, or an {@link InvalidInputException} naming every problem: a mapping
     * from a column the file lacks or to a field the kind lacks, two columns for one field, a required field no
     * column gives.
     */
    static CsvLayout of(FactKind kind, List<String> header, Map<String, String> mapping, CsvValues values) {
        RecordComponent[] components = kind.recordType().getRecordComponents();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            positions.put(normal(components[i].getName()), i);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> fieldByColumn = new HashMap<>();
        mapping.forEach((column, field) -> {
            String matched = header.stream().filter(h -> h.equals(column)).findFirst()
                    .or(() -> header.stream().filter(h -> h.equalsIgnoreCase(column.trim())).findFirst()).orElse(null);
            if (matched == null) {
                problems.add(FieldProblem.of("mapping." + column, "the file has no column '" + column + "'; its columns are " + header));
            } else {
                fieldByColumn.put(matched, field == null ? "" : field.trim());
            }
        });
        Target[] targets = new Target[header.size()];
        Map<String, String> columnByField = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String field = fieldByColumn.getOrDefault(column, column.trim());
            if (field.isEmpty()) {
                continue;
            }
            Target target = target(field, components, positions);
            if (target == null) {
                if (fieldByColumn.containsKey(column)) {
                    problems.add(FieldProblem.of("mapping." + column, "'" + field + "' is not a field of " + kind + "; its fields are "
                            + Arrays.stream(components).map(RecordComponent::getName).toList()));
                }
                continue;
            }
            String key = target.attribute() == null ? target.field() : ATTRIBUTES + "." + target.attribute();
            String other = columnByField.putIfAbsent(key, column);
            if (other != null) {
                problems.add(FieldProblem.of("mapping", "columns '" + other + "' and '" + column + "' both give " + key));
            }
            targets[i] = target;
        }
        for (RecordComponent component : components) {
            if (required(kind, component) && !columnByField.containsKey(component.getName())) {
                problems.add(FieldProblem.of("file", "no column gives the required field '" + component.getName()
                        + "'; name a column so or map one to it"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The file's columns do not fit " + kind, problems);
        }
        Integer attributes = positions.get(ATTRIBUTES);
        return new CsvLayout(List.copyOf(header), targets, canonicalConstructor(kind.recordType(), components),
                attributes == null ? -1 : attributes, values);
    }

    /** The record a CSV row gives, or null when a value of it is bad (the problems say which). */
    Record read(CSVRecord row, long line, List<FieldProblem> problems) {
        if (row.size() != header.size()) {
            problems.add(new FieldProblem(null, null, "has " + row.size() + " values where the header has " + header.size()
                    + " columns", (int) line, null));
            return null;
        }
        Object[] args = new Object[parameters];
        Map<String, String> attributes = new LinkedHashMap<>();
        int bad = problems.size();
        for (int i = 0; i < targets.length; i++) {
            Target target = targets[i];
            String text = row.get(i).trim();
            if (target == null || text.isEmpty()) {
                continue;
            }
            if (target.attribute() != null) {
                attributes.put(target.attribute(), text);
                continue;
            }
            try {
                args[target.position()] = values.convert(text, target.type());
            } catch (CsvValues.BadValue e) {
                problems.add(new FieldProblem(null, target.field(), e.getMessage(), (int) line, header.get(i)));
            }
        }
        if (problems.size() > bad) {
            return null;
        }
        if (attributesPosition >= 0 && !attributes.isEmpty()) {
            args[attributesPosition] = attributes;
        }
        return construct(args);
    }

    /** The column that gives a field ({@code featuresUsed[2]} and {@code attributes[region]} included), or null. */
    String columnOf(String field) {
        if (field == null) {
            return null;
        }
        String base = field.split("[\\[.]", 2)[0];
        String attribute = base.equals(ATTRIBUTES) && field.indexOf('[') > 0
                ? field.substring(field.indexOf('[') + 1, field.length() - 1) : null;
        for (int i = 0; i < targets.length; i++) {
            Target target = targets[i];
            if (target != null && target.field().equals(base) && (attribute == null || attribute.equals(target.attribute()))) {
                return header.get(i);
            }
        }
        return null;
    }

    private static Target target(String field, RecordComponent[] components, Map<String, Integer> positions) {
        if (field.toLowerCase(Locale.ROOT).startsWith(ATTRIBUTES + ".") && positions.containsKey(ATTRIBUTES)) {
            String name = field.substring(ATTRIBUTES.length() + 1).trim();
            return name.isEmpty() ? null : new Target(ATTRIBUTES, positions.get(ATTRIBUTES), Map.class, name);
        }
        Integer position = positions.get(normal(field));
        if (position == null || components[position].getType() == Map.class) {
            return null;
        }
        RecordComponent component = components[position];
        return new Target(component.getName(), position, component.getType(), null);
    }

    private static boolean required(FactKind kind, RecordComponent component) {
        try {
            var field = kind.recordType().getDeclaredField(component.getName());
            return field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Constructor<? extends Record> canonicalConstructor(Class<? extends Record> type, RecordComponent[] components) {
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record without its canonical constructor: " + type, e);
        }
    }

    private Record construct(Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot create " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
