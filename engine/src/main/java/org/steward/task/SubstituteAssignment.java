package org.steward.task;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.kie.kogito.auth.IdentityProvider;
import org.kie.kogito.usertask.UserTaskAssignmentStrategy;
import org.kie.kogito.usertask.UserTaskInstance;
import org.springframework.stereotype.Component;

/**
 * jBPM's default assignment strategy, replaced: a task offered to one user goes to that user, or to their substitute
 * while they are out of office. jBPM asks it when a task is created and when it is reassigned or delegated.
 */
@Component
class SubstituteAssignment implements UserTaskAssignmentStrategy {

    private final Absences absences;

    SubstituteAssignment(Absences absences) {
        this.absences = absences;
    }

    @Override
    public String getName() {
        return DEFAULT_NAME;
    }

    @Override
    public Optional<String> computeAssignment(UserTaskInstance task, IdentityProvider identity) {
        Set<String> users = new HashSet<>(task.getPotentialUsers());
        users.removeAll(task.getExcludedUsers());
        if (users.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(absences.standInFor(users.iterator().next()));
    }
}
