-- Every message Steward writes: customer-facing drafts the CSM reviews, internal notices sent at once.
-- state: DRAFTED -> APPROVED -> SENDING -> SENT; FAILED (retried while next_attempt_at is set); DISCARDED.
-- A row is claimed for sending (APPROVED/FAILED -> SENDING) with a lease and a fresh attempt_id; only the
-- attempt that claimed it records its outcome. message_id is the Message-ID header, the same on every attempt.
CREATE TABLE outbox_message (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    kind                VARCHAR(20)   NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    recipient           VARCHAR(320),
    recipient_name      VARCHAR(200),
    reply_to            VARCHAR(320),
    sender_name         VARCHAR(200),
    subject             VARCHAR(998)  NOT NULL,
    body                MEDIUMTEXT    NOT NULL,
    template_id         VARCHAR(200)  NOT NULL,
    template_version    INT           NOT NULL,
    account_external_id VARCHAR(100),
    account_name        VARCHAR(200),
    csm                 VARCHAR(100),
    message_id          VARCHAR(255)  NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    edited_by           VARCHAR(100),
    approved_at         DATETIME(6),
    approved_by         VARCHAR(100),
    sent_at             DATETIME(6),
    attempts            INT           NOT NULL DEFAULT 0,
    next_attempt_at     DATETIME(6),
    lease_until         DATETIME(6),
    attempt_id          VARCHAR(36),
    last_error          VARCHAR(2000),
    delivery_unknown    BOOLEAN       NOT NULL DEFAULT FALSE,
    row_version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_outbox_message_id UNIQUE (message_id),
    INDEX ix_outbox_due (state, next_attempt_at),
    INDEX ix_outbox_csm (csm, state, created_at),
    INDEX ix_outbox_account (account_external_id, created_at)
) ENGINE=InnoDB;
