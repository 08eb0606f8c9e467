-- RMAP status from RMI's published lists (Conformant, Active) and from status tables (RMI CSV exports,
-- a filing's Annex A): every import is recorded with its source label and as-of date, and each status
-- entry names the import that stated it. Runs unchanged on H2 2.2 and PostgreSQL 15.
CREATE SEQUENCE rmap_import_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rmap_import (
    id                BIGINT        NOT NULL PRIMARY KEY,
    kind              VARCHAR(20)   NOT NULL,
    file_format       VARCHAR(20)   NOT NULL,
    source_label      VARCHAR(500)  NOT NULL,
    as_of             DATE,
    file_name         VARCHAR(300),
    row_count         INTEGER       NOT NULL,
    added_count       INTEGER       NOT NULL,
    updated_count     INTEGER       NOT NULL,
    unchanged_count   INTEGER       NOT NULL,
    unknown_smelters  INTEGER       NOT NULL,
    problem_count     INTEGER       NOT NULL,
    imported_at       TIMESTAMP     NOT NULL,
    imported_by       VARCHAR(200)  NOT NULL
);
CREATE INDEX rmap_import_kind_as_of ON rmap_import (kind, as_of);

-- Entries imported before this migration have no import (their source is "a status CSV imported on ...").
ALTER TABLE rmap_status_entry ADD COLUMN import_id BIGINT;
ALTER TABLE rmap_status_entry ADD CONSTRAINT rmap_status_entry_import_fk FOREIGN KEY (import_id) REFERENCES rmap_import (id);
ALTER TABLE rmap_status_entry ADD COLUMN last_audit_date DATE;
ALTER TABLE rmap_status_entry ADD COLUMN audit_cycle VARCHAR(100);
ALTER TABLE rmap_status_entry ADD COLUMN reaudit_in_progress BOOLEAN;
-- TRUE for a status the registry concluded: the smelter dropped off a list between two imports of it
ALTER TABLE rmap_status_entry ADD COLUMN derived BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX rmap_status_entry_import ON rmap_status_entry (import_id);
CREATE INDEX rmap_status_entry_date ON rmap_status_entry (status_date);

-- The words filings print (e.g. Appendix A of a Form SD) and the statuses the registry concludes itself.
-- "In Communication" is not RMI's Active (the smelter has not committed to an audit): it counts as not conformant.
UPDATE rmap_status_term SET category = 'NOT_CONFORMANT' WHERE term = 'in communication' AND category = 'IN_PROGRESS';
INSERT INTO rmap_status_term (term, category) VALUES ('communication suspended - not interested', 'NOT_CONFORMANT');
INSERT INTO rmap_status_term (term, category) VALUES ('rmi due diligence review - unable to proceed', 'NOT_CONFORMANT');
INSERT INTO rmap_status_term (term, category) VALUES ('dropped off the conformant list', 'NOT_CONFORMANT');
INSERT INTO rmap_status_term (term, category) VALUES ('dropped off the active list', 'UNKNOWN');
