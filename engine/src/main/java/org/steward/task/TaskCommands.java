package org.steward.task;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kie.kogito.usertask.impl.DefaultUserTaskInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.system.web.ConflictException;
import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;
import org.steward.system.web.NotFoundException;
import org.steward.user.AppUser;
import org.steward.user.Role;
import org.steward.user.UserDirectory;

/**
 * What people do with tasks. Each command locks Steward's task row first, so commands on one task (and the SLA
 * timer escalating it) run one after the other, then checks who may do it (403), then the task's state (409), and
 * only then calls jBPM, in the same transaction.
 */
@Service
class TaskCommands {

    private final TaskRepository tasks;
    private final EngineTasks engine;
    private final UserDirectory users;
    private final Absences absences;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    TaskCommands(TaskRepository tasks, EngineTasks engine, UserDirectory users, Absences absences,
                 ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
        this.tasks = tasks;
        this.engine = engine;
        this.users = users;
        this.absences = absences;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public TaskView claim(Caller caller, String id) {
        Task task = openTask(caller, id);
        if (caller.username().equals(heldBy(task))) {
            return view(task);
        }
        takeIfFree(caller, task, engine.find(id));
        return view(task);
    }

    @Transactional
    public TaskView release(Caller caller, String id) {
        Task task = openTask(caller, id);
        String holder = heldBy(task);
        if (holder == null) {
            throw new ConflictException("Nobody holds task " + id);
        }
        if (!holder.equals(caller.username()) && !TaskAccess.manages(caller, task)) {
            throw new ConflictException("Task " + id + " is held by " + holder);
        }
        engine.release(engine.find(id), caller);
        return view(task);
    }

    @Transactional
    public TaskView start(Caller caller, String id) {
        Task task = openTask(caller, id);
        if (!caller.username().equals(heldBy(task))) {
            takeIfFree(caller, task, engine.find(id));
        }
        task.start(caller.username(), clock.instant());
        return view(task);
    }

    @Transactional
    public TaskView complete(Caller caller, String id, Map<String, Object> submitted) {
        Task task = openTask(caller, id);
        String holder = heldBy(task);
        if (holder != null && !holder.equals(caller.username())) {
            throw new ConflictException("Task " + id + " is held by " + holder);
        }
        if (holder == null && !TaskAccess.mayTake(caller, task)) {
            throw new AccessDeniedException("Task " + id + " is not offered to you");
        }
        Map<String, Object> outcome = TaskForm.of(task.getName()).validate(submitted, absences.today());
        DefaultUserTaskInstance engineTask = engine.find(id);
        if (holder == null) {
            engine.claim(engineTask, caller);
        }
        task.recordOutcome(toJson(outcome), caller.username());
        engine.complete(engineTask, outcome, caller);
        return view(task);
    }

    /** The holder hands the task to another CSM (or their substitute while they are away). */
    @Transactional
    public TaskView delegate(Caller caller, String id, String to) {
        Task task = openTask(caller, id);
        AppUser target = target(to, EnumSet.of(Role.CSM), null);
        if (target.getUsername().equals(caller.username())) {
            throw new InvalidInputException(FieldProblem.of("to", "is you: delegate to another CSM"));
        }
        DefaultUserTaskInstance engineTask = engine.find(id);
        if (!caller.username().equals(heldBy(task))) {
            takeIfFree(caller, task, engineTask);
        }
        engine.reassign(engineTask, target.getUsername(), caller);
        events.publishEvent(new TaskReassigned(id, task.getPlayId(), caller.username(), task.getAssignee(), caller.username(), true, clock.instant()));
        return view(task);
    }

    /** A team lead (of the task's team), CS director or admin gives the task to someone else. */
    @Transactional
    public TaskView reassign(Caller caller, String id, String to) {
        Task task = tasks.lock(id).orElseThrow(() -> new NotFoundException("task", id));
        requireManaged(caller, task);
        requireOpen(task);
        AppUser target = target(to, EnumSet.of(Role.CSM, Role.TEAM_LEAD), null);
        reassign(caller, task, target.getUsername());
        return view(task);
    }

    /**
     * Reassigns several tasks to one user, all or nothing: every unknown task and a bad target are reported (400),
     * any task the caller does not manage refuses the whole request (403), any closed task too (409).
     */
    @Transactional
    public List<TaskView> reassignAll(Caller caller, List<String> ids, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        if (ids == null || ids.isEmpty()) {
            problems.add(FieldProblem.of("taskIds", "must name at least one task"));
        } else if (ids.size() > 500) {
            problems.add(FieldProblem.of("taskIds", "must name at most 500 tasks"));
        } else if (new HashSet<>(ids).size() != ids.size()) {
            problems.add(FieldProblem.of("taskIds", "must not name a task twice"));
        }
        AppUser target = target(to, EnumSet.of(Role.CSM, Role.TEAM_LEAD), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The bulk reassignment is invalid; nothing was reassigned", problems);
        }
        Map<String, Task> locked = byId(tasks.lockAll(ids));
        for (int i = 0; i < ids.size(); i++) {
            if (!locked.containsKey(ids.get(i))) {
                problems.add(FieldProblem.at(i, "taskIds", "no task '" + ids.get(i) + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Unknown tasks; nothing was reassigned", problems);
        }
        ids.stream().map(locked::get).forEach(task -> requireManaged(caller, task));
        List<String> closed = ids.stream().filter(id -> !locked.get(id).isOpen()).toList();
        if (!closed.isEmpty()) {
            throw new ConflictException("Tasks " + closed + " have ended; nothing was reassigned");
        }
        List<TaskView> done = new ArrayList<>();
        for (String id : ids) {
            Task task = locked.get(id);
            reassign(caller, task, target.getUsername());
            done.add(view(task));
        }
        return done;
    }

    private void reassign(Caller caller, Task task, String to) {
        String from = task.getAssignee();
        engine.reassign(engine.find(task.getId()), to, caller);
        events.publishEvent(new TaskReassigned(task.getId(), task.getPlayId(), from, task.getAssignee(), caller.username(), false, clock.instant()));
    }

    /** Claims the task for the caller if nobody holds it and it is offered to them. */
    private void takeIfFree(Caller caller, Task task, DefaultUserTaskInstance engineTask) {
        String holder = heldBy(task);
        if (holder != null) {
            throw new ConflictException("Task " + task.getId() + " is held by " + holder);
        }
        if (!TaskAccess.mayTake(caller, task)) {
            throw new AccessDeniedException("Task " + task.getId() + " is not offered to you");
        }
        engine.claim(engineTask, caller);
    }

    private Task openTask(Caller caller, String id) {
        Task task = tasks.lock(id).orElseThrow(() -> new NotFoundException("task", id));
        TaskAccess.requireVisible(caller, task);
        requireOpen(task);
        return task;
    }

    private static void requireOpen(Task task) {
        if (!task.isOpen()) {
            throw new ConflictException("Task " + task.getId() + " is " + task.getStatus().name().toLowerCase() + " already");
        }
    }

    private static void requireManaged(Caller caller, Task task) {
        if (!TaskAccess.manages(caller, task)) {
            throw new AccessDeniedException("Only the team lead of task " + task.getId() + " (or a CS director) may reassign it");
        }
    }

    /** Who owns the task in the engine now: set while it is RESERVED or IN_PROGRESS. */
    private static String heldBy(Task task) {
        return task.getStatus() == TaskStatus.READY ? null : task.getAssignee();
    }

    private AppUser target(String to, Set<Role> roles, Collection<FieldProblem> problems) {
        String reason = null;
        AppUser user = null;
        if (to == null || to.isBlank()) {
            reason = "is required";
        } else {
            user = users.find(to).orElse(null);
            if (user == null || !user.isEnabled()) {
                reason = "no active user '" + to + "'";
            } else if (roles.stream().noneMatch(user::hasRole)) {
                reason = "'" + to + "' is not a " + String.join(" or ", roles.stream().map(Role::name).toList());
            }
        }
        if (reason == null) {
            return user;
        }
        if (problems == null) {
            throw new InvalidInputException(FieldProblem.of("to", reason));
        }
        problems.add(FieldProblem.of("to", reason));
        return null;
    }

    private TaskView view(Task task) {
        return TaskView.of(task, clock.instant(), json, true);
    }

    private String toJson(Map<String, Object> outcome) {
        try {
            return json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Task> byId(List<Task> list) {
        return list.stream().collect(java.util.stream.Collectors.toMap(Task::getId, Function.identity()));
    }
}
