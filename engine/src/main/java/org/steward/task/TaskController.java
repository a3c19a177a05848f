package org.steward.task;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The task inbox and what people do with a task; identity comes from the authentication. */
@RestController
@RequestMapping("/api/v1/tasks")
@PreAuthorize("hasAnyRole('CSM','TEAM_LEAD','CS_DIRECTOR','ADMIN')")
class TaskController {

    private final TaskInbox inbox;
    private final TaskCommands commands;

    TaskController(TaskInbox inbox, TaskCommands commands) {
        this.inbox = inbox;
        this.commands = commands;
    }

    @GetMapping
    TaskPage inbox(Authentication auth, @RequestParam(defaultValue = "me") String assignee,
                   @RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue,
                   @RequestParam(required = false) String accountExternalId,
                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        TaskInbox.Scope scope = ApiParameters.oneOf(TaskInbox.Scope.class, "assignee", assignee);
        TaskStatus taskStatus = status == null ? null : ApiParameters.oneOf(TaskStatus.class, "status", status);
        ApiParameters.requirePage(page, size);
        return inbox.inbox(Caller.of(auth), new TaskInbox.Query(scope, taskStatus, overdue, accountExternalId, page, size));
    }

    @GetMapping("/{id}")
    TaskView get(Authentication auth, @PathVariable String id) {
        return inbox.get(Caller.of(auth), id);
    }

    @PostMapping("/{id}/claim")
    TaskView claim(Authentication auth, @PathVariable String id) {
        return commands.claim(Caller.of(auth), id);
    }

    @PostMapping("/{id}/release")
    TaskView release(Authentication auth, @PathVariable String id) {
        return commands.release(Caller.of(auth), id);
    }

    @PostMapping("/{id}/start")
    TaskView start(Authentication auth, @PathVariable String id) {
        return commands.start(Caller.of(auth), id);
    }

    @PostMapping("/{id}/complete")
    TaskView complete(Authentication auth, @PathVariable String id, @RequestBody(required = false) Map<String, Object> outcome) {
        return commands.complete(Caller.of(auth), id, outcome);
    }

    @PostMapping("/{id}/delegate")
    TaskView delegate(Authentication auth, @PathVariable String id, @RequestBody Handover handover) {
        return commands.delegate(Caller.of(auth), id, handover.to());
    }

    @PostMapping("/{id}/reassign")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','CS_DIRECTOR','ADMIN')")
    TaskView reassign(Authentication auth, @PathVariable String id, @RequestBody Handover handover) {
        return commands.reassign(Caller.of(auth), id, handover.to());
    }

    @PostMapping("/reassign")
    @PreAuthorize("hasAnyRole('TEAM_LEAD','CS_DIRECTOR','ADMIN')")
    List<TaskView> reassignAll(Authentication auth, @RequestBody BulkHandover handover) {
        return commands.reassignAll(Caller.of(auth), handover.taskIds(), handover.to());
    }

    /** To whom a task goes. */
    record Handover(String to) {
    }

    /** Which tasks go to whom. */
    record BulkHandover(List<String> taskIds, String to) {
    }
}
