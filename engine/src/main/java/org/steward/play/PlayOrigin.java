package org.steward.play;

import java.util.List;

/**
 * Why a play starts and what it starts with: the assessment and signal codes that asked for it (null and empty for a
 * play started by hand), the contact it addresses, and the playbook terms (null: the process's built-in wording and
 * the configured SLAs).
 */
public record PlayOrigin(Long assessmentId, List<String> signals, String contactExternalId, PlaybookTerms terms) {

    public PlayOrigin {
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    public static PlayOrigin none() {
        return new PlayOrigin(null, List.of(), null, null);
    }

    /** The playbook terms, which plays other than save cannot start without. */
    PlaybookTerms requiredTerms() {
        if (terms == null) {
            throw new IllegalArgumentException("A play of this kind starts from its playbook: playbook terms are required");
        }
        return terms;
    }

    /** The signal codes as the play row keeps them: comma-separated, at most 500 characters. */
    String signalText() {
        String text = String.join(",", signals);
        return text.isEmpty() ? null : text.length() > 500 ? text.substring(0, 500) : text;
    }
}
