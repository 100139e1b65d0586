-- 0010: the fact-checkers' desk: reviews (one row a claim, kept by triggers),
-- notes, audit history, claim facets for filters, full-text search, users,
-- API tokens, login sessions and repeat alerts.

-- reviews holds each claim's workflow state, with the sort key of the queue
-- (confidence) copied in so the queue reads one index, filtered or not.
CREATE TABLE reviews (
    rid        INTEGER PRIMARY KEY, -- the key of facets and search rows: integers join fastest
    claim_id   TEXT NOT NULL UNIQUE REFERENCES claims (id) ON DELETE CASCADE,
    status     TEXT NOT NULL DEFAULT 'new',
    verdict    TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT '',
    assignee   TEXT NOT NULL DEFAULT '',
    sources    TEXT NOT NULL DEFAULT '[]', -- JSON array of URLs
    confidence REAL NOT NULL,
    kind       TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reviews_queue ON reviews (confidence DESC, claim_id);
CREATE INDEX reviews_status_queue ON reviews (status, confidence DESC, claim_id);
CREATE INDEX reviews_assignee_queue ON reviews (assignee, confidence DESC, claim_id);

-- claim_facets: one row per mention of a claim, for the entity, date and
-- amount filters. amount is the number of a MONEY value ("USD 5900000").
CREATE TABLE claim_facets (
    rid    INTEGER NOT NULL REFERENCES reviews (rid) ON DELETE CASCADE,
    type   TEXT NOT NULL,
    text   TEXT NOT NULL COLLATE NOCASE,
    value  TEXT NOT NULL DEFAULT '',
    amount REAL
);
CREATE INDEX claim_facets_rid ON claim_facets (rid);
CREATE INDEX claim_facets_text ON claim_facets (type, text, rid);
CREATE INDEX claim_facets_amount ON claim_facets (type, amount, rid);
CREATE INDEX claim_facets_value ON claim_facets (type, value, rid);

-- Full-text search over the claim text and its article's title; rowid = reviews.rid.
CREATE VIRTUAL TABLE claims_fts USING fts5 (text, title, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE notes (
    id       INTEGER PRIMARY KEY,
    claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    author   TEXT NOT NULL,
    text     TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX notes_claim ON notes (claim_id, id);

CREATE TABLE review_events (
    id        INTEGER PRIMARY KEY,
    claim_id  TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    who       TEXT NOT NULL,
    at        TEXT NOT NULL,
    field     TEXT NOT NULL,
    from_val  TEXT NOT NULL DEFAULT '',
    to_val    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX review_events_claim ON review_events (claim_id, id);

CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL,
    password   TEXT NOT NULL, -- bcrypt
    created_at TEXT NOT NULL
);

CREATE TABLE api_tokens (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL,
    hash       TEXT NOT NULL UNIQUE, -- SHA-256 of the secret
    created_at TEXT NOT NULL,
    revoked_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sessions (
    hash       TEXT PRIMARY KEY, -- SHA-256 of the cookie
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf       TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

-- alerts: a stored claim whose fingerprint already has a verdict on a claim
-- of another article. delivered is set once the sinks (NATS, webhook) got it.
CREATE TABLE alerts (
    id             INTEGER PRIMARY KEY,
    claim_id       TEXT NOT NULL UNIQUE REFERENCES claims (id) ON DELETE CASCADE,
    article_id     TEXT NOT NULL,
    fingerprint    TEXT NOT NULL,
    prior_claim_id TEXT NOT NULL,
    verdict        TEXT NOT NULL,
    at             TEXT NOT NULL,
    seen           INTEGER NOT NULL DEFAULT 0,
    delivered      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX alerts_pending ON alerts (delivered, id);
CREATE INDEX alerts_unseen ON alerts (seen, id);
CREATE INDEX reviews_verdict ON reviews (status, verdict);

-- Every claim gets its review row, facets and search entry as it is stored,
-- whoever stores it, and raises an alert when its cluster was judged before.
CREATE TRIGGER claims_desk_insert AFTER INSERT ON claims BEGIN
    INSERT INTO reviews (claim_id, confidence, kind) VALUES (NEW.id, NEW.confidence, NEW.kind);
    INSERT INTO claim_facets (rid, type, text, value, amount)
        SELECT (SELECT rid FROM reviews WHERE claim_id = NEW.id), json_extract(j.value, '$.type'), json_extract(j.value, '$.text'),
               COALESCE(json_extract(j.value, '$.value'), ''),
               CASE WHEN json_extract(j.value, '$.type') = 'MONEY' AND instr(json_extract(j.value, '$.value'), ' ') > 0
                    THEN CAST(substr(json_extract(j.value, '$.value'), instr(json_extract(j.value, '$.value'), ' ') + 1) AS REAL) END
        FROM json_each(NEW.mentions) AS j;
    INSERT INTO claims_fts (rowid, text, title)
        VALUES ((SELECT rid FROM reviews WHERE claim_id = NEW.id), NEW.text,
                COALESCE((SELECT title FROM articles WHERE id = NEW.article_id), ''));
    INSERT INTO alerts (claim_id, article_id, fingerprint, prior_claim_id, verdict, at)
        SELECT NEW.id, NEW.article_id, NEW.fingerprint, c.id, r.verdict, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM claims c JOIN reviews r ON r.claim_id = c.id
        WHERE NEW.fingerprint <> '' AND c.fingerprint = NEW.fingerprint AND c.article_id <> NEW.article_id
          AND r.status = 'verdict'
        ORDER BY r.updated_at DESC LIMIT 1;
END;

CREATE TRIGGER claims_desk_delete BEFORE DELETE ON claims BEGIN
    DELETE FROM claims_fts WHERE rowid = (SELECT rid FROM reviews WHERE claim_id = OLD.id);
END;

-- Claims stored before this migration.
INSERT INTO reviews (claim_id, confidence, kind) SELECT id, confidence, kind FROM claims;
INSERT INTO claim_facets (rid, type, text, value, amount)
    SELECT r.rid, json_extract(j.value, '$.type'), json_extract(j.value, '$.text'),
           COALESCE(json_extract(j.value, '$.value'), ''),
           CASE WHEN json_extract(j.value, '$.type') = 'MONEY' AND instr(json_extract(j.value, '$.value'), ' ') > 0
                THEN CAST(substr(json_extract(j.value, '$.value'), instr(json_extract(j.value, '$.value'), ' ') + 1) AS REAL) END
    FROM claims c JOIN reviews r ON r.claim_id = c.id, json_each(c.mentions) AS j;
INSERT INTO claims_fts (rowid, text, title)
    SELECT r.rid, c.text, a.title FROM claims c JOIN reviews r ON r.claim_id = c.id JOIN articles a ON a.id = c.article_id;
