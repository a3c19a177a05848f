package org.steward.playbook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.steward.system.calendar.BusinessDuration;
import org.steward.system.calendar.StewardBusinessCalendar;
import org.steward.system.calendar.WorkingCalendar;
import org.steward.system.web.FieldProblem;

/**
 * Whether a playbook's durations can become the timers of a play: every task's {@code sla} and {@code escalateAfter}
 * is a duration longer than zero and no longer than {@link PlaybookLimits#maxDuration()} (business time measured on
 * the working calendar from now), and {@code escalateAfter}, the CS directors' level, ends strictly after {@code sla},
 * the team lead's, whenever in the coming week the task is created. Publishing checks this; so does a play before it
 * starts, for a version stored before these checks existed.
 */
@Component
public class PlaybookValues {

    /** escalateAfter is compared with sla for a task created at each whole hour of this span (weekends included). */
    static final Duration ORDER_CHECKED_OVER = Duration.ofDays(7);

    private final PlaybookLimits limits;
    private final WorkingCalendar calendar;
    private final Clock clock;

    @Autowired
    PlaybookValues(PlaybookLimits limits, StewardBusinessCalendar calendar, Clock clock) {
        this(limits, calendar.workingCalendar(), clock);
    }

    PlaybookValues(PlaybookLimits limits, WorkingCalendar calendar, Clock clock) {
        this.limits = limits;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Every value of this playbook a play cannot run with, by path ({@code /tasks/<task>/sla}); empty when there is none. */
    public List<FieldProblem> problems(Playbook playbook) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant now = clock.instant();
        playbook.tasks().forEach((name, task) -> {
            String at = "/tasks/" + name + "/";
            BusinessDuration sla = duration(at + "sla", task.sla(), now, problems);
            BusinessDuration director = task.escalateAfter() == null ? null
                    : duration(at + "escalateAfter", task.escalateAfter(), now, problems);
            if (sla != null && director != null) {
                checkOrder(at + "escalateAfter", task, sla, director, now, problems);
            }
        });
        return problems;
    }

    private BusinessDuration duration(String path, String text, Instant now, List<FieldProblem> problems) {
        BusinessDuration d;
        try {
            d = BusinessDuration.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(path, e.getMessage()));
            return null;
        }
        if (!d.isBusinessTime() && (d.elapsed().isNegative() || d.elapsed().isZero())) {
            problems.add(FieldProblem.of(path, "'" + text + "' is not longer than zero: the task would be overdue, and escalated,"
                    + " the moment it is created; give a positive duration such as 5bd, 4bh or PT4H"));
            return null;
        }
        if (Duration.between(now, d.after(now, calendar)).compareTo(limits.maxDuration()) > 0) {
            problems.add(FieldProblem.of(path, "'" + text + "' is longer than a playbook allows: at most " + words(limits.maxDuration())
                    + " (steward.playbooks.max-duration), business time counted on the working calendar"));
            return null;
        }
        return d;
    }

    private void checkOrder(String path, Playbook.TaskPolicy task, BusinessDuration sla, BusinessDuration director, Instant now,
                            List<FieldProblem> problems) {
        Instant first = now.truncatedTo(ChronoUnit.HOURS);
        for (long hour = 0; hour < ORDER_CHECKED_OVER.toHours(); hour++) {
            Instant created = first.plus(Duration.ofHours(hour));
            Instant due = sla.after(created, calendar);
            Instant directorDue = director.after(created, calendar);
            if (!directorDue.isAfter(due)) {
                problems.add(FieldProblem.of(path, "'" + task.escalateAfter() + "' must end after the sla '" + task.sla()
                        + "': it is when an open task goes on from the team lead to the CS directors (for a task created at "
                        + created + " it ends at " + directorDue + ", the sla at " + due + ")"));
                return;
            }
        }
    }

    /** {@code P366D} rather than {@code PT8784H} for whole days. */
    private static String words(Duration d) {
        return d.toSeconds() % Duration.ofDays(1).toSeconds() == 0 ? "P" + d.toDays() + "D" : d.toString();
    }
}
