// Package sqlite is the claims.Store over SQLite, the embedded default: one
// file, no server, a pure-Go driver (modernc.org/sqlite, no cgo).
//
// The database runs in WAL mode (readers never block the writer), with a busy
// timeout so concurrent writers queue instead of failing, foreign keys on,
// synchronous=FULL (the store is the system of record: a commit the pipeline
// acknowledged must survive power loss) and every write transaction started
// with BEGIN IMMEDIATE, which rules out the deferred-lock upgrade deadlock.
// The pipeline's writes (RecordSubmission, SaveResult, SaveSubmissionResult)
// are group-committed by one writer goroutine on its own connection, with
// every statement prepared once: one commit and one fsync per group, and no
// second writer sleeping in the busy handler (writer.go). A group runs
// without savepoints; if one write fails, it is re-run with a savepoint per
// write so that the bad one fails alone. BenchmarkSubmitAndSave (16
// submitters and 16 savers at once) went from ~300 to ~1,400 articles/s
// with that, BenchmarkSaveResult with 16 savers from ~500 to ~900–1,250
// (the same shared 2-core machine, the old and new code run alternately).
//
// synchronous stays FULL. In WAL mode NORMAL would skip the fsync at commit,
// and a power loss could then take back the last commits: a result whose
// NATS message was already acknowledged (so gone from the broker), together
// with the record of its submission if that was recent too, leaving nothing
// for the reconciler to re-publish.
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
