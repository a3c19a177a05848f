package org.steward.account.imports;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem of an imported file: the line where the row starts, the file's column, Steward's field, and what
 * is wrong. Column and field are absent for a problem of the whole row.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ImportError(Integer row, String column, String field, String reason) {
}
