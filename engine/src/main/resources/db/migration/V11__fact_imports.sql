-- CSV imports of account facts: one row per uploaded file, its state and what went wrong.
CREATE TABLE fact_import (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    kind        VARCHAR(20)  NOT NULL,
    file_name   VARCHAR(255),
    state       VARCHAR(10)  NOT NULL,
    node        VARCHAR(100) NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    rows_total  INT,
    rows_done   INT          NOT NULL DEFAULT 0,
    inserted    INT,
    updated     INT,
    unchanged   INT,
    error_count INT          NOT NULL DEFAULT 0,
    errors      JSON,
    message     VARCHAR(2000),
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6),
    PRIMARY KEY (id),
    INDEX ix_fact_import_state (state, updated_at)
) ENGINE=InnoDB;
