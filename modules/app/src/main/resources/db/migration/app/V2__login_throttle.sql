-- Sign-in failures, counted in the database so that every node of a cluster counts the same attempts and a
-- restart forgets nothing (LoginThrottle). kind 'P': one account (username) from one client address;
-- kind 'A': one address whatever the names (username ''). Rows whose window and block have both passed are pruned.
CREATE TABLE login_throttle (
    kind           CHAR(1)      NOT NULL,
    username       VARCHAR(100) NOT NULL,
    address        VARCHAR(100) NOT NULL,
    failures       INTEGER      NOT NULL,
    window_start   TIMESTAMP    NOT NULL,
    blocked_until  TIMESTAMP,
    CONSTRAINT login_throttle_pk PRIMARY KEY (kind, username, address)
);
CREATE INDEX login_throttle_username ON login_throttle (username);
