package org.steward.user;

import org.steward.system.web.ConflictException;

/** A user of that name exists already (409). */
public class UsernameTakenException extends ConflictException {

    public UsernameTakenException(String username) {
        super("A user named '" + username + "' exists already");
    }
}
