package org.steward.play;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.account.AccountDirectory;
import org.steward.account.AccountDirectory.AccountTerms;
import org.steward.system.web.ConflictException;
import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;
import org.steward.system.web.NotFoundException;
import org.steward.task.Caller;
import org.steward.user.Role;

/**
 * Snoozes: "not this kind of play for this account for N days". Orchestration does not start a snoozed kind until the
 * snooze ends or is cancelled; a play already running goes on. Who may snooze an account: its CSM, its team lead,
 * CS ops, CS directors and admins.
 */
@Service
class Snoozes {

    static final int MAX_DAYS = 365;

    /** A snooze request: the kind of play, for how many days, and why. */
    record SnoozeRequest(String playKind, Integer days, String reason) {
    }

    private final SnoozeRepository snoozes;
    private final AccountDirectory accounts;
    private final Clock clock;

    Snoozes(SnoozeRepository snoozes, AccountDirectory accounts, Clock clock) {
        this.snoozes = snoozes;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    Snooze snooze(Caller caller, String accountExternalId, SnoozeRequest request) {
        requireAllowed(caller, account(accountExternalId));
        List<FieldProblem> problems = new ArrayList<>();
        PlayKind kind = request.playKind() == null ? null : PlayKind.of(request.playKind()).orElse(null);
        if (request.playKind() == null || request.playKind().isBlank()) {
            problems.add(FieldProblem.of("playKind", "is required"));
        } else if (kind == null) {
            problems.add(FieldProblem.of("playKind", "'" + request.playKind() + "' is not one of save, onboarding, renewal, expansion"));
        }
        if (request.days() == null) {
            problems.add(FieldProblem.of("days", "is required"));
        } else if (request.days() < 1 || request.days() > MAX_DAYS) {
            problems.add(FieldProblem.of("days", "must be between 1 and " + MAX_DAYS));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            problems.add(FieldProblem.of("reason", "is required: say why the account needs no such play now"));
        } else if (request.reason().length() > 500) {
            problems.add(FieldProblem.of("reason", "must be at most 500 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The snooze is invalid; nothing was stored", problems);
        }
        Instant now = clock.instant();
        Optional<Snooze> running = active(accountExternalId, kind, now);
        if (running.isPresent()) {
            throw new ConflictException("The " + kind.id() + " play of " + accountExternalId + " is snoozed until "
                    + running.get().getEndsAt() + " already (snooze " + running.get().getId() + "); cancel it first");
        }
        return snoozes.save(new Snooze(accountExternalId, kind, now, now.plus(Duration.ofDays(request.days())), request.reason().strip(),
                caller.username()));
    }

    @Transactional(readOnly = true)
    List<Snooze> list(Caller caller, String accountExternalId) {
        requireAllowed(caller, account(accountExternalId));
        return snoozes.findByAccountExternalIdOrderByStartsAtDesc(accountExternalId);
    }

    @Transactional
    Snooze cancel(Caller caller, String accountExternalId, long id) {
        requireAllowed(caller, account(accountExternalId));
        Snooze snooze = snoozes.findById(id).filter(s -> s.getAccountExternalId().equals(accountExternalId))
                .orElseThrow(() -> new NotFoundException("snooze of account " + accountExternalId, Long.toString(id)));
        Instant now = clock.instant();
        if (!snooze.isActive(now)) {
            throw new ConflictException("Snooze " + id + " is " + (snooze.getCancelledAt() != null ? "cancelled" : "over") + " already");
        }
        snooze.cancel(caller.username(), now);
        return snooze;
    }

    /** The snooze that holds this kind of play back for the account now, if any. */
    @Transactional(readOnly = true)
    Optional<Snooze> active(String accountExternalId, PlayKind kind, Instant now) {
        return snoozes.findActive(accountExternalId, kind.id(), now).stream().findFirst();
    }

    Instant now() {
        return clock.instant();
    }

    private AccountTerms account(String externalId) {
        return accounts.find(externalId).orElseThrow(() -> new NotFoundException("account", externalId));
    }

    private static void requireAllowed(Caller caller, AccountTerms account) {
        boolean allowed = caller.seesEverything() || caller.has(Role.CS_OPS)
                || caller.has(Role.CSM) && caller.username().equals(account.csmOwner())
                || caller.has(Role.TEAM_LEAD) && caller.username().equals(account.teamLead());
        if (!allowed) {
            throw new AccessDeniedException("Only the CSM or team lead of account " + account.externalId()
                    + " (or CS ops) may snooze its plays");
        }
    }
}
