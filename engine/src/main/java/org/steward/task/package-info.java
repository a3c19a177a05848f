/**
 * Tasks: the user tasks of every play as CSMs, team leads and CS directors work them. Steward keeps its own copy of
 * each task (status, assignee, due date on the business calendar, outcome, escalation) in step with jBPM through a
 * user-task event listener, serves the inbox from it and keeps it after jBPM deletes the finished task.
 * <p>
 * API for other capabilities: {@link org.steward.task.TaskEscalations} (share an overdue task with its team lead or
 * the CS directors), {@link org.steward.task.Absences} (who stands in for an absent user), the events
 * {@link org.steward.task.TaskClosed} and {@link org.steward.task.TaskReassigned}, and {@link org.steward.task.Caller}.
 */
package org.steward.task;
