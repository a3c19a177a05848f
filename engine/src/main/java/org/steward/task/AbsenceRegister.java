package org.steward.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;
import org.steward.system.web.NotFoundException;
import org.steward.user.AppUser;
import org.steward.user.Role;
import org.steward.user.UserDirectory;

/** Users declare their own absences: from and to (inclusive, not in the past) and a substitute who is a CSM or lead. */
@Service
class AbsenceRegister {

    /** An absence as the API shows it. */
    record AbsenceView(Long id, String username, LocalDate from, LocalDate to, String substitute, String note, boolean current) {
    }

    /** An absence a user declares. */
    record NewAbsence(LocalDate from, LocalDate to, String substitute, String note) {
    }

    private final OutOfOfficeRepository absences;
    private final Absences today;
    private final UserDirectory users;
    private final Clock clock;

    AbsenceRegister(OutOfOfficeRepository absences, Absences today, UserDirectory users, Clock clock) {
        this.absences = absences;
        this.today = today;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    AbsenceView declare(Caller caller, NewAbsence absence) {
        LocalDate now = today.today();
        List<FieldProblem> problems = new ArrayList<>();
        if (absence.from() == null) {
            problems.add(FieldProblem.of("from", "is required"));
        }
        if (absence.to() == null) {
            problems.add(FieldProblem.of("to", "is required"));
        } else if (absence.to().isBefore(now)) {
            problems.add(FieldProblem.of("to", "must not be in the past"));
        } else if (absence.from() != null && absence.to().isBefore(absence.from())) {
            problems.add(FieldProblem.of("to", "must not be before from"));
        }
        if (absence.note() != null && absence.note().length() > 500) {
            problems.add(FieldProblem.of("note", "must be at most 500 characters"));
        }
        String substituteProblem = substituteProblem(caller, absence.substitute());
        if (substituteProblem != null) {
            problems.add(FieldProblem.of("substitute", substituteProblem));
        }
        if (problems.isEmpty() && !absences.overlapping(caller.username(), absence.from(), absence.to()).isEmpty()) {
            problems.add(FieldProblem.of("from", "overlaps an absence you declared already"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The absence is invalid", problems);
        }
        OutOfOffice saved = absences.save(new OutOfOffice(caller.username(), absence.from(), absence.to(),
                absence.substitute(), absence.note(), clock.instant()));
        return view(saved, now);
    }

    @Transactional(readOnly = true)
    List<AbsenceView> mine(Caller caller) {
        LocalDate now = today.today();
        return absences.findByUsernameAndEndsOnGreaterThanEqualOrderByStartsOn(caller.username(), now).stream()
                .map(absence -> view(absence, now)).toList();
    }

    @Transactional
    void cancel(Caller caller, Long id) {
        OutOfOffice absence = absences.findByIdAndUsername(id, caller.username())
                .orElseThrow(() -> new NotFoundException("absence of yours", id));
        absences.delete(absence);
    }

    private String substituteProblem(Caller caller, String substitute) {
        if (substitute == null || substitute.isBlank()) {
            return "is required";
        }
        if (substitute.equals(caller.username())) {
            return "must be someone else";
        }
        AppUser user = users.find(substitute).orElse(null);
        if (user == null || !user.isEnabled()) {
            return "no active user '" + substitute + "'";
        }
        if (!user.hasRole(Role.CSM) && !user.hasRole(Role.TEAM_LEAD)) {
            return "'" + substitute + "' is not a CSM or TEAM_LEAD";
        }
        return null;
    }

    private static AbsenceView view(OutOfOffice absence, LocalDate today) {
        boolean current = !absence.getStartsOn().isAfter(today) && !absence.getEndsOn().isBefore(today);
        return new AbsenceView(absence.getId(), absence.getUsername(), absence.getStartsOn(), absence.getEndsOn(),
                absence.getSubstitute(), absence.getNote(), current);
    }
}
