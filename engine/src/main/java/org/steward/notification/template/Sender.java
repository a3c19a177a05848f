package org.steward.notification.template;

/** A Steward user as a template names them: the CSM a customer message comes from, the user a notice goes to. */
public record Sender(String username, String name, String email) {
}
