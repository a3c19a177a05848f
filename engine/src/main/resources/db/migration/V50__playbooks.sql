-- Published playbook versions, as their authors wrote them (YAML or JSON). The newest applies to new plays.
CREATE TABLE playbook_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    playbook_id  VARCHAR(64)  NOT NULL,
    version      INT          NOT NULL,
    source       MEDIUMTEXT   NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    note         VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uq_playbook_version UNIQUE (playbook_id, version)
) ENGINE=InnoDB;
