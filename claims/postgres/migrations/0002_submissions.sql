-- 0002: the submission log (issue 7); see claims/sqlite/migrations/0002_submissions.sql.

CREATE TABLE submissions (
    id              TEXT PRIMARY KEY,
    input           TEXT    NOT NULL DEFAULT '',
    state           TEXT    NOT NULL DEFAULT 'submitted',
    attempts        INTEGER NOT NULL DEFAULT 1,
    submitted_at    TIMESTAMPTZ NOT NULL,
    last_attempt_at TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    stored_at       TIMESTAMPTZ, -- first stored; NULL before
    article_id      TEXT    NOT NULL DEFAULT '',
    error           TEXT    NOT NULL DEFAULT '',
    submission      BYTEA
);
CREATE INDEX submissions_state_attempt ON submissions (state, last_attempt_at);
