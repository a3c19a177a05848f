package org.steward.notification;

import org.springframework.stereotype.Component;
import org.steward.notification.template.Sender;
import org.steward.user.UserDirectory;

/** Steward users as templates name them. */
@Component
public class Senders {

    private final UserDirectory users;

    Senders(UserDirectory users) {
        this.users = users;
    }

    /** The user's name and address; a user Steward does not know keeps their user name and has no address. */
    public Sender of(String username) {
        return users.find(username).map(u -> new Sender(u.getUsername(), u.getDisplayName(), u.getEmail()))
                .orElseGet(() -> new Sender(username, username, null));
    }
}
