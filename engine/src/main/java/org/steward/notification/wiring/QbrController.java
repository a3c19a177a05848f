package org.steward.notification.wiring;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.notification.QbrDraft;
import org.steward.notification.QbrDrafts;

/**
 * The draft of an account's quarterly business review, from its real usage, health history, signals,
 * tickets, NPS and renewal date: HTML by default, or as JSON with the talking points it raises.
 */
@RestController
@RequestMapping("/api/v1/accounts/{externalId}/qbr")
@PreAuthorize("hasAnyRole('CSM','TEAM_LEAD','CS_OPS','CS_DIRECTOR','ADMIN')")
class QbrController {

    private final QbrModels models;
    private final QbrDrafts drafts;

    QbrController(QbrModels models, QbrDrafts drafts) {
        this.models = models;
        this.drafts = drafts;
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    String html(@PathVariable String externalId) {
        return draft(externalId).html();
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    QbrDraft draft(@PathVariable String externalId) {
        return drafts.draft(models.forAccount(externalId));
    }
}
