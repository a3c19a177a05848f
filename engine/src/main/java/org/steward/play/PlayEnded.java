package org.steward.play;

import java.time.Instant;

/** A play ended (its process instance finished or was aborted), with the end event's name as the reason. */
public record PlayEnded(String playId, String kind, String accountExternalId, PlayStatus status, String outcome,
                        String reason, Instant at) {
}
