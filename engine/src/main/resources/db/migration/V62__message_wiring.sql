-- Every message Steward decided to write on its own (a play's customer draft, a task notice, a digest), keyed by
-- what caused it: play-draft:<play>, task-assigned:<task>:<user>, sla-lapsing:<task>:<due>, escalated:<escalation>:<user>,
-- csm-digest:<user>:<day>, team-lead-digest:<user>:<week start>. The row is written in the transaction that writes the
-- outbox message, so a message is written at most once per key, however often its job runs and on however many nodes.
CREATE TABLE message_ledger (
    dedup_key         VARCHAR(250) NOT NULL,
    purpose           VARCHAR(40)  NOT NULL,
    recipient         VARCHAR(100),
    outbox_message_id BIGINT,
    note              VARCHAR(500),
    created_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (dedup_key),
    INDEX ix_message_ledger_recipient (purpose, recipient, created_at)
) ENGINE=InnoDB;

-- Signals raised on accounts (from scoring's AssessmentChanged), kept for the CSM's daily digest.
CREATE TABLE digest_signal (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    account_external_id VARCHAR(100) NOT NULL,
    account_name        VARCHAR(200),
    csm                 VARCHAR(100),
    tier                VARCHAR(10),
    kind                VARCHAR(20)  NOT NULL,
    code                VARCHAR(100) NOT NULL,
    summary             VARCHAR(500) NOT NULL,
    evidence            TEXT,
    raised_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_digest_signal_csm (csm, raised_at)
) ENGINE=InnoDB;

-- The SLA warning sweep reads open tasks by due date across all assignees.
CREATE INDEX idx_play_task_open_due ON play_task (is_open, due_at);
