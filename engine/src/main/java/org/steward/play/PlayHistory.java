package org.steward.play;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.jbpm.workflow.core.node.EndNode;
import org.kie.api.definition.process.Node;
import org.kie.api.event.process.ProcessCompletedEvent;
import org.kie.api.event.process.ProcessNodeTriggeredEvent;
import org.kie.api.event.process.ProcessStartedEvent;
import org.kie.api.runtime.process.ProcessInstance;
import org.kie.kogito.internal.process.event.DefaultKogitoProcessEventListener;
import org.kie.kogito.internal.process.runtime.KogitoProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the play table in step with the engine: jBPM calls it inside the transaction that starts or ends a process
 * instance, so a play row exists exactly when its process instance was committed. Reads the process variables
 * {@code accountExternalId}, {@code csmOwner}, {@code teamLead}, {@code startReason}, {@code playbookId},
 * {@code playbookVersion}, {@code variant}, {@code contactExternalId}, {@code tier}, {@code assessmentId},
 * {@code signals}, {@code outcome} and {@code newArr} by convention. A node with the BPMN meta data {@code stage}
 * moves the play to that stage when it is reached.
 */
@Component
class PlayHistory extends DefaultKogitoProcessEventListener {

    static final String STAGE = "stage";

    private final PlayRepository plays;
    private final EntityManager entities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlayHistory(PlayRepository plays, EntityManager entities, ApplicationEventPublisher events, Clock clock) {
        this.plays = plays;
        this.entities = entities;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void beforeProcessStarted(ProcessStartedEvent event) {
        KogitoProcessInstance instance = (KogitoProcessInstance) event.getProcessInstance();
        Map<String, Object> variables = instance.getVariables();
        Play play = new Play(instance.getStringId(), instance.getProcessId(), text(variables, "accountExternalId"),
                text(variables, "csmOwner"), text(variables, "teamLead"), text(variables, "startReason"), clock.instant());
        play.startedFrom(text(variables, "playbookId"), number(variables, "playbookVersion", Integer::valueOf), text(variables, "variant"),
                text(variables, "contactExternalId"), text(variables, "tier"), number(variables, "assessmentId", Long::valueOf),
                text(variables, "signals"));
        entities.persist(play);
        events.publishEvent(new PlayStarted(play.getId(), play.getKind(), play.getAccountExternalId(), play.getStartReason(),
                play.getStartedAt(), text(variables, "variant"), text(variables, "contactExternalId")));
    }

    @Override
    public void beforeNodeTriggered(ProcessNodeTriggeredEvent event) {
        Node node = event.getNodeInstance().getNode();
        String id = ((KogitoProcessInstance) event.getProcessInstance()).getStringId();
        if (node instanceof EndNode end && end.isTerminate()) {
            plays.findById(id).ifPresent(play -> play.reachedEnd(end.getName()));
        } else if (node.getMetaData().get(STAGE) instanceof String stage) {
            plays.findById(id).ifPresent(play -> play.enteredStage(stage));
        }
    }

    @Override
    public void afterProcessCompleted(ProcessCompletedEvent event) {
        KogitoProcessInstance instance = (KogitoProcessInstance) event.getProcessInstance();
        plays.findById(instance.getStringId()).ifPresent(play -> {
            PlayStatus status = instance.getState() == ProcessInstance.STATE_ABORTED ? PlayStatus.CANCELLED : PlayStatus.COMPLETED;
            play.end(status, text(instance.getVariables(), "outcome"), clock.instant());
            play.recordNewArr(number(instance.getVariables(), "newArr", BigDecimal::new));
            events.publishEvent(new PlayEnded(play.getId(), play.getKind(), play.getAccountExternalId(), status,
                    play.getOutcome(), play.getEndReason(), play.getEndedAt()));
        });
    }

    private static <N> N number(Map<String, Object> variables, String name, java.util.function.Function<String, N> parse) {
        String value = text(variables, name);
        return value == null || value.isBlank() ? null : parse.apply(value.trim());
    }

    private static String text(Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        return value == null ? null : value.toString();
    }
}
