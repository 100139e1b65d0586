-- 0003: a dead letter remembers its record's sequence in the DLQ stream (0 for
-- those recorded before), so that a replay can delete that record, and when it
-- was replayed: `claimpipe dlq list` shows the others (--all shows every one).
-- The twin of SQLite's 0003.
ALTER TABLE dead_letters ADD COLUMN dlq_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dead_letters ADD COLUMN replayed_at TIMESTAMPTZ; -- NULL until replayed
