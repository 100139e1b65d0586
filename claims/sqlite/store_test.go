package sqlite_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/sqlite"
	"github.com/claimpipe/claimpipe/claims/storetest"
)

func open(t testing.TB) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "claims.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// result builds a valid Result over text: one mention and one claim per
// sentence-like piece named in claimsAt, every span computed, not typed in.
func result(t testing.TB, url, text string, mentionTexts []string, claimTexts []string) *claims.Result {
	t.Helper()
	id := claims.ArticleID(text)
	r := &claims.Result{Article: claims.Article{ID: id, URL: url, Title: "T " + url, Published: "2020-01-02", Text: text}}
	for _, mt := range mentionTexts {
		i := strings.Index(text, mt)
		if i < 0 {
			t.Fatalf("%q not in text", mt)
		}
		r.Mentions = append(r.Mentions, claims.Mention{Start: i, End: i + len(mt), Type: claims.TypeMoney, Text: mt, Value: "USD " + mt})
	}
	for _, ct := range claimTexts {
		i := strings.Index(text, ct)
		if i < 0 {
			t.Fatalf("%q not in text", ct)
		}
		c := claims.Claim{ID: claims.ClaimID(id, i, i+len(ct)), Start: i, End: i + len(ct), Text: ct, Confidence: 0.75, Kind: claims.KindQuantity}
		for _, m := range r.Mentions {
			if m.Start >= c.Start && m.End <= c.End {
				c.Mentions = append(c.Mentions, m)
			}
		}
		if j := strings.Index(ct, "said"); j >= 0 {
			c.Attribution = &claims.Span{Start: i + j, End: i + j + 4, Text: "said"}
		}
		r.Claims = append(r.Claims, c)
	}
	if err := r.Validate(); err != nil {
		t.Fatalf("test result invalid: %v", err)
	}
	return r
}

const textA = "The council said it spent 100 on roads. Café owners paid 5 more in 2019. Nothing else."
const textB = "Another story: the fund lost 7 last year."

