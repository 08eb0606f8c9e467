CREATE TABLE broken_test_second (id BIGINT NOT NULL PRIMARY KEY);
INSERT INTO broken_test_first (id) VALUES (1);
THIS IS NOT SQL;
