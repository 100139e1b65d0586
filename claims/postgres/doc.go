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
// race. Numbers match claims/sqlite's where a migration has a twin.
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
