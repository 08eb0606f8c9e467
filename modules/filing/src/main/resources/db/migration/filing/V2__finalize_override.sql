-- Finalizing despite blocking pre-flight items (ADMIN only): the written reason and the items overridden, frozen
-- with the version.
ALTER TABLE filing ADD COLUMN override_reason VARCHAR(2000);
ALTER TABLE filing ADD COLUMN overridden_items VARCHAR(100000);
