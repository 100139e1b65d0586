package desk

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/postgres"
	"github.com/claimpipe/claimpipe/claims/sqlite"
	"github.com/claimpipe/claimpipe/claims/storetest"
)

// recorder takes submissions; err, when set, is what Submit returns after
// taking one.
type recorder struct {
	subs []*claims.Submission
	err  error
}

func (r *recorder) Submit(_ context.Context, s *claims.Submission) error {
	r.subs = append(r.subs, s)
	return r.err
}

// deskStore is what the desk reads and writes: both claims stores are one.
type deskStore interface {
	claims.Store
	claims.ReviewStore
	claims.UserStore
}

// testDesk is a desk over a fresh store with one user of each role, each
// with an API token; the user NAME's password is "NAME password".
type testDesk struct {
	*Server
	st     deskStore
	rec    *recorder
	tokens map[claims.Role]string
}

// deskMaker makes a fresh testDesk over one kind of store.
type deskMaker func(t *testing.T, opts ...Option) *testDesk

// newDesk is a desk over a fresh SQLite store.
func newDesk(t *testing.T, opts ...Option) *testDesk {
	t.Helper()
	return newDeskAt(t, nil, opts...)
}

// newDeskAt is a desk over a fresh SQLite store whose clock is now (nil
// for time.Now).
func newDeskAt(t *testing.T, now func() time.Time, opts ...Option) *testDesk {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), sqlite.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return deskOver(t, st, opts...)
}

// newPostgresDesk is a desk over a fresh PostgreSQL schema; it skips (or,
// with CLAIMPIPE_REQUIRE_SERVICES=1, fails) when PostgreSQL is absent.
func newPostgresDesk(t *testing.T, opts ...Option) *testDesk {
	t.Helper()
	return newPostgresDeskAt(t, nil, opts...)
}

