package org.steward.notification;

/** Customer-facing e-mails wait for their CSM's review; internal notices (and digests) go out at once. */
public enum MessageKind { CUSTOMER, NOTICE }
