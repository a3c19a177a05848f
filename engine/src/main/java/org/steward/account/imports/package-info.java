/**
 * CSV imports of account facts: a file is uploaded, checked row by row and stored whole through
 * {@link org.steward.account.FactIngestion} in the background, or refused whole with each bad row's line and
 * column. Jobs and their outcome live in the {@code fact_import} table.
 */
package org.steward.account.imports;
