package org.steward.play;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.system.calendar.StewardBusinessCalendar;

/**
 * Starts save plays (process {@code save}), tells a running one that its account turned red, and ends it when its
 * account recovers or a CS person closes it.
 */
@Service
public class SavePlays {

    static final String CHECK_IN = "csm-check-in";
    static final String RECOVERY_PLAN = "recovery-plan";
    static final String RECOVERED_SIGNAL = "accountRecovered";
    static final String TURNED_RED_SIGNAL = "accountTurnedRed";
    static final String CLOSED_SIGNAL = "playClosed";
    /** The outcome of a save play that ended because its account recovered. */
    static final String RECOVERED = "RECOVERED";

    private final PlayProcesses processes;
    private final SavePlayProperties properties;
    private final StewardBusinessCalendar calendar;
    private final Clock clock;

    SavePlays(PlayProcesses processes, SavePlayProperties properties, StewardBusinessCalendar calendar, Clock clock) {
        this.processes = processes;
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Starts a save play with the built-in wording and the configured SLAs; returns its id (the process instance id). */
    @Transactional
    public String start(SavePlayStart start) {
        return start(start, PlayOrigin.none());
    }

    /**
     * Starts a save play in the caller's transaction (or a new one). SLAs: the start's own, else the playbook's, else
     * the configured ones. Returns the play's id (the process instance id).
     */
    @Transactional
    public String start(SavePlayStart start, PlayOrigin origin) {
        require(start.accountExternalId(), "accountExternalId");
        require(start.csmOwner(), "csmOwner");
        boolean red = start.tier() == SaveTier.RED;
        PlaybookTerms terms = origin.terms();
        String checkInSla = sla(terms, CHECK_IN, properties.checkInSla());
        String recoveryPlanSla = sla(terms, RECOVERY_PLAN, properties.recoveryPlanSla());
        String taskSla = start.taskSla() != null ? start.taskSla() : red ? recoveryPlanSla : checkInSla;
        String directorSla = start.directorSla() != null ? start.directorSla()
                : directorSla(terms, red ? RECOVERY_PLAN : CHECK_IN, red ? properties.recoveryPlanDirectorSla() : properties.checkInDirectorSla());
        Instant now = clock.instant();
        if (!calendar.dueAt(now, directorSla).isAfter(calendar.dueAt(now, taskSla))) {
            throw new IllegalArgumentException("The director SLA (" + directorSla + ") must end after the task SLA (" + taskSla + ")");
        }
        PlayVariables variables = PlayVariables.of(start.accountExternalId(), start.csmOwner(), start.teamLead(), start.reason(), origin)
                .put("tier", red ? "RED" : "YELLOW")
                .put("checkInSla", red ? checkInSla : taskSla)
                .put("recoveryPlanSla", red ? taskSla : recoveryPlanSla)
                .put("directorSla", directorSla)
                .wording("checkIn", terms, CHECK_IN)
                .wording("recoveryPlan", terms, RECOVERY_PLAN);
        return processes.start(PlayKind.SAVE, variables.map());
    }

    /**
     * The account of this save play recovered: the open task, if any, is cancelled and the play ends ("Account
     * recovered", outcome RECOVERED).
     */
    @Transactional
    public void accountRecovered(String playId) {
        processes.signal(PlayKind.SAVE, playId, RECOVERED_SIGNAL, RECOVERED);
    }

    /** Closes this save play with the outcome: the open task, if any, is cancelled and the play ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    void close(String playId, String outcome) {
        processes.signal(PlayKind.SAVE, playId, CLOSED_SIGNAL, outcome);
    }

    /**
     * The account of this yellow save play turned red: during the check-in, the check-in stays with the CSM and the
     * team lead is alerted at once (once per play); while the play watches for recovery, the team lead is alerted (if
     * not yet) and the CSM gets a recovery plan, once per play. A red play ignores it.
     */
    @Transactional
    public void accountTurnedRed(String playId) {
        processes.signal(PlayKind.SAVE, playId, TURNED_RED_SIGNAL);
    }

    private static String sla(PlaybookTerms terms, String task, String configured) {
        return terms != null && terms.tasks().containsKey(task) ? terms.task(task).sla() : configured;
    }

    private static String directorSla(PlaybookTerms terms, String task, String configured) {
        if (terms == null || !terms.tasks().containsKey(task)) {
            return configured;
        }
        PlaybookTerms.TaskTerms t = terms.task(task);
        return PlayVariables.directorSla(t.sla(), t.escalateAfter());
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required to start a save play");
        }
    }
}