func TestSaveAndRead(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	a := result(t, "https://a.example/1", textA, []string{"100", "5"}, []string{"The council said it spent 100 on roads.", "Café owners paid 5 more in 2019."})
	b := result(t, "https://b.example/2", textB, []string{"7"}, []string{"the fund lost 7 last year."})

	steps := []struct {
		name        string
		r           *claims.Result
		wantCreated bool
		wantKind    claims.Kind
		articles    int
		claims      int
	}{
		{"save a", a, true, "", 1, 2},
		{"resave a is a no-op", a, false, "", 1, 2},
		{"save b", b, true, "", 2, 3},
		{"resave b", b, false, "", 2, 3},
		{"nil result", nil, false, claims.Invalid, 2, 3},
		{"broken span", func() *claims.Result {
			r := *b
			r.Claims = append([]claims.Claim(nil), b.Claims...)
			r.Claims[0].Text = "tampered"
			return &r
		}(), false, claims.Invalid, 2, 3},
	}
	for _, st := range steps {
		created, err := s.SaveResult(ctx, st.r)
		if st.wantKind != "" {
			if claims.ErrorKind(err) != st.wantKind {
				t.Fatalf("%s: err %v (kind %q), want kind %q", st.name, err, claims.ErrorKind(err), st.wantKind)
			}
		} else if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if created != st.wantCreated {
			t.Errorf("%s: created = %v, want %v", st.name, created, st.wantCreated)
		}
		na, nc, err := s.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if na != st.articles || nc != st.claims {
			t.Errorf("%s: counts = %d articles, %d claims; want %d, %d", st.name, na, nc, st.articles, st.claims)
		}
	}

	// Get by ID, round trip of every field.
	got, err := s.Article(ctx, a.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if *got != a.Article {
		t.Errorf("article round trip:\n got %+v\nwant %+v", *got, a.Article)
	}
	ms, err := s.Mentions(ctx, a.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0] != a.Mentions[0] || ms[1] != a.Mentions[1] {
		t.Errorf("mentions = %+v, want %+v", ms, a.Mentions)
	}
	for _, want := range a.Claims {
		c, err := s.Claim(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if err := claims.CheckSpan(textA, c.Start, c.End, c.Text); err != nil {
			t.Error(err)
		}
		if c.ArticleID != a.Article.ID || c.Text != want.Text || c.Confidence != want.Confidence || c.Kind != want.Kind ||
			len(c.Mentions) != len(want.Mentions) || (want.Attribution == nil) != (c.Attribution == nil) {
			t.Errorf("claim round trip:\n got %+v\nwant %+v", *c, want)
		}
		if c.Attribution != nil && *c.Attribution != *want.Attribution {
			t.Errorf("attribution = %+v, want %+v", *c.Attribution, *want.Attribution)
		}
	}

	// Lists: newest article first; claims filtered by article, in text order.
	page, err := s.Articles(ctx, claims.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if arts := page.Items; len(arts) != 2 || arts[0].ID != b.Article.ID || arts[1].ID != a.Article.ID {
		t.Errorf("articles order = %v", ids(arts))
	}
	if page, _ := s.Articles(ctx, claims.ArticleFilter{Limit: 1}); len(page.Items) != 1 {
		t.Errorf("limit 1 gave %d articles", len(page.Items))
	}
	cs, err := s.Claims(ctx, claims.ClaimFilter{ArticleID: a.Article.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[0].ID != a.Claims[0].ID || cs[1].ID != a.Claims[1].ID {
		t.Errorf("claims of a = %+v", cs)
	}
	all, _ := s.Claims(ctx, claims.ClaimFilter{})
	if len(all) != 3 || all[0].ArticleID != b.Article.ID {
		t.Errorf("all claims = %d, first of article %s", len(all), all[0].ArticleID)
	}
	none, err := s.Claims(ctx, claims.ClaimFilter{ArticleID: "nope"})
	if err != nil || none == nil || len(none) != 0 {
		t.Errorf("claims of unknown article = %v, %v; want empty, nil", none, err)
	}
}

func ids(as []claims.Article) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

func TestNotFound(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	cases := []struct {
		name string
		call func() error
	}{
		{"article", func() error { _, err := s.Article(ctx, "missing"); return err }},
		{"claim", func() error { _, err := s.Claim(ctx, "missing"); return err }},
		{"mentions", func() error { _, err := s.Mentions(ctx, "missing"); return err }},
		{"dead letter", func() error { _, err := s.DeadLetter(ctx, 42); return err }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.call()
			if claims.ErrorKind(err) != claims.NotFound {
				t.Fatalf("err = %v (kind %q), want NotFound", err, claims.ErrorKind(err))
			}
			if !strings.Contains(err.Error(), "missing") && !strings.Contains(err.Error(), "42") {
				t.Errorf("error %q does not name the missing key", err)
			}
		})
	}
}

func TestDeadLetters(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		d    claims.DeadLetter
		want int // records after adding
	}{
		{"first", claims.DeadLetter{Stage: "fetch", MsgID: "s1", Input: "https://x.example/404", Kind: claims.NotFound, Error: "404", Deliveries: 1, Data: []byte(`{"id":"s1"}`), At: t0}, 1},
		{"other message", claims.DeadLetter{Stage: "fetch", MsgID: "s2", Input: "empty.html", Kind: claims.Invalid, Error: "empty", Deliveries: 1, At: t0.Add(time.Second)}, 2},
		{"same message same stage updates", claims.DeadLetter{Stage: "fetch", MsgID: "s1", Input: "https://x.example/404", Kind: claims.Transient, Error: "gave up", Deliveries: 5, At: t0.Add(2 * time.Second)}, 2},
		{"same message other stage", claims.DeadLetter{Stage: "extract", MsgID: "s1", Input: "https://x.example/404", Kind: claims.Invalid, Error: "binary", At: t0.Add(3 * time.Second)}, 3},
		{"no msg id never merges", claims.DeadLetter{Stage: "fetch", Input: "a", At: t0.Add(4 * time.Second)}, 4},
		{"no msg id again", claims.DeadLetter{Stage: "fetch", Input: "b", At: t0.Add(5 * time.Second)}, 5},
	}
	for _, c := range cases {
		d := c.d
		if err := s.AddDeadLetter(ctx, &d); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d.ID == 0 {
			t.Errorf("%s: ID not set", c.name)
		}
		got, err := s.DeadLetters(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != c.want {
			t.Fatalf("%s: %d records, want %d", c.name, len(got), c.want)
		}
		if got[0].Input != d.Input || got[0].Stage != d.Stage || got[0].Kind != d.Kind || !got[0].At.Equal(d.At) {
			t.Errorf("%s: newest = %+v, want %+v", c.name, got[0], d)
		}
	}
	one, err := s.DeadLetter(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if one.Deliveries != 5 || one.Error != "gave up" || one.Data != nil {
		t.Errorf("updated record = %+v", one)
	}
	if err := s.AddDeadLetter(ctx, &claims.DeadLetter{}); claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("stage-less dead letter: %v", err)
	}
}

func TestSeen(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	for i, st := range []struct {
		key       string
		mark      bool
		wantAdded bool
		wantSeen  bool
	}{
		{"guid-1", false, false, false},
		{"guid-1", true, true, true},
		{"guid-1", true, false, true},
		{"guid-2", false, false, false},
	} {
		if st.mark {
			added, err := s.MarkSeen(ctx, st.key)
			if err != nil || added != st.wantAdded {
				t.Errorf("step %d: MarkSeen = %v, %v; want %v", i, added, err, st.wantAdded)
			}
		}
		seen, err := s.Seen(ctx, st.key)
		if err != nil || seen != st.wantSeen {
			t.Errorf("step %d: Seen = %v, %v; want %v", i, seen, err, st.wantSeen)
		}
	}
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "claims.db")
	s, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := result(t, "u", textA, []string{"100"}, []string{"The council said it spent 100 on roads."})
	if _, err := s.SaveResult(ctx, a); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	v, err := s.SchemaVersion(ctx)
	if err != nil || v < 2 { // 0001 init, 0002 submissions, later ones on top
		t.Errorf("schema version = %d, %v", v, err)
	}
	if created, err := s.SaveResult(ctx, a); err != nil || created {
		t.Errorf("resave after reopen: created=%v err=%v", created, err)
	}
	var mode string
	if err := s.DB().QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v", mode, err)
	}
}

// Concurrent saves of the same article create it exactly once; concurrent
// saves of different articles all land (no SQLITE_BUSY leaks out).
func TestConcurrentSaves(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	const n = 16
	var wg sync.WaitGroup
	created := make(chan bool, 2*n)
	errs := make(chan error, 2*n)
	for i := range n {
		text := textB + strings.Repeat(" more", i+1)
		same := result(t, "same", textA, []string{"100"}, []string{"The council said it spent 100 on roads."})
		other := result(t, "other", text, []string{"7"}, []string{"the fund lost 7 last year."})
		for _, r := range []*claims.Result{same, other} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c, err := s.SaveResult(ctx, r)
				created <- c
				errs <- err
			}()
		}
	}
	wg.Wait()
	close(created)
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	nCreated := 0
	for c := range created {
		if c {
			nCreated++
		}
	}
	if nCreated != n+1 {
		t.Errorf("created %d times, want %d", nCreated, n+1)
	}
	na, nc, _ := s.Counts(ctx)
	if na != n+1 || nc != n+1 {
		t.Errorf("counts = %d, %d; want %d each", na, nc, n+1)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := sqlite.Open(ctx, "", sqlite.Options{}); claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("empty path: %v", err)
	}
	odd := filepath.Join(t.TempDir(), "what?#100%.db")
	s, err := sqlite.Open(ctx, odd, sqlite.Options{})
	if err != nil {
		t.Fatalf("name with URI characters: %v", err)
	}
	s.Close()
	if _, err := os.Stat(odd); err != nil {
		t.Errorf("database not created under its own name: %v", err)
	}
	_, err = sqlite.Open(ctx, filepath.Join(t.TempDir(), "no", "such", "dir", "x.db"), sqlite.Options{})
	if err == nil || errors.Is(err, context.Canceled) {
		t.Errorf("missing directory: %v", err)
	}
}

