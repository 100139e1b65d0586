-- 0013: who gave a claim's verdict. updated_by follows every change, so a
-- later note or assignment by another user made it read as if that user had
-- decided. verdict_by is '' unless status is 'verdict', like verdict_at.
ALTER TABLE reviews ADD COLUMN verdict_by TEXT NOT NULL DEFAULT '';

-- Verdicts given before this migration: the user of the latest
-- status->verdict event, the one 0012 took verdict_at from (Apply records
-- a change's events with its author). A verdict without one, as set by hand
-- in SQL, keeps ''.
UPDATE reviews SET verdict_by = COALESCE((SELECT e.who FROM review_events e
        WHERE e.claim_id = reviews.claim_id AND e.field = 'status' AND e.to_val = 'verdict'
        ORDER BY e.id DESC LIMIT 1), '')
    WHERE status = 'verdict';
