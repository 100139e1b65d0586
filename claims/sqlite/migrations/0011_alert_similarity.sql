-- 0011: an alert's similarity to the judged claim it repeats: 1 for the same
-- fingerprint (the alerts the claims_desk_insert trigger raises), below 1
-- for a repeat in other words (raised by RaiseAlert).
ALTER TABLE alerts ADD COLUMN similarity REAL NOT NULL DEFAULT 1;
