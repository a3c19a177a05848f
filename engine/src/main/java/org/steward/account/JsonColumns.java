package org.steward.account;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON columns of fact tables: a list of feature keys, a map of free attributes (stored with sorted keys). */
final class JsonColumns {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };

    private JsonColumns() {
    }

    static String list(List<String> values) {
        return values == null ? null : write(values);
    }

    static String map(Map<String, String> values) {
        return values == null || values.isEmpty() ? null : write(new TreeMap<>(values));
    }

    static List<String> list(String json) {
        return json == null ? null : read(json, LIST);
    }

    static Map<String, String> map(String json) {
        return json == null ? Map.of() : read(json, MAP);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value + " as JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored JSON column is not valid JSON: " + json, e);
        }
    }
}
