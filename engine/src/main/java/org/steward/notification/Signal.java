package org.steward.notification;

import java.util.List;

/**
 * A churn or expansion signal as a message refers to it: {@code kind} is {@code churn} or
 * {@code expansion}, {@code title} the rule's business wording, {@code evidence} the numbers behind it.
 */
public record Signal(String code, String kind, String title, List<Measure> evidence) {

    public Signal {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