// newPostgresDeskAt is newPostgresDesk with the store's clock now.
func newPostgresDeskAt(t *testing.T, now func() time.Time, opts ...Option) *testDesk {
	t.Helper()
	dsn := storetest.PostgresURL(t)
	st, err := postgres.Open(context.Background(), dsn, postgres.Options{Schema: storetest.FreshSchema(t, dsn), Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return deskOver(t, st, opts...)
}

// onEachStore runs test against a desk over SQLite and one over PostgreSQL.
func onEachStore(t *testing.T, test func(t *testing.T, newDesk deskMaker)) {
	for _, s := range []struct {
		name string
		make deskMaker
	}{{"sqlite", newDesk}, {"postgres", newPostgresDesk}} {
		t.Run(s.name, func(t *testing.T) { test(t, s.make) })
	}
}

// onEachStoreAt is onEachStore over stores whose clock is now.
func onEachStoreAt(t *testing.T, now func() time.Time, test func(t *testing.T, d *testDesk)) {
	for _, s := range []struct {
		name string
		make func(*testing.T, func() time.Time, ...Option) *testDesk
	}{{"sqlite", newDeskAt}, {"postgres", newPostgresDeskAt}} {
		t.Run(s.name, func(t *testing.T) { test(t, s.make(t, now)) })
	}
}

func deskOver(t *testing.T, st deskStore, opts ...Option) *testDesk {
	t.Helper()
	ctx := context.Background()
	t.Cleanup(func() { st.Close() })
	d := &testDesk{st: st, rec: &recorder{}, tokens: map[claims.Role]string{}}
	for _, role := range claims.Roles {
		name := string(role)
		if _, err := st.AddUser(ctx, name, name+" password", role); err != nil {
			t.Fatal(err)
		}
		secret, _, err := st.CreateToken(ctx, name, "test", role)
		if err != nil {
			t.Fatal(err)
		}
		d.tokens[role] = secret
	}
	d.Server = New(st, d.rec, nil, opts...)
	return d
}

// do sends a request as role ("" for no credentials) and returns the response.
func (d *testDesk) do(method, path string, role claims.Role, body string) *httptest.ResponseRecorder {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, path, rd)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if role != "" {
		req.Header.Set("Authorization", "Bearer "+d.tokens[role])
	}
	w := httptest.NewRecorder()
	d.ServeHTTP(w, req)
	return w
}

func newTestServer(t *testing.T, newDesk deskMaker) (*testDesk, claims.Store, *recorder) {
	d := newDesk(t)
	return d, d.st, d.rec
}

var _ http.Handler = (*Server)(nil)

// hostile is an article whose text is all markup: the desk must show it as text.
const hostile = `<script>alert("x")</script> The firm <b>paid</b> $5 million to "<img src=x onerror=alert(1)>", records show.`

func saveHostile(t *testing.T, st claims.Store) *claims.Result {
	t.Helper()
	id := claims.ArticleID(hostile)
	i := strings.Index(hostile, "$5 million")
	m := claims.Mention{Start: i, End: i + len("$5 million"), Type: "MONEY", Text: "$5 million", Value: "USD 5000000"}
	r := &claims.Result{
		Article:  claims.Article{ID: id, Title: "<script>alert('title')</script>", Text: hostile},
		Mentions: []claims.Mention{m},
		Claims: []claims.Claim{{ID: claims.ClaimID(id, 29, len(hostile)), ArticleID: id, Start: 29, End: len(hostile),
			Text: hostile[29:], Confidence: 0.75, Kind: "quantity", Mentions: []claims.Mention{m},
			Subject: &claims.Mention{Start: 29, End: 37, Type: "ORG", Text: "The firm", Value: "Acme <Corp>"}}},
	}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveResult(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestPagesEscapeArticleText(t *testing.T) { onEachStore(t, testPagesEscapeArticleText) }

func testPagesEscapeArticleText(t *testing.T, newDesk deskMaker) {
	s, st, _ := newTestServer(t, newDesk)
	r := saveHostile(t, st)
	for _, path := range []string{"/", "/articles", "/articles/" + r.Article.ID, "/claims/" + r.Claims[0].ID, "/?q=paid"} {
		w := s.do("GET", path, claims.RoleViewer, "")
		body := w.Body.String()
		if w.Code != 200 {
			t.Fatalf("GET %s: %d", path, w.Code)
		}
		for _, bad := range []string{"<script>alert", "<img src=x", "<b>paid</b>"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: article markup %q reached the page unescaped", path, bad)
			}
		}
		if !strings.Contains(body, "&lt;script&gt;") {
			t.Errorf("GET %s: the escaped article text is missing", path)
		}
	}
	w := s.do("GET", "/articles/"+r.Article.ID, claims.RoleViewer, "")
	if !strings.Contains(w.Body.String(), `class="m-money"`) {
		t.Error("the amount is not highlighted on the article page")
	}
	w = s.do("GET", "/claims/"+r.Claims[0].ID, claims.RoleViewer, "")
	if body := w.Body.String(); !strings.Contains(body, `about “The firm” (Acme &lt;Corp&gt;)`) {
		t.Error("the claim page does not say, escaped, what the claim is about")
	}
}

// TestArticlesPages: the articles page lists a page of articles with a link
// to the older ones, and following the links reaches every article once,
// newest first. There are more articles than the 200 the page once stopped at.
func TestArticlesPages(t *testing.T) { onEachStore(t, testArticlesPages) }

func testArticlesPages(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	const n = 4*articlesPerPage + 1
	stored := map[string]bool{}
	for i := range n {
		c := saveArticle(t, d.st, fmt.Sprintf("https://a.example/%d", i), fmt.Sprintf("Story %d", i), fmt.Sprintf("Story %d cost $%d million.", i, i), "", 0.5)
		stored[c.ArticleID] = true
	}
	article := regexp.MustCompile(`<h2><a href="/articles/([0-9a-f]+)">`)
	next := regexp.MustCompile(`<a href="([^"]+)" id="next-page"`)
	seen := map[string]bool{}
	path, pages := "/articles", 0
	for path != "" {
		w := d.do("GET", path, claims.RoleViewer, "")
		if w.Code != 200 {
			t.Fatalf("GET %s: %d", path, w.Code)
		}
		body := w.Body.String()
		pages++
		ids := article.FindAllStringSubmatch(body, -1)
		if want := min(articlesPerPage, n-len(seen)); len(ids) != want {
			t.Errorf("page %d (%s): %d articles, want %d", pages, path, len(ids), want)
		}
		for _, m := range ids {
			if seen[m[1]] {
				t.Errorf("page %d: article %s again", pages, m[1])
			}
			seen[m[1]] = true
		}
		if first := pages == 1; first == strings.Contains(body, `id="newest-page"`) {
			t.Errorf("page %d: a link to the newest articles: %v, want %v", pages, !first, !first)
		}
		path = ""
		if m := next.FindStringSubmatch(body); m != nil {
			path = html.UnescapeString(m[1])
		}
		if pages > n/articlesPerPage+1 {
			t.Fatalf("still paging after %d pages", pages)
		}
	}
	if pages != n/articlesPerPage+1 || len(seen) != n {
		t.Errorf("%d pages showed %d of the %d articles; want %d pages", pages, len(seen), n, n/articlesPerPage+1)
	}
	for id := range stored {
		if !seen[id] {
			t.Errorf("article %s is on no page", id)
		}
	}
	newest, _ := d.st.Articles(context.Background(), claims.ArticleFilter{Limit: 1})
	if first := article.FindStringSubmatch(d.do("GET", "/articles", claims.RoleViewer, "").Body.String()); first == nil || first[1] != newest.Items[0].ID {
		t.Errorf("the first page does not start with the newest article %s", newest.Items[0].ID)
	}
	if w := d.do("GET", "/articles?cursor=bogus", claims.RoleViewer, ""); w.Code != 400 {
		t.Errorf("a bogus cursor: %d, want 400", w.Code)
	}
	// The API pages the same articles by its Link header, its body still
	// a plain array.
	link := regexp.MustCompile(`^<([^>]+)>; rel="next"$`)
	apiSeen := map[string]bool{}
	path, pages = "/api/articles?limit=60", 0
	for path != "" {
		w := d.do("GET", path, claims.RoleViewer, "")
		if w.Code != 200 {
			t.Fatalf("GET %s: %d %s", path, w.Code, w.Body)
		}
		pages++
		for _, a := range decode[[]claims.Article](t, w) {
			if apiSeen[a.ID] {
				t.Errorf("API page %d: article %s again", pages, a.ID)
			}
			apiSeen[a.ID] = true
		}
		path = ""
		if l := w.Header().Get("Link"); l != "" {
			m := link.FindStringSubmatch(l)
			if m == nil {
				t.Fatalf("Link %q", l)
			}
			path = m[1]
		}
		if pages > n/60+1 {
			t.Fatalf("the API still pages after %d pages", pages)
		}
	}
	if pages != n/60+1 || len(apiSeen) != n {
		t.Errorf("the API gave %d of %d articles in %d pages, want %d pages", len(apiSeen), n, pages, n/60+1)
	}
	if w := d.do("GET", "/api/articles?cursor=bogus", claims.RoleViewer, ""); w.Code != 400 {
		t.Errorf("API, a bogus cursor: %d, want 400", w.Code)
	}
}

func TestAPI(t *testing.T) { onEachStore(t, testAPI) }

func testAPI(t *testing.T, newDesk deskMaker) {
	s, st, _ := newTestServer(t, newDesk)
	r := saveHostile(t, st)
	tests := []struct {
		path   string
		status int
		ctype  string
	}{
		{"/api/articles", 200, "application/json"},
		{"/api/claims", 200, "application/json"},
		{"/api/claims?article=" + r.Article.ID, 200, "application/json"},
		{"/api/claims/" + r.Claims[0].ID, 200, "application/json"},
		{"/api/claims/nope", 404, "application/problem+json"},
		{"/api/articles/nope", 404, "application/problem+json"},
		{"/api/claims?limit=abc", 400, "application/problem+json"},
		// A filter /api/claims does not take is refused, not ignored.
		{"/api/claims?status=verdict", 400, "application/problem+json"},
		{"/api/claims?limit=5&fingerprint=x", 200, "application/json"},
		{"/api/deadletters", 200, "application/json"},
		{"/api/deadletters?stage=fetch", 400, "application/problem+json"},
		{"/healthz", 200, ""},
	}
	for _, tt := range tests {
		w := s.do("GET", tt.path, claims.RoleViewer, "")
		if w.Code != tt.status {
			t.Errorf("GET %s: %d, want %d (%s)", tt.path, w.Code, tt.status, w.Body)
		}
		if tt.ctype != "" && !strings.HasPrefix(w.Header().Get("Content-Type"), tt.ctype) {
			t.Errorf("GET %s: content type %q, want %q", tt.path, w.Header().Get("Content-Type"), tt.ctype)
		}
		if tt.status >= 400 {
			var p problem
			if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil || p.Status != tt.status || p.Detail == "" {
				t.Errorf("GET %s: problem %+v (%v)", tt.path, p, err)
			}
		}
	}
	var got claims.Claim
	w := s.do("GET", "/api/claims/"+r.Claims[0].ID, claims.RoleViewer, "")
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || got.Text != r.Claims[0].Text || len(got.Mentions) != 1 {
		t.Errorf("claim round trip: %+v (%v)", got, err)
	}
}

// TestQueuePageRefusesBadFilters: a filter the queue cannot take comes
// back as the form with the reason, with status 400, not 200.
func TestQueuePageRefusesBadFilters(t *testing.T) {
	d := newDesk(t)
	saveHostile(t, d.st)
	tests := []struct {
		query string
		code  int
		says  string
	}{
		{"", 200, ""},
		{"?status=verdict&amount_min=1,000", 200, ""},
		{"?status=bogus", 400, "status &#34;bogus&#34;"},
		{"?date_from=yesterday", 400, "date &#34;yesterday&#34;: want YYYY-MM-DD"},
		{"?amount_max=lots", 400, "amount_max &#34;lots&#34;: want a number"},
		{"?limit=0", 400, "limit &#34;0&#34;"},
		{"?cursor=zzz", 400, "cursor &#34;zzz&#34;"},
	}
	for _, tt := range tests {
		w := d.do("GET", "/"+tt.query, claims.RoleViewer, "")
		if w.Code != tt.code {
			t.Errorf("GET /%s: %d, want %d", tt.query, w.Code, tt.code)
		}
		body := w.Body.String()
		if !strings.Contains(body, `<form class="filters card"`) {
			t.Errorf("GET /%s: no filter form", tt.query)
		}
		if tt.says != "" && !strings.Contains(body, `role="alert">`+tt.says) {
			t.Errorf("GET /%s: the page does not say %s", tt.query, tt.says)
		}
	}
}

func TestSubmissions(t *testing.T) { onEachStore(t, testSubmissions) }

func testSubmissions(t *testing.T, newDesk deskMaker) {
	s, _, rec := newTestServer(t, newDesk)
	content := func(name, ctype, text string) string {
		b, _ := json.Marshal(SubmissionRequest{Name: name, ContentType: ctype, Content: []byte(text)})
		return string(b)
	}
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
	tests := []struct {
		body   string
		status int
		detail string
	}{
		{`{"url":"https://example.com/story"}`, 202, ""},
		{`{"url":"https://example.com/story"}`, 202, ""}, // same ID again
		{`{"name":"a.txt","content":"SGVsbG8="}`, 202, ""},
		{content("utf16.txt", "text/plain", "\xff\xfeH\x00i\x00!\x00"), 202, ""},                // UTF-16LE by its byte-order mark
		{content("utf16be.txt", "text/plain; charset=UTF-16BE", "\x00H\x00i"), 202, ""},         // by its charset
		{content("utf16le.txt", "text/plain; charset=utf-16", "H\x00i\x00"), 202, ""},           // "utf-16" means little-endian
		{content("nul.txt", "text/plain", "H\x00i\x00"), 400, `\"nul.txt\": body looks binary`}, // the same bytes, no UTF-16 said
		{`{"name":"empty.txt"}`, 400, `\"empty.txt\": empty body`},
		{content("blank.txt", "text/plain", " \n\t\r\n "), 400, `\"blank.txt\": empty body`},
		{content("blank16.txt", "", "\xff\xfe \x00\n\x00"), 400, `\"blank16.txt\": empty body`},
		{content("photo.png", "", png), 400, `\"photo.png\": body looks binary`},
		{content("photo.txt", "text/plain; charset=utf-8", png), 400, `\"photo.txt\": body looks binary`},
		{`{"url":"ftp://example.com/x"}`, 400, "ftp://example.com/x"},
		{`{"url":"https://example.com/x","published":"yesterday"}`, 400, "yesterday"},
		{`{"url":"https://example.com/x","feed_published":"last week"}`, 400, `feed_published \"last week\"`},
		{`{}`, 400, "url or content"},
		{`not json`, 400, "JSON"},
	}
	for _, tt := range tests {
		w := s.do("POST", "/api/submissions", claims.RoleReviewer, tt.body)
		if w.Code != tt.status || !strings.Contains(w.Body.String(), tt.detail) {
			t.Errorf("POST %s: %d %s, want %d mentioning %q", tt.body, w.Code, w.Body, tt.status, tt.detail)
		}
	}
	if len(rec.subs) != 6 || rec.subs[0].ID != rec.subs[1].ID || rec.subs[0].ID == rec.subs[2].ID {
		t.Errorf("submissions %d; want 6, the same URL with the same ID and other input another", len(rec.subs))
	}
	// Recorded but not published (the broker is down): accepted, saying
	// why it waits; the reconciler publishes it. It said "not submitted".
	rec.err = fmt.Errorf("%w: nats: timeout", claims.ErrPublishDeferred)
	if w := s.do("POST", "/api/submissions", claims.RoleReviewer, `{"url":"https://example.com/later"}`); w.Code != 202 ||
		!strings.Contains(w.Body.String(), `"recorded, but the broker (NATS) did not take it`) {
		t.Errorf("deferred publish: %d %s, want 202 saying it is deferred", w.Code, w.Body)
	}
	// Any other failure is one.
	rec.err = claims.Errorf(claims.Transient, "store: connection refused")
	if w := s.do("POST", "/api/submissions", claims.RoleReviewer, `{"url":"https://example.com/never"}`); w.Code != 503 {
		t.Errorf("failed submission: %d %s, want 503", w.Code, w.Body)
	}
	rec.err = nil
}

func TestHighlight(t *testing.T) {
	text := "Nix paid $5 on Friday."
	cs := []claims.Claim{{ID: "c1", Start: 0, End: len(text)}}
	ms := []claims.Mention{{Start: 0, End: 3, Type: "PERSON"}, {Start: 9, End: 11, Type: "MONEY", Value: "USD 5"}}
	ps := Highlight(text, cs, ms)
	var joined strings.Builder
	for _, p := range ps {
		joined.WriteString(p.Text)
		if p.ClaimID != "c1" {
			t.Errorf("piece %q outside the claim", p.Text)
		}
	}
	if joined.String() != text {
		t.Errorf("pieces do not rebuild the text: %q", joined.String())
	}
	if len(ps) != 4 || ps[0].Type != "person" || ps[2].Type != "money" || ps[2].Value != "USD 5" {
		t.Errorf("pieces %+v", ps)
	}
}

// Untrusted text reaches notes, history, the cluster and alerts too.
func TestUserAndArticleTextEscapedEverywhere(t *testing.T) {
	onEachStore(t, testUserAndArticleTextEscapedEverywhere)
}

func testUserAndArticleTextEscapedEverywhere(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	bad := `<script>alert(1)</script><img src=x onerror=alert(2)>`
	first := saveArticle(t, d.st, "https://a.example/x", bad, "Claim "+bad+" cost $5 million.", "fp-x", 0.9)
	for _, ch := range []string{`{"action":"start"}`, `{"action":"verdict","verdict":"false","note":` + jsonString(bad) + `}`} {
		if w := d.do("POST", "/api/claims/"+first.ID+"/actions", claims.RoleReviewer, ch); w.Code != 200 {
			t.Fatal(w.Body)
		}
	}
	rep := saveArticle(t, d.st, "javascript:alert(3)", bad, "Again "+bad+" cost $5 million.", "fp-x", 0.8)
	for _, path := range []string{"/", "/claims/" + first.ID, "/claims/" + rep.ID, "/alerts", "/articles", "/?q=script"} {
		w := d.do("GET", path, claims.RoleViewer, "")
		body := w.Body.String()
		if w.Code != 200 {
			t.Fatalf("GET %s: %d", path, w.Code)
		}
		for _, raw := range []string{"<script>alert", "<img src=x", `href="javascript:`} {
			if strings.Contains(body, raw) {
				t.Errorf("GET %s: %q reached the page unescaped", path, raw)
			}
		}
	}
}

func jsonString(s string) string { b, _ := json.Marshal(s); return string(b) }

func TestForeign(t *testing.T) {
	for lang, want := range map[string]bool{"": false, "en": false, "EN": false, "en-GB": false, "fr": true, "pt-BR": true, "de": true, "eng": true} {
		if got := foreign(lang); got != want {
			t.Errorf("foreign(%q) = %v, want %v", lang, got, want)
		}
	}
}

func TestPagesSayWhyForeignArticleHasNoClaims(t *testing.T) {
	onEachStore(t, func(t *testing.T, newDesk deskMaker) {
		s, st, _ := newTestServer(t, newDesk)
		text := "Les députés ont adopté le projet de loi par 438 voix contre 86."
		a := claims.Article{ID: claims.ArticleID(text), Title: "Loi renseignement", Text: text, Language: "fr"}
		if _, err := st.SaveResult(context.Background(), &claims.Result{Article: a}); err != nil {
			t.Fatal(err)
		}
		for _, path := range []string{"/articles", "/articles/" + a.ID} {
			w := s.do("GET", path, claims.RoleViewer, "")
			if w.Code != 200 || !strings.Contains(w.Body.String(), "in fr, and claimpipe reads English only") {
				t.Errorf("GET %s: %d, the page does not say the article is not in English", path, w.Code)
			}
		}
	})
}

func TestPagesNameTheSource(t *testing.T) {
	onEachStore(t, func(t *testing.T, newDesk deskMaker) {
		s, st, _ := newTestServer(t, newDesk)
		text := "Alexander Nix spoke in Lisbon. The firm was paid $5 million, he said."
		id := claims.ArticleID(text)
		start := strings.Index(text, "The firm")
		he := strings.Index(text, "he said")
		c := claims.Claim{ID: claims.ClaimID(id, start, len(text)), ArticleID: id, Start: start, End: len(text), Text: text[start:],
			Confidence: 0.9, Kind: "quantity", Mentions: []claims.Mention{},
			Attribution: &claims.Span{Start: he, End: he + 2, Text: "he"}, Source: "Alexander Nix"}
		r := &claims.Result{Article: claims.Article{ID: id, Title: "Nix", Text: text}, Claims: []claims.Claim{c}}
		if err := r.Validate(); err != nil {
			t.Fatal(err)
		}
		if _, err := st.SaveResult(context.Background(), r); err != nil {
			t.Fatal(err)
		}
		for _, path := range []string{"/articles", "/articles/" + id} {
			body := s.do("GET", path, claims.RoleViewer, "").Body.String()
			if !strings.Contains(body, "according to Alexander Nix") || strings.Contains(body, "according to he<") {
				t.Errorf("GET %s: the claim is not given to its resolved source", path)
			}
		}
	})
}

// TestDeadLettersStoredSince: /api/deadletters marks a dead letter whose
// input a later submission stored, needing no replay.
func TestDeadLettersStoredSince(t *testing.T) { onEachStore(t, testDeadLettersStoredSince) }

func testDeadLettersStoredSince(t *testing.T, newDesk deskMaker) {
	s, st, _ := newTestServer(t, newDesk)
	ctx := context.Background()
	for _, id := range []string{"fixed", "broken"} {
		if _, err := st.RecordSubmission(ctx, &claims.Submission{ID: id, URL: "https://x.example/" + id}, nil); err != nil {
			t.Fatal(err)
		}
		data, _ := json.Marshal(claims.Submission{ID: id, URL: "https://x.example/" + id, SubmittedAt: time.Now()})
		if err := st.AddDeadLetter(ctx, &claims.DeadLetter{Stage: "fetch", Subject: "claimpipe.submitted", MsgID: "m:" + id,
			Input: "https://x.example/" + id, Kind: claims.Invalid, Error: "HTTP 404", Deliveries: 1, Data: data}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.MarkSubmissionStored(ctx, "fixed", "a1"); err != nil {
		t.Fatal(err)
	}
	var got []struct {
		Input       string `json:"input"`
		StoredSince bool   `json:"stored_since"`
		Data        []byte `json:"data"`
	}
	w := s.do("GET", "/api/deadletters", claims.RoleViewer, "")
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || len(got) != 2 {
		t.Fatalf("GET /api/deadletters: %d %s (%v)", w.Code, w.Body, err)
	}
	for _, d := range got {
		if want := strings.HasSuffix(d.Input, "/fixed"); d.StoredSince != want || d.Data != nil {
			t.Errorf("%s: stored_since %v (data %q), want %v and no data", d.Input, d.StoredSince, d.Data, want)
		}
	}
}

// TestNewSubmissionFeedFields: the feed's date and name that watch sends
// reach the submission, and do not change its ID (they describe the input,
// they are not part of which it is).
func TestNewSubmissionFeedFields(t *testing.T) {
	now := time.Now()
	plain, err := NewSubmission(SubmissionRequest{URL: "https://x.example/a"}, now)
	if err != nil {
		t.Fatal(err)
	}
	fed, err := NewSubmission(SubmissionRequest{URL: "https://x.example/a", FeedPublished: "2024-10-02T10:00:00Z", Source: "rss"}, now)
	if err != nil {
		t.Fatal(err)
	}
	if fed.FeedPublished != "2024-10-02T10:00:00Z" || fed.Source != "rss" || fed.ID != plain.ID {
		t.Errorf("submission %+v; want the feed's date and name, and the ID %s", fed, plain.ID)
	}
}
