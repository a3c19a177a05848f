package org.steward.notification;

import java.time.Instant;

/**
 * A message in the outbox as the API shows it. {@code csm} is the Steward user responsible: the CSM who
 * reviews a customer e-mail, or the user an internal notice is addressed to. {@code nextAttemptAt} is set
 * while a failed message will be retried; {@code deliveryUnknown} marks a message whose hand-off to SMTP
 * was interrupted, which Steward does not send again on its own.
 */
public record OutboxMessage(long id, MessageKind kind, MessageState state, String recipient, String recipientName, String replyTo,
                            String subject, String body, String templateId, int templateVersion, String accountExternalId,
                            String accountName, String csm, String messageId, Instant createdAt, Instant updatedAt, String editedBy,
                            Instant approvedAt, String approvedBy, Instant sentAt, int attempts, Instant nextAttemptAt, String lastError,
                            boolean deliveryUnknown) {
}
