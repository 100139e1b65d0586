-- 0010: the fact-checkers' desk: reviews (one row a claim), notes, audit
-- history, claim facets for filters, full-text search, users, API tokens,
-- login sessions and repeat alerts. The twin of
-- claims/sqlite/migrations/0010_desk.sql.
--
-- SQLite keeps reviews, facets and search rows in step with claims by
-- triggers; here SaveResult writes them in the transaction that inserts the
-- claims (review.go: deskRows), because the search text is tokenised in Go
-- exactly as SQLite's FTS5 tokenizer does (search.go). Claims stored before
-- this migration get theirs from a Go step run in the same transaction as
-- this script (backfillDesk).
--
-- Text that the desk sorts or compares by range (claim IDs, user names, dates,
-- facet keys) is compared COLLATE "C": byte order, as in SQLite, whatever
-- the database's locale.

-- reviews holds each claim's workflow state, with the sort key of the queue
-- (confidence) copied in so that the queue reads one index, filtered or not.
CREATE TABLE reviews (
    rid        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- the key of facets: integers join fastest
    claim_id   TEXT NOT NULL UNIQUE REFERENCES claims (id) ON DELETE CASCADE,
    status     TEXT NOT NULL DEFAULT 'new',
    verdict    TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT '',
    assignee   TEXT NOT NULL DEFAULT '',
    sources    JSONB NOT NULL DEFAULT '[]', -- array of URLs
    confidence DOUBLE PRECISION NOT NULL,
    kind       TEXT NOT NULL DEFAULT '',
    updated_at TIMESTAMPTZ, -- NULL until the first change
    updated_by TEXT NOT NULL DEFAULT '',
    -- the claim's text and its article's title, tokenised like FTS5's
    -- unicode61 remove_diacritics 2 (see search.go)
    search     TSVECTOR NOT NULL DEFAULT ''
);
-- The queue's order: confidence, then claim ID in byte order. claim_id keeps
-- the database's collation (so that it joins claims.id by its primary key);
-- the queue sorts and pages by claim_id COLLATE "C", as these indexes do.
CREATE INDEX reviews_queue ON reviews (confidence DESC, claim_id COLLATE "C");
CREATE INDEX reviews_status_queue ON reviews (status, confidence DESC, claim_id COLLATE "C");
CREATE INDEX reviews_assignee_queue ON reviews (assignee, confidence DESC, claim_id COLLATE "C");
CREATE INDEX reviews_verdict ON reviews (status, verdict);
CREATE INDEX reviews_search ON reviews USING GIN (search);

-- claim_facets: one row per mention of a claim, for the entity, date and
-- amount filters. text_key is the text in lower case (the entity filter is
-- a case-insensitive prefix match, by range on this index); amount is the
-- number of a MONEY value ("USD 5900000").
CREATE TABLE claim_facets (
    rid      BIGINT NOT NULL REFERENCES reviews (rid) ON DELETE CASCADE,
    type     TEXT NOT NULL,
    text     TEXT NOT NULL,
    text_key TEXT COLLATE "C" NOT NULL,
    value    TEXT COLLATE "C" NOT NULL DEFAULT '',
    amount   DOUBLE PRECISION
);
CREATE INDEX claim_facets_rid ON claim_facets (rid);
CREATE INDEX claim_facets_text ON claim_facets (type, text_key, rid);
CREATE INDEX claim_facets_amount ON claim_facets (type, amount, rid);
CREATE INDEX claim_facets_value ON claim_facets (type, value, rid);

CREATE TABLE notes (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    author   TEXT NOT NULL,
    text     TEXT NOT NULL,
    at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX notes_claim ON notes (claim_id, id);

CREATE TABLE review_events (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id  TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    who       TEXT NOT NULL,
    at        TIMESTAMPTZ NOT NULL,
    field     TEXT NOT NULL,
    from_val  TEXT NOT NULL DEFAULT '',
    to_val    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX review_events_claim ON review_events (claim_id, id);

CREATE TABLE users (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       TEXT COLLATE "C" NOT NULL UNIQUE,
    role       TEXT NOT NULL,
    password   TEXT NOT NULL, -- bcrypt
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE api_tokens (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL,
    hash       TEXT NOT NULL UNIQUE, -- SHA-256 of the secret
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ -- NULL while valid
);
CREATE INDEX api_tokens_user ON api_tokens (user_id, id);

CREATE TABLE sessions (
    hash       TEXT PRIMARY KEY, -- SHA-256 of the cookie
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf       TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- alerts: a stored claim whose fingerprint already has a verdict on a claim
-- of another article. delivered is set once the sinks (NATS, webhook) got it.
CREATE TABLE alerts (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id       TEXT NOT NULL UNIQUE REFERENCES claims (id) ON DELETE CASCADE,
    article_id     TEXT NOT NULL,
    fingerprint    TEXT NOT NULL,
    prior_claim_id TEXT NOT NULL,
    verdict        TEXT NOT NULL,
    at             TIMESTAMPTZ NOT NULL,
    seen           BOOLEAN NOT NULL DEFAULT FALSE,
    delivered      BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX alerts_pending ON alerts (delivered, id);
CREATE INDEX alerts_unseen ON alerts (seen, id);
