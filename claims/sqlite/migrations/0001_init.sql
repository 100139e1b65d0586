-- 0001: articles, mentions, claims, dead letters, the feed "seen" set.
-- Timestamps are RFC 3339 UTC text (timestamptz in the PostgreSQL twin).
-- Byte offsets are called start_byte/end_byte: END is a reserved word.

CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    url           TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    byline        TEXT NOT NULL DEFAULT '',
    published     TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL,
    modified      TEXT NOT NULL DEFAULT '',
    site_name     TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT '',
    canonical_url TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);
CREATE INDEX articles_created ON articles (created_at DESC, id);

CREATE TABLE mentions (
    article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    type       TEXT    NOT NULL,
    text       TEXT    NOT NULL,
    value      TEXT    NOT NULL DEFAULT '',
    modifier   TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX mentions_type ON mentions (type, value);

CREATE TABLE claims (
    id          TEXT PRIMARY KEY,
    article_id  TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    start_byte  INTEGER NOT NULL,
    end_byte    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    confidence  REAL    NOT NULL,
    kind        TEXT    NOT NULL DEFAULT '',
    mentions    TEXT    NOT NULL DEFAULT '[]', -- JSON array of FORMAT.md mentions
    attribution TEXT,                          -- JSON {start,end,text} or NULL
    source      TEXT    NOT NULL DEFAULT '',
    subject     TEXT,                          -- JSON mention or NULL
    fingerprint TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX claims_article ON claims (article_id, ord);
CREATE INDEX claims_fingerprint ON claims (fingerprint);

CREATE TABLE dead_letters (
    id         INTEGER PRIMARY KEY, -- BIGINT GENERATED ALWAYS AS IDENTITY in PostgreSQL
    stage      TEXT    NOT NULL,
    subject    TEXT    NOT NULL DEFAULT '',
    msg_id     TEXT    NOT NULL DEFAULT '',
    input      TEXT    NOT NULL DEFAULT '',
    kind       TEXT    NOT NULL DEFAULT '',
    error      TEXT    NOT NULL DEFAULT '',
    deliveries INTEGER NOT NULL DEFAULT 0,
    data       BLOB,
    at         TEXT    NOT NULL
);
-- One record per message and stage: a redelivered or re-dead-lettered message
-- updates its record instead of adding another.
CREATE UNIQUE INDEX dead_letters_msg ON dead_letters (stage, msg_id) WHERE msg_id <> '';
CREATE INDEX dead_letters_at ON dead_letters (at DESC);

CREATE TABLE seen (
    key TEXT PRIMARY KEY,
    at  TEXT NOT NULL
);
