-- Issue 19: EMRT smelter rows are matched against the registry as CMRT rows are. Each row keeps the matcher's score
-- beside its method (1 for ID and exact matches; for an unresolved row the best candidate's score; null for rows no
-- one asked the registry about: "Smelter not yet identified", rows read before V9). The registry's "reported by" now
-- also looks up EMRT rows by smelter ID, hence the index.
ALTER TABLE intake_smelter_row ADD COLUMN match_score DOUBLE PRECISION;
ALTER TABLE intake_emrt_smelter_row ADD COLUMN match_score DOUBLE PRECISION;
CREATE INDEX intake_emrt_smelter_row_smelter ON intake_emrt_smelter_row (resolved_smelter_id);
