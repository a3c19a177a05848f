package org.steward.task;

/** Who an overdue task is escalated to: first the account's team lead, later the CS directors. */
public enum EscalationLevel {
    TEAM_LEAD, CS_DIRECTOR
}
