package org.steward.escalation;

/**
 * Why something is in the escalation queue: a task's SLA lapsed, an account turned red, or an onboarding account is
 * off its trajectory at the activation check.
 */
public enum EscalationKind {
    SLA_LAPSED, ACCOUNT_RED, OFF_TRAJECTORY
}
