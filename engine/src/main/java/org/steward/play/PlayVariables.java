package org.steward.play;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.steward.system.calendar.BusinessDuration;

/**
 * The process variables every play reads by the same names: account, owners, why it started, the playbook terms
 * (per task {@code <task>Title}, {@code <task>Instructions}, {@code <task>Template}, {@code <task>Sla},
 * {@code <task>DirectorSla}). {@link PlayHistory} records them on the play row.
 */
final class PlayVariables {

    private final Map<String, Object> values = new HashMap<>();

    private PlayVariables() {
    }

    static PlayVariables of(String accountExternalId, String csmOwner, String teamLead, String reason, PlayOrigin origin) {
        PlayVariables v = new PlayVariables();
        v.put("accountExternalId", accountExternalId).put("csmOwner", csmOwner).put("teamLead", teamLead).put("startReason", reason)
                .put("contactExternalId", origin.contactExternalId()).put("signals", origin.signalText())
                .put("assessmentId", origin.assessmentId() == null ? null : origin.assessmentId().toString());
        PlaybookTerms terms = origin.terms();
        if (terms != null) {
            v.put("playbookId", terms.playbookId()).put("playbookVersion", Integer.toString(terms.version())).put("variant", terms.variant());
        }
        return v;
    }

    /** The wording of the task whose variables start with {@code prefix}, from the terms when there are any. */
    PlayVariables wording(String prefix, PlaybookTerms terms, String taskName) {
        if (terms != null && terms.tasks().containsKey(taskName)) {
            PlaybookTerms.TaskTerms task = terms.task(taskName);
            put(prefix + "Title", task.title()).put(prefix + "Instructions", task.instructions()).put(prefix + "Template", task.template());
        }
        return this;
    }

    PlayVariables slas(String prefix, String sla, String directorSla) {
        return put(prefix + "Sla", sla).put(prefix + "DirectorSla", directorSla);
    }

    PlayVariables put(String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
        return this;
    }

    Map<String, Object> map() {
        return values;
    }

    /**
     * The CS director SLA of a task: the playbook's {@code escalateAfter}, or twice the task's SLA when it has none
     * (business time stays business time: 5bd gives 10bd).
     */
    static String directorSla(String sla, String escalateAfter) {
        if (escalateAfter != null) {
            return escalateAfter;
        }
        BusinessDuration d = BusinessDuration.parse(sla);
        if (!d.isBusinessTime()) {
            return d.elapsed().multipliedBy(2).toString();
        }
        Duration working = d.workingTime().multipliedBy(2);
        return ((d.days() > 0 ? d.days() * 2 + "bd " : "") + (working.isZero() ? "" : working.toMinutes() + "bm")).trim();
    }
}
