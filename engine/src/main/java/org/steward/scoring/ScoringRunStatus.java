package org.steward.scoring;

import org.springframework.stereotype.Component;

/** Whether a whole-book scoring run is still queued or running, for modules that act on what it stored. */
@Component
public class ScoringRunStatus {

    private final RunTable runs;

    ScoringRunStatus(RunTable runs) {
        this.runs = runs;
    }

    /** The run is queued or running; false once it has succeeded or failed, and for a run Steward does not know. */
    public boolean inProgress(long runId) {
        return runs.inProgress(runId);
    }
}
