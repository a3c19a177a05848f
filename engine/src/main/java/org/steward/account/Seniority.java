package org.steward.account;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Ranks a contact's role title for choosing the most senior contact: 5 C-level, founder or president,
 * 4 VP or head of, 3 director, 2 manager or lead, 1 anyone else (or no title). The scoring rules and the
 * messages choose an account's primary contact by it, so both address the same person.
 */
public final class Seniority {

    private static final Pattern VICE_PRESIDENT = words("vp|svp|evp|avp|vice president|head of");
    private static final Pattern C_LEVEL = words("chief|ceo|cto|cfo|coo|cio|cro|cmo|cso|ciso|founder|co-founder|owner|president");
    private static final Pattern DIRECTOR = words("director");
    private static final Pattern MANAGER = words("manager|lead|principal|supervisor");

    private Seniority() {
    }

    /** Ranks of the role titles met so far: a book repeats a handful of titles over many contacts. */
    private static final Map<String, Integer> RANKS = new ConcurrentHashMap<>();

    public static int of(String role) {
        if (role == null || role.isBlank()) {
            return 1;
        }
        return RANKS.size() < 10_000 ? RANKS.computeIfAbsent(role, Seniority::rank) : rank(role);
    }

    private static int rank(String role) {
        String title = role.toLowerCase(Locale.ROOT);
        if (VICE_PRESIDENT.matcher(title).find()) {
            return 4;
        }
        if (C_LEVEL.matcher(title).find()) {
            return 5;
        }
        if (DIRECTOR.matcher(title).find()) {
            return 3;
        }
        return MANAGER.matcher(title).find() ? 2 : 1;
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(^|[^a-z])(" + alternatives + ")([^a-z]|$)");
    }
}
