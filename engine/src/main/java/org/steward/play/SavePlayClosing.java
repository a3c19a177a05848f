package org.steward.play;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.steward.task.TaskReads;
import org.steward.user.Role;

/**
 * A CS person closes a running save play with an outcome and a note: the play may be watching for recovery or still
 * have its task open (the task is cancelled). Who may: the CSM and the team lead of the account (as the account says
 * now, or as the play started), the CSM the play's latest task went to (after a reassignment), CS directors and
 * admins. Recorded on the play: who, the outcome, the note.
 */
@Service
class SavePlayClosing {

    static final int MAX_NOTE = 2000;

    /** How a save play closed by hand ended. */
    enum Outcome {
        /** The account is healthy again, before the recovery rule saw it (or the CSM knows more than the scores). */
        RECOVERED,
        /** The customer is leaving or has left: nothing more to save. */
        CHURNED,
        /** The risk went away for a reason the scores do not show (a false alarm found later, a reorganisation over). */
        NO_LONGER_AT_RISK,
        /** Someone else carries the account on (sales, executive sponsor, another team). */
        HANDED_OVER
    }

    /** The request: one of {@link Outcome}, and why. */
    record CloseRequest(String outcome, String note) {
    }

    private final PlayRepository plays;
    private final AccountDirectory accounts;
    private final SavePlays savePlays;
    private final TaskReads tasks;

    SavePlayClosing(PlayRepository plays, AccountDirectory accounts, SavePlays savePlays, TaskReads tasks) {
        this.plays = plays;
        this.accounts = accounts;
        this.savePlays = savePlays;
        this.tasks = tasks;
    }

    @Transactional
    Play close(Caller caller, String playId, CloseRequest request) {
        Play play = plays.findById(playId).orElseThrow(() -> new NotFoundException("play", playId));
        requireAllowed(caller, play);
        Outcome outcome = valid(request);
        if (!PlayKind.SAVE.id().equals(play.getKind())) {
            throw new ConflictException("Play " + playId + " is a " + play.getKind() + " play; only save plays are closed this way");
        }
        if (play.getStatus() != PlayStatus.ACTIVE) {
            throw new ConflictException("Play " + playId + " has ended already (" + play.getStatus() + ", " + play.getEndReason() + ")");
        }
        play.closedBy(caller.username(), request.note().strip());
        savePlays.close(playId, outcome.name());
        if (play.getStatus() == PlayStatus.ACTIVE) {
            throw new ConflictException("Play " + playId + " could not be closed where it stands (" + play.getStage() + "); nothing changed");
        }
        return play;
    }

    private static Outcome valid(CloseRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String outcome = request == null ? null : request.outcome();
        String note = request == null ? null : request.note();
        Optional<Outcome> known = Arrays.stream(Outcome.values()).filter(o -> o.name().equals(outcome)).findFirst();
        if (outcome == null || outcome.isBlank()) {
            problems.add(FieldProblem.of("outcome", "is required: one of " + Arrays.toString(Outcome.values())));
        } else if (known.isEmpty()) {
            problems.add(FieldProblem.of("outcome", "'" + outcome + "' is not one of " + Arrays.toString(Outcome.values())));
        }
        if (note == null || note.isBlank()) {
            problems.add(FieldProblem.of("note", "is required: say why the play ends"));
        } else if (note.strip().length() > MAX_NOTE) {
            problems.add(FieldProblem.of("note", "must be at most " + MAX_NOTE + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The play was not closed", problems);
        }
        return known.orElseThrow();
    }

    /** The play's latest task went to {@code user}: the CSM a team lead handed the play to. */
    private boolean carriedTheLatestTask(String user, Play play) {
        List<TaskReads.TaskSummary> ofPlay = tasks.ofPlay(play.getId());
        return !ofPlay.isEmpty() && user.equals(ofPlay.get(ofPlay.size() - 1).assignee());
    }

    private void requireAllowed(Caller caller, Play play) {
        if (caller.seesEverything()) {
            return;
        }
        Optional<AccountTerms> account = Optional.ofNullable(play.getAccountExternalId()).flatMap(accounts::find);
        String user = caller.username();
        boolean csm = caller.has(Role.CSM) && (user.equals(play.getCsmOwner()) || account.map(a -> user.equals(a.csmOwner())).orElse(false)
                || carriedTheLatestTask(user, play));
        boolean lead = caller.has(Role.TEAM_LEAD)
                && (user.equals(play.getTeamLead()) || account.map(a -> user.equals(a.teamLead())).orElse(false));
        if (!csm && !lead) {
            throw new AccessDeniedException("Only the CSM or team lead of account " + play.getAccountExternalId()
                    + " (or a CS director) may close play " + play.getId());
        }
    }
}
