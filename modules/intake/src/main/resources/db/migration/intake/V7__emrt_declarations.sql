-- Issue 19: a declaration records which RMI template it answers; an EMRT adds its minerals in scope, its smelter rows
-- (kept apart from the CMRT's: filing's 3TG consolidation reads intake_smelter_row only) and its Mine List.
ALTER TABLE intake_declaration ADD COLUMN template VARCHAR(10) DEFAULT 'CMRT' NOT NULL;

CREATE TABLE intake_declaration_mineral (
    declaration_id BIGINT      NOT NULL REFERENCES intake_declaration (id),
    position       INT         NOT NULL,
    mineral        VARCHAR(20) NOT NULL,
    PRIMARY KEY (declaration_id, position)
);

CREATE TABLE intake_emrt_smelter_row (
    declaration_id      BIGINT        NOT NULL REFERENCES intake_declaration (id),
    position            INT           NOT NULL,
    sheet_row           INT           NOT NULL,
    metal_text          VARCHAR(100),
    smelter_id_input    VARCHAR(100),
    lookup_name         VARCHAR(500),
    smelter_name        VARCHAR(500),
    country             VARCHAR(200),
    contact_name        VARCHAR(300),
    contact_email       VARCHAR(300),
    next_steps          VARCHAR(2000),
    mine_name           VARCHAR(500),
    mine_country        VARCHAR(200),
    recycled_or_scrap   VARCHAR(100),
    comment_text        VARCHAR(2000),
    resolved_smelter_id VARCHAR(20),
    match_method        VARCHAR(30),
    PRIMARY KEY (declaration_id, position)
);

CREATE TABLE intake_mine_row (
    declaration_id BIGINT        NOT NULL REFERENCES intake_declaration (id),
    position       INT           NOT NULL,
    sheet_row      INT           NOT NULL,
    mineral_text   VARCHAR(100),
    smelter_name   VARCHAR(500),
    mine_name      VARCHAR(500),
    mine_id        VARCHAR(100),
    source_id      VARCHAR(100),
    country        VARCHAR(200),
    street         VARCHAR(500),
    city           VARCHAR(200),
    province       VARCHAR(200),
    contact_name   VARCHAR(300),
    contact_email  VARCHAR(300),
    next_steps     VARCHAR(2000),
    comment_text   VARCHAR(2000),
    PRIMARY KEY (declaration_id, position)
);

-- The published views stay about the CMRT (3TG): an accepted EMRT neither supersedes a supplier's accepted CMRT nor
-- adds "Yes" answers for cobalt or mica to the filing's consolidation. Same columns and meanings as in V6.
DROP VIEW intake_accepted_declaration;
CREATE VIEW intake_accepted_declaration AS
SELECT d.id AS declaration_id, d.supplier_id, d.reporting_year, d.scope
FROM intake_declaration d
WHERE d.status = 'ACCEPTED' AND d.supplier_id IS NOT NULL AND d.template = 'CMRT'
  AND NOT EXISTS (SELECT 1 FROM intake_declaration n WHERE n.supplier_id = d.supplier_id
                  AND n.reporting_year = d.reporting_year AND n.status = 'ACCEPTED' AND n.template = 'CMRT'
                  AND n.id > d.id);

DROP VIEW intake_yes_answer;
CREATE VIEW intake_yes_answer AS
SELECT q.declaration_id, q.question, q.metal
FROM intake_answer q
JOIN intake_declaration d ON d.id = q.declaration_id AND d.template = 'CMRT'
WHERE UPPER(q.answer) = 'YES' AND q.metal IS NOT NULL;
