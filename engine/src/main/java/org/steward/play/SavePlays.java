package org.steward.play;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.kie.kogito.Model;
import org.kie.kogito.process.Process;
import org.kie.kogito.process.ProcessInstance;
import org.kie.kogito.process.Processes;
import org.kie.kogito.process.impl.Sig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.system.calendar.StewardBusinessCalendar;
import org.steward.system.web.NotFoundException;

/** Starts save plays (process {@code save}) and ends them when their account recovers. */
@Service
public class SavePlays {

    static final String PROCESS_ID = "save";
    static final String RECOVERED_SIGNAL = "accountRecovered";

    private final ObjectProvider<Processes> processes;
    private final SavePlayProperties properties;
    private final StewardBusinessCalendar calendar;
    private final Clock clock;

    SavePlays(ObjectProvider<Processes> processes, SavePlayProperties properties, StewardBusinessCalendar calendar, Clock clock) {
        this.processes = processes;
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Starts a save play in the caller's transaction (or a new one); returns its id (the process instance id). */
    @Transactional
    @SuppressWarnings({"unchecked", "rawtypes"})
    public String start(SavePlayStart start) {
        require(start.accountExternalId(), "accountExternalId");
        require(start.csmOwner(), "csmOwner");
        boolean red = start.tier() == SaveTier.RED;
        String taskSla = start.taskSla() != null ? start.taskSla() : red ? properties.recoveryPlanSla() : properties.checkInSla();
        String directorSla = start.directorSla() != null ? start.directorSla()
                : red ? properties.recoveryPlanDirectorSla() : properties.checkInDirectorSla();
        Instant now = clock.instant();
        if (!calendar.dueAt(now, directorSla).isAfter(calendar.dueAt(now, taskSla))) {
            throw new IllegalArgumentException("The director SLA (" + directorSla + ") must end after the task SLA (" + taskSla + ")");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("accountExternalId", start.accountExternalId());
        variables.put("tier", red ? "RED" : "YELLOW");
        variables.put("csmOwner", start.csmOwner());
        variables.put("teamLead", start.teamLead());
        variables.put(red ? "recoveryPlanSla" : "checkInSla", taskSla);
        variables.put(red ? "checkInSla" : "recoveryPlanSla", red ? properties.checkInSla() : properties.recoveryPlanSla());
        variables.put("directorSla", directorSla);
        variables.put("startReason", start.reason());
        Process save = save();
        Model model = (Model) save.createModel();
        model.fromMap(variables);
        ProcessInstance<?> instance = save.createInstance(model);
        instance.start();
        return instance.id();
    }

    /** The account of this save play recovered: the open task is cancelled and the play ends ("Account recovered"). */
    @Transactional
    public void accountRecovered(String playId) {
        ProcessInstance<?> instance = save().instances().findById(playId)
                .orElseThrow(() -> new NotFoundException("active save play", playId));
        instance.send(Sig.of(RECOVERED_SIGNAL, null));
    }

    private Process<?> save() {
        return processes.getObject().processById(PROCESS_ID);
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required to start a save play");
        }
    }
}
