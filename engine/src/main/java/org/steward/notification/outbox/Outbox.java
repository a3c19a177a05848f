package org.steward.notification.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.notification.MessageKind;
import org.steward.notification.MessageState;
import org.steward.notification.OutboxMessage;
import org.steward.notification.outbox.Message.Addressing;
import org.steward.notification.template.PublishedTemplate;
import org.steward.notification.template.Rendered;
import org.steward.system.web.ConflictException;
import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;
import org.steward.system.web.NotFoundException;

/**
 * The outbox: stores every message with its state; people review, edit, send and discard customer drafts
 * here; {@link OutboxSender} sends what is approved.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final MessageRepository messages;
    private final OutboxAccess access;
    private final OutboxProperties properties;
    private final Clock clock;

    Outbox(MessageRepository messages, OutboxAccess access, OutboxProperties properties, Clock clock) {
        this.messages = messages;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a new message is about: the account (null for a notice that is about none) and the responsible user. */
    public record About(String accountExternalId, String accountName, String csm) {
    }

    /** A customer e-mail, drafted for its CSM to review. */
    @Transactional
    public OutboxMessage draft(String recipient, String recipientName, String replyTo, String senderName, Rendered content,
                               PublishedTemplate template, About about) {
        return store(MessageKind.CUSTOMER, MessageState.DRAFTED, new Addressing(recipient, recipientName, replyTo, senderName), content, template, about);
    }

    /** An internal notice, approved at once; a user without an e-mail address gets a FAILED message that says so. */
    @Transactional
    public OutboxMessage notice(String recipient, String recipientName, Rendered content, PublishedTemplate template, About about) {
        return store(MessageKind.NOTICE, MessageState.APPROVED, new Addressing(recipient, recipientName, null, null), content, template, about);
    }

    private OutboxMessage store(MessageKind kind, MessageState state, Addressing to, Rendered content, PublishedTemplate template, About about) {
        String messageId = "<" + UUID.randomUUID() + "@" + properties.idDomain() + ">";
        Message message = new Message(kind, state, to, content.subject(), content.html(), template.id(), template.version(),
                about.accountExternalId(), about.accountName(), about.csm(), messageId, clock.instant());
        if (to.recipient() == null || to.recipient().isBlank()) {
            message.undeliverable("no e-mail address for " + (to.recipientName() == null ? "the recipient" : to.recipientName()));
            log.warn("Message from template {} for {} has no e-mail address; kept as FAILED", template.id(), about.csm());
        }
        return messages.save(message).view();
    }

    @Transactional(readOnly = true)
    public List<OutboxMessage> list(Viewer viewer, MessageState state, String csm, int page, int size) {
        Specification<Message> filter = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (state != null) {
                where.add(cb.equal(root.get("state"), state));
            }
            if (csm != null) {
                where.add(cb.equal(root.get("csm"), csm));
            }
            access.visibleCsms(viewer).ifPresent(csms -> where.add(root.get("csm").in(csms)));
            return cb.and(where.toArray(Predicate[]::new));
        };
        return messages.findAll(filter, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt", "id")))
                .map(Message::view).getContent();
    }

    @Transactional(readOnly = true)
    public OutboxMessage get(Viewer viewer, long id) {
        Message message = find(id);
        access.checkVisible(viewer, message);
        return message.view();
    }

    /** Changes a draft's recipient, subject or body; only a draft can change (409 otherwise). */
    @Transactional
    public OutboxMessage edit(Viewer viewer, long id, String recipient, String subject, String body) {
        Message message = find(id);
        access.checkMayAct(viewer, message);
        if (message.getState() != MessageState.DRAFTED) {
            throw new ConflictException("Message " + id + " is " + message.getState() + "; only a draft can be edited");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (subject != null && (subject.isBlank() || subject.length() > 900)) {
            problems.add(FieldProblem.of("subject", "must be 1 to 900 characters"));
        }
        String safeBody = body == null ? null : safeHtml(body);
        if (body != null && body.isBlank()) {
            problems.add(FieldProblem.of("body", "must not be empty"));
        } else if (safeBody != null && Jsoup.parse(safeBody).text().isBlank()) {
            problems.add(FieldProblem.of("body", "has no text once scripts, event handlers and other unsafe HTML are removed"));
        }
        if (recipient != null && !recipient.matches("[^@\\s]+@[^@\\s]+")) {
            problems.add(FieldProblem.of("recipient", "must be an e-mail address"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() + " invalid field(s)", problems);
        }
        message.edit(recipient, subject, safeBody, viewer.username(), clock.instant());
        try {
            return messages.saveAndFlush(message).view();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("Message " + id + " changed meanwhile; reload it");
        }
    }

    /** Approves a draft (or a failed message no longer retried) for sending; anything else is a 409. */
    @Transactional
    public OutboxMessage send(Viewer viewer, long id) {
        OutboxMessage approved = change(viewer, id, () -> messages.approve(id, viewer.username(), clock.instant()),
                "it has been sent or is being sent already, or was discarded");
        log.info("Message {} approved by {}", id, viewer.username());
        return approved;
    }

    @Transactional
    public OutboxMessage discard(Viewer viewer, long id) {
        return change(viewer, id, () -> messages.discard(id, viewer.username(), clock.instant()), "it can no longer be discarded");
    }

    /** A change of state by a person: allowed for them, and done by a conditional update that says whether it happened. */
    private OutboxMessage change(Viewer viewer, long id, java.util.function.IntSupplier update, String whyNot) {
        access.checkMayAct(viewer, find(id));
        if (update.getAsInt() == 0) {
            throw new ConflictException("Message " + id + " is " + find(id).getState() + ": " + whyNot);
        }
        return find(id).view();
    }

    /**
     * The HTML of an e-mail body as a CSM may write it: jsoup's relaxed allow-list (text formatting, lists, tables,
     * links and images over http, https and mailto); scripts, styles, forms, frames, event handlers and
     * {@code javascript:} links are removed.
     */
    static String safeHtml(String html) {
        Safelist allowed = Safelist.relaxed().addProtocols("a", "href", "mailto");
        return Jsoup.clean(html, "", allowed, new Document.OutputSettings().prettyPrint(false));
    }

    private Message find(long id) {
        return messages.findById(id).orElseThrow(() -> new NotFoundException("message", id));
    }
}
