-- Account facts as integrations send them. External ids are the caller's keys: compared byte for byte
-- (utf8mb4_nopad_bin, so 'A-1', 'a-1' and 'A-1 ' are three keys, as in Java). content_hash is a digest
-- of a row's stored values: a re-sent row with the same hash is left alone and reported unchanged.

CREATE TABLE account (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    external_id     VARCHAR(100)  COLLATE utf8mb4_nopad_bin NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    segment         VARCHAR(20)   NOT NULL,
    plan            VARCHAR(100)  NOT NULL,
    arr             DECIMAL(15,2) NOT NULL,
    seats_purchased INT           NOT NULL,
    contract_start  DATE          NOT NULL,
    renewal_date    DATE          NOT NULL,
    csm_owner       VARCHAR(100)  NOT NULL,
    team_lead       VARCHAR(100),
    attributes      JSON,
    content_hash    BINARY(16)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_external_id UNIQUE (external_id),
    INDEX ix_account_csm_owner (csm_owner, name),
    INDEX ix_account_segment (segment, name),
    INDEX ix_account_team_lead (team_lead),
    INDEX ix_account_renewal_date (renewal_date),
    INDEX ix_account_name (name)
) ENGINE=InnoDB;

CREATE TABLE contact (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    external_id  VARCHAR(100) COLLATE utf8mb4_nopad_bin NOT NULL,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    email        VARCHAR(320),
    role         VARCHAR(200),
    champion     BOOLEAN      NOT NULL,
    disc         CHAR(1),
    active       BOOLEAN      NOT NULL,
    content_hash BINARY(16)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_contact_external_id UNIQUE (external_id),
    CONSTRAINT fk_contact_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_contact_account (account_id)
) ENGINE=InnoDB;

-- One row per account, day and team ('' when the usage is not split by team). The primary key serves
-- "usage of an account over a date range", the read scoring does most.
CREATE TABLE usage_day (
    account_id    BIGINT       NOT NULL,
    usage_date    DATE         NOT NULL,
    team          VARCHAR(100) COLLATE utf8mb4_nopad_bin NOT NULL DEFAULT '',
    active_users  INT          NOT NULL,
    logins        INT          NOT NULL,
    features_used JSON,
    api_calls     BIGINT       NOT NULL,
    api_limit     BIGINT,
    seats_used    INT          NOT NULL,
    content_hash  BINARY(16)   NOT NULL,
    PRIMARY KEY (account_id, usage_date, team),
    INDEX ix_usage_day_date (usage_date),
    CONSTRAINT fk_usage_day_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;

CREATE TABLE ticket (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    external_id  VARCHAR(100) COLLATE utf8mb4_nopad_bin NOT NULL,
    account_id   BIGINT       NOT NULL,
    subject      VARCHAR(300),
    priority     VARCHAR(10)  NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    opened_on    DATE         NOT NULL,
    resolved_on  DATE,
    content_hash BINARY(16)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_ticket_external_id UNIQUE (external_id),
    CONSTRAINT fk_ticket_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_ticket_account_status (account_id, status, opened_on)
) ENGINE=InnoDB;

CREATE TABLE nps_response (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    external_id         VARCHAR(100)  COLLATE utf8mb4_nopad_bin NOT NULL,
    account_id          BIGINT        NOT NULL,
    contact_external_id VARCHAR(100)  COLLATE utf8mb4_nopad_bin,
    score               TINYINT       NOT NULL,
    responded_on        DATE          NOT NULL,
    comment             VARCHAR(2000),
    content_hash        BINARY(16)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_nps_response_external_id UNIQUE (external_id),
    CONSTRAINT fk_nps_response_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_nps_response_account_date (account_id, responded_on)
) ENGINE=InnoDB;

CREATE TABLE invoice (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    external_id  VARCHAR(100)  COLLATE utf8mb4_nopad_bin NOT NULL,
    account_id   BIGINT        NOT NULL,
    amount       DECIMAL(15,2) NOT NULL,
    currency     CHAR(3),
    issued_on    DATE          NOT NULL,
    due_on       DATE          NOT NULL,
    paid_on      DATE,
    content_hash BINARY(16)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_invoice_external_id UNIQUE (external_id),
    CONSTRAINT fk_invoice_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_invoice_account_paid (account_id, paid_on, due_on)
) ENGINE=InnoDB;

-- One assessment per account and day: a later one the same day replaces it.
CREATE TABLE csm_assessment (
    account_id   BIGINT        NOT NULL,
    assessed_on  DATE          NOT NULL,
    score        TINYINT       NOT NULL,
    assessed_by  VARCHAR(100),
    note         VARCHAR(2000),
    content_hash BINARY(16)    NOT NULL,
    PRIMARY KEY (account_id, assessed_on),
    CONSTRAINT fk_csm_assessment_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;
