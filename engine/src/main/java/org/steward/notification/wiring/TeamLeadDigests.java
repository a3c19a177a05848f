package org.steward.notification.wiring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.steward.account.AccountOverviews;
import org.steward.escalation.Lateness;
import org.steward.escalation.OpenEscalations;
import org.steward.escalation.OpenEscalations.OpenEscalation;
import org.steward.notification.Notices;
import org.steward.notification.TeamLeadDigest;
import org.steward.notification.wiring.MessageLedger.Written;
import org.steward.system.calendar.CalendarProperties;
import org.steward.task.TaskReads;
import org.steward.task.TaskReads.TaskSummary;
import org.steward.task.TaskStatus;
import org.steward.user.AppUser;
import org.steward.user.Role;
import org.steward.user.UserDirectory;

/**
 * The weekly digest of each team lead, from the task and escalation tables, for the seven days before the digest's
 * day: SLA compliance (tasks of the team completed within their SLA, of all completed; cancelled tasks count for
 * neither), the team's open escalations, and each CSM's open work. A team lead whose team had none of these gets no
 * digest. Sent once per team lead and week (ledger key {@code team-lead-digest:<user>:<week start>}).
 */
@Component
class TeamLeadDigests {

    private static final Logger log = LoggerFactory.getLogger(TeamLeadDigests.class);
    static final String PURPOSE = "team-lead-digest";

    private final TaskReads tasks;
    private final OpenEscalations escalations;
    private final AccountOverviews accounts;
    private final UserDirectory users;
    private final Notices notices;
    private final MessageLedger ledger;
    private final MessageProperties properties;
    private final ZoneId zone;

    TeamLeadDigests(TaskReads tasks, OpenEscalations escalations, AccountOverviews accounts, UserDirectory users, Notices notices,
                    MessageLedger ledger, MessageProperties properties, CalendarProperties calendar) {
        this.tasks = tasks;
        this.escalations = escalations;
        this.accounts = accounts;
        this.users = users;
        this.notices = notices;
        this.ledger = ledger;
        this.properties = properties;
        this.zone = calendar.zone();
    }

    /** Sends the digests of the week before the day {@code at} falls on; returns how many were written now. */
    int sendAll(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        int sent = 0;
        for (AppUser lead : users.all()) {
            if (!lead.isEnabled() || !lead.hasRole(Role.TEAM_LEAD)) {
                continue;
            }
            try {
                if (send(lead.getUsername(), day, at)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Weekly digest of {} for the week before {} not sent", lead.getUsername(), day, e);
            }
        }
        log.info("Weekly team-lead digests for the week before {}: {} sent", day, sent);
        return sent;
    }

    private boolean send(String lead, LocalDate day, Instant at) {
        LocalDate weekStart = day.minusDays(7);
        return ledger.once(PURPOSE + ":" + lead + ":" + weekStart, PURPOSE, lead, () -> {
            TeamLeadDigest digest = digest(lead, weekStart, day, at);
            if (digest.sla().percent() == null && digest.openEscalations().isEmpty() && digest.workload().isEmpty()) {
                return Written.skipped("no tasks or escalations in the team");
            }
            return Written.message(notices.send(lead, Notices.TEAM_LEAD_DIGEST, digest).id());
        });
    }

    TeamLeadDigest digest(String lead, LocalDate weekStart, LocalDate day, Instant at) {
        List<TaskSummary> ended = tasks.endedOfTeam(lead, weekStart.atStartOfDay(zone).toInstant(), day.atStartOfDay(zone).toInstant());
        int onTime = (int) ended.stream().filter(t -> t.status() == TaskStatus.COMPLETED && t.completedLateSeconds() == null).count();
        int late = (int) ended.stream().filter(t -> t.status() == TaskStatus.COMPLETED && t.completedLateSeconds() != null).count();
        List<OpenEscalation> open = escalations.ofTeamLead(lead);
        Map<String, String> names = accounts.names(open.stream().map(OpenEscalation::accountExternalId).toList());
        List<TeamLeadDigest.Escalation> queue = open.stream().map(e -> escalation(e, names)).toList();
        Instant weekEnd = day.plusDays(7).atStartOfDay(zone).toInstant();
        Map<String, int[]> load = new TreeMap<>();
        for (TaskSummary t : tasks.openOfTeam(lead)) {
            int[] counts = load.computeIfAbsent(t.assignee() == null ? "(unassigned)" : t.assignee(), a -> new int[4]);
            counts[0]++;
            counts[1] += t.dueAt() != null && t.dueAt().isBefore(at) ? 1 : 0;
            counts[2] += t.dueAt() != null && !t.dueAt().isBefore(at) && t.dueAt().isBefore(weekEnd) ? 1 : 0;
            counts[3] += t.escalated() ? 1 : 0;
        }
        List<TeamLeadDigest.Workload> workload = new ArrayList<>();
        load.forEach((csm, c) -> workload.add(new TeamLeadDigest.Workload(csm, c[0], c[1], c[2], c[3])));
        return new TeamLeadDigest(lead, weekStart, day.minusDays(1), TeamLeadDigest.SlaCompliance.of(onTime, late), queue, workload);
    }

    /** An escalation as the digest lists it: the task's title and who holds it, or the red account's CSM. */
    private TeamLeadDigest.Escalation escalation(OpenEscalation e, Map<String, String> names) {
        TaskSummary task = e.taskId() == null ? null : tasks.find(e.taskId()).orElse(null);
        String title = task != null ? task.title() : e.taskName() != null ? e.taskName() : "Account turned red";
        String csm = task != null && task.assignee() != null ? task.assignee()
                : e.accountExternalId() == null ? "(nobody)" : accounts.find(e.accountExternalId(), 1).map(AccountOverviews.AccountOverview::csmOwner).orElse("(nobody)");
        String account = e.accountExternalId() == null ? "(no account)" : names.getOrDefault(e.accountExternalId(), e.accountExternalId());
        return new TeamLeadDigest.Escalation(e.taskId(), title, account, csm, e.createdAt(),
                e.lateSeconds() == null ? null : Lateness.words(Duration.ofSeconds(e.lateSeconds())), e.reason(), properties.linkOf(e.taskId()));
    }
}
