package org.steward.notification.template;

/** A rendered template: the subject it assigned (null for a document such as the QBR draft) and the HTML. */
public record Rendered(String subject, String html) {
}
