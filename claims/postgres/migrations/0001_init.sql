-- 0001: articles, mentions, claims, dead letters, the feed "seen" set.
-- The twin of claims/sqlite/migrations/0001_init.sql with PostgreSQL types.

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
    created_at    TIMESTAMPTZ NOT NULL
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
    confidence  DOUBLE PRECISION NOT NULL,
    kind        TEXT    NOT NULL DEFAULT '',
    mentions    JSONB   NOT NULL DEFAULT '[]',
    attribution JSONB,
    source      TEXT    NOT NULL DEFAULT '',
    subject     JSONB,
    fingerprint TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX claims_article ON claims (article_id, ord);
CREATE INDEX claims_fingerprint ON claims (fingerprint);

CREATE TABLE dead_letters (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stage      TEXT    NOT NULL,
    subject    TEXT    NOT NULL DEFAULT '',
    msg_id     TEXT    NOT NULL DEFAULT '',
    input      TEXT    NOT NULL DEFAULT '',
    kind       TEXT    NOT NULL DEFAULT '',
    error      TEXT    NOT NULL DEFAULT '',
    deliveries INTEGER NOT NULL DEFAULT 0,
    data       BYTEA,
    at         TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX dead_letters_msg ON dead_letters (stage, msg_id) WHERE msg_id <> '';
CREATE INDEX dead_letters_at ON dead_letters (at DESC);

CREATE TABLE seen (
    key TEXT PRIMARY KEY,
    at  TIMESTAMPTZ NOT NULL
);
