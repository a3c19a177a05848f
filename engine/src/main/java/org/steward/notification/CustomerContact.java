package org.steward.notification;

import org.steward.account.Disc;

/** The person a customer-facing message is written to; {@code disc} null means the style is unknown (neutral wording). */
public record CustomerContact(String name, String email, String role, Disc disc) {

    /** The first word of the name, for a greeting. */
    public String firstName() {
        String trimmed = name == null ? "" : name.trim();
        int space = trimmed.indexOf(' ');
        return space > 0 ? trimmed.substring(0, space) : trimmed;
    }
}
