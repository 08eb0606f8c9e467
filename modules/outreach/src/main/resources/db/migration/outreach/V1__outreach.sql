-- Supplier master, yearly campaigns, survey requests, contact log and the mail outbox.
-- Runs unchanged on H2 2.2 and PostgreSQL 15 (BYTEA and TEXT exist in both).

-- EclipseLink takes ids (value - 49) .. value from each sequence value: start above the seeded ids 1-4
CREATE SEQUENCE supplier_category_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE supplier_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE supplier_contact_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE stored_attachment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE campaign_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE email_template_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE survey_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contact_log_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE supplier_category (
    id       BIGINT       NOT NULL PRIMARY KEY,
    name     VARCHAR(100) NOT NULL,
    position INTEGER      NOT NULL,
    CONSTRAINT supplier_category_name UNIQUE (name)
);

INSERT INTO supplier_category (id, name, position) VALUES (1, 'Ferrous', 1);
INSERT INTO supplier_category (id, name, position) VALUES (2, 'Metallic', 2);
INSERT INTO supplier_category (id, name, position) VALUES (3, 'Electrical', 3);
INSERT INTO supplier_category (id, name, position) VALUES (4, 'Other', 4);

CREATE TABLE supplier (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL,
    supplier_number        VARCHAR(64)   NOT NULL,
    name                   VARCHAR(300)  NOT NULL,
    category_id            BIGINT        REFERENCES supplier_category (id),
    in_scope               BOOLEAN       NOT NULL,
    scope_reason           VARCHAR(1000),
    country                VARCHAR(100),
    owner_name             VARCHAR(200),
    owner_email            VARCHAR(320),
    notes                  TEXT,
    contract_clause        BOOLEAN       NOT NULL,
    contract_clause_date   DATE,
    status                 VARCHAR(20)   NOT NULL,
    status_reason          VARCHAR(1000),
    created_at             TIMESTAMP     NOT NULL,
    updated_at             TIMESTAMP     NOT NULL,
    CONSTRAINT supplier_number_unique UNIQUE (supplier_number)
);
CREATE INDEX supplier_name_idx ON supplier (name);
CREATE INDEX supplier_category_idx ON supplier (category_id);

CREATE TABLE supplier_contact (
    id               BIGINT       NOT NULL PRIMARY KEY,
    supplier_id      BIGINT       NOT NULL REFERENCES supplier (id),
    name             VARCHAR(200),
    email            VARCHAR(320),
    phone            VARCHAR(60),
    language         VARCHAR(10)  NOT NULL,
    is_primary       BOOLEAN      NOT NULL,
    bouncing         BOOLEAN      NOT NULL,
    bounce_reason    VARCHAR(1000),
    position         INTEGER      NOT NULL
);
CREATE INDEX supplier_contact_supplier ON supplier_contact (supplier_id);
CREATE INDEX supplier_contact_email ON supplier_contact (email);

-- files attached to mail (the blank CMRT of a campaign): stored once, referenced by every message
CREATE TABLE stored_attachment (
    id            BIGINT       NOT NULL PRIMARY KEY,
    file_name     VARCHAR(300) NOT NULL,
    content_type  VARCHAR(200) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    content       BYTEA        NOT NULL,
    uploaded_at   TIMESTAMP    NOT NULL,
    uploaded_by   VARCHAR(200) NOT NULL
);

CREATE TABLE campaign (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    reporting_year       INTEGER       NOT NULL,
    due_date             DATE          NOT NULL,
    cmrt_version         VARCHAR(20)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    sender_name          VARCHAR(200),
    copy_other_contacts  BOOLEAN       NOT NULL,
    cmrt_attachment_id   BIGINT        REFERENCES stored_attachment (id),
    reminder_days        VARCHAR(100)  NOT NULL,
    escalation_day       INTEGER,
    final_notice         BOOLEAN       NOT NULL,
    launched_at          TIMESTAMP,
    launched_on          DATE,
    created_at           TIMESTAMP     NOT NULL,
    CONSTRAINT campaign_year_unique UNIQUE (reporting_year)
);

CREATE TABLE campaign_category (
    campaign_id  BIGINT NOT NULL REFERENCES campaign (id),
    category_id  BIGINT NOT NULL REFERENCES supplier_category (id),
    PRIMARY KEY (campaign_id, category_id)
);

-- a campaign_id of NULL is the organisation's default for that kind and language
CREATE TABLE email_template (
    id           BIGINT        NOT NULL PRIMARY KEY,
    campaign_id  BIGINT        REFERENCES campaign (id),
    kind         VARCHAR(30)   NOT NULL,
    language     VARCHAR(10)   NOT NULL,
    subject      VARCHAR(500)  NOT NULL,
    body         TEXT          NOT NULL,
    updated_at   TIMESTAMP     NOT NULL
);
CREATE INDEX email_template_lookup ON email_template (kind, language);

CREATE TABLE survey_request (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL,
    campaign_id            BIGINT        NOT NULL REFERENCES campaign (id),
    supplier_id            BIGINT        NOT NULL REFERENCES supplier (id),
    state                  VARCHAR(20)   NOT NULL,
    requested_on           DATE,
    last_step_on           DATE,
    reminders_sent         INTEGER       NOT NULL,
    escalated_on           DATE,
    final_notice_on        DATE,
    responded_at           TIMESTAMP,
    declaration_id         BIGINT,
    corrective_subject     VARCHAR(500),
    corrective_body        TEXT,
    CONSTRAINT survey_request_unique UNIQUE (campaign_id, supplier_id)
);
CREATE INDEX survey_request_supplier ON survey_request (supplier_id);
CREATE INDEX survey_request_state ON survey_request (campaign_id, state);

CREATE TABLE outbox_message (
    id               BIGINT        NOT NULL PRIMARY KEY,
    kind             VARCHAR(30)   NOT NULL,
    to_address       VARCHAR(320)  NOT NULL,
    cc_addresses     VARCHAR(4000),
    subject          VARCHAR(500)  NOT NULL,
    body             TEXT          NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP     NOT NULL,
    claimed_by       VARCHAR(200),
    claimed_at       TIMESTAMP,
    sent_at          TIMESTAMP,
    last_error       VARCHAR(2000),
    message_id       VARCHAR(300)  NOT NULL,
    contact_id       BIGINT,
    request_id       BIGINT,
    created_at       TIMESTAMP     NOT NULL
);
CREATE INDEX outbox_message_due ON outbox_message (state, next_attempt_at);
CREATE INDEX outbox_message_request ON outbox_message (request_id);

CREATE TABLE outbox_attachment (
    message_id     BIGINT  NOT NULL REFERENCES outbox_message (id),
    attachment_id  BIGINT  NOT NULL REFERENCES stored_attachment (id),
    PRIMARY KEY (message_id, attachment_id)
);

CREATE TABLE contact_log (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    supplier_id        BIGINT        NOT NULL REFERENCES supplier (id),
    request_id         BIGINT        REFERENCES survey_request (id),
    occurred_at        TIMESTAMP     NOT NULL,
    channel            VARCHAR(20)   NOT NULL,
    automatic          BOOLEAN       NOT NULL,
    person             VARCHAR(200)  NOT NULL,
    summary            VARCHAR(1000) NOT NULL,
    outcome            VARCHAR(2000),
    outbox_message_id  BIGINT        REFERENCES outbox_message (id)
);
CREATE INDEX contact_log_supplier ON contact_log (supplier_id, occurred_at);
CREATE INDEX contact_log_request ON contact_log (request_id, occurred_at);
