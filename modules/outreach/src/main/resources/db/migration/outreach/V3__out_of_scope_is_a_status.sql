-- Out of scope is one concept: the supplier's status OUT_OF_SCOPE with its reason (issue 14), no longer a status and a
-- separate in-scope flag. Suppliers flagged not in scope take the status with their scope reason; what is overwritten
-- (an unreachable supplier's reason, an in-scope supplier's reason for being in scope) is kept in the notes.
UPDATE supplier SET notes = CASE WHEN notes IS NULL THEN 'Before scope became a status: unreachable (' || status_reason || ')'
                                 ELSE 'Before scope became a status: unreachable (' || status_reason || ')' || CHR(10) || notes END
 WHERE in_scope = FALSE AND status = 'UNREACHABLE' AND status_reason IS NOT NULL;

UPDATE supplier SET status = 'OUT_OF_SCOPE',
                    status_reason = COALESCE(scope_reason, 'Marked not in scope before scope became a status')
 WHERE in_scope = FALSE AND status <> 'OUT_OF_SCOPE';

UPDATE supplier SET notes = CASE WHEN notes IS NULL THEN 'In scope: ' || scope_reason
                                 ELSE 'In scope: ' || scope_reason || CHR(10) || notes END
 WHERE in_scope = TRUE AND scope_reason IS NOT NULL;

ALTER TABLE supplier DROP COLUMN in_scope;
ALTER TABLE supplier DROP COLUMN scope_reason;
