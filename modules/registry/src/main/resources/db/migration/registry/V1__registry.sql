-- Smelter registry: RMI reference list, RMAP status history, sanctions lists and screening, review queues.
-- Runs unchanged on H2 2.2 and PostgreSQL 15.

CREATE SEQUENCE smelter_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE smelter_alias_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE smelter_rename_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE reference_list_import_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE rmap_status_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sanctions_list_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sanctions_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE screening_hit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE match_review_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE smelter (
    id              BIGINT       NOT NULL PRIMARY KEY,
    smelter_id      VARCHAR(20)  NOT NULL,
    metal           VARCHAR(20)  NOT NULL,
    standard_name   VARCHAR(300) NOT NULL,
    country_name    VARCHAR(100),
    country_code    VARCHAR(2),
    street          VARCHAR(300),
    city            VARCHAR(200),
    state_province  VARCHAR(200),
    source          VARCHAR(200),
    listed          BOOLEAN      NOT NULL,
    first_listed_in VARCHAR(60),
    last_listed_in  VARCHAR(60),
    created_at      TIMESTAMP    NOT NULL,
    updated_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT smelter_smelter_id_uk UNIQUE (smelter_id)
);
CREATE INDEX smelter_metal ON smelter (metal);
CREATE INDEX smelter_country ON smelter (country_code);

CREATE TABLE smelter_alias (
    id          BIGINT       NOT NULL PRIMARY KEY,
    smelter_fk  BIGINT       NOT NULL REFERENCES smelter (id),
    name        VARCHAR(300) NOT NULL,
    origin      VARCHAR(20)  NOT NULL,
    listed      BOOLEAN      NOT NULL,
    added_at    TIMESTAMP    NOT NULL,
    added_by    VARCHAR(200) NOT NULL,
    CONSTRAINT smelter_alias_uk UNIQUE (smelter_fk, name)
);

CREATE TABLE smelter_rename (
    id               BIGINT       NOT NULL PRIMARY KEY,
    smelter_fk       BIGINT       NOT NULL REFERENCES smelter (id),
    old_name         VARCHAR(300) NOT NULL,
    new_name         VARCHAR(300) NOT NULL,
    template_version VARCHAR(60),
    renamed_at       TIMESTAMP    NOT NULL
);
CREATE INDEX smelter_rename_smelter ON smelter_rename (smelter_fk);

CREATE TABLE reference_list_import (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    imported_at            TIMESTAMP    NOT NULL,
    imported_by            VARCHAR(200) NOT NULL,
    file_name              VARCHAR(300),
    template_version       VARCHAR(60)  NOT NULL,
    alias_rows             INTEGER      NOT NULL,
    smelters_in_list       INTEGER      NOT NULL,
    new_count              INTEGER      NOT NULL,
    changed_count          INTEGER      NOT NULL,
    unchanged_count        INTEGER      NOT NULL,
    no_longer_listed_count INTEGER      NOT NULL,
    relisted_count         INTEGER      NOT NULL,
    new_alias_count        INTEGER      NOT NULL,
    rename_count           INTEGER      NOT NULL
);

-- RMI's status words change over time; each is mapped to the category a filing counts.
CREATE TABLE rmap_status_term (
    term      VARCHAR(100) NOT NULL PRIMARY KEY,
    category  VARCHAR(20)  NOT NULL
);
INSERT INTO rmap_status_term (term, category) VALUES ('conformant', 'CONFORMANT');
INSERT INTO rmap_status_term (term, category) VALUES ('compliant', 'CONFORMANT');
INSERT INTO rmap_status_term (term, category) VALUES ('cross-recognized', 'CONFORMANT');
INSERT INTO rmap_status_term (term, category) VALUES ('re-audit in progress', 'CONFORMANT');
INSERT INTO rmap_status_term (term, category) VALUES ('active', 'IN_PROGRESS');
INSERT INTO rmap_status_term (term, category) VALUES ('in communication', 'IN_PROGRESS');
INSERT INTO rmap_status_term (term, category) VALUES ('eligible', 'IN_PROGRESS');
INSERT INTO rmap_status_term (term, category) VALUES ('re-audit', 'IN_PROGRESS');
INSERT INTO rmap_status_term (term, category) VALUES ('non-conformant', 'NOT_CONFORMANT');
INSERT INTO rmap_status_term (term, category) VALUES ('not enrolled', 'NOT_CONFORMANT');
INSERT INTO rmap_status_term (term, category) VALUES ('communication suspended', 'NOT_CONFORMANT');
INSERT INTO rmap_status_term (term, category) VALUES ('unable to proceed', 'NOT_CONFORMANT');
INSERT INTO rmap_status_term (term, category) VALUES ('suspended', 'NOT_CONFORMANT');
INSERT INTO rmap_status_term (term, category) VALUES ('outreach required', 'NOT_CONFORMANT');

