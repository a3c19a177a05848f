package org.steward.escalation;

/** Why something is in the escalation queue: a task's SLA lapsed, or an account turned red. */
public enum EscalationKind {
    SLA_LAPSED, ACCOUNT_RED
}
