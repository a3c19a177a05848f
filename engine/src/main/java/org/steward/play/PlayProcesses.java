package org.steward.play;

import java.util.Map;

import org.kie.kogito.Model;
import org.kie.kogito.process.Process;
import org.kie.kogito.process.ProcessInstance;
import org.kie.kogito.process.Processes;
import org.kie.kogito.process.impl.Sig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.system.web.NotFoundException;

/** Starts, signals and updates play processes in the caller's transaction. */
@Component
class PlayProcesses {

    private final ObjectProvider<Processes> processes;

    PlayProcesses(ObjectProvider<Processes> processes) {
        this.processes = processes;
    }

    /** Starts a play of this kind with these variables; returns its id (the process instance id). */
    @Transactional(propagation = Propagation.MANDATORY)
    @SuppressWarnings({"unchecked", "rawtypes"})
    String start(PlayKind kind, Map<String, Object> variables) {
        Process process = process(kind);
        Model model = (Model) process.createModel();
        model.fromMap(variables);
        ProcessInstance<?> instance = process.createInstance(model);
        instance.start();
        return instance.id();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void signal(PlayKind kind, String playId, String signal) {
        signal(kind, playId, signal, null);
    }

    /** Sends the signal with this data (a catch event may map it into a variable). */
    @Transactional(propagation = Propagation.MANDATORY)
    void signal(PlayKind kind, String playId, String signal, Object data) {
        instance(kind, playId).send(Sig.of(signal, data));
    }

    /** Sets these variables of a running play (the others keep their values). */
    @Transactional(propagation = Propagation.MANDATORY)
    @SuppressWarnings({"unchecked", "rawtypes"})
    void update(PlayKind kind, String playId, Map<String, Object> variables) {
        ProcessInstance instance = instance(kind, playId);
        Model updates = (Model) process(kind).createModel();
        updates.fromMap(variables);
        instance.updateVariablesPartially(updates);
    }

    private ProcessInstance<?> instance(PlayKind kind, String playId) {
        return process(kind).instances().findById(playId).orElseThrow(() -> new NotFoundException("active " + kind.id() + " play", playId));
    }

    private Process<?> process(PlayKind kind) {
        return processes.getObject().processById(kind.id());
    }
}
