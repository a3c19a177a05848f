package org.steward.playbook;

import java.time.Instant;

/** A playbook as published: its content, its version and who published it when. */
public record PublishedPlaybook(Playbook playbook, int version, Instant publishedAt, String publishedBy, String note, String source) {
}
