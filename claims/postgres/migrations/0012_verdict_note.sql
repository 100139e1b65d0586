-- 0012: a verdict's own note and time, what the ClaimReview export publishes
-- (reviewBody, datePublished). Notes added after the verdict are internal,
-- and updated_at moves with every later note or assignment, so neither the
-- last note nor updated_at will do. verdict_note is '' and verdict_at NULL
-- unless status is 'verdict'. The twin of SQLite's 0012.
ALTER TABLE reviews ADD COLUMN verdict_note TEXT NOT NULL DEFAULT '',
    ADD COLUMN verdict_at TIMESTAMPTZ;

-- Verdicts given before this migration: Apply recorded the verdict's status
-- event and its note in one transaction, by one user, with one time stamp.
UPDATE reviews r SET verdict_at = e.at,
        verdict_note = COALESCE((SELECT n.text FROM notes n
            WHERE n.claim_id = e.claim_id AND n.at = e.at AND n.author = e.who
            ORDER BY n.id DESC LIMIT 1), '')
    FROM (SELECT DISTINCT ON (claim_id) claim_id, at, who FROM review_events
          WHERE field = 'status' AND to_val = 'verdict' ORDER BY claim_id, id DESC) e
    WHERE r.claim_id = e.claim_id AND r.status = 'verdict';
