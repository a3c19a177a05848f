package org.steward.task;

import org.springframework.security.access.AccessDeniedException;
import org.steward.user.Role;

/**
 * Who may do what with a task. A CSM sees the tasks they hold or are offered; a team lead also those of their team
 * (the accounts they lead); CS directors and admins see all. Reassigning is for the team's lead, directors and admins.
 */
final class TaskAccess {

    private TaskAccess() {
    }

    static boolean canSee(Caller caller, Task task) {
        String me = caller.username();
        return caller.seesEverything()
                || me.equals(task.getAssignee())
                || task.getCandidates().contains(me)
                || me.equals(task.getCompletedBy())
                || leads(caller, task)
                || task.getCandidateGroups().stream().anyMatch(caller.roleNames()::contains);
    }

    /** May reassign the task (and release it from whoever holds it). */
    static boolean manages(Caller caller, Task task) {
        return caller.seesEverything() || leads(caller, task);
    }

    /** May take the task when nobody holds it. */
    static boolean mayTake(Caller caller, Task task) {
        return task.getCandidates().contains(caller.username())
                || task.getCandidateGroups().stream().anyMatch(caller.roleNames()::contains)
                || manages(caller, task);
    }

    static void requireVisible(Caller caller, Task task) {
        if (!canSee(caller, task)) {
            throw new AccessDeniedException("Task " + task.getId() + " is not yours to see");
        }
    }

    private static boolean leads(Caller caller, Task task) {
        return caller.has(Role.TEAM_LEAD) && caller.username().equals(task.getTeamLead());
    }
}
