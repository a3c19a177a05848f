-- jBPM process instances (kie-addons persistence-jdbc), written for MariaDB:
-- the shipped ANSI script's varbinary(1000000) payload and varchar(4000) keys do not fit InnoDB.
CREATE TABLE process_instances (
    id              CHAR(36)     NOT NULL,
    payload         LONGBLOB     NOT NULL,
    process_id      VARCHAR(255) NOT NULL,
    version         BIGINT,
    process_version VARCHAR(255),
    PRIMARY KEY (id)
) ENGINE=InnoDB;
CREATE INDEX idx_process_instances_process_id ON process_instances (process_id, id, process_version);

CREATE TABLE business_key_mapping (
    business_key        VARCHAR(255) NOT NULL,
    process_instance_id CHAR(36)     NOT NULL,
    PRIMARY KEY (business_key),
    CONSTRAINT fk_process_instances FOREIGN KEY (process_instance_id) REFERENCES process_instances (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE INDEX idx_business_key_process_instance_id ON business_key_mapping (process_instance_id);

CREATE TABLE correlation_instances (
    id                     CHAR(36)    NOT NULL,
    encoded_correlation_id VARCHAR(36) NOT NULL UNIQUE,
    correlated_id          VARCHAR(36) NOT NULL,
    correlation            TEXT        NOT NULL,
    version                BIGINT,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
