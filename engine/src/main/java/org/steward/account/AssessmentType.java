package org.steward.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** CSM assessments: key account and day; {@code assessedBy}, when given, must be a Steward user. */
final class AssessmentType extends FactType<AssessmentFact> {

    AssessmentType() {
        super(FactKind.ASSESSMENTS, AssessmentFact.class, "csm_assessment",
                List.of("account_id", "assessed_on", "score", "assessed_by", "note"), 2,
                new Key<>("assessedOn", row -> Arrays.asList(row.accountExternalId(), row.assessedOn())),
                AssessmentFact::accountExternalId);
    }

    @Override
    Map<String, String> users(AssessmentFact row) {
        return row.assessedBy() == null || row.assessedBy().isBlank() ? Map.of() : Map.of("assessedBy", row.assessedBy());
    }

    @Override
    void check(AssessmentFact row, LocalDate today, Problems problems) {
        problems.notInFuture("assessedOn", row.assessedOn(), today);
    }

    @Override
    Object[] values(AssessmentFact row, References.Resolved refs) {
        return new Object[] {refs.accountId(row.accountExternalId()), row.assessedOn(), row.score(), row.assessedBy(), row.note()};
    }

    @Override
    AssessmentFact read(ResultSet rs, String accountExternalId) throws SQLException {
        return new AssessmentFact(accountExternalId, rs.getObject("assessed_on", LocalDate.class), rs.getInt("score"),
                rs.getString("assessed_by"), rs.getString("note"));
    }
}
