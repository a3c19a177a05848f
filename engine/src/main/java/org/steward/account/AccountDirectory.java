package org.steward.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other capabilities read about one account: owner, team lead, segment, contract dates and ARR
 * ({@link #find}), a contact's name ({@link #contactName}) and how many of its seats were in use on its latest usage
 * day ({@link #latestSeatUse}). Plays use it to assign tasks and compute their dates.
 */
@Service
public class AccountDirectory {

    /**
     * An account's contract terms and owners as plays need them; {@code attributes} are the integration's
     * free-form extras. (The account with its contacts, tickets and usage is {@link AccountOverviews.AccountOverview}.)
     */
    public record AccountTerms(String externalId, String name, Segment segment, BigDecimal arr, int seatsPurchased,
                                  LocalDate contractStart, LocalDate renewalDate, String csmOwner, String teamLead,
                                  Map<String, String> attributes) {
    }

    /** Seats in use (summed over teams) on the latest day with usage, against the seats purchased. */
    public record SeatUse(LocalDate date, int seatsUsed, int seatsPurchased) {

        /** Seats used per seat purchased; 0 when the account bought none. */
        public double utilisation() {
            return seatsPurchased == 0 ? 0 : (double) seatsUsed / seatsPurchased;
        }
    }

    private final JdbcTemplate jdbc;

    AccountDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<AccountTerms> find(String externalId) {
        List<AccountTerms> found = jdbc.query("SELECT external_id, name, segment, arr, seats_purchased, contract_start,"
                + " renewal_date, csm_owner, team_lead, attributes FROM account WHERE external_id = ?", (rs, n) -> new AccountTerms(
                rs.getString("external_id"), rs.getString("name"), Segment.valueOf(rs.getString("segment")), rs.getBigDecimal("arr"),
                rs.getInt("seats_purchased"), rs.getObject("contract_start", LocalDate.class), rs.getObject("renewal_date", LocalDate.class),
                rs.getString("csm_owner"), rs.getString("team_lead"), JsonColumns.map(rs.getString("attributes"))), externalId);
        return found.stream().findFirst();
    }

    /** The name of this contact of the account, if both exist. */
    @Transactional(readOnly = true)
    public Optional<String> contactName(String accountExternalId, String contactExternalId) {
        if (contactExternalId == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT c.name FROM contact c JOIN account a ON a.id = c.account_id"
                + " WHERE a.external_id = ? AND c.external_id = ?", String.class, accountExternalId, contactExternalId).stream().findFirst();
    }

    /** Seat use on the account's latest usage day; empty when it has no usage yet (or no such account). */
    @Transactional(readOnly = true)
    public Optional<SeatUse> latestSeatUse(String externalId) {
        return jdbc.query("SELECT u.usage_date, SUM(u.seats_used) AS seats_used, MAX(a.seats_purchased) AS seats_purchased"
                + " FROM account a JOIN usage_day u ON u.account_id = a.id WHERE a.external_id = ?"
                + " AND u.usage_date = (SELECT MAX(usage_date) FROM usage_day WHERE account_id = a.id) GROUP BY u.usage_date",
                (rs, n) -> new SeatUse(rs.getObject("usage_date", LocalDate.class), rs.getInt("seats_used"), rs.getInt("seats_purchased")),
                externalId).stream().findFirst();
    }
}
