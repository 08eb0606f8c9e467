-- Issue 15: how many times a queued declaration was claimed for reading. A file whose reading never finishes
-- (the node died or ran out of memory while reading it) is claimed again when its claim expires; after a few
-- attempts it is rejected instead, so that one file cannot occupy the queue forever.
ALTER TABLE intake_declaration ADD COLUMN read_attempts INT DEFAULT 0 NOT NULL;
