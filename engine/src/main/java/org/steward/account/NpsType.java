package org.steward.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** NPS responses: key {@code externalId}; a named contact must belong to the response's account. */
final class NpsType extends FactType<NpsFact> {

    NpsType() {
        super(FactKind.NPS, NpsFact.class, "nps_response",
                List.of("external_id", "account_id", "contact_external_id", "score", "responded_on", "comment"), 1,
                Key.externalId(NpsFact::externalId), NpsFact::accountExternalId);
    }

    @Override
    String contactOf(NpsFact row) {
        return row.contactExternalId();
    }

    @Override
    void check(NpsFact row, LocalDate today, Problems problems) {
        problems.notInFuture("respondedOn", row.respondedOn(), today);
    }

    @Override
    Object[] values(NpsFact row, References.Resolved refs) {
        return new Object[] {row.externalId(), refs.accountId(row.accountExternalId()), row.contactExternalId(), row.score(),
                row.respondedOn(), row.comment()};
    }

    @Override
    NpsFact read(ResultSet rs, String accountExternalId) throws SQLException {
        return new NpsFact(rs.getString("external_id"), accountExternalId, rs.getString("contact_external_id"),
                rs.getInt("score"), rs.getObject("responded_on", LocalDate.class), rs.getString("comment"));
    }
}
