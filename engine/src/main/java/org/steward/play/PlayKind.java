package org.steward.play;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of play, one BPMN process each (the process id is the kind's id). At most one play of a kind runs for an
 * account at a time; snoozes hold a kind back.
 */
public enum PlayKind {
    SAVE("save"), ONBOARDING("onboarding"), RENEWAL("renewal"), EXPANSION("expansion");

    private final String id;

    PlayKind(String id) {
        this.id = id;
    }

    /** The kind's id: its process id, its shipped playbook's id and how the API names it. */
    public String id() {
        return id;
    }

    /** The kind of this id (any case), if it is one. */
    public static Optional<PlayKind> of(String id) {
        return id == null ? Optional.empty()
                : Arrays.stream(values()).filter(kind -> kind.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    /**
     * The kind of play a playbook chosen by the scoring rules runs: {@code save-recovery} and {@code save-check-in} are
     * the two tiers of the save play; any other playbook id runs the kind that prefixes it ({@code renewal},
     * {@code expansion-seats} runs an expansion play).
     */
    public static Optional<PlayKind> forPlaybook(String playbookId) {
        if (playbookId == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(kind -> playbookId.equals(kind.id) || playbookId.startsWith(kind.id + "-")).findFirst();
    }
}