CREATE TABLE rmap_status_entry (
    id           BIGINT       NOT NULL PRIMARY KEY,
    smelter_id   VARCHAR(20)  NOT NULL,
    status       VARCHAR(100) NOT NULL,
    status_date  DATE         NOT NULL,
    imported_at  TIMESTAMP    NOT NULL,
    imported_by  VARCHAR(200) NOT NULL,
    CONSTRAINT rmap_status_entry_uk UNIQUE (smelter_id, status_date)
);

CREATE TABLE sanctions_list (
    id                BIGINT       NOT NULL PRIMARY KEY,
    list_date         DATE         NOT NULL,
    imported_at       TIMESTAMP    NOT NULL,
    imported_by       VARCHAR(200) NOT NULL,
    file_name         VARCHAR(300),
    entry_count       INTEGER      NOT NULL,
    entity_count      INTEGER      NOT NULL,
    individual_count  INTEGER      NOT NULL,
    vessel_count      INTEGER      NOT NULL,
    aircraft_count    INTEGER      NOT NULL,
    alt_name_count    INTEGER      NOT NULL,
    screened_at       TIMESTAMP,
    screened_names    INTEGER,
    hit_count         INTEGER,
    open_hit_count    INTEGER
);

CREATE TABLE sanctions_entry (
    id         BIGINT        NOT NULL PRIMARY KEY,
    list_fk    BIGINT        NOT NULL REFERENCES sanctions_list (id),
    ent_num    INTEGER       NOT NULL,
    name       VARCHAR(500)  NOT NULL,
    sdn_type   VARCHAR(20)   NOT NULL,
    programs   VARCHAR(500),
    alt_names  VARCHAR(8000),
    remarks    VARCHAR(12000)
);
CREATE INDEX sanctions_entry_list ON sanctions_entry (list_fk, ent_num);

CREATE TABLE screening_hit (
    id              BIGINT        NOT NULL PRIMARY KEY,
    subject_type    VARCHAR(20)   NOT NULL,
    subject_ref     VARCHAR(100)  NOT NULL,
    subject_name    VARCHAR(300)  NOT NULL,
    screened_name   VARCHAR(300)  NOT NULL,
    ent_num         INTEGER       NOT NULL,
    sdn_name        VARCHAR(500)  NOT NULL,
    sdn_programs    VARCHAR(500),
    sdn_remarks     VARCHAR(4000),
    score           DOUBLE PRECISION NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    reason          VARCHAR(2000),
    decided_by      VARCHAR(200),
    decided_at      TIMESTAMP,
    first_found_at  TIMESTAMP     NOT NULL,
    last_seen_list  BIGINT,
    still_listed    BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT screening_hit_uk UNIQUE (subject_type, subject_ref, ent_num)
);
CREATE INDEX screening_hit_status ON screening_hit (status);

CREATE TABLE match_review (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    metal                 VARCHAR(20),
    reported_name         VARCHAR(300),
    reported_country      VARCHAR(200),
    reported_smelter_id   VARCHAR(50),
    name_key              VARCHAR(300)  NOT NULL,
    source_type           VARCHAR(50),
    source_ref            VARCHAR(200),
    occurrences           INTEGER       NOT NULL,
    suggested_smelter_id  VARCHAR(20),
    suggested_score       DOUBLE PRECISION,
    reason                VARCHAR(1000),
    status                VARCHAR(20)   NOT NULL,
    resolved_smelter_id   VARCHAR(20),
    decided_by            VARCHAR(200),
    decided_at            TIMESTAMP,
    note                  VARCHAR(1000),
    created_at            TIMESTAMP     NOT NULL,
    version               BIGINT        NOT NULL
);
CREATE INDEX match_review_status ON match_review (status, metal, name_key);

-- CAHRA (conflict-affected and high-risk area) flags; the covered-country flag is fixed by the rule (kernel Country).
CREATE TABLE country_flag (
    country_code  VARCHAR(2)   NOT NULL PRIMARY KEY,
    cahra         BOOLEAN      NOT NULL,
    note          VARCHAR(500),
    updated_at    TIMESTAMP    NOT NULL,
    updated_by    VARCHAR(200) NOT NULL
);
