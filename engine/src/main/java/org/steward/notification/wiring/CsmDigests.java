package org.steward.notification.wiring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.steward.account.AccountOverviews;
import org.steward.escalation.Lateness;
import org.steward.notification.CsmDigest;
import org.steward.notification.Notices;
import org.steward.notification.wiring.MessageLedger.Written;
import org.steward.system.calendar.CalendarProperties;
import org.steward.task.TaskReads;
import org.steward.task.TaskReads.TaskSummary;
import org.steward.user.UserDirectory;

/**
 * The daily digest of each CSM, from the task table: their overdue open tasks, those due by the end of the day (in
 * the business calendar's zone), and the signals raised on their accounts since their previous digest. Someone with
 * none of these gets no digest. Sent once per person and day (ledger key {@code csm-digest:<user>:<day>}).
 */
@Component
class CsmDigests {

    private static final Logger log = LoggerFactory.getLogger(CsmDigests.class);
    static final String PURPOSE = "csm-digest";

    private final TaskReads tasks;
    private final DigestSignals signals;
    private final AccountOverviews accounts;
    private final UserDirectory users;
    private final Notices notices;
    private final MessageLedger ledger;
    private final MessageProperties properties;
    private final ZoneId zone;

    CsmDigests(TaskReads tasks, DigestSignals signals, AccountOverviews accounts, UserDirectory users, Notices notices, MessageLedger ledger,
               MessageProperties properties, CalendarProperties calendar) {
        this.tasks = tasks;
        this.signals = signals;
        this.accounts = accounts;
        this.users = users;
        this.notices = notices;
        this.ledger = ledger;
        this.properties = properties;
        this.zone = calendar.zone();
    }

    /** Sends the digests of the day {@code at} falls on, as of {@code at}; returns how many were written now. */
    int sendAll(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, List<TaskSummary>> byAssignee = new LinkedHashMap<>();
        for (TaskSummary task : tasks.openDueBefore(endOfDay)) {
            byAssignee.computeIfAbsent(task.assignee(), a -> new ArrayList<>()).add(task);
        }
        TreeSet<String> recipients = new TreeSet<>(byAssignee.keySet());
        recipients.addAll(signals.csmsWithSignals(at.minus(Duration.ofDays(7)), at));
        Map<String, String> names = accounts.names(byAssignee.values().stream().flatMap(List::stream).map(TaskSummary::accountExternalId).toList());
        int sent = 0;
        for (String csm : recipients) {
            try {
                if (send(csm, day, at, byAssignee.getOrDefault(csm, List.of()), names)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Daily digest of {} for {} not sent; a later run of the day tries again", csm, day, e);
            }
        }
        log.info("Daily digests for {}: {} sent", day, sent);
        return sent;
    }

    private boolean send(String csm, LocalDate day, Instant at, List<TaskSummary> open, Map<String, String> names) {
        String key = PURPOSE + ":" + csm + ":" + day;
        return ledger.once(key, PURPOSE, csm, () -> {
            if (!users.exists(csm)) {
                return Written.skipped("no user " + csm);
            }
            Instant since = ledger.last(PURPOSE, csm, key).filter(last -> last.isBefore(at)).orElse(at.minus(Duration.ofDays(1)));
            List<CsmDigest.NewSignal> raised = signals.raisedFor(csm, since, at);
            List<CsmDigest.Task> overdue = open.stream().filter(t -> t.dueAt().isBefore(at))
                    .map(t -> task(t, Lateness.words(Duration.between(t.dueAt(), at)), names)).toList();
            List<CsmDigest.Task> due = open.stream().filter(t -> !t.dueAt().isBefore(at)).map(t -> task(t, null, names)).toList();
            if (overdue.isEmpty() && due.isEmpty() && raised.isEmpty()) {
                return Written.skipped("nothing due and no new signals");
            }
            return Written.message(notices.send(csm, Notices.CSM_DIGEST, new CsmDigest(csm, day, overdue, due, raised)).id());
        });
    }

    private CsmDigest.Task task(TaskSummary t, String lateBy, Map<String, String> names) {
        String name = t.accountExternalId() == null ? "(no account)" : names.getOrDefault(t.accountExternalId(), t.accountExternalId());
        return new CsmDigest.Task(t.id(), t.title(), name, t.accountExternalId(), t.dueAt(), lateBy, properties.linkOf(t.id()));
    }
}
