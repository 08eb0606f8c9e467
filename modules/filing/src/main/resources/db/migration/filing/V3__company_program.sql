-- The company's own program facts the report names (OECD steps 1 and 5): the 10-K reference, why the supplier categories are in scope, the policy and where it is
-- published, the team, the grievance mechanism and records retention. Carried with the text from year to year.
ALTER TABLE filing ADD COLUMN program_annual_report VARCHAR(4000);
ALTER TABLE filing ADD COLUMN program_scope VARCHAR(4000);
ALTER TABLE filing ADD COLUMN program_policy VARCHAR(4000);
ALTER TABLE filing ADD COLUMN program_team VARCHAR(4000);
ALTER TABLE filing ADD COLUMN program_grievance VARCHAR(4000);
ALTER TABLE filing ADD COLUMN program_records VARCHAR(4000);
