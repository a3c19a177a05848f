package org.steward.play;

import java.time.Instant;

/** A play started: published inside the transaction that started its process instance. */
public record PlayStarted(String playId, String kind, String accountExternalId, String reason, Instant at) {
}
