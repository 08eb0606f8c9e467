-- Issue 19: a campaign asks for the CMRT, the EMRT or both; each blank template is stored and attached; each request
-- records which templates came back, so a supplier asked for both that answered one is PARTIAL.

ALTER TABLE campaign ADD COLUMN asks_cmrt BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE campaign ADD COLUMN asks_emrt BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE campaign ADD COLUMN emrt_version VARCHAR(20) DEFAULT '2.1' NOT NULL;
ALTER TABLE campaign ADD COLUMN emrt_attachment_id BIGINT REFERENCES stored_attachment (id);

-- per template: RESPONDED or NEEDS_FOLLOW_UP once that template came back (null: not yet), and when it first came
ALTER TABLE survey_request ADD COLUMN cmrt_answer VARCHAR(20);
ALTER TABLE survey_request ADD COLUMN cmrt_answered_at TIMESTAMP;
ALTER TABLE survey_request ADD COLUMN emrt_answer VARCHAR(20);
ALTER TABLE survey_request ADD COLUMN emrt_answered_at TIMESTAMP;

-- every campaign so far asked for the CMRT alone: its responses are CMRT responses
UPDATE survey_request SET cmrt_answer = state, cmrt_answered_at = responded_at
WHERE state IN ('RESPONDED', 'NEEDS_FOLLOW_UP');

-- outreach_request_state keeps its columns and meaning (V4); a PARTIAL request (one of two templates answered) has an
-- answer, so an unreachable supplier's partial request stays PARTIAL (CampaignStatistics.effectiveState)
DROP VIEW outreach_request_state;
CREATE VIEW outreach_request_state AS
SELECT q.id AS request_id, c.reporting_year, q.supplier_id, s.name AS supplier_name,
       CASE WHEN s.status = 'UNREACHABLE' AND q.state NOT IN ('RESPONDED', 'NEEDS_FOLLOW_UP', 'PARTIAL') THEN 'UNREACHABLE'
            ELSE q.state END AS state,
       q.requested_on, q.responded_at
FROM survey_request q
JOIN campaign c ON c.id = q.campaign_id
JOIN supplier s ON s.id = q.supplier_id;
