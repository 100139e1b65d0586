package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
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

// checkStoreScheme refuses a dsn that names a database by a scheme other
// than PostgreSQL's or SQLite's ("mysql://…"), which would otherwise be
// taken for the path of a SQLite file.
func checkStoreScheme(dsn string) error {
	scheme, _, ok := strings.Cut(dsn, "://")
	if !ok || isPostgres(dsn) || scheme == "sqlite" || strings.ContainsAny(scheme, `/\`) {
		return nil
	}
	return claims.Errorf(claims.Invalid, "store %q: %s:// is not a store claimpipe can use; give postgres://… (or postgresql://…) or a SQLite file path (optionally sqlite://path)", dsn, scheme)
}

// storeFlag names where the read commands' store comes from, for errors.
const storeFlag = "--store or CLAIMPIPE_STORE"

// openExistingStore opens the claims store named by dsn, as openStore does,
// but refuses a SQLite file that does not exist yet rather than creating an
// empty store: the commands that read or manage a store (claims, dlq, users,
// status, rank --checked-store) use it, so that one run from the wrong
// directory says so instead of working on a new, empty store. flag names the
// options that set dsn ("--store or CLAIMPIPE_STORE"). Only `run` and
// `worker` create a store.
func openExistingStore(ctx context.Context, dsn, flag string) (claims.Store, error) {
	if err := checkStoreScheme(dsn); err != nil {
		return nil, err
	}
	if !isPostgres(dsn) {
		path := strings.TrimPrefix(dsn, "sqlite://")
		if _, err := os.Stat(path); err != nil {
			where := path
			if abs, aerr := filepath.Abs(path); aerr == nil && abs != path {
				where = fmt.Sprintf("%s (%s)", path, abs)
			}
			if errors.Is(err, fs.ErrNotExist) {
				return nil, claims.Errorf(claims.NotFound, "no store at %s: start one with \"claimpipe run\" (it keeps its store in --data, default ./data), or name an existing one with %s", where, flag)
			}
			return nil, claims.Errorf(claims.Invalid, "store: %w", err)
		}
	}
	if isPostgres(dsn) {
		return postgres.Open(ctx, dsn, postgres.Options{MustExist: true})
	}
	return openStore(ctx, dsn)
}

// openStore opens the claims store named by dsn: a postgres:// URL, or a
// SQLite file path (the embedded default, optionally sqlite://path), which
// it creates when it does not exist.
func openStore(ctx context.Context, dsn string) (claims.Store, error) {
	if err := checkStoreScheme(dsn); err != nil {
		return nil, err
	}
	if isPostgres(dsn) {
		return postgres.Open(ctx, dsn, postgres.Options{})
	}
	path := strings.TrimPrefix(dsn, "sqlite://")
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		// The easy slip of giving run's --data folder as the store.
		return nil, claims.Errorf(claims.Invalid, "store %q is a directory; the store is a SQLite file in it (%s, where \"claimpipe run --data %s\" keeps it) or a postgres:// URL",
			dsn, filepath.Join(path, "claimpipe.db"), path)
	}
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
