-- jBPM user tasks (jbpm-addons usertask-storage-jpa), written for MariaDB: upstream ships H2 and PostgreSQL only.
CREATE TABLE jbpm_user_tasks (
    id                    VARCHAR(50) NOT NULL,
    user_task_id          VARCHAR(255),
    task_priority         VARCHAR(50),
    actual_owner          VARCHAR(255),
    task_description      VARCHAR(255),
    status                VARCHAR(255),
    termination_type      VARCHAR(255),
    external_reference_id VARCHAR(255),
    task_name             VARCHAR(255),
    PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE jbpm_user_tasks_potential_users (
    task_id VARCHAR(50)  NOT NULL,
    user_id VARCHAR(255) NOT NULL,
    PRIMARY KEY (task_id, user_id),
    CONSTRAINT fk_jbpm_user_tasks_potential_users_tid FOREIGN KEY (task_id) REFERENCES jbpm_user_tasks (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE jbpm_user_tasks_potential_groups (
    task_id  VARCHAR(50)  NOT NULL,
    group_id VARCHAR(255) NOT NULL,
    PRIMARY KEY (task_id, group_id),
    CONSTRAINT fk_jbpm_user_tasks_potential_groups_tid FOREIGN KEY (task_id) REFERENCES jbpm_user_tasks (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE jbpm_user_tasks_admin_users (
    task_id VARCHAR(50)  NOT NULL,
    user_id VARCHAR(255) NOT NULL,
    PRIMARY KEY (task_id, user_id),
    CONSTRAINT fk_jbpm_user_tasks_admin_users_tid FOREIGN KEY (task_id) REFERENCES jbpm_user_tasks (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE jbpm_user_tasks_admin_groups (
    task_id  VARCHAR(50)  NOT NULL,
    group_id VARCHAR(255) NOT NULL,
    PRIMARY KEY (task_id, group_id),
    CONSTRAINT fk_jbpm_user_tasks_admin_groups_tid FOREIGN KEY (task_id) REFERENCES jbpm_user_tasks (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE jbpm_user_tasks_excluded_users (
    task_id VARCHAR(50)  NOT NULL,
    user_id VARCHAR(255) NOT NULL,
    PRIMARY KEY (task_id, user_id),
    CONSTRAINT fk_jbpm_user_tasks_excluded_users_tid FOREIGN KEY (task_id) REFERENCES jbpm_user_tasks (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE jbpm_user_tasks_attachments (
    id         VARCHAR(50) NOT NULL,
    name       VARCHAR(255),
    updated_by VARCHAR(255),
    updated_at DATETIME(6),
    url        VARCHAR(255),
    task_id    VARCHAR(50) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_user_tasks_attachments_tid FOREIGN KEY (task_id) REFERENCES jbpm_user_tasks (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE jbpm_user_tasks_comments (
    id         VARCHAR(50) NOT NULL,
    updated_by VARCHAR(255),
    updated_at DATETIME(6),
    comment    VARCHAR(1000),
    task_id    VARCHAR(50) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_user_tasks_comments_tid FOREIGN KEY (task_id) REFERENCES jbpm_user_tasks (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE jbpm_user_tasks_inputs (
    task_id     VARCHAR(50)  NOT NULL,
    input_name  VARCHAR(255) NOT NULL,
    input_value LONGBLOB,
    java_type   VARCHAR(255),
    PRIMARY KEY (task_id, input_name),
    CONSTRAINT fk_jbpm_user_tasks_inputs_tid FOREIGN KEY (task_id) REFERENCES jbpm_user_tasks (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE jbpm_user_tasks_outputs (
    task_id      VARCHAR(50)  NOT NULL,
    output_name  VARCHAR(255) NOT NULL,
    output_value LONGBLOB,
    java_type    VARCHAR(255),
    PRIMARY KEY (task_id, output_name),
    CONSTRAINT fk_jbpm_user_tasks_outputs_tid FOREIGN KEY (task_id) REFERENCES jbpm_user_tasks (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE jbpm_user_tasks_metadata (
    task_id        VARCHAR(50)  NOT NULL,
    metadata_name  VARCHAR(255) NOT NULL,
    metadata_value VARCHAR(512),
    java_type      VARCHAR(255),
    PRIMARY KEY (task_id, metadata_name),
    CONSTRAINT fk_jbpm_user_tasks_metadata_tid FOREIGN KEY (task_id) REFERENCES jbpm_user_tasks (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE jbpm_user_tasks_deadline (
    id                 INT          NOT NULL,
    task_id            VARCHAR(50)  NOT NULL,
    notification_type  VARCHAR(255) NOT NULL,
    notification_value LONGBLOB,
    java_type          VARCHAR(255),
    PRIMARY KEY (id),
    CONSTRAINT fk_jbpm_user_tasks_deadline_tid FOREIGN KEY (task_id) REFERENCES jbpm_user_tasks (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE jbpm_user_tasks_reassignment (
    id                 INT          NOT NULL,
    task_id            VARCHAR(50)  NOT NULL,
    reassignment_type  VARCHAR(255) NOT NULL,
    reassignment_value LONGBLOB,
    java_type          VARCHAR(255),
    PRIMARY KEY (id),
    CONSTRAINT fk_jbpm_user_tasks_reassignment_tid FOREIGN KEY (task_id) REFERENCES jbpm_user_tasks (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE jbpm_user_tasks_deadline_timer (
    task_id             VARCHAR(50)  NOT NULL,
    notification_job_id VARCHAR(255) NOT NULL,
    notification_type   VARCHAR(255) NOT NULL,
    notification_value  LONGBLOB,
    java_type           VARCHAR(255),
    PRIMARY KEY (task_id, notification_job_id),
    CONSTRAINT fk_jbpm_user_tasks_deadline_timer_tid FOREIGN KEY (task_id) REFERENCES jbpm_user_tasks (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE jbpm_user_tasks_reassignment_timer (
    task_id             VARCHAR(50)  NOT NULL,
    reassignment_job_id VARCHAR(255) NOT NULL,
    reassignment_type   VARCHAR(255) NOT NULL,
    reassignment_value  LONGBLOB,
    java_type           VARCHAR(255),
    PRIMARY KEY (task_id, reassignment_job_id),
    CONSTRAINT fk_jbpm_user_tasks_reassignment_timer_tid FOREIGN KEY (task_id) REFERENCES jbpm_user_tasks (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE SEQUENCE jbpm_user_tasks_deadline_seq INCREMENT BY 50;
CREATE SEQUENCE jbpm_user_tasks_reassignment_seq INCREMENT BY 50;
