-- Our own EMRT beside our own CMRT (issue 19): one table for both, each kind with its own versions per year.
ALTER TABLE rollup_cmrt ADD COLUMN template_kind VARCHAR(10) DEFAULT 'CMRT' NOT NULL;
ALTER TABLE rollup_cmrt DROP CONSTRAINT rollup_cmrt_year_version;
ALTER TABLE rollup_cmrt ADD CONSTRAINT rollup_cmrt_kind_year_version UNIQUE (template_kind, reporting_year, version);
