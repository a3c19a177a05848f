package org.steward.scoring;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.account.Segment;
import org.steward.scoring.facts.SignalKind;
import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;
import org.steward.system.web.NotFoundException;

/**
 * Account health with its why, its history, and the signals accounts carry. Like the accounts themselves,
 * readable by every CS role (not by integrations).
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('CSM','TEAM_LEAD','CS_OPS','CS_DIRECTOR','ADMIN')")
class HealthController {

    static final int MAX_PAGE_SIZE = 200;

    private final AccountHealth health;

    HealthController(AccountHealth health) {
        this.health = health;
    }

    @GetMapping("/accounts/{externalId}/health")
    CurrentHealth health(@PathVariable String externalId) {
        return health.latest(externalId).orElseThrow(() -> {
            if (!health.accountExists(externalId)) {
                return new NotFoundException("account", externalId);
            }
            return health.lastFailure(externalId, null)
                    .map(failure -> new NotFoundException("No assessment yet for account '" + externalId + "': scoring it as of "
                            + failure.asOf() + " failed" + (failure.rule() == null ? "" : " in rule \"" + failure.rule() + "\"")
                            + ": " + failure.message()))
                    .orElseGet(() -> new NotFoundException("assessment yet for account", externalId));
        });
    }

    @GetMapping("/accounts/{externalId}/health/history")
    ResultPage<HealthAssessment> history(@PathVariable String externalId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        requirePage(page, size);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException(FieldProblem.of("from", "must not be after to (" + to + ")"));
        }
        if (!health.accountExists(externalId)) {
            throw new NotFoundException("account", externalId);
        }
        return health.history(externalId, from, to, page, size);
    }

    @GetMapping("/signals")
    ResultPage<ActiveSignal> signals(@RequestParam(required = false) SignalKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) Segment segment,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        requirePage(page, size);
        return health.activeSignals(kind, since, segment, page, size);
    }

    private static void requirePage(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException(FieldProblem.of("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(FieldProblem.of("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
    }
}
