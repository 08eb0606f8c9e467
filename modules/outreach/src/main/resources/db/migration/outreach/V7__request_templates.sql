-- Issue 19: a request asks its own templates. The campaign keeps the default (what every supplier is asked); a chosen
-- supplier's request can ask more (e.g. the CMRT from all, the EMRT too from the cobalt suppliers). Reminders, PARTIAL,
-- the per-template figures and what intake accepts follow the request's templates.

ALTER TABLE survey_request ADD COLUMN asks_cmrt BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE survey_request ADD COLUMN asks_emrt BOOLEAN DEFAULT FALSE NOT NULL;

-- existing requests asked what their campaign asked
UPDATE survey_request SET
    asks_cmrt = (SELECT c.asks_cmrt FROM campaign c WHERE c.id = survey_request.campaign_id),
    asks_emrt = (SELECT c.asks_emrt FROM campaign c WHERE c.id = survey_request.campaign_id);
