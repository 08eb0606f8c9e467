-- Intake's read models for other modules: part of intake's published contract (docs/ARCHITECTURE.md, "Published
-- views"). Filing consolidates a year's declarations through these views in set-based SQL (a large year has millions
-- of smelter rows); no other module reads intake's tables. Columns keep their names and meanings; intake may change
-- the tables behind them.

-- The accepted declaration of each supplier and year: its latest accepted one (an earlier accepted one is superseded).
CREATE VIEW intake_accepted_declaration AS
SELECT d.id AS declaration_id, d.supplier_id, d.reporting_year, d.scope
FROM intake_declaration d
WHERE d.status = 'ACCEPTED' AND d.supplier_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM intake_declaration n WHERE n.supplier_id = d.supplier_id
                  AND n.reporting_year = d.reporting_year AND n.status = 'ACCEPTED' AND n.id > d.id);

-- Every smelter row of every declaration as the supplier wrote it and as the registry resolved it. name_as_written is
-- the name typed for a "Smelter not listed" row, else the look-up name picked.
CREATE VIEW intake_declared_smelter AS
SELECT r.declaration_id, r.resolved_smelter_id, r.match_method, r.metal_text,
       COALESCE(NULLIF(r.smelter_name, ''), r.lookup_name) AS name_as_written, r.country
FROM intake_smelter_row r;

-- The questions a declaration answered "Yes" for a metal (question '1' to '8').
CREATE VIEW intake_yes_answer AS
SELECT q.declaration_id, q.question, q.metal
FROM intake_answer q
WHERE UPPER(q.answer) = 'YES' AND q.metal IS NOT NULL;

-- The validation findings of every declaration, with the declaration's supplier, year and status; position orders
-- the findings of one declaration.
CREATE VIEW intake_declaration_finding AS
SELECT d.id AS declaration_id, d.supplier_id, d.reporting_year, d.status AS declaration_status,
       f.position, f.code, f.severity, f.message, f.sheet, f.cell
FROM intake_declaration d
JOIN intake_finding f ON f.declaration_id = d.id;
