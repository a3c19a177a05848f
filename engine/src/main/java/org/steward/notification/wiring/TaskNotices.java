package org.steward.notification.wiring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.account.AccountOverviews;
import org.steward.escalation.Lateness;
import org.steward.escalation.TaskEscalated;
import org.steward.escalation.TeamLeadAlerted;
import org.steward.notification.Notices;
import org.steward.notification.TaskNotice;
import org.steward.notification.wiring.MessageLedger.Written;
import org.steward.task.TaskAssigned;
import org.steward.task.TaskReads;
import org.steward.task.TaskReads.TaskSummary;
import org.steward.task.TaskReassigned;
import org.steward.user.AppUser;
import org.steward.user.Role;
import org.steward.user.UserDirectory;

/**
 * Internal notices about tasks, sent to the person concerned: "task assigned" to the new assignee (a new task, a
 * reassignment, a delegation), "escalated to you" to the team lead or CS directors an SLA lapse (or a red account)
 * reached. The events arrive inside the engine's transaction; this listener only schedules a durable job there, one
 * per notice and recipient, keyed as in {@link MessageLedger}. The job renders and stores the notice after the
 * commit, once per key, so a notice is never lost with a committed change nor written for a rolled-back one, and
 * never twice.
 */
@Component
class TaskNotices {

    private static final Logger log = LoggerFactory.getLogger(TaskNotices.class);

    /** One notice to one user; {@code kind} is {@code task-assigned}, {@code escalated} or {@code account-red}. */
    record NoticeRequest(String kind, String key, String recipient, String taskId, String playId, String accountExternalId,
                         String from, String reason, Long lateSeconds, Instant dueAt) {
    }

    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<OneTimeTask<NoticeRequest>> job;
    private final MessageProperties properties;
    private final UserDirectory users;
    private final Clock clock;

    TaskNotices(ObjectProvider<SchedulerClient> scheduler, ObjectProvider<OneTimeTask<NoticeRequest>> job, MessageProperties properties,
                UserDirectory users, Clock clock) {
        this.scheduler = scheduler;
        this.job = job;
        this.properties = properties;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void on(TaskAssigned assigned) {
        if (properties.notices().taskAssigned()) {
            schedule(new NoticeRequest("task-assigned", "task-assigned:" + assigned.taskId() + ":" + assigned.assignee(), assigned.assignee(),
                    assigned.taskId(), assigned.playId(), null, null, null, null, null));
        }
    }

    /** A reassignment also moves the task in the engine (a {@link TaskAssigned} follows, same key); this one knows who did it. */
    @EventListener
    void on(TaskReassigned reassigned) {
        if (properties.notices().taskAssigned() && reassigned.to() != null && !reassigned.to().equals(reassigned.by())) {
            schedule(new NoticeRequest("task-assigned", "task-assigned:" + reassigned.taskId() + ":" + reassigned.to(), reassigned.to(),
                    reassigned.taskId(), reassigned.playId(), null, reassigned.by(), null, null, null));
        }
    }

    @EventListener
    void on(TaskEscalated escalated) {
        if (properties.notices().escalated()) {
            for (String user : recipients(escalated.escalatedTo())) {
                schedule(new NoticeRequest("escalated", "escalated:" + escalated.escalationId() + ":" + user, user, escalated.taskId(),
                        escalated.playId(), escalated.accountExternalId(), null, escalated.reason(), escalated.late().toSeconds(),
                        escalated.dueAt()));
            }
        }
    }

    @EventListener
    void on(TeamLeadAlerted alerted) {
        if (properties.notices().escalated()) {
            for (String user : recipients(alerted.teamLead())) {
                schedule(new NoticeRequest("account-red", "escalated:" + alerted.escalationId() + ":" + user, user, null, alerted.playId(),
                        alerted.accountExternalId(), null, alerted.reason(), null, null));
            }
        }
    }

    /** "t-lead", "t-lead,t-standin" or a role such as "CS_DIRECTOR" (every enabled user who has it). */
    private Set<String> recipients(String escalatedTo) {
        Set<String> out = new LinkedHashSet<>();
        if (escalatedTo == null) {
            return out;
        }
        for (String name : escalatedTo.split(",")) {
            String trimmed = name.trim();
            Optional<Role> role = java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(trimmed)).findFirst();
            if (role.isPresent()) {
                users.all().stream().filter(u -> u.isEnabled() && u.hasRole(role.get())).map(AppUser::getUsername).forEach(out::add);
            } else if (!trimmed.isEmpty()) {
                out.add(trimmed);
            }
        }
        return out;
    }

