-- mails (or parts of them) the mailbox refused because they went over a limit; the mail itself stays
-- in the mail server's refused folder
CREATE SEQUENCE intake_mail_refusal_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE intake_mail_refusal (
    id             BIGINT        NOT NULL PRIMARY KEY,
    refused_at     TIMESTAMP     NOT NULL,
    mail_from      VARCHAR(500),
    mail_subject   VARCHAR(1000),
    mail_date      TIMESTAMP,
    message_id     VARCHAR(500),
    size_bytes     BIGINT        NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    files_kept     INT           NOT NULL,
    bytes_kept     BIGINT        NOT NULL,
    kept_in        VARCHAR(200)  NOT NULL
);
CREATE INDEX intake_mail_refusal_at ON intake_mail_refusal (refused_at);
