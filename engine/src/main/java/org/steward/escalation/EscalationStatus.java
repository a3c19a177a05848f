package org.steward.escalation;

/** OPEN until its task ends, a lead or director reassigns the task, or its play ends. */
public enum EscalationStatus {
    OPEN, RESOLVED
}
