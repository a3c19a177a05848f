package org.steward.user;

/** A user of that name exists already. */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("A user named '" + username + "' exists already");
    }
}
