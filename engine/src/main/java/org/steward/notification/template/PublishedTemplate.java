package org.steward.notification.template;

import java.time.Instant;

/** A template as published: its id, kind, version, who published it when and why, and its FreeMarker source. */
public record PublishedTemplate(String id, TemplateKind kind, int version, Instant publishedAt, String publishedBy, String note, String source) {
}
