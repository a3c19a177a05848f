package org.steward.escalation;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.kie.kogito.internal.process.workitem.KogitoWorkItem;
import org.kie.kogito.internal.process.workitem.KogitoWorkItemHandler;
import org.kie.kogito.internal.process.workitem.KogitoWorkItemManager;
import org.kie.kogito.internal.process.workitem.WorkItemTransition;
import org.kie.kogito.process.workitems.impl.DefaultKogitoWorkItemHandler;

/** A BPMN task ({@code drools:taskName}) that Steward carries out at once, in the engine's transaction, and completes. */
class EscalationWorkItem extends DefaultKogitoWorkItemHandler {

    private final String name;
    private final Consumer<KogitoWorkItem> action;

    EscalationWorkItem(String name, Consumer<KogitoWorkItem> action) {
        this.name = name;
        this.action = action;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Optional<WorkItemTransition> activateWorkItemHandler(KogitoWorkItemManager manager, KogitoWorkItemHandler handler,
                                                                KogitoWorkItem workItem, WorkItemTransition transition) {
        action.accept(workItem);
        return Optional.of(handler.completeTransition(workItem.getPhaseStatus(), Map.of()));
    }
}
