-- Orchestration state: snoozes that hold a kind of play back for an account, and each account's tier as the latest
-- assessment left it (with the moment it got there), which the daily recovery check reads.

CREATE TABLE play_snooze (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    account_external_id VARCHAR(100) NOT NULL,
    play_kind           VARCHAR(20)  NOT NULL,
    starts_at           DATETIME(6)  NOT NULL,
    ends_at             DATETIME(6)  NOT NULL,
    reason              VARCHAR(500) NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    cancelled_at        DATETIME(6),
    cancelled_by        VARCHAR(100),
    PRIMARY KEY (id)
) ENGINE=InnoDB;
CREATE INDEX idx_play_snooze_account ON play_snooze (account_external_id, play_kind, ends_at);

CREATE TABLE play_account_tier (
    account_external_id VARCHAR(100) NOT NULL,
    tier                VARCHAR(10)  NOT NULL,
    tier_since          DATETIME(6)  NOT NULL,
    assessment_id       BIGINT       NOT NULL,
    signals             VARCHAR(500),
    PRIMARY KEY (account_external_id)
) ENGINE=InnoDB;
CREATE INDEX idx_play_account_tier ON play_account_tier (tier, tier_since);
