// Package sqlite is the claims.Store over SQLite, the embedded default: one
// file, no server, a pure-Go driver (modernc.org/sqlite, no cgo).
//
// The database runs in WAL mode (readers never block the writer), with a busy
// timeout so concurrent writers queue instead of failing, foreign keys on,
// synchronous=FULL (the store is the system of record: a commit the pipeline
// acknowledged must survive power loss) and every write transaction started
// with BEGIN IMMEDIATE, which rules out the deferred-lock upgrade deadlock.
// Concurrent SaveResult calls are group-committed by one writer goroutine
// (a savepoint per result, one commit and one fsync per group):
// BenchmarkSaveResult measured ~330–480 articles/s one at a time and
// ~1,500–2,100 with 16 concurrent savers.
//
// The schema is versioned: migrations/NNNN_name.sql files, embedded, applied
// in order inside one transaction each and recorded in schema_migrations.
// The SQL sticks to what PostgreSQL also accepts (ON CONFLICT upserts, partial
// unique indexes, no AUTOINCREMENT tricks the twin cannot mirror, no column
// named after a reserved word) so that claims/postgres can follow it closely;
// the only SQLite-isms are the column types (TEXT timestamps, BLOB).
//
// The submission log (claims.SubmissionLog, migration 0002) lives here too:
// every submission is recorded before it is published, and
// SaveSubmissionResult stores an article and marks its submission stored in
// one transaction. claims/storetest holds the suite this package and
// claims/postgres both pass.
//
// What lives here: SQL and the mapping of rows to claims types. What must not:
// extraction logic, NATS, HTTP. Errors carry claims kinds: NotFound for a
// missing row, Invalid for a result that breaks the span invariant, Transient
// for a busy or locked database (the pipeline retries those).
package sqlite