    private void schedule(NoticeRequest request) {
        scheduler.getObject().scheduleIfNotExists(job.getObject().instance(request.key(), request), clock.instant());
    }

    /** The job's work: renders and stores one notice, once per key. */
    @Component
    static class Writer {

        private final MessageLedger ledger;
        private final TaskReads tasks;
        private final AccountOverviews accounts;
        private final UserDirectory users;
        private final Notices notices;
        private final MessageProperties properties;
        private final Clock clock;

        Writer(MessageLedger ledger, TaskReads tasks, AccountOverviews accounts, UserDirectory users, Notices notices,
               MessageProperties properties, Clock clock) {
            this.ledger = ledger;
            this.tasks = tasks;
            this.accounts = accounts;
            this.users = users;
            this.notices = notices;
            this.properties = properties;
            this.clock = clock;
        }

        void write(NoticeRequest request) {
            ledger.once(request.key(), request.kind(), request.recipient(), () -> notice(request));
        }

        /** The SLA of this open task lapses soon: tells its assignee, once per task and due date. */
        boolean warnSlaLapsing(TaskSummary task) {
            String key = SlaWarnings.key(task);
            return ledger.once(key, "sla-lapsing", task.assignee(), () -> {
                if (!users.exists(task.assignee())) {
                    return Written.skipped("no user " + task.assignee());
                }
                Duration left = Duration.between(clock.instant(), task.dueAt());
                return Written.message(notices.send(task.assignee(), Notices.SLA_LAPSING, model(task, Lateness.words(left), null, null, null)).id());
            });
        }

        private Written notice(NoticeRequest request) {
            if (!users.exists(request.recipient())) {
                return Written.skipped("no user " + request.recipient());
            }
            if (request.kind().equals("account-red")) {
                String name = accountName(request.accountExternalId());
                TaskNotice notice = new TaskNotice(null, "Account turned red: " + name, name, request.accountExternalId(), "save", null,
                        null, null, request.reason(), null, null);
                return Written.message(notices.send(request.recipient(), Notices.ESCALATED, notice).id());
            }
            Optional<TaskSummary> found = tasks.find(request.taskId());
            if (found.isEmpty()) {
                return Written.skipped("task " + request.taskId() + " is unknown");
            }
            TaskSummary task = found.get();
            if (request.kind().equals("task-assigned")) {
                if (!task.open() || !request.recipient().equals(task.assignee())) {
                    return Written.skipped("task " + task.id() + " is no longer open and with " + request.recipient());
                }
                return Written.message(notices.send(request.recipient(), Notices.TASK_ASSIGNED, model(task, null, null, null, request.from())).id());
            }
            String lateBy = request.lateSeconds() == null ? null : Lateness.words(Duration.ofSeconds(request.lateSeconds()));
            return Written.message(notices.send(request.recipient(), Notices.ESCALATED,
                    model(task, null, lateBy, request.reason(), task.assignee())).id());
        }

        private TaskNotice model(TaskSummary task, String timeLeft, String lateBy, String reason, String from) {
            return new TaskNotice(task.id(), task.title(), accountName(task.accountExternalId()), task.accountExternalId(), task.playKind(),
                    task.dueAt(), timeLeft, lateBy, reason, from == null ? null : displayName(from), properties.linkOf(task.id()));
        }

        private String accountName(String externalId) {
            return externalId == null ? "(no account)" : accounts.names(java.util.List.of(externalId)).getOrDefault(externalId, externalId);
        }

        private String displayName(String username) {
            return users.find(username).map(AppUser::getDisplayName).orElse(username);
        }
    }
}
