CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    entity_type VARCHAR(100)  NOT NULL,
    entity_id   VARCHAR(200),
    action      VARCHAR(50)   NOT NULL,
    summary     VARCHAR(4000) NOT NULL
);

CREATE INDEX audit_entry_when ON audit_entry (occurred_at);
CREATE INDEX audit_entry_type ON audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_actor ON audit_entry (actor);
