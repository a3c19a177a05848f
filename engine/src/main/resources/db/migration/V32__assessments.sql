-- Scoring: every assessment an account was given (the history), the account's current health (its latest
-- assessment and since when it is in its tier), one score per account and day (the trend reads these),
-- signals with the day they were raised and cleared, whole-book runs and the accounts they could not score.

-- Assessment ids are handed out in blocks of 1000 (hi/lo) so that a run writes its assessments in multi-row
-- inserts and knows their ids without relying on consecutive auto-increment values (not given on Galera).
CREATE SEQUENCE assessment_id_block START WITH 1 INCREMENT BY 1 NOCACHE;

CREATE TABLE scoring_run (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    trigger_kind     VARCHAR(10)   NOT NULL,
    state            VARCHAR(10)   NOT NULL,
    as_of            DATE          NOT NULL,
    rule_set_version INT,
    total            INT,
    scored           INT           NOT NULL DEFAULT 0,
    failed           INT           NOT NULL DEFAULT 0,
    green            INT           NOT NULL DEFAULT 0,
    yellow           INT           NOT NULL DEFAULT 0,
    red              INT           NOT NULL DEFAULT 0,
    resume_after_id  BIGINT        NOT NULL DEFAULT 0,
    requested_by     VARCHAR(100),
    node             VARCHAR(100),
    message          VARCHAR(1000),
    created_at       DATETIME(3)   NOT NULL,
    started_at       DATETIME(3),
    finished_at      DATETIME(3),
    -- 1 while the run is queued or running, NULL after: the unique key admits one such run at a time.
    in_progress      TINYINT,
    PRIMARY KEY (id),
    CONSTRAINT uq_scoring_run_in_progress UNIQUE (in_progress),
    INDEX ix_scoring_run_created (created_at)
) ENGINE=InnoDB;

CREATE TABLE assessment (
    id                  BIGINT       NOT NULL,
    account_id          BIGINT       NOT NULL,
    as_of               DATE         NOT NULL,
    scored_at           DATETIME(3)  NOT NULL,
    run_id              BIGINT,
    rule_set_version    INT          NOT NULL,
    score               TINYINT      NOT NULL,
    tier                VARCHAR(10)  NOT NULL,
    trend_direction     VARCHAR(10)  NOT NULL,
    lifecycle_stage     VARCHAR(20),
    primary_contact_id  VARCHAR(100),
    playbook_id         VARCHAR(100),
    playbook_variant    VARCHAR(20),
    playbook_contact_id VARCHAR(100),
    -- the why as JSON: layer contributions, notes, tier reason, trend, signals with evidence, lifecycle,
    -- primary contact, playbook and its reason, rules fired
    detail              MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_assessment_account_day (account_id, as_of, id),
    INDEX ix_assessment_run (run_id)
) ENGINE=InnoDB;

CREATE TABLE account_health (
    account_id          BIGINT       NOT NULL,
    assessment_id       BIGINT,
    as_of               DATE,
    score               TINYINT,
    tier                VARCHAR(10),
    tier_since          DATE,
    playbook_id         VARCHAR(100),
    playbook_variant    VARCHAR(20),
    playbook_contact_id VARCHAR(100),
    playbook_reason     VARCHAR(1000),
    PRIMARY KEY (account_id),
    INDEX ix_account_health_tier (tier, score)
) ENGINE=InnoDB;

-- The account's score of each day: the last assessment of the day wins.
CREATE TABLE daily_score (
    account_id BIGINT  NOT NULL,
    day        DATE    NOT NULL,
    score      TINYINT NOT NULL,
    PRIMARY KEY (account_id, day)
) ENGINE=InnoDB;

-- A signal is active from the assessment that raised it until one without it (kind and code) clears it.
CREATE TABLE account_signal (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    account_id            BIGINT        NOT NULL,
    kind                  VARCHAR(10)   NOT NULL,
    code                  VARCHAR(100)  NOT NULL,
    summary               VARCHAR(1000),
    evidence              TEXT,
    raised_on             DATE          NOT NULL,
    raised_assessment_id  BIGINT        NOT NULL,
    cleared_on            DATE,
    cleared_assessment_id BIGINT,
    PRIMARY KEY (id),
    INDEX ix_account_signal_account (account_id, cleared_on),
    INDEX ix_account_signal_active (cleared_on, kind, raised_on)
) ENGINE=InnoDB;

-- Accounts the rules could not score (a run keeps its first few; the single-account scorer all of them).
CREATE TABLE scoring_failure (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    run_id              BIGINT,
    account_id          BIGINT        NOT NULL,
    account_external_id VARCHAR(100)  NOT NULL,
    as_of               DATE          NOT NULL,
    rule_name           VARCHAR(500),
    message             VARCHAR(2000) NOT NULL,
    failed_at           DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_scoring_failure_run (run_id, id),
    INDEX ix_scoring_failure_account (account_id, failed_at)
) ENGINE=InnoDB;
