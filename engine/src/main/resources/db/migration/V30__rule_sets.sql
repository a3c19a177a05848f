-- Scoring rule-set versions, kept as their authors wrote them. Version 1 is seeded from the shipped rules/ files at
-- first start; CS ops create later versions over the API. Versions never change once stored.
CREATE TABLE rule_set_version (
    version      INT          NOT NULL,
    based_on     INT,
    published_at DATETIME(6)  NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    note         VARCHAR(500),
    PRIMARY KEY (version),
    CONSTRAINT fk_rule_set_version_base FOREIGN KEY (based_on) REFERENCES rule_set_version (version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every file of a version by its path below rules/ (scoring/tier.drl, scoring/parameters.properties).
CREATE TABLE rule_set_file (
    version INT          NOT NULL,
    path    VARCHAR(255) NOT NULL,
    source  MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (version, path),
    CONSTRAINT fk_rule_set_file_version FOREIGN KEY (version) REFERENCES rule_set_version (version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The one active version (a single row, id 1). Activation changes it with a compare-and-set on version.
CREATE TABLE rule_set_active (
    id           TINYINT      NOT NULL,
    version      INT          NOT NULL,
    activated_at DATETIME(6)  NOT NULL,
    activated_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rule_set_active_version FOREIGN KEY (version) REFERENCES rule_set_version (version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every activation, newest last: who switched from which version to which, and when.
CREATE TABLE rule_set_activation (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          INT          NOT NULL,
    previous_version INT,
    activated_at     DATETIME(6)  NOT NULL,
    activated_by     VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rule_set_activation_version FOREIGN KEY (version) REFERENCES rule_set_version (version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
