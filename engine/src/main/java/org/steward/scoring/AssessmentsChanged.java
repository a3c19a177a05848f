package org.steward.scoring;

import java.util.List;

/**
 * The assessments of one stored batch that changed what plays act on (see {@link AssessmentChanged}), published
 * once per batch in the transaction that stores them; listen after commit, or in the transaction to keep something
 * with them. {@code runId} is the whole-book run that scored the batch ({@link ScoringRunStatus} says whether it is
 * still in progress), null when accounts were scored on their own after their facts changed.
 */
public record AssessmentsChanged(Long runId, List<AssessmentChanged> changes) {

    public AssessmentsChanged {
        changes = List.copyOf(changes);
    }

    /** Scored by a whole-book run (not on its own after its facts changed). */
    public boolean fromRun() {
        return runId != null;
    }
}
