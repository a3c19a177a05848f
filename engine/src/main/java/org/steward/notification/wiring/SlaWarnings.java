package org.steward.notification.wiring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.steward.system.calendar.StewardBusinessCalendar;
import org.steward.task.TaskReads;
import org.steward.task.TaskReads.TaskSummary;

/**
 * "SLA about to lapse": a recurring sweep (db-scheduler, every {@code sla-sweep-interval}, one node at a time) finds
 * the open tasks whose SLA ends within {@code sla-lead-time} of business time from now and warns each assignee once
 * per task and due date (ledger key {@code sla-lapsing:<task>:<due>}). A sweep rather than a timer per task: nothing to
 * schedule or cancel as tasks are created, closed or reassigned (a closed task simply drops out of the query), and a
 * sweep after a restart catches up with what came due meanwhile; a task whose SLA lapsed while no node ran is past
 * warning and gets its escalation instead.
 */
@Component
class SlaWarnings {

    private static final Logger log = LoggerFactory.getLogger(SlaWarnings.class);

    private final TaskReads tasks;
    private final TaskNotices.Writer writer;
    private final MessageLedger ledger;
    private final StewardBusinessCalendar calendar;
    private final MessageProperties properties;
    private final Clock clock;

    SlaWarnings(TaskReads tasks, TaskNotices.Writer writer, MessageLedger ledger, StewardBusinessCalendar calendar,
                MessageProperties properties, Clock clock) {
        this.tasks = tasks;
        this.writer = writer;
        this.ledger = ledger;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    static String key(TaskSummary task) {
        return "sla-lapsing:" + task.id() + ":" + task.dueAt().getEpochSecond();
    }

    /** One sweep: returns how many warnings it wrote. */
    int sweep() {
        if (!properties.notices().slaLapsing()) {
            return 0;
        }
        Instant now = clock.instant();
        List<TaskSummary> lapsing = tasks.openDueBetween(now, calendar.dueAt(now, properties.notices().slaLeadTime()));
        Set<String> warned = ledger.existing(lapsing.stream().map(SlaWarnings::key).toList());
        int sent = 0;
        for (TaskSummary task : lapsing) {
            if (warned.contains(key(task))) {
                continue;
            }
            try {
                if (writer.warnSlaLapsing(task)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not warn {} that task {} lapses at {}; the next sweep tries again", task.assignee(), task.id(), task.dueAt(), e);
            }
        }
        if (sent > 0) {
            log.info("{} SLA warning(s) sent", sent);
        }
        return sent;
    }
}
