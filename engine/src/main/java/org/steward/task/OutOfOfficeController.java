package org.steward.task;

import java.util.List;

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

/** The caller's own out-of-office periods: while away, new tasks go to the substitute. */
@RestController
@RequestMapping("/api/v1/out-of-office")
@PreAuthorize("hasAnyRole('CSM','TEAM_LEAD')")
class OutOfOfficeController {

    private final AbsenceRegister register;

    OutOfOfficeController(AbsenceRegister register) {
        this.register = register;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AbsenceRegister.AbsenceView declare(Authentication auth, @RequestBody AbsenceRegister.NewAbsence absence) {
        return register.declare(Caller.of(auth), absence);
    }

    @GetMapping
    List<AbsenceRegister.AbsenceView> mine(Authentication auth) {
        return register.mine(Caller.of(auth));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(Authentication auth, @PathVariable Long id) {
        register.cancel(Caller.of(auth), id);
    }
}
