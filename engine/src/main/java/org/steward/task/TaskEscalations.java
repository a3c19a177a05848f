package org.steward.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.system.web.NotFoundException;

/** What escalating a task takes from the task side: find the open task of a play's node, share it, mark it escalated. */
@Service
public class TaskEscalations {

    /** An open task as an escalation sees it. */
    public record OpenTask(String id, String playId, String name, String title, String accountExternalId, String assignee,
                           String teamLead, String sla, Instant dueAt) {
    }

    private final TaskRepository tasks;
    private final EngineTasks engine;

    TaskEscalations(TaskRepository tasks, EngineTasks engine) {
        this.tasks = tasks;
        this.engine = engine;
    }

    /** The open task of this BPMN user task node in this play, locked for the rest of the transaction; empty once it ended. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<OpenTask> lockOpenTask(String playId, String nodeId) {
        return tasks.lockOpen(playId, nodeId).stream().findFirst().map(task -> new OpenTask(task.getId(), task.getPlayId(),
                task.getName(), task.getTitle(), task.getAccountExternalId(), task.getAssignee(), task.getTeamLead(),
                task.getSla(), task.getDueAt()));
    }

    /**
     * Offers the task also to these users and groups (whoever holds it keeps it) and marks it escalated with the
     * reason and how late it is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markEscalated(String taskId, EscalationLevel level, String reason, Duration late, Instant at,
                              Set<String> users, Set<String> groups) {
        Task task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        engine.share(engine.find(taskId), users, groups);
        task.escalate(level, reason, at, late);
    }
}
