-- Steward's own history of plays, their tasks and escalations. jBPM deletes finished process instances and
-- user tasks; these rows stay. Fed by engine event listeners in the same transaction as the engine change.

-- One row per process instance (a play), whatever its process.
CREATE TABLE play (
    id                  VARCHAR(50)  NOT NULL,
    kind                VARCHAR(100) NOT NULL,
    account_external_id VARCHAR(100),
    csm_owner           VARCHAR(100),
    team_lead           VARCHAR(100),
    status              VARCHAR(20)  NOT NULL,
    started_at          DATETIME(6)  NOT NULL,
    ended_at            DATETIME(6),
    start_reason        VARCHAR(500),
    end_reason          VARCHAR(500),
    outcome             VARCHAR(100),
    PRIMARY KEY (id)
) ENGINE=InnoDB;
CREATE INDEX idx_play_account ON play (account_external_id, status, started_at);
CREATE INDEX idx_play_status ON play (status, started_at);
CREATE INDEX idx_play_csm ON play (csm_owner, status, started_at);
CREATE INDEX idx_play_team_lead ON play (team_lead, status, started_at);

-- One row per user task. The inbox reads this table: (assignee, is_open, due_at) serves "my open tasks by due date".
CREATE TABLE play_task (
    id                      VARCHAR(50)  NOT NULL,
    play_id                 VARCHAR(50)  NOT NULL,
    play_kind               VARCHAR(100),
    node_id                 VARCHAR(100) NOT NULL,
    name                    VARCHAR(100) NOT NULL,
    title                   VARCHAR(255) NOT NULL,
    account_external_id     VARCHAR(100),
    assignee                VARCHAR(100),
    substitute_for          VARCHAR(100),
    team_lead               VARCHAR(100),
    status                  VARCHAR(20)  NOT NULL,
    is_open                 BOOLEAN      NOT NULL,
    sla                     VARCHAR(50),
    due_at                  DATETIME(6),
    created_at              DATETIME(6)  NOT NULL,
    claimed_at              DATETIME(6),
    started_by              VARCHAR(100),
    started_at              DATETIME(6),
    ended_at                DATETIME(6),
    completed_by            VARCHAR(100),
    outcome_json            TEXT,
    completed_late_seconds  BIGINT,
    escalated               BOOLEAN      NOT NULL DEFAULT FALSE,
    escalation_level        VARCHAR(20),
    escalation_reason       VARCHAR(500),
    escalated_at            DATETIME(6),
    escalation_late_seconds BIGINT,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
CREATE INDEX idx_play_task_inbox ON play_task (assignee, is_open, due_at);
CREATE INDEX idx_play_task_assignee_status ON play_task (assignee, status, due_at);
CREATE INDEX idx_play_task_team ON play_task (team_lead, is_open, due_at);
CREATE INDEX idx_play_task_play ON play_task (play_id, node_id, is_open);
CREATE INDEX idx_play_task_account ON play_task (account_external_id, is_open, due_at);

-- Who may claim a task besides its assignee: users, and groups (Steward roles such as CS_DIRECTOR).
CREATE TABLE play_task_candidate (
    task_id  VARCHAR(50)  NOT NULL,
    username VARCHAR(100) NOT NULL,
    PRIMARY KEY (task_id, username),
    CONSTRAINT fk_play_task_candidate_task FOREIGN KEY (task_id) REFERENCES play_task (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE INDEX idx_play_task_candidate_user ON play_task_candidate (username, task_id);

CREATE TABLE play_task_candidate_group (
    task_id    VARCHAR(50) NOT NULL,
    group_name VARCHAR(50) NOT NULL,
    PRIMARY KEY (task_id, group_name),
    CONSTRAINT fk_play_task_candidate_group_task FOREIGN KEY (task_id) REFERENCES play_task (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE INDEX idx_play_task_candidate_group ON play_task_candidate_group (group_name, task_id);

-- The escalation queue. dedup_key makes each escalation happen once: task:<id>:<level> or play:<id>:<kind>.
CREATE TABLE escalation (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    dedup_key           VARCHAR(150) NOT NULL,
    kind                VARCHAR(20)  NOT NULL,
    level               VARCHAR(20)  NOT NULL,
    play_id             VARCHAR(50)  NOT NULL,
    task_id             VARCHAR(50),
    task_name           VARCHAR(100),
    account_external_id VARCHAR(100),
    team_lead           VARCHAR(100),
    escalated_to        VARCHAR(200) NOT NULL,
    reason              VARCHAR(500) NOT NULL,
    due_at              DATETIME(6),
    late_seconds        BIGINT,
    status              VARCHAR(20)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    resolved_at         DATETIME(6),
    resolution          VARCHAR(50),
    PRIMARY KEY (id),
    CONSTRAINT uq_escalation_dedup UNIQUE (dedup_key)
) ENGINE=InnoDB;
CREATE INDEX idx_escalation_team ON escalation (team_lead, status, created_at);
CREATE INDEX idx_escalation_level ON escalation (level, status, created_at);
CREATE INDEX idx_escalation_task ON escalation (task_id, status);
CREATE INDEX idx_escalation_play ON escalation (play_id, status);

-- Out of office: while a user is away (dates inclusive, in the business calendar's zone), new tasks go to the substitute.
CREATE TABLE out_of_office (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    username   VARCHAR(100) NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    substitute VARCHAR(100) NOT NULL,
    note       VARCHAR(500),
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
CREATE INDEX idx_out_of_office_user ON out_of_office (username, ends_on, starts_on);
