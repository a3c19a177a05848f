package org.steward.task;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.kie.kogito.usertask.UserTaskEventListener;
import org.kie.kogito.usertask.UserTaskInstance;
import org.kie.kogito.usertask.events.UserTaskAssignmentEvent;
import org.kie.kogito.usertask.events.UserTaskStateEvent;
import org.kie.kogito.usertask.events.UserTaskVariableEvent;
import org.kie.kogito.usertask.lifecycle.UserTaskState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.steward.system.calendar.StewardBusinessCalendar;

/**
 * Copies every change of a jBPM user task into Steward's task table, inside the engine's transaction. A task is
 * recorded once jBPM has linked it to its process instance; its inputs {@code accountExternalId}, {@code teamLead},
 * {@code sla} and (optional) {@code title}, {@code instructions}, {@code template} and {@code context} describe it, and
 * {@code sla} fixes its due date on the business calendar (a duration from the task's creation, or a fixed moment).
 */
@Component
class TaskHistory implements UserTaskEventListener {

    private final TaskRepository tasks;
    private final EntityManager entities;
    private final StewardBusinessCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskHistory(TaskRepository tasks, EntityManager entities, StewardBusinessCalendar calendar, ApplicationEventPublisher events,
                Clock clock) {
        this.tasks = tasks;
        this.entities = entities;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void onUserTaskState(UserTaskStateEvent event) {
        record(event.getUserTaskInstance());
    }

    @Override
    public void onUserTaskAssignment(UserTaskAssignmentEvent event) {
        record(event.getUserTaskInstance());
    }

    @Override
    public void onUserTaskInputVariable(UserTaskVariableEvent event) {
        record(event.getUserTaskInstance());
    }

    private void record(UserTaskInstance engineTask) {
        Map<String, Object> metadata = engineTask.getMetadata();
        Object playId = metadata.get("ProcessInstanceId");
        if (playId == null) {
            return;
        }
        Instant now = clock.instant();
        Task task = tasks.findById(engineTask.getId()).orElse(null);
        boolean created = task == null;
        if (created) {
            task = new Task(engineTask.getId(), playId.toString(), text(metadata.get("ProcessId")), engineTask.getUserTaskId(),
                    engineTask.getTaskName(), now);
        } else if (!task.isOpen()) {
            return;
        }
        Map<String, Object> inputs = engineTask.getInputs();
        String sla = text(inputs.get("sla"));
        String title = inputs.get("title") != null ? text(inputs.get("title"))
                : engineTask.getUserTask() != null ? engineTask.getUserTask().getReferenceName() : null;
        Instant due = task.getSla() == null && sla != null ? calendar.dueAt(task.getCreatedAt(), sla) : null;
        task.describe(title, text(inputs.get("accountExternalId")), text(inputs.get("teamLead")), sla, due);
        task.explain(text(inputs.get("instructions")), text(inputs.get("template")), text(inputs.get("context")));
        Set<String> users = new HashSet<>(engineTask.getPotentialUsers());
        users.removeAll(engineTask.getExcludedUsers());
        Set<String> groups = Set.copyOf(engineTask.getPotentialGroups());
        String before = task.getAssignee();
        task.assign(engineTask.getActualOwner(), users, groups, now);
        TaskStatus status = statusOf(engineTask.getStatus());
        task.state(status, now);
        if (created) {
            entities.persist(task);
        }
        boolean given = users.size() <= 1 && groups.isEmpty();
        if (status.isOpen() && given && task.getAssignee() != null && !task.getAssignee().equals(before)) {
            events.publishEvent(new TaskAssigned(task.getId(), task.getPlayId(), task.getAssignee(), before, now));
        }
        if (!status.isOpen()) {
            String by = task.getCompletedBy() != null ? task.getCompletedBy() : engineTask.getActualOwner();
            events.publishEvent(new TaskClosed(task.getId(), task.getPlayId(), status, by, now));
        }
    }

    static TaskStatus statusOf(UserTaskState state) {
        if (state.isTerminate()) {
            return state.getTerminate() == UserTaskState.TerminationType.COMPLETED ? TaskStatus.COMPLETED : TaskStatus.CANCELLED;
        }
        return "Reserved".equals(state.getName()) ? TaskStatus.RESERVED : TaskStatus.READY;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
