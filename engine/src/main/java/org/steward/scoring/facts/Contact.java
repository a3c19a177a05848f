package org.steward.scoring.facts;

import org.steward.account.Disc;

/**
 * A person at the account. {@code seniority} ranks roles: 5 C-level or founder, 4 VP or head, 3 director,
 * 2 manager or lead, 1 anyone else. {@code disc} is null when no profile is known.
 */
public record Contact(String contactId, String name, String role, boolean champion, boolean active, Disc disc,
        int seniority) {
}
