-- 0002: the submission log (issue 7). Every submission is recorded here before
-- it is published; the store stage marks it stored, a dead letter failed, and
-- the reconciler re-publishes those still submitted after a deadline.

CREATE TABLE submissions (
    id              TEXT PRIMARY KEY,
    input           TEXT    NOT NULL DEFAULT '',
    state           TEXT    NOT NULL DEFAULT 'submitted',
    attempts        INTEGER NOT NULL DEFAULT 1,
    submitted_at    TEXT    NOT NULL,
    last_attempt_at TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    stored_at       TEXT, -- first stored; NULL before
    article_id      TEXT    NOT NULL DEFAULT '',
    error           TEXT    NOT NULL DEFAULT '',
    submission      BLOB
);
-- The reconciler's query: submitted, oldest attempt first.
CREATE INDEX submissions_state_attempt ON submissions (state, last_attempt_at);
