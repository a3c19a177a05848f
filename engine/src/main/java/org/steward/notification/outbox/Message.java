package org.steward.notification.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.steward.notification.MessageKind;
import org.steward.notification.MessageState;
import org.steward.notification.OutboxMessage;

/** One message of the outbox. State changes that race with the sender are conditional updates in {@link MessageRepository}. */
@Entity
@Table(name = "outbox_message")
class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MessageKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MessageState state;
    private String recipient;
    @Column(name = "recipient_name")
    private String recipientName;
    @Column(name = "reply_to")
    private String replyTo;
    @Column(name = "sender_name")
    private String senderName;
    @Column(nullable = false, length = 998)
    private String subject;
    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;
    @Column(name = "template_id", nullable = false)
    private String templateId;
    @Column(name = "template_version", nullable = false)
    private int templateVersion;
    @Column(name = "account_external_id")
    private String accountExternalId;
    @Column(name = "account_name")
    private String accountName;
    private String csm;
    @Column(name = "message_id", nullable = false)
    private String messageId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "edited_by")
    private String editedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "sent_at")
    private Instant sentAt;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "lease_until")
    private Instant leaseUntil;
    @Column(name = "attempt_id", length = 36)
    private String attemptId;
    @Column(name = "last_error", length = 2000)
    private String lastError;
    @Column(name = "delivery_unknown", nullable = false)
    private boolean deliveryUnknown;
    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Message() {
    }

    Message(MessageKind kind, MessageState state, Addressing to, String subject, String body, String templateId, int templateVersion,
            String accountExternalId, String accountName, String csm, String messageId, Instant now) {
        this.kind = kind;
        this.state = state;
        this.recipient = to.recipient();
        this.recipientName = to.recipientName();
        this.replyTo = to.replyTo();
        this.senderName = to.senderName();
        this.subject = subject;
        this.body = body;
        this.templateId = templateId;
        this.templateVersion = templateVersion;
        this.accountExternalId = accountExternalId;
        this.accountName = accountName;
        this.csm = csm;
        this.messageId = messageId;
        this.createdAt = now;
        this.updatedAt = now;
        if (state == MessageState.APPROVED) {
            this.approvedAt = now;
            this.approvedBy = "steward";
        }
    }

    /** Who a message goes to and in whose name: the recipient, the CSM's reply-to address and display name. */
    record Addressing(String recipient, String recipientName, String replyTo, String senderName) {
    }

    void edit(String recipient, String subject, String body, String editor, Instant now) {
        if (recipient != null) {
            this.recipient = recipient;
        }
        if (subject != null) {
            this.subject = subject;
        }
        if (body != null) {
            this.body = body;
        }
        this.editedBy = editor;
        this.updatedAt = now;
    }

    /** A message that can never go out (no address): failed, with nothing scheduled. */
    void undeliverable(String reason) {
        this.state = MessageState.FAILED;
        this.lastError = reason;
    }

    Long getId() {
        return id;
    }

    MessageKind getKind() {
        return kind;
    }

    MessageState getState() {
        return state;
    }

    String getCsm() {
        return csm;
    }

    Addressing addressing() {
        return new Addressing(recipient, recipientName, replyTo, senderName);
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    String getMessageId() {
        return messageId;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    OutboxMessage view() {
        return new OutboxMessage(id, kind, state, recipient, recipientName, replyTo, subject, body, templateId, templateVersion,
                accountExternalId, accountName, csm, messageId, createdAt, updatedAt, editedBy, approvedAt, approvedBy, sentAt, attempts,
                nextAttemptAt, lastError, deliveryUnknown);
    }
}
