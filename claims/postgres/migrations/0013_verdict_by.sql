-- 0013: who gave a claim's verdict. updated_by follows every change, so a
-- later note or assignment by another user made it read as if that user had
-- decided. verdict_by is '' unless status is 'verdict', like verdict_note.
-- The twin of SQLite's 0013.
ALTER TABLE reviews ADD COLUMN verdict_by TEXT NOT NULL DEFAULT '';

-- Verdicts given before this migration: the user of the latest
-- status->verdict event, the one 0012 took verdict_at from (Apply records
-- a change's events with its author). A verdict without one, as set by hand
-- in SQL, keeps ''.
UPDATE reviews r SET verdict_by = e.who
    FROM (SELECT DISTINCT ON (claim_id) claim_id, who FROM review_events
          WHERE field = 'status' AND to_val = 'verdict' ORDER BY claim_id, id DESC) e
    WHERE r.claim_id = e.claim_id AND r.status = 'verdict';
