package org.steward.scoring.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A churn or expansion signal with its evidence: the numbers that raised it, by name, in the order the
 * rule gave them. {@code code} is stable (e.g. "logins-down") so later runs can tell a signal raised
 * from one cleared.
 */
public record Signal(SignalKind kind, String code, String summary, Map<String, Object> evidence) {

    public Signal {
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    public static Signal churn(String code, String summary, Object... evidence) {
        return new Signal(SignalKind.CHURN, code, summary, evidence(evidence));
    }

    public static Signal expansion(String code, String summary, Object... evidence) {
        return new Signal(SignalKind.EXPANSION, code, summary, evidence(evidence));
    }

    private static Map<String, Object> evidence(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("evidence comes in name, value pairs");
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            evidence.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return evidence;
    }
}
