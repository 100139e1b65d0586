package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/sqlite"
	"github.com/claimpipe/claimpipe/fixtures"
)

func TestUsersCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "claimpipe.db")
	// users works on an existing store, as `claimpipe run` leaves one.
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if _, e, err := claimpipeIn(t, "a long passphrase\n", "users", "add", "ada", "--role", "admin", "--password-stdin", "--store", db); err != nil {
		t.Fatalf("users add: %v %s", err, e)
	}
	if _, e, err := claimpipeIn(t, "short\n", "users", "add", "bob", "--password-stdin", "--store", db); err == nil || !strings.Contains(e, "password") {
		t.Errorf("short password accepted: %s", e)
	}
	if _, e, err := claimpipeIn(t, "a long passphrase\n", "users", "add", "ada", "--password-stdin", "--store", db); err == nil || !strings.Contains(e, "exists") {
		t.Errorf("duplicate user accepted: %s", e)
	}
	tok, e, err := claimpipeIn(t, "", "users", "token", "ada", "--name", "ci", "--role", "viewer", "--store", db)
	if err != nil || !strings.HasPrefix(tok, "cpt_") {
		t.Fatalf("users token: %q %v %s", tok, err, e)
	}
	list, _, err := claimpipeIn(t, "", "users", "list", "--store", db)
	if err != nil || !strings.Contains(list, "ada") || !strings.Contains(list, "1 ci viewer") {
		t.Errorf("users list: %q %v", list, err)
	}
	st, err = sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if p, err := st.TokenPrincipal(context.Background(), strings.TrimSpace(tok)); err != nil || p.Name != "ada" || p.Role != claims.RoleViewer {
		t.Errorf("token resolves to %+v, %v", p, err)
	}
	if _, e, err := claimpipeIn(t, "", "users", "token", "--revoke", "1", "--store", db); err != nil {
		t.Fatalf("revoke: %v %s", err, e)
	}
	if _, err := st.TokenPrincipal(context.Background(), strings.TrimSpace(tok)); claims.ErrorKind(err) != claims.Unauthorized {
		t.Errorf("revoked token still resolves: %v", err)
	}
}

// storeWithVerdict writes a SQLite store at db holding the
// cambridge-analytica-assange fixture's golden claims, the first judged
// false by a reviewer; it returns the claims, the judged one first.
func storeWithVerdict(t *testing.T, db string) []claims.Claim {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	f, err := fixtures.LoadOne("../../fixtures/cambridge-analytica-assange")
	if err != nil {
		t.Fatal(err)
	}
	r, ok, err := f.Golden()
	if err != nil || !ok || len(r.Claims) < 2 {
		t.Fatalf("golden: %v", err)
	}
	if _, err := st.SaveResult(ctx, r); err != nil {
		t.Fatal(err)
	}
	rita := claims.Principal{Name: "rita", Role: claims.RoleReviewer}
	for _, ch := range []claims.Change{{Action: claims.ActStart}, {Action: claims.ActVerdict, Verdict: claims.VerdictFalse}} {
		if _, err := st.Apply(ctx, rita, r.Claims[0].ID, ch); err != nil {
			t.Fatal(err)
		}
	}
	return r.Claims
}

func TestClaimsExportCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "claimpipe.db")
	all := storeWithVerdict(t, db)
	judged := all[0].ID

	out, e, err := claimpipeIn(t, "", "claims", "export", "--store", db, "--format", "claimreview", "--org-name", "Example Checks", "--public-url", "https://desk.example")
	if err != nil {
		t.Fatalf("export: %v %s", err, e)
	}
	var docs []map[string]any
	if err := json.Unmarshal([]byte(out), &docs); err != nil || len(docs) != 1 {
		t.Fatalf("claimreview export %q: %v", out, err)
	}
	if docs[0]["url"] != "https://desk.example/claims/"+judged || docs[0]["author"].(map[string]any)["name"] != "Example Checks" {
		t.Errorf("claimreview %v", docs[0])
	}
	out, _, err = claimpipeIn(t, "", "claims", "export", "--store", db, "--format", "csv", "--status", "new")
	rows, cerr := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || cerr != nil || len(rows) != len(all) { // header + every claim but the judged one
		t.Errorf("csv export: %d rows (%v %v), want %d", len(rows), err, cerr, len(all))
	}
	out, _, err = claimpipeIn(t, "", "claims", "export", "--store", db, "--format", "jsonl", "--amount-min", "1000")
	if n := strings.Count(out, "\n"); err != nil || n == 0 || n >= len(all) {
		t.Errorf("jsonl export with an amount filter: %d lines, %v", n, err)
	}
	if _, e, err := claimpipeIn(t, "", "claims", "export", "--store", db, "--format", "xml"); err == nil || !strings.Contains(e, "xml") {
		t.Errorf("xml format accepted: %s", e)
	}
}
