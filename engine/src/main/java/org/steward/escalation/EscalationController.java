package org.steward.escalation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.task.ApiParameters;
import org.steward.task.Caller;
import org.steward.task.EscalationLevel;

/** The escalation queue of team leads and CS directors. {@code status} is OPEN (default), RESOLVED or ALL. */
@RestController
@RequestMapping("/api/v1/escalations")
@PreAuthorize("hasAnyRole('TEAM_LEAD','CS_DIRECTOR','ADMIN')")
class EscalationController {

    private final EscalationQueue queue;

    EscalationController(EscalationQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    EscalationQueue.EscalationPage list(Authentication auth, @RequestParam(required = false) String team,
                                        @RequestParam(defaultValue = "OPEN") String status,
                                        @RequestParam(required = false) String level,
                                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        EscalationStatus wanted = "ALL".equalsIgnoreCase(status) ? null : ApiParameters.oneOf(EscalationStatus.class, "status", status);
        EscalationLevel wantedLevel = level == null ? null : ApiParameters.oneOf(EscalationLevel.class, "level", level);
        ApiParameters.requirePage(page, size);
        return queue.list(Caller.of(auth), new EscalationQueue.Query(team, wanted, wantedLevel, page, size));
    }
}
