// Package storetest is the one test suite every claims.Store passes: Run
// exercises idempotent saves, NotFound kinds, dead letters, the seen set and
// the submission log (suite.go), and the desk's claims.ReviewStore and
// claims.UserStore (desk.go): the review workflow and its history, concurrent
// changes of one claim, every queue filter, full-text search, cursor paging,
// clusters, repeat alerts, users, API tokens and login sessions. So SQLite
// and PostgreSQL keep the same semantics; claims/sqlite and claims/postgres
// call Run from their tests.
//
// It also finds the services integration tests need (PostgreSQL):
// tests skip loudly when one is unreachable, and fail instead when
// CLAIMPIPE_REQUIRE_SERVICES=1, as .ci/run sets, so CI cannot pass by
// skipping.
//
// It is imported by tests only; product code must not import it.
package storetest
