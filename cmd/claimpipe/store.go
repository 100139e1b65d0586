package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/postgres"
	"github.com/claimpipe/claimpipe/claims/sqlite"
)

// defaultStore is where `claimpipe run` keeps its SQLite database.
func defaultStore(dataDir string) string { return filepath.Join(dataDir, "claimpipe.db") }

// isPostgres reports whether dsn names a PostgreSQL database.
func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// openStore opens the claims store named by dsn: a postgres:// URL, or a
// SQLite file path (the embedded default, optionally sqlite://path).
func openStore(ctx context.Context, dsn string) (claims.Store, error) {
	if isPostgres(dsn) {
		return postgres.Open(ctx, dsn, postgres.Options{})
	}
	path := strings.TrimPrefix(dsn, "sqlite://")
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, claims.Errorf(claims.Invalid, "--store %q: %w", dsn, err)
		}
	}
	return sqlite.Open(ctx, path, sqlite.Options{})
}

// pinger is a store that can say whether its database answers (both can).
type pinger interface {
	Ping(ctx context.Context) error
}

// counter is a store that counts what it holds (both can).
type counter interface {
	Counts(ctx context.Context) (articles, claims int, err error)
}
