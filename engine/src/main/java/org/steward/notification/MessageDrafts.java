package org.steward.notification;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.steward.account.Disc;
import org.steward.notification.outbox.Outbox;
import org.steward.notification.template.CustomerTemplateModel;
import org.steward.notification.template.PublishedTemplate;
import org.steward.notification.template.Rendered;
import org.steward.notification.template.Sender;
import org.steward.notification.template.TemplateStore;
import org.steward.system.web.NotFoundException;

/**
 * Drafts customer-facing e-mails into the outbox, in the primary contact's DISC style, for the account's
 * CSM to review, edit, send or discard. Nothing reaches a customer without that review.
 */
@Service
public class MessageDrafts {

    private final TemplateStore templates;
    private final Outbox outbox;
    private final Senders senders;
    private final Clock clock;

    MessageDrafts(TemplateStore templates, Outbox outbox, Senders senders, Clock clock) {
        this.templates = templates;
        this.outbox = outbox;
        this.senders = senders;
        this.clock = clock;
    }

    /**
     * Renders the template of a playbook step (as a playbook names it, e.g. {@code save/check-in}) in the
     * contact's style — {@code customer/save/check-in/D}, falling back to {@code .../neutral} — and stores
     * the result as a DRAFTED message for {@code account.csm()}. A full id ({@code customer/...}) is used as given.
     */
    public OutboxMessage draftForCustomer(CustomerAccount account, CustomerContact contact, String templateId, CustomerMessage model) {
        PublishedTemplate template = templates.find(templateFor(templateId, contact.disc()))
                .or(() -> templates.find(templateFor(templateId, null)))
                .orElseThrow(() -> new NotFoundException("customer template", templateFor(templateId, contact.disc())));
        Sender csm = senders.of(account.csm());
        Rendered rendered = templates.render(template, CustomerTemplateModel.of(account, contact, csm, model, LocalDate.now(clock)));
        return outbox.draft(contact.email(), contact.name(), csm.email(), csm.name(), rendered, template,
                new Outbox.About(account.externalId(), account.name(), account.csm()));
    }

    /** The id of a step's template in a DISC style ({@code null}: neutral). */
    public static String templateFor(String step, Disc style) {
        if (step.startsWith("customer/")) {
            return step;
        }
        return "customer/" + step + "/" + (style == null ? "neutral" : style.name());
    }
}
