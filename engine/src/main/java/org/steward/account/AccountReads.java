package org.steward.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads accounts and their latest facts back, in the shape integrations send them. */
@Component
class AccountReads {

    private final JdbcTemplate jdbc;
    private final FactTypes types;

    AccountReads(JdbcTemplate jdbc, FactTypes types) {
        this.jdbc = jdbc;
        this.types = types;
    }

    @Transactional(readOnly = true)
    Optional<AccountDetail> detail(String externalId) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM account WHERE external_id = ?", Long.class, externalId);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long id = ids.get(0);
        AccountFact account = jdbc.queryForObject("SELECT * FROM account WHERE id = ?", rows(AccountFact.class, null), id);
        return Optional.of(new AccountDetail(account,
                facts(ContactFact.class, externalId, "contact WHERE account_id = ? ORDER BY champion DESC, name", id),
                facts(UsageFact.class, externalId, "usage_day WHERE account_id = ? AND usage_date = "
                        + "(SELECT MAX(usage_date) FROM usage_day WHERE account_id = ?) ORDER BY team", id, id),
                facts(TicketFact.class, externalId, "ticket WHERE account_id = ? AND status IN ('OPEN', 'PENDING')"
                        + " ORDER BY opened_on DESC, external_id", id),
                latest(facts(NpsFact.class, externalId, "nps_response WHERE account_id = ?"
                        + " ORDER BY responded_on DESC, id DESC LIMIT 1", id)),
                facts(InvoiceFact.class, externalId, "invoice WHERE account_id = ? AND paid_on IS NULL"
                        + " ORDER BY due_on, external_id", id),
                latest(facts(AssessmentFact.class, externalId, "csm_assessment WHERE account_id = ?"
                        + " ORDER BY assessed_on DESC LIMIT 1", id))));
    }

    @Transactional(readOnly = true)
    AccountPage page(int page, int size, Segment segment, String csm) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (segment != null) {
            where.append(" AND segment = ?");
            args.add(segment.name());
        }
        if (csm != null) {
            where.append(" AND csm_owner = ?");
            args.add(csm);
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM account" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<AccountFact> items = jdbc.query("SELECT * FROM account" + where + " ORDER BY name, external_id LIMIT ? OFFSET ?",
                rows(AccountFact.class, null), pageArgs.toArray());
        return new AccountPage(items, page, size, total == null ? 0 : total);
    }

    private <R extends Record> List<R> facts(Class<R> type, String accountExternalId, String fromWhere, Object... args) {
        return jdbc.query("SELECT * FROM " + fromWhere, rows(type, accountExternalId), args);
    }

    private <R extends Record> RowMapper<R> rows(Class<R> type, String accountExternalId) {
        FactType<R> factType = types.of(type);
        return (rs, n) -> factType.read(rs, accountExternalId);
    }

    private static <R> R latest(List<R> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }
}
