-- A screening of all smelters against an SDN list version, so that every node sees its progress and
-- only one runs at a time: running_slot is 1 while the run is RUNNING and NULL afterwards, and the
-- unique constraint lets one row hold it (NULLs never collide, on H2 and PostgreSQL alike).
CREATE SEQUENCE screening_run_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE screening_run (
    id            BIGINT        NOT NULL PRIMARY KEY,
    list_id       BIGINT        NOT NULL,
    list_date     DATE          NOT NULL,
    state         VARCHAR(20)   NOT NULL,
    running_slot  SMALLINT,
    started_at    TIMESTAMP     NOT NULL,
    started_by    VARCHAR(200)  NOT NULL,
    finished_at   TIMESTAMP,
    heartbeat_at  TIMESTAMP     NOT NULL,
    done          INTEGER       NOT NULL,
    total         INTEGER       NOT NULL,
    names         INTEGER,
    hits          INTEGER,
    new_hits      INTEGER,
    open_hits     INTEGER,
    message       VARCHAR(2000),
    version       BIGINT        NOT NULL,
    CONSTRAINT screening_run_running_uk UNIQUE (running_slot)
);
CREATE INDEX screening_run_started ON screening_run (started_at);
