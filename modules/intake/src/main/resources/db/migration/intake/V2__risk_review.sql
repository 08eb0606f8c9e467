-- Assessments of a declaration's red flags (covered-country sourcing, sanctioned smelter, incomplete
-- smelter list, smelters not yet identified): who decided what, when and why. Rows are only ever added.
CREATE TABLE intake_risk_review (
    declaration_id BIGINT        NOT NULL REFERENCES intake_declaration (id),
    position       INT           NOT NULL,
    outcome        VARCHAR(30)   NOT NULL,
    assessment     VARCHAR(2000) NOT NULL,
    red_flags      INT           NOT NULL,
    reviewed_by    VARCHAR(200)  NOT NULL,
    reviewed_at    TIMESTAMP     NOT NULL,
    PRIMARY KEY (declaration_id, position)
);
