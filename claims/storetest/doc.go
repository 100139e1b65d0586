// Package storetest is the one test suite every claims.Store passes: Run
// exercises idempotent saves, NotFound kinds, dead letters, the seen set and
// the submission log, so that SQLite and PostgreSQL keep the same semantics.
// claims/sqlite and claims/postgres call Run from their tests.
//
// It also finds the services integration tests need (PostgreSQL):
// tests skip loudly when one is unreachable, and fail instead when
// CLAIMPIPE_REQUIRE_SERVICES=1, as .ci/run sets, so CI cannot pass by
// skipping.
//
// It is imported by tests only; product code must not import it.
package storetest
