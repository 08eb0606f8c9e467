CREATE SEQUENCE filing_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE filing_document_seq START WITH 50 INCREMENT BY 50;

-- One row per version of the Form SD of a reporting year. Narrative sections are stored as templates
-- (with {placeholders}); the facts are filled in when a document is rendered.
CREATE TABLE filing (
    id                     BIGINT         NOT NULL PRIMARY KEY,
    reporting_year         INTEGER        NOT NULL,
    version                INTEGER        NOT NULL,
    status                 VARCHAR(10)    NOT NULL,
    registrant_name        VARCHAR(300),
    state_of_incorporation VARCHAR(100),
    commission_file_number VARCHAR(30),
    address                VARCHAR(500),
    contact_name           VARCHAR(200),
    contact_phone          VARCHAR(50),
    signer_name            VARCHAR(200),
    signer_title           VARCHAR(200),
    period_start           DATE           NOT NULL,
    period_end             DATE           NOT NULL,
    website                VARCHAR(300),
    include_rmap_status    BOOLEAN        NOT NULL,
    include_unresolved     BOOLEAN        NOT NULL,
    text_overview          VARCHAR(100000),
    text_rcoi              VARCHAR(100000),
    text_due_diligence     VARCHAR(100000),
    text_results           VARCHAR(100000),
    text_future_measures   VARCHAR(100000),
    created_at             TIMESTAMP      NOT NULL,
    created_by             VARCHAR(200)   NOT NULL,
    updated_at             TIMESTAMP      NOT NULL,
    finalized_at           TIMESTAMP,
    finalized_by           VARCHAR(200),
    facts_json             VARCHAR(1000000),
    CONSTRAINT filing_year_version UNIQUE (reporting_year, version)
);

-- The documents frozen when a filing is finalized; never changed afterwards.
CREATE TABLE filing_document (
    id           BIGINT        NOT NULL PRIMARY KEY,
    filing_id    BIGINT        NOT NULL REFERENCES filing (id),
    file_name    VARCHAR(32)   NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    byte_size    BIGINT        NOT NULL,
    content      BYTEA         NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    CONSTRAINT filing_document_name UNIQUE (filing_id, file_name)
);
