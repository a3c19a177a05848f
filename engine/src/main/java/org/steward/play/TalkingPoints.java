package org.steward.play;

import java.util.List;
import java.util.Map;

/** The talking point of an expansion conversation: what each expansion signal says, and the angle to take with it. */
final class TalkingPoints {

    private static final Map<String, String> ANGLES = Map.of(
            "seats-high-months", "Offer more seats before they run out.",
            "seats-high-weeks", "Offer more seats before they run out.",
            "api-near-limit", "Offer a higher API limit or plan before their integrations hit the cap.",
            "power-users", "Ask the power users what they would do with more: they are the case for the next tier.",
            "new-teams", "New teams are adopting the product: offer a team rollout or a company-wide agreement.",
            "features-beyond-plan", "They use features above their plan: show the plan that includes them.");

    private TalkingPoints() {
    }

    /** "Talking point: Seat utilisation above 80 % for three months (86 %, 88 %, 91 %). Offer more seats ...". */
    static String of(List<AssessmentNotice.SignalNote> expansionSignals) {
        if (expansionSignals.isEmpty()) {
            return "Talking point: the account's usage suggests room to grow.";
        }
        return "Talking point: " + String.join(" ", expansionSignals.stream()
                .map(s -> s.summary() + ". " + ANGLES.getOrDefault(s.code(), "")).map(String::strip).toList());
    }
}
