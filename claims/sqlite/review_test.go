package sqlite_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/sqlite"
	"github.com/claimpipe/claimpipe/claims/storetest"
)

// The review and user stores' behaviour is tested by the shared suite
// (claims/storetest, run by TestStoreSuite); here only what is SQLite's own.

func fptr(f float64) *float64 { return &f }

// The queue, filtered or not, reads an index in order instead of scanning
// and sorting the claims.
func TestQueueUsesIndex(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	for _, f := range []claims.QueueFilter{{}, {Status: claims.StatusNew}, {Assignee: "rita"}, {Status: claims.StatusNew, Cursor: "eyJjIjowLjUsImkiOiJ4In0"}} {
		q, args, err := sqlite.QueueSQL(f)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := s.DB().QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, args...)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		p := strings.Join(plan, "; ")
		if !strings.Contains(p, "USING INDEX reviews_") && !strings.Contains(p, "USING COVERING INDEX reviews_") || strings.Contains(p, "TEMP B-TREE FOR ORDER BY") {
			t.Errorf("filter %+v: plan %q: want the queue index in order, no sort", f, p)
		}
	}
}

// Filters on facets and full text read their indexes, never scan a table.
func TestQueueFiltersUseIndexes(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	for _, f := range []claims.QueueFilter{{Entity: "Acme"}, {AmountMin: fptr(1e6)}, {DateFrom: "2020-01-01"}, {Query: "budget"},
		{Entity: "Acme", Status: claims.StatusNew, Query: "roads"}, {Kind: "quantity"}, {Source: "minister"}} {
		q, args, err := sqlite.QueueSQL(f)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := s.DB().QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, args...)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		for _, step := range plan {
			if strings.HasPrefix(step, "SCAN ") && !strings.Contains(step, "INDEX") && !strings.Contains(step, "VIRTUAL TABLE") {
				t.Errorf("filter %+v scans a table: %q in %q", f, step, plan)
			}
		}
		t.Logf("%+v: %s", f, strings.Join(plan, "; "))
	}
}

// API token secrets and session cookies are stored only as their SHA-256.
func TestSecretsStoredHashed(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	u, err := s.AddUser(ctx, "ada", "a long passphrase", claims.RoleAdmin)
	if err != nil {
		t.Fatal(err)
	}
	secret, _, err := s.CreateToken(ctx, "ada", "ci", claims.RoleReviewer)
	if err != nil {
		t.Fatal(err)
	}
	sess, _, err := s.CreateSession(ctx, u.ID, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		query, arg string
		want       int
	}{
		{`SELECT COUNT(*) FROM api_tokens WHERE hash = ?`, secret, 0},
		{`SELECT COUNT(*) FROM api_tokens WHERE hash = ?`, claims.HashSecret(secret), 1},
		{`SELECT COUNT(*) FROM sessions WHERE hash = ?`, sess, 0},
		{`SELECT COUNT(*) FROM sessions WHERE hash = ?`, claims.HashSecret(sess), 1},
		{`SELECT COUNT(*) FROM users WHERE password = ?`, "a long passphrase", 0},
	}
	for _, c := range checks {
		var n int
		if err := s.DB().QueryRowContext(ctx, c.query, c.arg).Scan(&n); err != nil || n != c.want {
			t.Errorf("%s [%s]: %d, %v; want %d", c.query, c.arg, n, err, c.want)
		}
	}
}

// Verdicts given before migration 0012 get their note and time from their
// history when it runs.
func TestMigrationBackfillsVerdictNotes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claims.db")
	storetest.CheckVerdictNoteBackfill(t, func(t *testing.T) storetest.Store {
		s, err := sqlite.Open(context.Background(), path, sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}, func(t *testing.T, s storetest.Store) {
		if _, err := s.(*sqlite.Store).DB().ExecContext(t.Context(), `ALTER TABLE reviews DROP COLUMN verdict_note;
			ALTER TABLE reviews DROP COLUMN verdict_at; ALTER TABLE reviews DROP COLUMN verdict_by;
			DELETE FROM schema_migrations WHERE version >= 12`); err != nil {
			t.Fatal(err)
		}
	})
}

// Verdicts given before migration 0013 get who gave them from their
// history when it runs.
func TestMigrationBackfillsVerdictBy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claims.db")
	storetest.CheckVerdictByBackfill(t, func(t *testing.T) storetest.Store {
		s, err := sqlite.Open(context.Background(), path, sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}, func(t *testing.T, s storetest.Store) {
		if _, err := s.(*sqlite.Store).DB().ExecContext(t.Context(), `ALTER TABLE reviews DROP COLUMN verdict_by;
			DELETE FROM schema_migrations WHERE version >= 13`); err != nil {
			t.Fatal(err)
		}
	})
}
