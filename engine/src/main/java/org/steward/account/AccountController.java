package org.steward.account;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;
import org.steward.system.web.NotFoundException;

/** Accounts as Steward knows them; any signed-in user may read them. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountController {

    static final int MAX_PAGE_SIZE = 200;

    private final AccountReads reads;

    AccountController(AccountReads reads) {
        this.reads = reads;
    }

    @GetMapping("/{externalId}")
    AccountDetail one(@PathVariable String externalId) {
        return reads.detail(externalId).orElseThrow(() -> new NotFoundException("account", externalId));
    }

    @GetMapping
    AccountPage page(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                     @RequestParam(required = false) Segment segment, @RequestParam(required = false) String csm) {
        if (page < 0) {
            throw new InvalidInputException(FieldProblem.of("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(FieldProblem.of("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        return reads.page(page, size, segment, csm == null || csm.isBlank() ? null : csm);
    }
}
