package org.steward.notification.template;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a model (records, maps, lists) into the only values a template ever sees: maps, lists, strings,
 * numbers and booleans. Nothing else crosses into the sandbox, so no Java object, method or class is
 * reachable from a template. Dates arrive formatted ({@code 30 September 2026}; instants as
 * {@code 30 Sep 2026, 14:05 UTC}), enums as their names.
 */
public final class ModelMaps {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "getClass");

    private ModelMaps() {
    }

    /** The top-level variables of a model: a record's components (and its public derived values) or a map's entries. */
    public static Map<String, Object> of(Object model) {
        Object converted = value(model);
        if (!(converted instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("A template model is a record or a map, not " + (model == null ? "null" : model.getClass().getSimpleName()));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> top = (Map<String, Object>) map;
        return top;
    }

    /** The variables of {@code model} with {@code more} added (or replacing those of the same name). */
    public static Map<String, Object> with(Object model, Map<String, ?> more) {
        Map<String, Object> all = new LinkedHashMap<>(of(model));
        more.forEach((name, value) -> all.put(name, value(value)));
        return all;
    }

    static Object value(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
                || v instanceof BigDecimal || v instanceof BigInteger || v instanceof Double || v instanceof Float
                || v instanceof Short || v instanceof Byte) {
            return v;
        }
        if (v instanceof CharSequence || v instanceof Character) {
            return v.toString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof LocalDate d) {
            return DAY.format(d);
        }
        if (v instanceof Instant i) {
            return MOMENT.format(i);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((key, value) -> out.put(String.valueOf(key), value(value)));
            return out;
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(item -> out.add(value(item)));
            return out;
        }
        if (v instanceof Record r) {
            return record(r);
        }
        throw new IllegalArgumentException("A template model holds records, maps, lists, text, numbers, booleans and dates; not "
                + v.getClass().getName());
    }

    private static Map<String, Object> record(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            for (var component : r.getClass().getRecordComponents()) {
                out.put(component.getName(), value(component.getAccessor().invoke(r)));
            }
            for (Method m : r.getClass().getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                        && m.getReturnType() != void.class && !OBJECT_METHODS.contains(m.getName()) && !out.containsKey(m.getName())) {
                    out.put(m.getName(), value(m.invoke(r)));
                }
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("Cannot read " + r.getClass().getSimpleName() + " as a template model", e);
        }
        return out;
    }
}
