package org.steward.play;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.system.web.NotFoundException;
import org.steward.task.ApiParameters;
import org.steward.task.Caller;
import org.steward.user.Role;

/**
 * The history of plays, newest first: a CSM sees the plays of the accounts they own, a team lead those of their team,
 * CS ops, CS directors and admins all. A running save play can be closed by hand with an outcome.
 */
@RestController
@RequestMapping("/api/v1/plays")
@PreAuthorize("hasAnyRole('CSM','TEAM_LEAD','CS_DIRECTOR','CS_OPS','ADMIN')")
class PlayController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PlayView(String id, String kind, String accountExternalId, String csmOwner, String teamLead, PlayStatus status,
                    String stage, Instant startedAt, Instant endedAt, String startReason, String endReason, String outcome,
                    String endedBy, String endNote, BigDecimal newArr, String playbookId, Integer playbookVersion, String variant,
                    String contactExternalId, String tier, Cause started, Cause ended) {

        /** The assessment and signal codes a start or end came from (absent for a play started or ended by hand). */
        record Cause(Long assessmentId, List<String> signals) {
            static Cause of(Long assessmentId, String signals) {
                return assessmentId == null && signals == null ? null
                        : new Cause(assessmentId, signals == null ? List.of() : List.of(signals.split(",")));
            }
        }

        static PlayView of(Play play) {
            return new PlayView(play.getId(), play.getKind(), play.getAccountExternalId(), play.getCsmOwner(), play.getTeamLead(),
                    play.getStatus(), play.getStage(), play.getStartedAt(), play.getEndedAt(), play.getStartReason(), play.getEndReason(),
                    play.getOutcome(), play.getEndedBy(), play.getEndNote(), play.getNewArr(), play.getPlaybookId(), play.getPlaybookVersion(), play.getVariant(), play.getContactExternalId(),
                    play.getStartTier(), Cause.of(play.getStartAssessmentId(), play.getStartSignals()),
                    Cause.of(play.getEndAssessmentId(), play.getEndSignals()));
        }
    }

    record PlayPage(List<PlayView> items, int page, int size, long total) {
    }

    private final PlayRepository plays;
    private final SavePlayClosing closing;

    PlayController(PlayRepository plays, SavePlayClosing closing) {
        this.plays = plays;
        this.closing = closing;
    }

    @GetMapping
    @Transactional(readOnly = true)
    PlayPage list(Authentication auth, @RequestParam(required = false) String accountExternalId,
                  @RequestParam(required = false) String status, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String stage, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PlayStatus wanted = status == null ? null : ApiParameters.oneOf(PlayStatus.class, "status", status);
        ApiParameters.requirePage(page, size);
        Caller caller = Caller.of(auth);
        Specification<Play> spec = (root, q, cb) -> {
            Predicate where = cb.conjunction();
            if (!seesAll(caller)) {
                where = caller.has(Role.TEAM_LEAD)
                        ? cb.or(cb.equal(root.get("teamLead"), caller.username()), cb.equal(root.get("csmOwner"), caller.username()))
                        : cb.equal(root.get("csmOwner"), caller.username());
            }
            if (accountExternalId != null) {
                where = cb.and(where, cb.equal(root.get("accountExternalId"), accountExternalId));
            }
            if (wanted != null) {
                where = cb.and(where, cb.equal(root.get("status"), wanted));
            }
            if (kind != null) {
                where = cb.and(where, cb.equal(root.get("kind"), kind));
            }
            if (stage != null) {
                where = cb.and(where, cb.equal(root.get("stage"), stage));
            }
            return where;
        };
        Page<Play> found = plays.findAll(spec, PageRequest.of(page, size, Sort.by(Sort.Order.desc("startedAt"), Sort.Order.asc("id"))));
        return new PlayPage(found.getContent().stream().map(PlayView::of).toList(), page, size, found.getTotalElements());
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    PlayView get(Authentication auth, @PathVariable String id) {
        Play play = plays.findById(id).orElseThrow(() -> new NotFoundException("play", id));
        Caller caller = Caller.of(auth);
        boolean mine = caller.username().equals(play.getCsmOwner()) || caller.username().equals(play.getTeamLead());
        if (!seesAll(caller) && !mine) {
            throw new AccessDeniedException("Play " + id + " is not of your accounts");
        }
        return PlayView.of(play);
    }

    /**
     * Closes a running save play with an outcome and a note (its open task, if any, is cancelled): the account's CSM,
     * its team lead, CS directors and admins.
     */
    @PostMapping("/{id}/close")
    @PreAuthorize("hasAnyRole('CSM','TEAM_LEAD','CS_DIRECTOR','ADMIN')")
    PlayView close(Authentication auth, @PathVariable String id, @RequestBody(required = false) SavePlayClosing.CloseRequest request) {
        return PlayView.of(closing.close(Caller.of(auth), id, request));
    }

    private static boolean seesAll(Caller caller) {
        return caller.seesEverything() || caller.has(Role.CS_OPS);
    }
}
