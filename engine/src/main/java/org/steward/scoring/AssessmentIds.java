package org.steward.scoring;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out assessment ids in blocks of {@value #BLOCK}: the database sequence {@code assessment_id_block}
 * numbers the blocks, so ids are unique across nodes and a run knows them before its multi-row inserts.
 * Ids of a block a node never used are skipped, never reused.
 */
@Component
class AssessmentIds {

    static final int BLOCK = 1000;

    private final JdbcTemplate jdbc;
    private long next;
    private long end;

    AssessmentIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    synchronized long next() {
        if (next == end) {
            Long block = jdbc.queryForObject("SELECT NEXTVAL(assessment_id_block)", Long.class);
            next = (block - 1) * BLOCK + 1;
            end = next + BLOCK;
        }
        return next++;
    }
}
