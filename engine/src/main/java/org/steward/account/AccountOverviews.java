package org.steward.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account as messages quote it: its contract, contacts, open tickets, latest NPS response and its daily
 * usage (summed over teams) for the last weeks. For other capabilities (messages, previews); read-only.
 */
@Service
public class AccountOverviews {

    private final AccountReads reads;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final FactTypes types;

    AccountOverviews(AccountReads reads, JdbcTemplate jdbc, FactTypes types) {
        this.reads = reads;
        this.types = types;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** One account with its daily usage for the {@code usageDays} days up to its latest usage day; empty when unknown. */
    @Transactional(readOnly = true)
    public Optional<AccountOverview> find(String externalId, int usageDays) {
        return reads.detail(externalId).map(detail -> {
            AccountFact a = detail.account();
            List<UsageDay> usage = jdbc.query("SELECT u.usage_date, SUM(u.active_users) AS active_users, SUM(u.logins) AS logins,"
                    + " SUM(u.seats_used) AS seats_used, SUM(u.api_calls) AS api_calls, MAX(u.api_limit) AS api_limit"
                    + " FROM usage_day u JOIN account a ON a.id = u.account_id WHERE a.external_id = ? AND u.usage_date >"
                    + " (SELECT MAX(d.usage_date) FROM usage_day d WHERE d.account_id = a.id) - INTERVAL ? DAY"
                    + " GROUP BY u.usage_date ORDER BY u.usage_date",
                    (rs, n) -> new UsageDay(rs.getObject("usage_date", LocalDate.class), rs.getInt("active_users"), rs.getInt("logins"),
                            rs.getInt("seats_used"), rs.getLong("api_calls"), rs.getObject("api_limit", Long.class)),
                    externalId, usageDays);
            return new AccountOverview(a.externalId(), a.name(), a.segment(), a.plan(), a.arr(), a.seatsPurchased(), a.contractStart(),
                    a.renewalDate(), a.csmOwner(), a.teamLead(), detail.contacts(), detail.openTickets(), detail.latestNps(), usage);
        });
    }

    /** The tickets an account opened and the NPS responses it gave from {@code from} on, oldest first. */
    @Transactional(readOnly = true)
    public AccountActivity activitySince(String externalId, LocalDate from) {
        FactType<TicketFact> tickets = types.of(TicketFact.class);
        FactType<NpsFact> nps = types.of(NpsFact.class);
        return new AccountActivity(
                jdbc.query("SELECT t.* FROM ticket t JOIN account a ON a.id = t.account_id WHERE a.external_id = ? AND t.opened_on >= ?"
                        + " ORDER BY t.opened_on, t.external_id", (rs, n) -> tickets.read(rs, externalId), externalId, from),
                jdbc.query("SELECT r.* FROM nps_response r JOIN account a ON a.id = r.account_id WHERE a.external_id = ? AND r.responded_on >= ?"
                        + " ORDER BY r.responded_on, r.external_id", (rs, n) -> nps.read(rs, externalId), externalId, from));
    }

    /** What an account did over a period: tickets opened and NPS responses given, oldest first. */
    public record AccountActivity(List<TicketFact> ticketsOpened, List<NpsFact> npsResponses) {

        public AccountActivity {
            ticketsOpened = List.copyOf(ticketsOpened);
            npsResponses = List.copyOf(npsResponses);
        }
    }

    /** The names of these accounts, by external id; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> externalIds) {
        Map<String, String> names = new HashMap<>();
        owners(externalIds).forEach((id, owner) -> names.put(id, owner.name()));
        return names;
    }

    /** Name and CSM of these accounts, by external id, read in a few statements; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<String, AccountOwner> owners(Collection<String> externalIds) {
        Map<String, AccountOwner> owners = new HashMap<>();
        List<String> ids = externalIds.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            named.query("SELECT external_id, name, csm_owner FROM account WHERE external_id IN (:ids)", Map.of("ids", chunk),
                    (RowCallbackHandler) rs -> owners.put(rs.getString("external_id"),
                            new AccountOwner(rs.getString("external_id"), rs.getString("name"), rs.getString("csm_owner"))));
        }
        return owners;
    }

    /** An account's name and the CSM who owns it. */
    public record AccountOwner(String externalId, String name, String csmOwner) {
    }

    /** An account's facts as of its latest data; {@code usage} is oldest first, one entry per day with data. */
    public record AccountOverview(String externalId, String name, Segment segment, String plan, BigDecimal arr, Integer seatsPurchased,
                                  LocalDate contractStart, LocalDate renewalDate, String csmOwner, String teamLead,
                                  List<ContactFact> contacts, List<TicketFact> openTickets, NpsFact latestNps, List<UsageDay> usage) {

        public AccountOverview {
            contacts = List.copyOf(contacts);
            openTickets = List.copyOf(openTickets);
            usage = List.copyOf(usage);
        }

        /** The active contact with this id, if the account has one. */
        public Optional<ContactFact> activeContact(String contactExternalId) {
            return contacts.stream().filter(c -> c.externalId().equals(contactExternalId) && Boolean.TRUE.equals(c.active())).findFirst();
        }

        /**
         * Whom a message addresses when no one is named: the active champion, else the most senior active contact
         * (by role title, {@link Seniority}); contacts with an e-mail address first.
         */
        public Optional<ContactFact> primaryContact() {
            Comparator<ContactFact> order = Comparator.<ContactFact, Boolean>comparing(c -> c.email() == null || c.email().isBlank())
                    .thenComparing(c -> !Boolean.TRUE.equals(c.champion()))
                    .thenComparing(c -> -Seniority.of(c.role()))
                    .thenComparing(ContactFact::name);
            return contacts.stream().filter(c -> Boolean.TRUE.equals(c.active())).min(order);
        }

        /** Open tickets of priority HIGH or URGENT. */
        public long openHighPriorityTickets() {
            return openTickets.stream().filter(t -> t.priority() == TicketPriority.HIGH || t.priority() == TicketPriority.URGENT).count();
        }

    }

    /** One day of an account's usage, summed over its teams ({@code apiLimit}: the highest limit reported that day). */
    public record UsageDay(LocalDate date, int activeUsers, int logins, int seatsUsed, long apiCalls, Long apiLimit) {
    }
}
