package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

// The client's error for each answer of the desk carries the kind the desk
// mapped to that status, and a 401 says how this command sends a token: the
// desk's own "log in or send an API token (Authorization: Bearer ...)" left a
// newcomer with ingest or watch nothing to set.
func TestClientAnswerErrors(t *testing.T) {
	cases := []struct {
		status int
		body   string
		kind   claims.Kind
		want   []string
	}{
		{http.StatusUnauthorized, `{"status":401,"detail":"log in or send an API token (Authorization: Bearer ...)"}`, claims.Unauthorized,
			[]string{"401", "log in or send an API token", "CLAIMPIPE_TOKEN", "claimpipe users token"}},
		{http.StatusForbidden, `{"status":403,"detail":"a viewer cannot submit"}`, claims.Forbidden, []string{"a viewer cannot submit"}},
		{http.StatusBadRequest, `{"status":400,"detail":"url \"x\": not http or https"}`, claims.Invalid, []string{`url "x"`}},
		{http.StatusServiceUnavailable, `{"status":503,"detail":"store unavailable"}`, claims.Transient, []string{"store unavailable"}},
		{http.StatusInternalServerError, ``, claims.Internal, []string{"POST /api/submissions", "500"}},
	}
	t.Setenv("CLAIMPIPE_TOKEN", "")
	for _, c := range cases {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(c.status)
			_, _ = w.Write([]byte(c.body))
		}))
		err := newClient(srv.URL).do(context.Background(), http.MethodPost, "/api/submissions", map[string]string{"url": "x"}, nil)
		srv.Close()
		if err == nil {
			t.Errorf("%d: no error", c.status)
			continue
		}
		if k := claims.ErrorKind(err); k != c.kind {
			t.Errorf("%d: kind %s, want %s (%v)", c.status, k, c.kind, err)
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%d: %q lacks %q", c.status, err, w)
			}
		}
	}

	t.Setenv("CLAIMPIPE_TOKEN", "cpt_revoked")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, `{"detail":"unknown or revoked token"}`, http.StatusUnauthorized)
	}))
	defer srv.Close()
	err := newClient(srv.URL).do(context.Background(), http.MethodPost, "/api/submissions", map[string]string{"url": "x"}, nil)
	if err == nil || !strings.Contains(err.Error(), "the token in CLAIMPIPE_TOKEN was refused") {
		t.Errorf("a refused token: %v", err)
	}
}

// TestIngestMistypedPathSubmitsNothing: a path that is not there stops
// ingest before it submits anything, and it says so (the server is never
// reached: its address here answers nothing).
func TestIngestMistypedPathSubmitsNothing(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Title\n\nThe firm paid $5 million, records show.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	typo := filepath.Join(dir, "typo.html")
	out, errOut, err := claimpipe(t, "ingest", "--server", "http://127.0.0.1:1", good, typo)
	if exitCode(err) != 1 || !strings.Contains(errOut, typo+": no such file or directory; nothing submitted") || out != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 naming %s and saying nothing was submitted", exitCode(err), out, errOut, typo)
	}
}
