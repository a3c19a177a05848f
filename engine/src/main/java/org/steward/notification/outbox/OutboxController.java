package org.steward.notification.outbox;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.notification.MessageState;
import org.steward.notification.OutboxMessage;

/**
 * The outbox: CSMs review their customer drafts, edit them, send or discard them; team leads and admins
 * see more (see {@link OutboxAccess}). Not allowed: 403; not in a state that allows it: 409.
 */
@RestController
@RequestMapping("/api/v1/outbox")
@PreAuthorize("hasAnyRole('CSM','TEAM_LEAD','ADMIN','CS_OPS')")
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Newest first; {@code csm} narrows to one CSM's messages within what the caller may see. */
    @GetMapping
    List<OutboxMessage> list(@RequestParam(required = false) MessageState state, @RequestParam(required = false) String csm,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, Authentication user) {
        return outbox.list(Viewer.of(user), state, csm, page, size);
    }

    @GetMapping("/{id}")
    OutboxMessage one(@PathVariable long id, Authentication user) {
        return outbox.get(Viewer.of(user), id);
    }

    /** Edits a draft: any of recipient, subject, body (HTML); fields left out stay as they are. */
    @PutMapping("/{id}")
    OutboxMessage edit(@PathVariable long id, @RequestBody DraftEdit edit, Authentication user) {
        return outbox.edit(Viewer.of(user), id, edit.recipient(), edit.subject(), edit.body());
    }

    /** Approves the draft: the sender sends it once; a second send is a 409. */
    @PostMapping("/{id}/send")
    OutboxMessage send(@PathVariable long id, Authentication user) {
        return outbox.send(Viewer.of(user), id);
    }

    @PostMapping("/{id}/discard")
    OutboxMessage discard(@PathVariable long id, Authentication user) {
        return outbox.discard(Viewer.of(user), id);
    }

    record DraftEdit(String recipient, String subject, String body) {
    }
}
