package sources

import (
	"context"
	"crypto/sha256"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"
	"go.uber.org/zap/zaptest/observer"
)

// feedServer serves an RSS feed whose items the test changes, with an ETag
// so that unchanged polls are 304s.
type feedServer struct {
	mu    sync.Mutex
	links []string
	polls int
	n304  int
	srv   *httptest.Server
}

func newFeedServer(t *testing.T, links ...string) *feedServer {
	fs := &feedServer{links: links}
	fs.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.NotFound(w, r)
			return
		}
		fs.mu.Lock()
		defer fs.mu.Unlock()
		fs.polls++
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>`)
		for i := len(fs.links) - 1; i >= 0; i-- { // newest first, as feeds do
			fmt.Fprintf(&b, "<item><title>Story %d</title><link>%s</link></item>", i, fs.links[i])
		}
		b.WriteString("</channel></rss>")
		etag := fmt.Sprintf(`"%x"`, sha256.Sum256([]byte(b.String())))
		if r.Header.Get("If-None-Match") == etag {
			fs.n304++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, b.String())
	}))
	t.Cleanup(fs.srv.Close)
	return fs
}

func (fs *feedServer) add(link string) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.links = append(fs.links, link)
}

func (fs *feedServer) stats() (polls, n304 int) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return fs.polls, fs.n304
}

// recorder is a Submit function that remembers what it was given.
type recorder struct {
	mu   sync.Mutex
	subs []*claims.Submission
	at   map[string]time.Time
	fail map[string]bool // URLs whose submit fails
}

func (r *recorder) submit(_ context.Context, s *claims.Submission) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail[s.URL] {
		return claims.Errorf(claims.Transient, "queue unavailable for %q", s.URL)
	}
	if r.at == nil {
		r.at = map[string]time.Time{}
	}
	r.subs = append(r.subs, s)
	r.at[s.URL] = time.Now()
	return nil
}

func (r *recorder) urls() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, s := range r.subs {
		out = append(out, s.URL)
	}
	return out
}

func (r *recorder) submittedAt(u string) (time.Time, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	t, ok := r.at[u]
	return t, ok
}

func noDuplicates(t *testing.T, urls []string) {
	t.Helper()
	seen := map[string]bool{}
	for _, u := range urls {
		if seen[u] {
			t.Errorf("%q submitted twice", u)
		}
		seen[u] = true
	}
}

func watchFetcher(t *testing.T) *Fetcher {
	return newTestFetcher(t, testConfig())
}

// TestWatcherFeed: a new item is picked up within one poll interval, nothing
// is submitted twice, and a new Watcher over the same seen-file (a restart)
// submits only what is new since.
func TestWatcherFeed(t *testing.T) {
	fs := newFeedServer(t)
	base := fs.srv.URL
	fs.add(base + "/news/1")
	fs.add(base + "/news/2?utm_source=rss#top") // canonicalised before submit and dedup
	seenPath := filepath.Join(t.TempDir(), "seen.jsonl")
	seen, err := OpenFileSeen(seenPath, 0)
	if err != nil {
		t.Fatal(err)
	}
	const interval = 250 * time.Millisecond
	rec := &recorder{}
	w := &Watcher{
		Sources: []Source{{Name: "local", URL: base + "/feed.xml", Interval: interval}},
		Submit:  rec.submit,
		Seen:    seen,
		Fetcher: watchFetcher(t),
		Log:     zaptest.NewLogger(t),
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()

	waitFor(t, 2*time.Second, func() bool { return len(rec.urls()) == 2 })
	added := time.Now()
	newURL := base + "/news/3"
	fs.add(newURL)
	waitFor(t, 3*time.Second, func() bool { _, ok := rec.submittedAt(newURL); return ok })
	at, _ := rec.submittedAt(newURL)
	// One interval plus its 10% jitter, and slack for the poll itself on a
	// loaded machine.
	if lag := at.Sub(added); lag > interval+interval/10+500*time.Millisecond {
		t.Errorf("new item submitted %s after it appeared; the poll interval is %s", lag, interval)
	}
	time.Sleep(2 * interval) // a few more polls of an unchanged feed
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}
	urls := rec.urls()
	noDuplicates(t, urls)
	want := []string{base + "/news/2", base + "/news/1", base + "/news/3"}
	if fmt.Sprint(urls) != fmt.Sprint(want) {
		t.Errorf("submitted %v, want %v", urls, want)
	}
	for _, s := range rec.subs {
		if s.ID != SubmissionID(s.URL) || s.Source != "local" || s.SubmittedAt.IsZero() {
			t.Errorf("submission %+v", s)
		}
	}
	if _, n304 := fs.stats(); n304 == 0 {
		t.Error("no poll was a conditional GET answered 304")
	}
	if err := seen.Close(); err != nil {
		t.Fatal(err)
	}

	// Restart: a new Watcher, a new Fetcher (no validators), the same file.
	seen2, err := OpenFileSeen(seenPath, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer seen2.Close()
	if seen2.Len() != 3 {
		t.Errorf("seen-file holds %d keys after restart, want 3", seen2.Len())
	}
	rec2 := &recorder{}
	w2 := &Watcher{Submit: rec2.submit, Seen: seen2, Fetcher: watchFetcher(t), Log: zaptest.NewLogger(t)}
	src := Source{Name: "local", URL: base + "/feed.xml"}
	st, err := w2.Poll(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if st.Items != 3 || st.New != 0 || st.Submitted != 0 || len(rec2.urls()) != 0 {
		t.Errorf("after restart: %+v, submitted %v; want nothing resubmitted", st, rec2.urls())
	}
	fs.add(base + "/news/4")
	fs.add(strings.Replace(base, "http://", "HTTP://", 1) + "/news/1?fbclid=x#comments") // seen, other spelling
	st, err = w2.Poll(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if got := rec2.urls(); len(got) != 1 || got[0] != base+"/news/4" {
		t.Errorf("after restart and a new item: submitted %v (%+v)", got, st)
	}
}

// TestWatcherLogsUnnamedSource: a source given by URL alone, as `watch
// URL` gives it, is logged by its URL, as its submissions name it; its
// polls were logged with "source": "".
func TestWatcherLogsUnnamedSource(t *testing.T) {
	fs := newFeedServer(t)
	fs.add(fs.srv.URL + "/news/1")
	feed := fs.srv.URL + "/feed.xml"
	core, logs := observer.New(zap.InfoLevel)
	rec := &recorder{}
	w := &Watcher{Sources: []Source{{URL: feed, Interval: time.Hour}}, Submit: rec.submit, Fetcher: watchFetcher(t), Log: zap.New(core)}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	waitFor(t, 5*time.Second, func() bool { return logs.FilterMessage("polled").Len() > 0 })
	cancel()
	<-done
	for _, e := range logs.FilterMessage("polled").All() {
		if got := e.ContextMap()["source"]; got != feed {
			t.Errorf("polled: source %q, want the feed's URL %q", got, feed)
		}
	}
	for _, s := range rec.subs {
		if s.Source != feed {
			t.Errorf("submission %+v: source %q, want %q", s, s.Source, feed)
		}
	}
}

