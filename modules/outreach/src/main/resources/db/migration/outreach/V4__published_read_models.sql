-- Outreach's read models for other modules: part of outreach's published contract (docs/ARCHITECTURE.md, "Published
-- views"). Other modules read suppliers and survey requests through these views, never through outreach's tables.

-- Each supplier's display name.
CREATE VIEW outreach_supplier_name AS
SELECT s.id AS supplier_id, s.name AS supplier_name
FROM supplier s;

-- Each survey request with its EFFECTIVE state, outreach's rule (CampaignStatistics.effectiveState): an unreachable
-- supplier's request that has no response counts as UNREACHABLE. OutreachReadModelsTest keeps both in agreement.
CREATE VIEW outreach_request_state AS
SELECT q.id AS request_id, c.reporting_year, q.supplier_id, s.name AS supplier_name,
       CASE WHEN s.status = 'UNREACHABLE' AND q.state NOT IN ('RESPONDED', 'NEEDS_FOLLOW_UP') THEN 'UNREACHABLE'
            ELSE q.state END AS state,
       q.requested_on, q.responded_at
FROM survey_request q
JOIN campaign c ON c.id = q.campaign_id
JOIN supplier s ON s.id = q.supplier_id;
