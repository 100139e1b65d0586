-- 0011: an alert's similarity to the judged claim it repeats: 1 for the same
-- fingerprint (the alerts SaveResult raises), below 1 for a repeat in other
-- words (raised by RaiseAlert). The twin of SQLite's 0011.
ALTER TABLE alerts ADD COLUMN similarity DOUBLE PRECISION NOT NULL DEFAULT 1;