func waitFor(t *testing.T, limit time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("condition not met within %s", limit)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestWatcherRetriesFailedSubmits: an item whose submit failed is not
// marked seen and goes out on the next poll, even though the feed is
// unchanged (its validators are forgotten).
func TestWatcherRetriesFailedSubmits(t *testing.T) {
	fs := newFeedServer(t)
	base := fs.srv.URL
	fs.add(base + "/a")
	fs.add(base + "/b")
	rec := &recorder{fail: map[string]bool{base + "/b": true}}
	w := &Watcher{Submit: rec.submit, Fetcher: watchFetcher(t), Log: zaptest.NewLogger(t)}
	src := Source{URL: base + "/feed.xml", Kind: KindFeed}
	st, err := w.Poll(context.Background(), src)
	if err == nil || !strings.Contains(err.Error(), base+"/b") {
		t.Errorf("failed submit not reported: %v", err)
	}
	if st.Submitted != 1 || st.New != 2 {
		t.Errorf("first poll %+v", st)
	}
	rec.mu.Lock()
	rec.fail = nil
	rec.mu.Unlock()
	st, err = w.Poll(context.Background(), src)
	if err != nil || st.Unchanged || st.Submitted != 1 {
		t.Errorf("second poll %+v, %v; want /b submitted", st, err)
	}
	st, err = w.Poll(context.Background(), src)
	if err != nil || !st.Unchanged || st.Submitted != 0 {
		t.Errorf("third poll %+v, %v; want 304", st, err)
	}
	noDuplicates(t, rec.urls())
}

// TestWatcherSitemapIndex: the index's newest children are read, news
// sitemap items are submitted, old items are skipped by MaxAge, and the cap
// per poll leaves the rest for the next poll.
func TestWatcherSitemapIndex(t *testing.T) {
	now := time.Now().UTC()
	day := func(d int) string { return now.AddDate(0, 0, -d).Format("2006-01-02") }
	mux := http.NewServeMux()
	var srvURL string
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "User-agent: *\nDisallow: /private\nSitemap: %s/sitemap_index.xml\n", srvURL)
	})
	mux.HandleFunc("/sitemap_index.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>%[1]s/old.xml</loc><lastmod>%[2]s</lastmod></sitemap>
<sitemap><loc>%[1]s/news.xml</loc><lastmod>%[3]s</lastmod></sitemap>
<sitemap><loc>%[1]s/private/hidden.xml</loc><lastmod>%[3]s</lastmod></sitemap>
</sitemapindex>`, srvURL, day(400), day(0))
	})
	mux.HandleFunc("/news.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>%[1]s/n/1</loc><news:news><news:publication_date>%[2]s</news:publication_date><news:title>One</news:title></news:news></url>
<url><loc>%[1]s/n/2</loc><news:news><news:publication_date>%[2]s</news:publication_date><news:title>Two</news:title></news:news></url>
<url><loc>%[1]s/n/3</loc><lastmod>%[2]s</lastmod></url>
<url><loc>%[1]s/n/stale</loc><lastmod>%[3]s</lastmod></url>
</urlset>`, srvURL, day(0), day(30))
	})
	mux.HandleFunc("/old.xml", func(w http.ResponseWriter, r *http.Request) {
		t.Error("the oldest child sitemap was read although MaxChildSitemaps is 2 and two are newer")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL

	rec := &recorder{}
	w := &Watcher{
		Submit: rec.submit, Fetcher: watchFetcher(t), Log: zaptest.NewLogger(t),
		MaxAge: 7 * 24 * time.Hour, MaxItemsPerPoll: 2, MaxChildSitemaps: 2,
	}
	src := Source{Name: "index", URL: srv.URL + "/sitemap_index.xml"} // kind detected
	st, err := w.Poll(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if st.Items != 3 || st.Submitted != 2 || st.New != 3 {
		t.Errorf("first poll %+v, want 3 items (stale one skipped), 2 submitted", st)
	}
	st, err = w.Poll(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if st.Submitted != 1 {
		t.Errorf("second poll %+v, want the third item", st)
	}
	got := rec.urls()
	want := []string{srv.URL + "/n/1", srv.URL + "/n/2", srv.URL + "/n/3"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("submitted %v, want %v", got, want)
	}
	// Each carries the date the sitemap gave it, for a page without one,
	// and the source's name.
	for _, s := range rec.subs {
		if s.FeedPublished != day(0)+"T00:00:00Z" || s.Source != "index" {
			t.Errorf("%s: feed date %q, source %q; want %sT00:00:00Z and index", s.URL, s.FeedPublished, s.Source, day(0))
		}
	}
}

func TestWatcherBadSources(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/page.html":
			fmt.Fprint(w, "<html><body>not a feed</body></html>")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	rec := &recorder{}
	w := &Watcher{Submit: rec.submit, Fetcher: watchFetcher(t), Log: zaptest.NewLogger(t)}
	for _, tc := range []struct {
		src  Source
		kind claims.Kind
	}{
		{Source{URL: srv.URL + "/page.html"}, claims.Invalid},
		{Source{URL: srv.URL + "/missing.xml"}, claims.Invalid},
		{Source{URL: srv.URL + "/page.html", Kind: KindSitemap}, claims.Invalid},
	} {
		_, err := w.Poll(context.Background(), tc.src)
		if claims.ErrorKind(err) != tc.kind || !strings.Contains(claims.ErrorMessage(err), tc.src.URL) {
			t.Errorf("%+v: %v (kind %s), want %s naming the URL", tc.src, err, claims.ErrorKind(err), tc.kind)
		}
	}
	if err := (&Watcher{Submit: rec.submit}).Run(context.Background()); claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("Run without sources: %v", err)
	}
	bad := &Watcher{Submit: rec.submit, Sources: []Source{{URL: "feed.xml"}}}
	if err := bad.Run(context.Background()); claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("Run with a relative URL: %v", err)
	}
	if err := (&Watcher{Sources: []Source{{URL: srv.URL}}}).Run(context.Background()); err == nil {
		t.Error("Run without Submit succeeded")
	}
	if len(rec.urls()) != 0 {
		t.Errorf("bad sources submitted %v", rec.urls())
	}
}

// TestWatcherDiscoversFeed: a source that is a site's page is polled
// through the feed the page advertises, also when the page answers 304.
func TestWatcherDiscoversFeed(t *testing.T) {
	fs := newFeedServer(t)
	fs.add(fs.srv.URL + "/news/1")
	var pageHits int
	var mu sync.Mutex
	home := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			mu.Lock()
			pageHits++
			mu.Unlock()
			w.Header().Set("ETag", `"home"`)
			if r.Header.Get("If-None-Match") == `"home"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			fmt.Fprintf(w, `<html><head><link rel="alternate" type="application/rss+xml" href="%s/feed.xml"></head><body>Home</body></html>`, fs.srv.URL)
		default:
			http.NotFound(w, r)
		}
	}))
	defer home.Close()
	rec := &recorder{}
	w := &Watcher{Submit: rec.submit, Fetcher: watchFetcher(t), Log: zaptest.NewLogger(t)}
	src := Source{Name: "home", URL: home.URL + "/"}
	if st, err := w.Poll(context.Background(), src); err != nil || st.Submitted != 1 {
		t.Fatalf("first poll %+v, %v", st, err)
	}
	fs.add(fs.srv.URL + "/news/2")
	if st, err := w.Poll(context.Background(), src); err != nil || st.Submitted != 1 {
		t.Fatalf("second poll %+v, %v", st, err)
	}
	if pageHits != 1 {
		t.Errorf("home page fetched %d times, want once (the feed is polled directly)", pageHits)
	}
	noDuplicates(t, rec.urls())
}

func TestFetcherSitemaps(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "Sitemap: /news-sitemap.xml\nUser-agent: *\nDisallow: /admin\nSitemap: https://cdn.example/sitemap.xml\n")
		}
	}))
	defer srv.Close()
	f := newTestFetcher(t, testConfig())
	got, err := f.Sitemaps(context.Background(), srv.URL+"/any/page")
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint([]string{srv.URL + "/news-sitemap.xml", "https://cdn.example/sitemap.xml"}) {
		t.Errorf("sitemaps %v", got)
	}
	closed := testConfig()
	closed.Allow = nil
	if _, err := newTestFetcher(t, closed).Sitemaps(context.Background(), srv.URL); claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("loopback site without allow-list: %v", err)
	}
}

// TestWatcherIndexUnchangedChildGrows: a sitemap index that answers 304
// still has its children polled (each conditionally), so an article added
// to a child is found; the index used to hide it until a restart.
func TestWatcherIndexUnchangedChildGrows(t *testing.T) {
	var mu sync.Mutex
	urls := []string{"/a/1"}
	var srvURL string
	mux := http.NewServeMux()
	stamp := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC).Format(http.TimeFormat)
	mux.HandleFunc("/robots.txt", http.NotFound)
	mux.HandleFunc("/index.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-Modified-Since") == stamp {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Last-Modified", stamp)
		fmt.Fprintf(w, `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/child.xml</loc></sitemap></sitemapindex>`, srvURL)
	})
	mux.HandleFunc("/child.xml", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		etag := fmt.Sprintf(`"%d"`, len(urls))
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		fmt.Fprint(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for _, u := range urls {
			fmt.Fprintf(w, "<url><loc>%s%s</loc></url>", srvURL, u)
		}
		fmt.Fprint(w, `</urlset>`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL
	rec := &recorder{}
	w := &Watcher{Submit: rec.submit, Fetcher: watchFetcher(t), Log: zaptest.NewLogger(t)}
	src := Source{Name: "index", URL: srv.URL + "/index.xml"}
	if st, err := w.Poll(context.Background(), src); err != nil || st.Submitted != 1 {
		t.Fatalf("first poll %+v, %v; want 1 submitted", st, err)
	}
	if st, err := w.Poll(context.Background(), src); err != nil || st.Submitted != 0 || !st.Unchanged {
		t.Fatalf("second poll %+v, %v; want nothing new, unchanged", st, err)
	}
	mu.Lock()
	urls = append(urls, "/a/2")
	mu.Unlock()
	if st, err := w.Poll(context.Background(), src); err != nil || st.Submitted != 1 || st.Unchanged {
		t.Fatalf("poll after the child grew %+v, %v; want the new article submitted", st, err)
	}
	if got, want := fmt.Sprint(rec.urls()), fmt.Sprint([]string{srv.URL + "/a/1", srv.URL + "/a/2"}); got != want {
		t.Errorf("submitted %s, want %s", got, want)
	}
}

// TestWatcherBrokenFeedStaysBroken: a feed that does not parse is reported
// at every poll, not answered 304 and taken for unchanged from the second
// on; once fixed, its items come.
func TestWatcherBrokenFeedStaysBroken(t *testing.T) {
	var mu sync.Mutex
	body := `<?xml version="1.0"?><rss version="2.0"><channel><item><link>`
	stamp := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC).Format(http.TimeFormat)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.NotFound(w, r)
			return
		}
		mu.Lock()
		defer mu.Unlock()
		if r.Header.Get("If-Modified-Since") == stamp {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Last-Modified", stamp) // a publisher that fixes the file without moving the date
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, body)
	}))
	defer srv.Close()
	rec := &recorder{}
	w := &Watcher{Submit: rec.submit, Fetcher: watchFetcher(t), Log: zaptest.NewLogger(t)}
	src := Source{Name: "broken", URL: srv.URL + "/feed.xml"}
	for i := range 2 {
		if st, err := w.Poll(context.Background(), src); claims.ErrorKind(err) != claims.Invalid || st.Unchanged {
			t.Fatalf("poll %d of the broken feed: %+v, %v; want an Invalid error again", i+1, st, err)
		}
	}
	mu.Lock()
	body = `<?xml version="1.0"?><rss version="2.0"><channel><item><link>` + srv.URL + `/s/1</link></item></channel></rss>`
	mu.Unlock()
	if st, err := w.Poll(context.Background(), src); err != nil || st.Submitted != 1 {
		t.Fatalf("poll of the fixed feed: %+v, %v; want its item", st, err)
	}
}