// A result that fails inside a group commit fails alone: the others in the
// same transaction are stored.
func TestGroupCommitIsolatesFailures(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	if _, err := s.DB().ExecContext(ctx, `CREATE TRIGGER reject_bad BEFORE INSERT ON articles
		WHEN NEW.url = 'bad' BEGIN SELECT RAISE(ABORT, 'bad url rejected'); END`); err != nil {
		t.Fatal(err)
	}
	const n = 40
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		url := "good"
		if i%10 == 3 {
			url = "bad"
		}
		r := result(t, url, textB+strings.Repeat(" x", i), []string{"7"}, []string{"the fund lost 7 last year."})
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.SaveResult(ctx, r)
		}()
	}
	wg.Wait()
	bad := 0
	for i, err := range errs {
		switch {
		case i%10 == 3 && err == nil:
			t.Errorf("save %d: bad article accepted", i)
		case i%10 == 3:
			bad++
		case err != nil:
			t.Errorf("save %d: %v", i, err)
		}
	}
	if na, nc, _ := s.Counts(ctx); na != n-bad || nc != n-bad {
		t.Errorf("counts = %d, %d; want %d each", na, nc, n-bad)
	}
	if ms, err := s.Mentions(ctx, claims.ArticleID(textB+strings.Repeat(" x", 3))); claims.ErrorKind(err) != claims.NotFound {
		t.Errorf("rolled-back article left mentions: %v, %v", ms, err)
	}
}

func TestSaveAfterClose(t *testing.T) {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "c.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	r := result(t, "u", textB, nil, nil)
	if _, err := s.SaveResult(context.Background(), r); claims.ErrorKind(err) != claims.Transient {
		t.Errorf("save after close: %v", err)
	}
}

// Articles stored at the same instant (a stopped clock) page by their IDs.
func TestArticlePagingStoppedClock(t *testing.T) {
	stopped := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "claims.db"), sqlite.Options{Now: func() time.Time { return stopped }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.CheckArticlePaging(t, s)
}
