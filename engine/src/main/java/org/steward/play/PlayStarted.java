package org.steward.play;

import java.time.Instant;

/**
 * A play started: published inside the transaction that started its process instance. {@code variant} (the
 * playbook's DISC variant: D, I, S, C or neutral) and {@code contactExternalId} (the contact the play
 * addresses) come from the process variables of the same names and are null when the starter gave none.
 */
public record PlayStarted(String playId, String kind, String accountExternalId, String reason, Instant at,
                          String variant, String contactExternalId) {
}
