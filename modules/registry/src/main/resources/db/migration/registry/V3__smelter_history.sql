-- The whole history of RMI's smelter list (CMRT 6.01 to 6.5): when a smelter left the list, and changes of metal
-- recorded beside renames. Runs unchanged on H2 2.2 and PostgreSQL 15.

-- "CMRT 6.22": the first list that no longer carried the smelter (null while listed, or when not known).
ALTER TABLE smelter ADD COLUMN no_longer_listed_since VARCHAR(60);

-- A change of RMI's standard name and/or metal between two template versions; both metals null for a rename only.
ALTER TABLE smelter_rename ADD COLUMN old_metal VARCHAR(20);
ALTER TABLE smelter_rename ADD COLUMN new_metal VARCHAR(20);
