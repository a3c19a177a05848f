-- Published template versions, as their authors wrote them (FreeMarker, HTML output). The newest renders new messages.
CREATE TABLE message_template_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    template_id  VARCHAR(200) NOT NULL,
    version      INT          NOT NULL,
    source       MEDIUMTEXT   NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    note         VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uq_message_template_version UNIQUE (template_id, version)
) ENGINE=InnoDB;
