/**
 * Escalations: when a task's SLA lapses its play's process runs the work item {@code Escalate}, which shares the task
 * with the account's team lead (first SLA) or the CS directors (second SLA), marks it escalated and puts it in the
 * escalation queue ({@code GET /api/v1/escalations}); {@code AlertTeamLead} tells a team lead at once that an account
 * turned red. Each publishes {@link org.steward.escalation.TaskEscalated} or {@link org.steward.escalation.TeamLeadAlerted}
 * for notifications. An escalation is resolved when its task ends, a lead reassigns the task, or the play ends.
 */
package org.steward.escalation;
