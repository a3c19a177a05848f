package org.steward.play;

import java.util.Map;

/**
 * What a play takes from its playbook when it starts: the playbook version, the DISC variant and, per task, its
 * wording (placeholders filled) with the SLAs and assignee role. The play keeps these as process variables, so a later
 * playbook version does not change a running play.
 */
public record PlaybookTerms(String playbookId, int version, String variant, String cadence, Map<String, TaskTerms> tasks) {

    public PlaybookTerms {
        tasks = Map.copyOf(tasks);
    }

    /** One task as the playbook words it; {@code escalateAfter} (the CS director SLA) may be null. */
    public record TaskTerms(String title, String instructions, String template, String assignee, String sla, String escalateAfter) {
    }

    /** The terms of this task; the playbook must word it. */
    public TaskTerms task(String name) {
        TaskTerms terms = tasks.get(name);
        if (terms == null) {
            throw new IllegalStateException("Playbook " + playbookId + " v" + version + " has no task '" + name + "'");
        }
        return terms;
    }
}
