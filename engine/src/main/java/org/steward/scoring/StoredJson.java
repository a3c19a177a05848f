package org.steward.scoring;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON columns of scoring: an assessment with its why, and a signal's evidence. */
final class StoredJson {

    private static final TypeReference<Map<String, Object>> EVIDENCE = new TypeReference<>() { };

    private StoredJson() {
    }

    static Map<String, Object> evidence(ObjectMapper json, String text) {
        return text == null ? Map.of() : read(json, text, EVIDENCE);
    }

    static AccountAssessment assessment(ObjectMapper json, String text) {
        try {
            return json.readValue(text, AccountAssessment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored assessment is not valid JSON", e);
        }
    }

    static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(ObjectMapper json, String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored JSON column is not valid JSON: " + text, e);
        }
    }
}
