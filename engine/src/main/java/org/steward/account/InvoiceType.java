package org.steward.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Invoices: key {@code externalId}; due on or after the day of issue. */
final class InvoiceType extends FactType<InvoiceFact> {

    InvoiceType() {
        super(FactKind.INVOICES, InvoiceFact.class, "invoice",
                List.of("external_id", "account_id", "amount", "currency", "issued_on", "due_on", "paid_on"), 1,
                Key.externalId(InvoiceFact::externalId), InvoiceFact::accountExternalId);
    }

    @Override
    void check(InvoiceFact row, LocalDate today, Problems problems) {
        problems.notAfter("issuedOn", row.issuedOn(), "dueOn", row.dueOn());
    }

    @Override
    Object[] values(InvoiceFact row, References.Resolved refs) {
        return new Object[] {row.externalId(), refs.accountId(row.accountExternalId()), row.amount(), row.currency(),
                row.issuedOn(), row.dueOn(), row.paidOn()};
    }

    @Override
    InvoiceFact read(ResultSet rs, String accountExternalId) throws SQLException {
        return new InvoiceFact(rs.getString("external_id"), accountExternalId, rs.getBigDecimal("amount"),
                rs.getString("currency"), rs.getObject("issued_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getObject("paid_on", LocalDate.class));
    }
}
