package org.steward.scoring.facts;

import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The playbook chosen for the account, its variant (the primary contact's DISC style D, I, S or C, else
 * "neutral"), the contact it addresses (null without one) and the reason in words.
 */
public record PlaybookChoice(String playbookId, String variant, String contactId, String reason) {

    public static final String NEUTRAL = "neutral";

    /** "red tier (score 31): recovery plan; outranks expansion; addressed to: active champion Ann, DISC D". */
    public static String reason(PlaybookCandidate chosen, Collection<?> outranked, String addressedTo) {
        TreeSet<String> others = new TreeSet<>();
        outranked.stream().map(Objects::toString).filter(id -> !id.equals(chosen.playbookId())).forEach(others::add);
        return chosen.reason() + (others.isEmpty() ? "" : "; outranks " + String.join(", ", others))
                + "; addressed to: " + addressedTo;
    }
}
