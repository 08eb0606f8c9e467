-- A generation of a filing's documents (Form SD, its exhibit, the EDGAR HTML, the Excel working file), recorded so
-- that every node shows its progress and result and two nodes never generate the same filing at once:
-- running_slot is 1 while the generation is RUNNING and NULL afterwards, and the unique constraint lets one row
-- per filing hold it (NULLs never collide, on H2 and PostgreSQL alike).
CREATE SEQUENCE filing_generation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE filing_generated_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE filing_generation (
    id            BIGINT        NOT NULL PRIMARY KEY,
    filing_id     BIGINT        NOT NULL REFERENCES filing (id),
    state         VARCHAR(20)   NOT NULL,
    running_slot  SMALLINT,
    started_at    TIMESTAMP     NOT NULL,
    started_by    VARCHAR(200)  NOT NULL,
    finished_at   TIMESTAMP,
    heartbeat_at  TIMESTAMP     NOT NULL,
    progress      INTEGER       NOT NULL,
    message       VARCHAR(2000),
    version       BIGINT        NOT NULL,
    CONSTRAINT filing_generation_running_uk UNIQUE (filing_id, running_slot)
);
CREATE INDEX filing_generation_filing ON filing_generation (filing_id, started_at);

-- The documents of a finished generation, as rendered; a later generation of the same filing adds its own.
CREATE TABLE filing_generated_file (
    id             BIGINT        NOT NULL PRIMARY KEY,
    generation_id  BIGINT        NOT NULL REFERENCES filing_generation (id),
    file_name      VARCHAR(32)   NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    byte_size      BIGINT        NOT NULL,
    content        BYTEA         NOT NULL,
    CONSTRAINT filing_generated_file_name UNIQUE (generation_id, file_name)
);
