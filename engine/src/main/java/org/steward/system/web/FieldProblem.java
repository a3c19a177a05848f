package org.steward.system.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One bad field in a request: {@code index} is the position in a batch (null for a single object),
 * {@code field} the field's name or path inside that element, {@code reason} what is wrong, in words.
 * For a CSV import, {@code row} is the file's line number and {@code column} the header name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(Integer index, String field, String reason, Integer row, String column) {

    public static FieldProblem at(Integer index, String field, String reason) {
        return new FieldProblem(index, field, reason, null, null);
    }

    public static FieldProblem of(String field, String reason) {
        return new FieldProblem(null, field, reason, null, null);
    }

    /** JSON pointer to the field in the request body, as RFC 9457 suggests for naming it; a field given as a pointer stays one. */
    public String getPointer() {
        if (field != null && field.startsWith("/")) {
            return (index == null ? "" : "/" + index) + ("/".equals(field) ? "" : field);
        }
        String path = field == null ? "" : "/" + field.replace('.', '/').replaceAll("\\[(\\d+)]", "/$1");
        return (index == null ? "" : "/" + index) + path;
    }
}
