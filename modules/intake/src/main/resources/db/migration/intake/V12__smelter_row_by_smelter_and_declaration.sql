-- Issue 18: which declarations name a smelter (the registry's smelter screen, IntakeSmelterReports.page) is answered
-- from this index alone (an index-only scan on PostgreSQL), without visiting the rows: on a year of 3 million rows a
-- smelter's rows lie one per heap page (4,559 pages read for 4,793 rows). It replaces the index on the smelter ID
-- alone, which it covers as its first column.
CREATE INDEX intake_smelter_row_smelter_declaration ON intake_smelter_row (resolved_smelter_id, declaration_id);
DROP INDEX intake_smelter_row_smelter;
