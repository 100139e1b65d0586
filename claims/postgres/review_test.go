package postgres_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/postgres"
	"github.com/claimpipe/claimpipe/claims/storetest"
)

// The review and user stores' behaviour is tested by the shared suite
// (claims/storetest, run by TestStoreSuite); here only what is PostgreSQL's
// own: the migration's backfill, what is stored of secrets, query plans.

// bigArticle is one article of n claims, every tenth with a money amount and
// an organisation, so that facets and search have something to find.
func bigArticle(t *testing.T, n int) *claims.Result {
	var cs []storetest.DeskClaim
	for i := range n {
		c := storetest.DeskClaim{Text: fmt.Sprintf("Claim %d of the batch is here.", i), Conf: float64(i%97) / 100, Kind: "quantity"}
		if i%10 == 0 {
			c.Text = fmt.Sprintf("Acme paid $%d million for item %d.", i+1, i)
			c.Mentions = []storetest.DeskMention{{Text: "Acme", Type: "ORG"},
				{Text: fmt.Sprintf("$%d million", i+1), Type: "MONEY", Value: fmt.Sprintf("USD %d000000", i+1)}}
		}
		cs = append(cs, c)
	}
	return storetest.Article(t, "https://big.example/1", "The big batch", cs...)
}

// Claims stored before migration 0010 get their review rows, facets and
// search vectors when it runs.
func TestMigrationBackfillsTheDesk(t *testing.T) {
	ctx := context.Background()
	dsn := storetest.PostgresURL(t)
	schema := storetest.FreshSchema(t, dsn)
	s, err := postgres.Open(ctx, dsn, postgres.Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	const n = 1234 // more than one page of the backfill
	r := bigArticle(t, n)
	if _, err := s.SaveResult(ctx, r); err != nil {
		t.Fatal(err)
	}
	latest, err := s.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Back to the schema before 0010: claims without any desk rows (and
	// without what later migrations add to them).
	if _, err := s.Pool().Exec(ctx, `DROP TABLE alerts, sessions, api_tokens, users, review_events, notes, claim_facets, reviews;
		DELETE FROM schema_migrations WHERE version >= 10`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = postgres.Open(ctx, dsn, postgres.Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.SchemaVersion(ctx); err != nil || v != latest {
		t.Fatalf("schema version %d, %v; want %d", v, err, latest)
	}
	tests := []struct {
		name string
		f    claims.QueueFilter
		want int
	}{
		{"all", claims.QueueFilter{Limit: 5000}, n},
		{"entity", claims.QueueFilter{Entity: "acme", Limit: 5000}, (n + 9) / 10},
		{"amount", claims.QueueFilter{AmountMin: ptr(1e9), Limit: 5000}, 24}, // i+1 >= 1000 for i = 1000, 1010, ... 1230
		{"search", claims.QueueFilter{Query: "batch", Limit: 5000}, n},       // the title
		{"search text", claims.QueueFilter{Query: "item 1230", Limit: 5000}, 1},
	}
	for _, tt := range tests {
		p, err := s.Queue(ctx, tt.f)
		if err != nil || len(p.Items) != tt.want {
			t.Errorf("%s: %d items, %v; want %d", tt.name, len(p.Items), err, tt.want)
		}
	}
	if _, err := s.Apply(ctx, claims.Principal{Name: "rita", Role: claims.RoleReviewer}, r.Claims[0].ID, claims.Change{Action: claims.ActStart}); err != nil {
		t.Errorf("apply after the backfill: %v", err)
	}
}

func ptr(f float64) *float64 { return &f }

// API token secrets, session cookies and passwords are never stored as they are.
func TestSecretsStoredHashed(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
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
		{`SELECT COUNT(*) FROM api_tokens WHERE hash = $1`, secret, 0},
		{`SELECT COUNT(*) FROM api_tokens WHERE hash = $1`, claims.HashSecret(secret), 1},
		{`SELECT COUNT(*) FROM sessions WHERE hash = $1`, sess, 0},
		{`SELECT COUNT(*) FROM sessions WHERE hash = $1`, claims.HashSecret(sess), 1},
		{`SELECT COUNT(*) FROM users WHERE password = $1`, "a long passphrase", 0},
	}
	for _, c := range checks {
		var n int
		if err := s.Pool().QueryRow(ctx, c.query, c.arg).Scan(&n); err != nil || n != c.want {
			t.Errorf("%s [%s]: %d, %v; want %d", c.query, c.arg, n, err, c.want)
		}
	}
}

// The queue's page, filtered by status or assignee or not at all, is read
// from a queue index in order, not sorted; facet and search filters and the
// joins that fetch the page's rows use indexes. The plans are taken with
// sequential scans and sorts priced out of the planner's reach, so that
// what remains of either is there because no index can serve.
func TestQueuePlans(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	if _, err := s.SaveResult(ctx, bigArticle(t, 3000)); err != nil {
		t.Fatal(err)
	}
	conn, err := s.Pool().Acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `ANALYZE; SET enable_seqscan = off; SET enable_sort = off`); err != nil {
		t.Fatal(err)
	}
	defer conn.Exec(ctx, `RESET enable_seqscan; RESET enable_sort`)
	explain := func(f claims.QueueFilter) string {
		t.Helper()
		q, args, err := postgres.QueueSQL(f)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := conn.Query(ctx, "EXPLAIN "+q, args...)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var plan []string
		for rows.Next() {
			var line string
			if err := rows.Scan(&line); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, line)
		}
		return strings.Join(plan, "\n")
	}
	cursor := "eyJjIjowLjUsImkiOiJ4In0" // {"c":0.5,"i":"x"}
	for _, tc := range []struct {
		f     claims.QueueFilter
		index string
	}{
		{claims.QueueFilter{}, "reviews_queue"},
		{claims.QueueFilter{Cursor: cursor}, "reviews_queue"},
		{claims.QueueFilter{Status: claims.StatusNew}, "reviews_status_queue"},
		{claims.QueueFilter{Status: claims.StatusNew, Cursor: cursor}, "reviews_status_queue"},
		{claims.QueueFilter{Assignee: "rita"}, "reviews_assignee_queue"},
	} {
		plan := explain(tc.f)
		// The page is the Limit under the CTE: it must read the index,
		// and nothing between the two may sort.
		page := plan[strings.Index(plan, "Limit"):]
		// The page's claims are fetched by their primary key (a claim_id
		// of another collation than claims.id would prevent that).
		if i := strings.Index(page, "->  Index"); i < 0 || strings.Contains(page[:i], "Sort") || !strings.Contains(page, "using "+tc.index) ||
			strings.Contains(plan, "Seq Scan") || !strings.Contains(plan, "Index Cond: (id = r.claim_id)") {
			t.Errorf("filter %+v: want the page read from %s in order, the rows by index:\n%s", tc.f, tc.index, plan)
		}
	}
	for _, f := range []claims.QueueFilter{{Entity: "Acme"}, {AmountMin: ptr(1e9)}, {DateFrom: "2020-01-01"}, {Query: "item"},
		{Entity: "Acme", Status: claims.StatusNew, Query: "paid"}, {Kind: "quantity"}} {
		if plan := explain(f); strings.Contains(plan, "Seq Scan") {
			t.Errorf("filter %+v scans a table:\n%s", f, plan)
		}
	}
}

// Verdicts given before migration 0012 get their note and time from their
// history when it runs.
func TestMigrationBackfillsVerdictNotes(t *testing.T) {
	dsn := storetest.PostgresURL(t)
	schema := storetest.FreshSchema(t, dsn)
	storetest.CheckVerdictNoteBackfill(t, func(t *testing.T) storetest.Store {
		s, err := postgres.Open(context.Background(), dsn, postgres.Options{Schema: schema})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}, func(t *testing.T, s storetest.Store) {
		if _, err := s.(*postgres.Store).Pool().Exec(t.Context(), `ALTER TABLE reviews DROP COLUMN verdict_note, DROP COLUMN verdict_at,
			DROP COLUMN verdict_by; DELETE FROM schema_migrations WHERE version >= 12`); err != nil {
			t.Fatal(err)
		}
	})
}

// Verdicts given before migration 0013 get who gave them from their
// history when it runs.
func TestMigrationBackfillsVerdictBy(t *testing.T) {
	dsn := storetest.PostgresURL(t)
	schema := storetest.FreshSchema(t, dsn)
	storetest.CheckVerdictByBackfill(t, func(t *testing.T) storetest.Store {
		s, err := postgres.Open(context.Background(), dsn, postgres.Options{Schema: schema})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}, func(t *testing.T, s storetest.Store) {
		if _, err := s.(*postgres.Store).Pool().Exec(t.Context(), `ALTER TABLE reviews DROP COLUMN verdict_by;
			DELETE FROM schema_migrations WHERE version >= 13`); err != nil {
			t.Fatal(err)
		}
	})
}
