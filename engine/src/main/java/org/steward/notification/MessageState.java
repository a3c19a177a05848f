package org.steward.notification;

/**
 * Where a message is. {@code DRAFTED}: a customer e-mail waiting for its CSM; {@code APPROVED}: to be sent;
 * {@code SENDING}: handed to SMTP by one attempt; {@code SENT}: the SMTP server accepted it; {@code FAILED}:
 * not accepted — retried while a next attempt is scheduled, else waiting for a person (including when
 * delivery is unknown); {@code DISCARDED}: never to be sent.
 */
public enum MessageState { DRAFTED, APPROVED, SENDING, SENT, FAILED, DISCARDED }
