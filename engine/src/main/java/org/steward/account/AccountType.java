package org.steward.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Accounts: key {@code externalId}; the CSM owner and team lead must be Steward users. */
final class AccountType extends FactType<AccountFact> {

    AccountType() {
        super(FactKind.ACCOUNTS, AccountFact.class, "account", List.of("external_id", "name", "segment", "plan", "arr",
                "seats_purchased", "contract_start", "renewal_date", "csm_owner", "team_lead", "attributes"), 1,
                Key.externalId(AccountFact::externalId), null);
    }

    @Override
    String changes(AccountFact row) {
        return row.externalId();
    }

    @Override
    Map<String, String> users(AccountFact row) {
        Map<String, String> users = new HashMap<>();
        users.put("csmOwner", row.csmOwner());
        users.put("teamLead", row.teamLead());
        users.values().removeIf(name -> name == null || name.isBlank());
        return users;
    }

    @Override
    void check(AccountFact row, LocalDate today, Problems problems) {
        problems.notAfter("contractStart", row.contractStart(), "renewalDate", row.renewalDate());
    }

    /** With no team lead given, the account gets the one the CSM owner has in the user directory. */
    @Override
    Object[] values(AccountFact row, References.Resolved refs) {
        String teamLead = row.teamLead() != null ? row.teamLead() : refs.teamLeadOf(row.csmOwner());
        return new Object[] {row.externalId(), row.name(), row.segment().name(), row.plan(), row.arr(),
                row.seatsPurchased(), row.contractStart(), row.renewalDate(), row.csmOwner(), teamLead,
                JsonColumns.map(row.attributes())};
    }

    @Override
    AccountFact read(ResultSet rs, String accountExternalId) throws SQLException {
        return new AccountFact(rs.getString("external_id"), rs.getString("name"), Segment.valueOf(rs.getString("segment")),
                rs.getString("plan"), rs.getBigDecimal("arr"), rs.getInt("seats_purchased"),
                rs.getObject("contract_start", LocalDate.class), rs.getObject("renewal_date", LocalDate.class),
                rs.getString("csm_owner"), rs.getString("team_lead"), JsonColumns.map(rs.getString("attributes")));
    }
}
