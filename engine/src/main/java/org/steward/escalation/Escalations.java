package org.steward.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.play.PlayEnded;
import org.steward.task.Absences;
import org.steward.task.EscalationLevel;
import org.steward.task.TaskClosed;
import org.steward.task.TaskEscalations;
import org.steward.task.TaskEscalations.OpenTask;
import org.steward.task.TaskReassigned;
import org.steward.user.Role;

/**
 * Raises and resolves escalations. Raising runs inside the engine's transaction (an SLA timer firing, a play
 * starting): the task row is locked first, so a task being completed at the same moment is either completed before
 * (and not escalated) or after; the dedup key makes a retried or repeated firing a no-op.
 */
@Service
class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);
    private static final String DIRECTORS = Role.CS_DIRECTOR.name();

    private final EscalationRepository escalations;
    private final TaskEscalations tasks;
    private final Absences absences;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Escalations(EscalationRepository escalations, TaskEscalations tasks, Absences absences, ApplicationEventPublisher events, Clock clock) {
        this.escalations = escalations;
        this.tasks = tasks;
        this.absences = absences;
        this.events = events;
        this.clock = clock;
    }

    /** The SLA ({@code sla}) of the open task of node {@code nodeId} in this play lapsed: escalate it to {@code level}. */
    @Transactional
    public Optional<Long> escalateTask(String playId, String nodeId, EscalationLevel level, String sla) {
        Optional<OpenTask> open = tasks.lockOpenTask(playId, nodeId);
        if (open.isEmpty()) {
            log.info("No escalation: task {} of play {} has ended", nodeId, playId);
            return Optional.empty();
        }
        OpenTask task = open.get();
        String key = "task:" + task.id() + ":" + level;
        if (escalations.existsByDedupKey(key)) {
            log.info("Escalation {} happened already", key);
            return Optional.empty();
        }
        Instant now = clock.instant();
        Duration late = task.dueAt() == null || now.isBefore(task.dueAt()) ? Duration.ZERO : Duration.between(task.dueAt(), now);
        Set<String> users = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        if (level == EscalationLevel.TEAM_LEAD && task.teamLead() != null) {
            users.add(task.teamLead());
            users.add(absences.standInFor(task.teamLead()));
        } else {
            groups.add(DIRECTORS);
        }
        String escalatedTo = String.join(",", users.isEmpty() ? groups : users);
        String reason = reason(task, level, sla, late);
        tasks.markEscalated(task.id(), level, reason, late, now, users, groups);
        Escalation saved = escalations.save(new Escalation(key, EscalationKind.SLA_LAPSED, level, playId, task.id(), task.name(),
                task.accountExternalId(), task.teamLead(), escalatedTo, reason, task.dueAt(), late.toSeconds(), now));
        events.publishEvent(new TaskEscalated(saved.getId(), task.id(), playId, task.name(), task.accountExternalId(), level,
                escalatedTo, reason, task.dueAt(), late, now));
        log.info("Task {} of play {} escalated to {} ({})", task.id(), playId, escalatedTo, reason);
        return Optional.of(saved.getId());
    }

    /** Tells the team lead at once that this play needs them (an account turned red, or is off its onboarding trajectory). */
    @Transactional
    public Optional<Long> alertTeamLead(String playId, EscalationKind kind, String accountExternalId, String teamLead, String reason) {
        String key = "play:" + playId + ":" + kind;
        if (escalations.existsByDedupKey(key)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String to = teamLead != null ? absences.standInFor(teamLead) : DIRECTORS;
        EscalationLevel level = teamLead != null ? EscalationLevel.TEAM_LEAD : EscalationLevel.CS_DIRECTOR;
        String text = reason + (accountExternalId != null ? " (account " + accountExternalId + ")" : "");
        Escalation saved = escalations.save(new Escalation(key, kind, level, playId, null, null,
                accountExternalId, teamLead, to, text, null, null, now));
        events.publishEvent(new TeamLeadAlerted(saved.getId(), playId, accountExternalId, to, text, now));
        return Optional.of(saved.getId());
    }

    @EventListener
    void on(TaskClosed closed) {
        escalations.findByTaskIdAndStatus(closed.taskId(), EscalationStatus.OPEN)
                .forEach(e -> e.resolve("TASK_" + closed.status().name(), closed.at()));
    }

    @EventListener
    void on(TaskReassigned reassigned) {
        if (!reassigned.delegated()) {
            escalations.findByTaskIdAndStatus(reassigned.taskId(), EscalationStatus.OPEN)
                    .forEach(e -> e.resolve("REASSIGNED_TO " + reassigned.to(), reassigned.at()));
        }
    }

    @EventListener
    void on(PlayEnded ended) {
        escalations.findByPlayIdAndStatus(ended.playId(), EscalationStatus.OPEN)
                .forEach(e -> e.resolve("PLAY_" + ended.status().name(), ended.at()));
    }

    private static String reason(OpenTask task, EscalationLevel level, String sla, Duration late) {
        String what = task.title() + (task.accountExternalId() != null ? " for " + task.accountExternalId() : "");
        String due = task.dueAt() == null ? "" : ", due " + task.dueAt();
        if (level == EscalationLevel.TEAM_LEAD) {
            return what + ": SLA " + task.sla() + " lapsed" + due + ", " + Lateness.words(late) + " late";
        }
        return what + ": still open after the director SLA " + sla + due + ", " + Lateness.words(late) + " late";
    }
}
