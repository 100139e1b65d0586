-- 0012: a verdict's own note and time, what the ClaimReview export publishes
-- (reviewBody, datePublished). Notes added after the verdict are internal,
-- and updated_at moves with every later note or assignment, so neither the
-- last note nor updated_at will do. Both are '' unless status is 'verdict'.
ALTER TABLE reviews ADD COLUMN verdict_note TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN verdict_at TEXT NOT NULL DEFAULT '';

-- Verdicts given before this migration: Apply recorded the verdict's status
-- event and its note in one transaction, by one user, with one time stamp.
UPDATE reviews SET verdict_at = COALESCE((SELECT e.at FROM review_events e
        WHERE e.claim_id = reviews.claim_id AND e.field = 'status' AND e.to_val = 'verdict'
        ORDER BY e.id DESC LIMIT 1), '')
    WHERE status = 'verdict';
UPDATE reviews SET verdict_note = COALESCE((SELECT n.text FROM review_events e
        JOIN notes n ON n.claim_id = e.claim_id AND n.at = e.at AND n.author = e.who
        WHERE e.id = (SELECT MAX(id) FROM review_events
                      WHERE claim_id = reviews.claim_id AND field = 'status' AND to_val = 'verdict')
        ORDER BY n.id DESC LIMIT 1), '')
    WHERE status = 'verdict';
