package org.steward.escalation;

import org.kie.kogito.internal.process.workitem.KogitoWorkItem;
import org.kie.kogito.process.impl.DefaultWorkItemHandlerConfig;
import org.springframework.stereotype.Component;
import org.steward.task.EscalationLevel;

/**
 * The escalation tasks BPMN files use, registered with jBPM by name:
 * <ul>
 * <li>{@code Escalate}, reached from an SLA boundary timer. Inputs: {@code task} (the id of the user task node whose
 * SLA lapsed), {@code level} (TEAM_LEAD or CS_DIRECTOR), {@code sla} (for the reason).</li>
 * <li>{@code AlertTeamLead}: tells the team lead at once. Inputs: {@code accountExternalId}, {@code teamLead},
 * {@code reason} and (optional) {@code kind}: ACCOUNT_RED (the default) or OFF_TRAJECTORY. A play is alerted once per
 * kind.</li>
 * </ul>
 */
@Component
class EscalationWorkItems extends DefaultWorkItemHandlerConfig {

    static final String ESCALATE = "Escalate";
    static final String ALERT_TEAM_LEAD = "AlertTeamLead";

    EscalationWorkItems(Escalations escalations) {
        register(ESCALATE, new EscalationWorkItem(ESCALATE, item -> escalations.escalateTask(item.getProcessInstanceStringId(),
                text(item, "task"), EscalationLevel.valueOf(text(item, "level")), text(item, "sla"))));
        register(ALERT_TEAM_LEAD, new EscalationWorkItem(ALERT_TEAM_LEAD, item -> escalations.alertTeamLead(
                item.getProcessInstanceStringId(), kind(item), text(item, "accountExternalId"), text(item, "teamLead"), text(item, "reason"))));
    }

    private static EscalationKind kind(KogitoWorkItem item) {
        String kind = text(item, "kind");
        return kind == null || kind.isBlank() ? EscalationKind.ACCOUNT_RED : EscalationKind.valueOf(kind);
    }

    private static String text(KogitoWorkItem item, String parameter) {
        Object value = item.getParameter(parameter);
        return value == null ? null : value.toString();
    }
}
