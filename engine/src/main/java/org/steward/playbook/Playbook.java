package org.steward.playbook;

import java.util.List;
import java.util.Map;

import org.steward.account.Disc;

/**
 * A playbook: which process carries it out, when it applies, each human task's assignee and SLA, and the
 * wording of each task per DISC style of the primary contact ({@code neutral} when the style is unknown).
 */
public record Playbook(
        String id,
        String name,
        String description,
        String process,
        EntryCriteria entry,
        Map<String, TaskPolicy> tasks,
        Map<String, Variant> variants) {

    /** When a playbook applies; an empty list means "any". */
    public record EntryCriteria(List<String> tiers, List<String> signals, List<String> segments, List<String> lifecycleStages) {
        public EntryCriteria {
            tiers = tiers == null ? List.of() : List.copyOf(tiers);
            signals = signals == null ? List.of() : List.copyOf(signals);
            segments = segments == null ? List.of() : List.copyOf(segments);
            lifecycleStages = lifecycleStages == null ? List.of() : List.copyOf(lifecycleStages);
        }
    }

    /** Who works a task and by when ({@code sla}); {@code escalateAfter} is the later, second-level SLA. */
    public record TaskPolicy(String assignee, String sla, String escalateAfter) {
    }

    /** The wording of a play for one DISC style. */
    public record Variant(String cadence, Map<String, TaskWording> tasks) {
    }

    /** What a task says to the person who works it. */
    public record TaskWording(String title, String instructions, String template) {
    }

    /** The variant for a primary contact of this style: its own if the playbook has one, else neutral. */
    public String variantFor(Disc style) {
        return style != null && variants.containsKey(style.name()) ? style.name() : "neutral";
    }

    /** The wording of a task in a variant, falling back to the neutral wording of that task. */
    public TaskWording wording(String variant, String taskName) {
        Variant chosen = variants.getOrDefault(variant, variants.get("neutral"));
        TaskWording wording = chosen.tasks().get(taskName);
        return wording != null ? wording : variants.get("neutral").tasks().get(taskName);
    }
}
