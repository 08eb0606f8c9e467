-- Work that only one node of a cluster may do at a time (polling the mailbox, ...): whoever holds the row's
-- lease until expires_at. A node that dies simply stops renewing; its lease expires and another node takes over.
CREATE TABLE node_lease (
    name       VARCHAR(100) NOT NULL PRIMARY KEY,
    holder     VARCHAR(200),
    expires_at TIMESTAMP
);
