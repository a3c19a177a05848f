package org.steward.play;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.steward.task.Caller;

/** Snoozes of an account's plays: create, list, cancel. */
@RestController
@RequestMapping("/api/v1/accounts/{externalId}/snoozes")
@PreAuthorize("hasAnyRole('CSM','TEAM_LEAD','CS_OPS','CS_DIRECTOR','ADMIN')")
class SnoozeController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SnoozeView(long id, String accountExternalId, String playKind, Instant startsAt, Instant endsAt, String reason,
                      String createdBy, boolean active, Instant cancelledAt, String cancelledBy) {

        static SnoozeView of(Snooze s, Instant now) {
            return new SnoozeView(s.getId(), s.getAccountExternalId(), s.getPlayKind(), s.getStartsAt(), s.getEndsAt(), s.getReason(),
                    s.getCreatedBy(), s.isActive(now), s.getCancelledAt(), s.getCancelledBy());
        }
    }

    private final Snoozes snoozes;

    SnoozeController(Snoozes snoozes) {
        this.snoozes = snoozes;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SnoozeView snooze(Authentication auth, @PathVariable String externalId, @RequestBody Snoozes.SnoozeRequest request) {
        return SnoozeView.of(snoozes.snooze(Caller.of(auth), externalId, request), snoozes.now());
    }

    @GetMapping
    List<SnoozeView> list(Authentication auth, @PathVariable String externalId) {
        Instant now = snoozes.now();
        return snoozes.list(Caller.of(auth), externalId).stream().map(s -> SnoozeView.of(s, now)).toList();
    }

    /** Cancels a running snooze: the kind of play may start again at the next assessment. */
    @DeleteMapping("/{id}")
    SnoozeView cancel(Authentication auth, @PathVariable String externalId, @PathVariable long id) {
        return SnoozeView.of(snoozes.cancel(Caller.of(auth), externalId, id), snoozes.now());
    }
}
