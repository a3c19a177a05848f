package org.steward.scoring;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * Scores the whole book as of a given day on the caller's thread, as a run of its own (listed with the other
 * runs): for seeding a history, e.g. the demo's book over its past weeks so that trends exist. Throws
 * {@link org.steward.system.web.ConflictException} while another run is queued or running.
 */
@Component
public class WholeBookScoring {

    private final ScoringRuns runs;

    WholeBookScoring(ScoringRuns runs) {
        this.runs = runs;
    }

    public ScoringRun scoreAsOf(LocalDate asOf, String requestedBy, String trigger) {
        long id = runs.create(requestedBy, trigger, asOf);
        runs.execute(id);
        return runs.find(id).orElseThrow();
    }
}
