package org.steward.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.steward.user.AppUser;
import org.steward.user.UserDirectory;

/** Looks up what facts refer to: accounts and contacts by external id, users by name. */
@Component
class References {

    private static final int IN_LIST = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final UserDirectory users;

    References(NamedParameterJdbcTemplate jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Of these account external ids, those that exist, with their ids. */
    Map<String, Long> accountIds(Collection<String> externalIds) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> part : parts(externalIds)) {
            jdbc.query("SELECT external_id, id FROM account WHERE external_id IN (:ids)", Map.of("ids", part),
                    rs -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return ids;
    }

    /** Of these contact external ids, those that exist, with the external id of their account. */
    Map<String, String> contactAccounts(Collection<String> contactIds) {
        Map<String, String> accounts = new HashMap<>();
        for (List<String> part : parts(contactIds)) {
            jdbc.query("SELECT c.external_id, a.external_id FROM contact c JOIN account a ON a.id = c.account_id"
                    + " WHERE c.external_id IN (:ids)", Map.of("ids", part), rs -> {
                        accounts.put(rs.getString(1), rs.getString(2));
                    });
        }
        return accounts;
    }

    Set<String> unknownUsers(Collection<String> names) {
        return names.isEmpty() ? Set.of() : users.unknown(names);
    }

    /** The accounts of one slice of rows, resolved to ids, and the team leads of CSMs as they are asked for. */
    Resolved resolve(Collection<String> accountExternalIds) {
        return new Resolved(accountExternalIds.isEmpty() ? Map.of() : accountIds(accountExternalIds));
    }

    private static List<List<String>> parts(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            parts.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
        }
        return parts;
    }

    final class Resolved {

        private final Map<String, Long> accountIds;
        private final Map<String, Optional<String>> teamLeads = new HashMap<>();

        private Resolved(Map<String, Long> accountIds) {
            this.accountIds = accountIds;
        }

        long accountId(String externalId) {
            Long id = accountIds.get(externalId);
            if (id == null) {
                throw new IllegalStateException("Account '" + externalId + "' was checked but is gone");
            }
            return id;
        }

        /** The team lead the user directory gives this CSM, or null. */
        String teamLeadOf(String csm) {
            return teamLeads.computeIfAbsent(csm, name -> users.find(name).map(AppUser::getTeamLead)).orElse(null);
        }
    }
}
