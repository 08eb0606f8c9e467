-- issue 18: the batch a declaration arrived in (POST /api/declarations/batches, one zip of up to
-- oretrace.intake.max-batch-entries workbooks); the batch's number is the id of its first new declaration.
-- Null for files received one by one, and for a file of a batch whose bytes had been received before.
ALTER TABLE intake_declaration ADD COLUMN batch_id BIGINT;
CREATE INDEX intake_declaration_batch ON intake_declaration (batch_id);
