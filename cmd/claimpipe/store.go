package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/sqlite"
)

// defaultStore is where `claimpipe run` keeps its SQLite database.
func defaultStore(dataDir string) string { return filepath.Join(dataDir, "claimpipe.db") }

// openStore opens the claims store named by dsn: a SQLite file path (the
// embedded default).
func openStore(ctx context.Context, dsn string) (claims.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return nil, claims.Errorf(claims.Invalid, "--store %q: PostgreSQL is not supported by this build yet", dsn)
	}
	path := strings.TrimPrefix(dsn, "sqlite://")
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, claims.Errorf(claims.Invalid, "--store %q: %w", dsn, err)
		}
	}
	return sqlite.Open(ctx, path, sqlite.Options{})
}
