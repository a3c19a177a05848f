package org.steward.escalation;

import java.time.Instant;

/** A team lead was told at once that a play needs them (an account turned red). */
public record TeamLeadAlerted(long escalationId, String playId, String accountExternalId, String teamLead, String reason, Instant at) {
}
