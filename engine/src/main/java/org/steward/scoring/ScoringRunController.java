package org.steward.scoring;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;
import org.steward.system.web.NotFoundException;

/** Whole-book scoring runs: CS ops and admins start them; they, and CS directors, follow them. */
@RestController
@RequestMapping("/api/v1/scoring-runs")
class ScoringRunController {

    static final int MAX_LIST = 100;

    private final ScoringRuns runs;

    ScoringRunController(ScoringRuns runs) {
        this.runs = runs;
    }

    /** Queues a run of the whole book as of today: 202 with the run; 409 while another one is queued or running. */
    @PostMapping
    @PreAuthorize("hasAnyRole('CS_OPS','ADMIN')")
    ResponseEntity<ScoringRun> start(Authentication auth) {
        ScoringRun run = runs.request(auth.getName(), ScoringRuns.MANUAL);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(run.id()).toUri())
                .body(run);
    }

    /** Cancels a queued or running run; it stops after the chunk it is storing and the next run may start. */
    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('CS_OPS','ADMIN')")
    ScoringRun cancel(@PathVariable long id, Authentication auth) {
        return runs.cancel(id, auth.getName());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('CS_OPS','CS_DIRECTOR','ADMIN')")
    ScoringRun one(@PathVariable long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("scoring run", id));
    }

    /** The latest runs, newest first (without their failures; see each run). */
    @GetMapping
    @PreAuthorize("hasAnyRole('CS_OPS','CS_DIRECTOR','ADMIN')")
    List<ScoringRun> recent(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new InvalidInputException(FieldProblem.of("limit", "must be between 1 and " + MAX_LIST));
        }
        return runs.recent(limit);
    }
}
