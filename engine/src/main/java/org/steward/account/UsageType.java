package org.steward.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Daily usage: key account, date and team (no team is stored as ''). */
final class UsageType extends FactType<UsageFact> {

    UsageType() {
        super(FactKind.USAGE, UsageFact.class, "usage_day", List.of("account_id", "usage_date", "team", "active_users",
                "logins", "features_used", "api_calls", "api_limit", "seats_used"), 3,
                new Key<>("date", row -> Arrays.asList(row.accountExternalId(), row.date(), team(row))),
                UsageFact::accountExternalId);
    }

    @Override
    void check(UsageFact row, LocalDate today, Problems problems) {
        problems.notInFuture("date", row.date(), today);
    }

    @Override
    Object[] values(UsageFact row, References.Resolved refs) {
        return new Object[] {refs.accountId(row.accountExternalId()), row.date(), team(row), row.activeUsers(), row.logins(),
                JsonColumns.list(row.featuresUsed()), row.apiCalls(), row.apiLimit(), row.seatsUsed()};
    }

    @Override
    UsageFact read(ResultSet rs, String accountExternalId) throws SQLException {
        String team = rs.getString("team");
        return new UsageFact(accountExternalId, rs.getObject("usage_date", LocalDate.class), rs.getInt("active_users"),
                rs.getInt("logins"), JsonColumns.list(rs.getString("features_used")), rs.getLong("api_calls"),
                rs.getObject("api_limit", Long.class), rs.getInt("seats_used"), team.isEmpty() ? null : team);
    }

    private static String team(UsageFact row) {
        return row.team() == null ? "" : row.team();
    }
}
