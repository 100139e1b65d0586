package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// RequireServicesEnv, when "1", turns a missing service from a skip into a
// failure.
const RequireServicesEnv = "CLAIMPIPE_REQUIRE_SERVICES"

// DefaultPostgres is the test database: PostgreSQL on 127.0.0.1:5432,
// database test, trust authentication. CLAIMPIPE_TEST_POSTGRES overrides it.
const DefaultPostgres = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// Missing skips the test, loudly, because a service is unavailable, or fails
// it when CLAIMPIPE_REQUIRE_SERVICES=1.
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	if os.Getenv(RequireServicesEnv) == "1" {
		t.Fatalf("required service unavailable ("+RequireServicesEnv+"=1): "+format, args...)
	}
	t.Logf("SKIPPING: service unavailable (set "+RequireServicesEnv+"=1 to fail instead): "+format, args...)
	t.SkipNow()
}

// PostgresURL returns the test database's URL after checking that it
// answers, or skips (or fails) the test.
func PostgresURL(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv("CLAIMPIPE_TEST_POSTGRES")
	if dsn == "" {
		dsn = DefaultPostgres
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		Missing(t, "PostgreSQL at %s: %v", dsn, err)
	}
	conn.Close(ctx)
	return dsn
}

// FreshSchema creates an empty schema with a random name in the database at
// dsn, drops it when the test ends, and returns its name: each test's tables
// start empty and never meet another test's.
func FreshSchema(t testing.TB, dsn string) string {
	t.Helper()
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "t_" + hex.EncodeToString(b)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		Missing(t, "PostgreSQL at %s: %v", dsn, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+name); err != nil {
		t.Fatalf("create schema %s: %v", name, err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), dsn)
		if err != nil {
			return
		}
		defer c.Close(context.Background())
		_, _ = c.Exec(context.Background(), "DROP SCHEMA "+name+" CASCADE")
	})
	return name
}

// WithSchema returns dsn with search_path set to schema, for processes
// (workers under test) that open the store from a URL alone.
func WithSchema(dsn, schema string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return dsn
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
