package org.steward.scoring;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * A rule-set version as CS ops send it. Either complete — every file in {@code files}, no
 * {@code basedOn} — or as changes on top of version {@code basedOn}: {@code files} replace or add files,
 * {@code removed} drops files, {@code parameters} changes keys of the base's {@code parameters.properties}
 * in place (a null value removes the key). A weights change is then just
 * {@code {"basedOn": 3, "parameters": {"layer.usage.weight": "50"}}}.
 */
public record RuleSetDraft(
        Integer basedOn,
        Map<String, String> files,
        List<String> removed,
        Map<String, String> parameters,
        @Size(max = 500) String note) {

    public RuleSetDraft {
        files = files == null ? Map.of() : files;
        removed = removed == null ? List.of() : removed;
        parameters = parameters == null ? Map.of() : parameters;
    }
}
