CREATE SEQUENCE intake_stored_file_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE intake_declaration_seq START WITH 50 INCREMENT BY 50;

-- originals exactly as received; one row per distinct content
CREATE TABLE intake_stored_file (
    id            BIGINT       NOT NULL PRIMARY KEY,
    sha256        VARCHAR(64)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    original_name VARCHAR(500) NOT NULL,
    received_at   TIMESTAMP    NOT NULL,
    received_by   VARCHAR(200) NOT NULL,
    channel       VARCHAR(20)  NOT NULL,
    content       BYTEA        NOT NULL,
    CONSTRAINT intake_stored_file_sha256 UNIQUE (sha256)
);

CREATE TABLE intake_declaration (
    id                          BIGINT        NOT NULL PRIMARY KEY,
    version                     BIGINT        NOT NULL,
    stored_file_id              BIGINT        NOT NULL REFERENCES intake_stored_file (id),
    file_name                   VARCHAR(500)  NOT NULL,
    channel                     VARCHAR(20)   NOT NULL,
    received_at                 TIMESTAMP     NOT NULL,
    received_by                 VARCHAR(200)  NOT NULL,
    supplier_id                 BIGINT,
    reporting_year              INT,
    expected_template_version   VARCHAR(10),
    mail_from                   VARCHAR(500),
    mail_subject                VARCHAR(1000),
    mail_date                   TIMESTAMP,
    status                      VARCHAR(20)   NOT NULL,
    claimed_at                  TIMESTAMP,
    evaluated_at                TIMESTAMP,
    rejection_code              VARCHAR(40),
    rejection_message           VARCHAR(2000),
    template_version            VARCHAR(10),
    language                    VARCHAR(50),
    macro_enabled               BOOLEAN       NOT NULL,
    company_name                VARCHAR(500),
    company_unique_id           VARCHAR(200),
    company_unique_id_authority VARCHAR(200),
    company_address             VARCHAR(1000),
    contact_name                VARCHAR(300),
    contact_email               VARCHAR(300),
    contact_phone               VARCHAR(100),
    authorizer                  VARCHAR(300),
    authorizer_title            VARCHAR(300),
    authorizer_email            VARCHAR(300),
    authorizer_phone            VARCHAR(100),
    effective_date              DATE,
    effective_date_text         VARCHAR(100),
    scope                       VARCHAR(100),
    scope_description           VARCHAR(2000),
    accepted_by                 VARCHAR(200),
    accepted_at                 TIMESTAMP,
    accepted_reason             VARCHAR(2000)
);
CREATE INDEX intake_declaration_file ON intake_declaration (stored_file_id);
CREATE INDEX intake_declaration_status ON intake_declaration (status);
CREATE INDEX intake_declaration_supplier ON intake_declaration (supplier_id, reporting_year);
CREATE INDEX intake_declaration_received ON intake_declaration (received_at);

CREATE TABLE intake_answer (
    declaration_id BIGINT        NOT NULL REFERENCES intake_declaration (id),
    position       INT           NOT NULL,
    question       VARCHAR(2)    NOT NULL,
    metal          VARCHAR(20),
    answer         VARCHAR(300),
    comment_text   VARCHAR(2000),
    PRIMARY KEY (declaration_id, position)
);

CREATE TABLE intake_smelter_row (
    declaration_id      BIGINT        NOT NULL REFERENCES intake_declaration (id),
    position            INT           NOT NULL,
    sheet_row           INT           NOT NULL,
    metal_text          VARCHAR(100),
    smelter_id_input    VARCHAR(100),
    lookup_name         VARCHAR(500),
    smelter_name        VARCHAR(500),
    country             VARCHAR(200),
    contact_name        VARCHAR(300),
    contact_email       VARCHAR(300),
    next_steps          VARCHAR(2000),
    mine_name           VARCHAR(500),
    mine_country        VARCHAR(200),
    recycled_or_scrap   VARCHAR(100),
    comment_text        VARCHAR(2000),
    resolved_smelter_id VARCHAR(20),
    match_method        VARCHAR(30),
    PRIMARY KEY (declaration_id, position)
);
CREATE INDEX intake_smelter_row_smelter ON intake_smelter_row (resolved_smelter_id);

CREATE TABLE intake_product_row (
    declaration_id BIGINT        NOT NULL REFERENCES intake_declaration (id),
    position       INT           NOT NULL,
    sheet_row      INT           NOT NULL,
    product_number VARCHAR(300),
    product_name   VARCHAR(500),
    comment_text   VARCHAR(2000),
    PRIMARY KEY (declaration_id, position)
);

CREATE TABLE intake_finding (
    declaration_id BIGINT        NOT NULL REFERENCES intake_declaration (id),
    position       INT           NOT NULL,
    code           VARCHAR(50)   NOT NULL,
    severity       VARCHAR(10)   NOT NULL,
    message        VARCHAR(2000) NOT NULL,
    sheet          VARCHAR(50),
    cell           VARCHAR(20),
    PRIMARY KEY (declaration_id, position)
);
