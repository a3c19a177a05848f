package org.steward.user;

/** What a Steward user may do. */
public enum Role {
    /** Authors rule sets, playbooks and templates. */
    CS_OPS,
    /** Works the task inbox for the accounts they own. */
    CSM,
    /** Works the escalation queue of their team; reassigns tasks. */
    TEAM_LEAD,
    /** Receives tasks whose second (director) SLA lapsed; sees and reassigns every team's tasks. */
    CS_DIRECTOR,
    /** Manages users and configuration; may do everything. */
    ADMIN,
    /** A system that pushes account facts (CRM, billing, analytics, support desk). */
    INTEGRATION;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
