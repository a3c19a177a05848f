package org.steward.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.steward.notification.outbox.Outbox;
import org.steward.notification.template.ModelMaps;
import org.steward.notification.template.PublishedTemplate;
import org.steward.notification.template.Rendered;
import org.steward.notification.template.Sender;
import org.steward.notification.template.TemplateKind;
import org.steward.notification.template.TemplateStore;
import org.steward.user.UserDirectory;
import org.steward.system.web.NotFoundException;

/**
 * Internal e-mails to Steward users — task notices and digests — sent at once (stored APPROVED; the outbox
 * sender delivers them). Templates: {@code notice/task-assigned}, {@code notice/sla-lapsing},
 * {@code notice/escalated} with a {@link TaskNotice}; {@code digest/csm/daily} with a {@link CsmDigest};
 * {@code digest/team-lead/weekly} with a {@link TeamLeadDigest}. Besides the model's own fields a template
 * sees {@code recipient} (username, name, email) and {@code today}.
 */
@Service
public class Notices {

    public static final String TASK_ASSIGNED = "notice/task-assigned";
    public static final String SLA_LAPSING = "notice/sla-lapsing";
    public static final String ESCALATED = "notice/escalated";
    public static final String CSM_DIGEST = "digest/csm/daily";
    public static final String TEAM_LEAD_DIGEST = "digest/team-lead/weekly";

    private final TemplateStore templates;
    private final Outbox outbox;
    private final Senders senders;
    private final UserDirectory users;
    private final Clock clock;

    Notices(TemplateStore templates, Outbox outbox, Senders senders, UserDirectory users, Clock clock) {
        this.templates = templates;
        this.outbox = outbox;
        this.senders = senders;
        this.users = users;
        this.clock = clock;
    }

    /** Renders {@code templateId} for user {@code toUser} and queues it for sending; a user without an e-mail address gets a FAILED message saying so. */
    public OutboxMessage send(String toUser, String templateId, Object model) {
        if (!users.exists(toUser)) {
            throw new NotFoundException("user", toUser);
        }
        PublishedTemplate template = templates.active(templateId);
        if (template.kind() == TemplateKind.CUSTOMER || template.kind() == TemplateKind.QBR) {
            throw new IllegalArgumentException(templateId + " is not an internal notice template");
        }
        Sender recipient = senders.of(toUser);
        Map<String, Object> variables = ModelMaps.with(model, Map.of("recipient", recipient, "today", LocalDate.now(clock)));
        Rendered rendered = templates.render(template, variables);
        return outbox.notice(recipient.email(), recipient.name(), rendered, template,
                new Outbox.About(text(variables.get("accountExternalId")), text(variables.get("accountName")), toUser));
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }
}
