package org.steward.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Contacts: key {@code externalId}; each belongs to an account. */
final class ContactType extends FactType<ContactFact> {

    ContactType() {
        super(FactKind.CONTACTS, ContactFact.class, "contact",
                List.of("external_id", "account_id", "name", "email", "role", "champion", "disc", "active"), 1,
                Key.externalId(ContactFact::externalId), ContactFact::accountExternalId);
    }

    @Override
    Object[] values(ContactFact row, References.Resolved refs) {
        return new Object[] {row.externalId(), refs.accountId(row.accountExternalId()), row.name(), row.email(), row.role(),
                row.champion(), row.disc() == null ? null : row.disc().name(), row.active()};
    }

    @Override
    ContactFact read(ResultSet rs, String accountExternalId) throws SQLException {
        String disc = rs.getString("disc");
        return new ContactFact(rs.getString("external_id"), accountExternalId, rs.getString("name"), rs.getString("email"),
                rs.getString("role"), rs.getBoolean("champion"), disc == null ? null : Disc.valueOf(disc), rs.getBoolean("active"));
    }
}
