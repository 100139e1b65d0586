// Package postgres is the claims.Store over PostgreSQL, for running
// claimpipe at scale: many workers of the store stage, one database.
//
// It uses pgx/v5 with a connection pool (pgxpool) and mirrors claims/sqlite
// table for table and method for method; the store test suite in
// claims/storetest runs against both, so the two keep the same semantics:
// SaveResult is idempotent (ON CONFLICT DO NOTHING, one transaction per
// article), a missing row is NotFound, dead letters are upserted per stage
// and message, MarkSeen is an atomic test-and-set, and the submission log
// follows the same state machine.
//
// The schema is versioned: migrations/NNNN_name.sql, embedded, applied in
// order, each in its own transaction, recorded in schema_migrations, under a
// transaction-scoped advisory lock so that workers starting together do not
// race. Numbers match claims/sqlite's where a migration has a twin. A
// migration may have a Go step (migrationHooks) run after its script in the
// same transaction: 0010's fills the desk's rows of claims stored before it.
//
// The fact-checkers' desk (migration 0010, review.go, users.go) is here
// too: claims.ReviewStore and claims.UserStore with claims/sqlite's
// semantics, checked by the same suite. Where SQLite uses triggers,
// SaveResult writes each claim's review row, facets and search vector, and
// raises its repeat alert, in the transaction that inserts the claim.
// Full-text search is a tsvector with a GIN index, but its tokens are made
// in Go (search.go) exactly as SQLite's FTS5 unicode61 tokenizer with
// remove_diacritics 2 makes them (fts5tables.go is generated from SQLite
// and checked against it), and queries mean what they mean there: every word,
// as a phrase of its tokens, the last as a prefix; no stemming. Apply locks
// the review row (SELECT ... FOR UPDATE) from the read that claims.Decide
// judges to the commit, so concurrent changes of a claim are serialised as
// SQLite's one writer serialises them. Claim IDs, user names and facet keys
// are compared in byte order (COLLATE "C"), as in SQLite; facet text is
// matched case-insensitively through a lower-cased key (strings.ToLower,
// so beyond ASCII too, where SQLite's NOCASE folds ASCII only). Secrets
// (API tokens, session cookies) are stored as SHA-256, passwords as bcrypt.
//
// Errors carry claims kinds. Anything that says the connection or the
// server went away — a network error, a terminated backend (57P01, what
// pg_terminate_backend causes), a server shutting down or starting up, a
// serialization failure or deadlock — is Transient, so the pipeline retries
// it (the pool opens a fresh connection); a missing row is NotFound; a
// result breaking the span invariant is Invalid; anything else Internal.
//
// What must not live here: extraction logic, NATS, HTTP.
package postgres
