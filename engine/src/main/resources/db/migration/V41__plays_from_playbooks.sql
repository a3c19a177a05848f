-- Plays started from playbooks and by orchestration: which playbook version and DISC variant a play runs, why it
-- started and ended (assessment and signal codes), the renewal's new ARR; tasks keep the playbook's wording.

ALTER TABLE play
    ADD COLUMN playbook_id         VARCHAR(64),
    ADD COLUMN playbook_version    INT,
    ADD COLUMN variant             VARCHAR(20),
    ADD COLUMN contact_external_id VARCHAR(100),
    ADD COLUMN start_tier          VARCHAR(10),
    ADD COLUMN start_assessment_id BIGINT,
    ADD COLUMN start_signals       VARCHAR(500),
    ADD COLUMN end_assessment_id   BIGINT,
    ADD COLUMN end_signals         VARCHAR(500),
    ADD COLUMN new_arr             DECIMAL(15,2);
CREATE INDEX idx_play_account_kind ON play (account_external_id, kind, status);

ALTER TABLE play_task
    ADD COLUMN instructions TEXT,
    ADD COLUMN template     VARCHAR(100),
    ADD COLUMN context      TEXT;
