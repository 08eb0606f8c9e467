CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(100) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(320),
    password_hash   VARCHAR(500) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    failed_logins   INTEGER      NOT NULL,
    locked_until    TIMESTAMP,
    created_at      TIMESTAMP    NOT NULL,
    last_login_at   TIMESTAMP,
    version         BIGINT       NOT NULL,
    CONSTRAINT user_account_username UNIQUE (username)
);

CREATE TABLE api_token (
    id            BIGINT       NOT NULL PRIMARY KEY,
    user_id       BIGINT       NOT NULL REFERENCES user_account (id),
    name          VARCHAR(200) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    token_prefix  VARCHAR(12)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    last_used_at  TIMESTAMP,
    revoked_at    TIMESTAMP,
    CONSTRAINT api_token_hash UNIQUE (token_hash)
);
CREATE INDEX api_token_user ON api_token (user_id);
