package org.steward.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Support tickets: key {@code externalId}. */
final class TicketType extends FactType<TicketFact> {

    TicketType() {
        super(FactKind.TICKETS, TicketFact.class, "ticket",
                List.of("external_id", "account_id", "subject", "priority", "status", "opened_on", "resolved_on"), 1,
                Key.externalId(TicketFact::externalId), TicketFact::accountExternalId);
    }

    @Override
    void check(TicketFact row, LocalDate today, Problems problems) {
        problems.notInFuture("openedOn", row.openedOn(), today);
        problems.notAfter("openedOn", row.openedOn(), "resolvedOn", row.resolvedOn());
    }

    @Override
    Object[] values(TicketFact row, References.Resolved refs) {
        return new Object[] {row.externalId(), refs.accountId(row.accountExternalId()), row.subject(), row.priority().name(),
                row.status().name(), row.openedOn(), row.resolvedOn()};
    }

    @Override
    TicketFact read(ResultSet rs, String accountExternalId) throws SQLException {
        return new TicketFact(rs.getString("external_id"), accountExternalId, rs.getString("subject"),
                TicketPriority.valueOf(rs.getString("priority")), TicketStatus.valueOf(rs.getString("status")),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("resolved_on", LocalDate.class));
    }
}
