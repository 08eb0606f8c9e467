-- Our own CMRT per reporting year (issue 19), versioned like filings: the choices, the generated workbook with its
-- SHA-256, and the answers as written (JSON) with the rules and declarations behind them.
CREATE SEQUENCE rollup_cmrt_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rollup_cmrt (
    id                BIGINT          NOT NULL PRIMARY KEY,
    lock_version      BIGINT          NOT NULL,
    reporting_year    INTEGER         NOT NULL,
    version           INTEGER         NOT NULL,
    final_version     BOOLEAN         NOT NULL,
    product_level     BOOLEAN         NOT NULL,
    scope_description VARCHAR(1000),
    products          VARCHAR(100000),
    contact_email     VARCHAR(200),
    authorizer_email  VARCHAR(200),
    authorizer_phone  VARCHAR(50),
    policy_url        VARCHAR(300),
    created_at        TIMESTAMP       NOT NULL,
    created_by        VARCHAR(200)    NOT NULL,
    generated_at      TIMESTAMP,
    generated_by      VARCHAR(200),
    template_name     VARCHAR(255),
    template_version  VARCHAR(10),
    sha256            CHAR(64),
    content           BYTEA,
    answers_json      VARCHAR(1000000),
    finalized_at      TIMESTAMP,
    finalized_by      VARCHAR(200),
    CONSTRAINT rollup_cmrt_year_version UNIQUE (reporting_year, version)
);

-- An answer a person gave in place of the roll-up's, with the reason (kept per version).
CREATE TABLE rollup_cmrt_override (
    cmrt_id        BIGINT         NOT NULL REFERENCES rollup_cmrt (id),
    question_key   VARCHAR(12)    NOT NULL,
    answer         VARCHAR(100)   NOT NULL,
    reason         VARCHAR(2000)  NOT NULL,
    overridden_by  VARCHAR(200)   NOT NULL,
    overridden_at  TIMESTAMP      NOT NULL,
    CONSTRAINT rollup_cmrt_override_key UNIQUE (cmrt_id, question_key)
);
