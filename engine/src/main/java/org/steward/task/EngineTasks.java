package org.steward.task;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.kie.kogito.auth.IdentityProvider;
import org.kie.kogito.auth.IdentityProviders;
import org.kie.kogito.usertask.UserTaskInstanceNotAuthorizedException;
import org.kie.kogito.usertask.UserTasks;
import org.kie.kogito.usertask.impl.DefaultUserTaskInstance;
import org.kie.kogito.usertask.impl.lifecycle.DefaultUserTaskLifeCycle;
import org.kie.kogito.usertask.lifecycle.UserTaskTransitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.steward.system.web.ConflictException;

/**
 * Steward's calls into jBPM's user tasks, made inside the caller's transaction. jBPM checks the caller again
 * (owner, potential owner, business administrator); its refusals become 403 and invalid transitions 409.
 */
@Component
class EngineTasks {

    private final ObjectProvider<UserTasks> userTasks;

    EngineTasks(ObjectProvider<UserTasks> userTasks) {
        this.userTasks = userTasks;
    }

    DefaultUserTaskInstance find(String id) {
        return (DefaultUserTaskInstance) userTasks.getObject().instances().findById(id)
                .orElseThrow(() -> new ConflictException("Task " + id + " has ended"));
    }

    void claim(DefaultUserTaskInstance task, Caller caller) {
        transition(task, DefaultUserTaskLifeCycle.CLAIM, Map.of(DefaultUserTaskLifeCycle.PARAMETER_USER, caller.username()), caller);
    }

    void release(DefaultUserTaskInstance task, Caller caller) {
        transition(task, DefaultUserTaskLifeCycle.RELEASE, Map.of(), caller);
    }

    void complete(DefaultUserTaskInstance task, Map<String, Object> outcome, Caller caller) {
        transition(task, DefaultUserTaskLifeCycle.COMPLETE, outcome, caller);
    }

    /**
     * Offers the task to this one user and runs jBPM's reassign transition, which hands it to them (or to their
     * substitute while they are away). The caller must be allowed by jBPM before the owners change.
     */
    void reassign(DefaultUserTaskInstance task, String to, Caller caller) {
        IdentityProvider identity = identity(caller);
        checked(task, DefaultUserTaskLifeCycle.REASSIGN, () -> task.getUserTaskLifeCycle().allowedTransitions(task, identity));
        task.setPotentialUsers(Set.of(to));
        transition(task, DefaultUserTaskLifeCycle.REASSIGN, Map.of(), caller);
    }

    /** Adds users and groups to those the task is offered to; who holds it stays the same. */
    void share(DefaultUserTaskInstance task, Set<String> users, Set<String> groups) {
        Set<String> allUsers = new HashSet<>(task.getPotentialUsers());
        if (allUsers.addAll(users)) {
            task.setPotentialUsers(allUsers);
        }
        Set<String> allGroups = new HashSet<>(task.getPotentialGroups());
        if (allGroups.addAll(groups)) {
            task.setPotentialGroups(allGroups);
        }
    }

    private void transition(DefaultUserTaskInstance task, String transition, Map<String, Object> data, Caller caller) {
        checked(task, transition, () -> task.transition(transition, data, identity(caller)));
    }

    private static void checked(DefaultUserTaskInstance task, String transition, Runnable call) {
        try {
            call.run();
        } catch (UserTaskInstanceNotAuthorizedException e) {
            throw new AccessDeniedException(e.getMessage(), e);
        } catch (UserTaskTransitionException e) {
            throw new ConflictException("Task " + task.getId() + " cannot " + transition + " now: " + e.getMessage());
        }
    }

    private static IdentityProvider identity(Caller caller) {
        return IdentityProviders.of(caller.username(), caller.roleNames());
    }
}
