package sources

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/claimpipe/claimpipe/claims"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"
	"go.uber.org/zap/zaptest/observer"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

// testConfig is a fetch config for local test servers: loopback opened,
// short timeouts, fast backoff, no rate limit.
func testConfig() FetchConfig {
	return FetchConfig{
		ConnectTimeout: time.Second,
		HeaderTimeout:  300 * time.Millisecond,
		BodyTimeout:    300 * time.Millisecond,
		MaxBytes:       1 << 20,
		PerHostRate:    -1,
		Retries:        2,
		BackoffBase:    5 * time.Millisecond,
		BackoffMax:     20 * time.Millisecond,
		Allow:          []string{"127.0.0.0/8", "::1"},
	}
}

func newTestFetcher(t *testing.T, cfg FetchConfig) *Fetcher {
	t.Helper()
	return NewFetcher(cfg, zaptest.NewLogger(t))
}

func fetchURL(f *Fetcher, u string) (*claims.Page, error) {
	return f.Fetch(context.Background(), &claims.Submission{ID: SubmissionID(u), URL: u})
}

// wantErr checks err's kind and that its message names the URL and says why.
func wantErr(t *testing.T, err error, kind claims.Kind, url string, why ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("fetch %s: no error, want %s", url, kind)
	}
	if got := claims.ErrorKind(err); got != kind {
		t.Errorf("error kind %q, want %q: %v", got, kind, err)
	}
	msg := claims.ErrorMessage(err)
	t.Logf("error: %s", msg)
	if !strings.Contains(msg, url) {
		t.Errorf("error %q does not name the URL %q", msg, url)
	}
	for _, w := range why {
		if !strings.Contains(msg, w) {
			t.Errorf("error %q does not say %q", msg, w)
		}
	}
}

func TestFetchOK(t *testing.T) {
	var gotUA string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		gotUA = r.Header.Get("User-Agent")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<html><body><p>Grüße</p></body></html>")
	}))
	defer srv.Close()
	f := newTestFetcher(t, testConfig())
	page, err := fetchURL(f, srv.URL+"/a#frag")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page.Body), "Grüße") {
		t.Errorf("body %q", page.Body)
	}
	if page.FinalURL != srv.URL+"/a" || len(page.Redirects) != 0 {
		t.Errorf("final %q redirects %v", page.FinalURL, page.Redirects)
	}
	if !strings.HasPrefix(gotUA, "claimpipe/") {
		t.Errorf("User-Agent %q does not name claimpipe", gotUA)
	}
	if page.ContentType != "text/html; charset=utf-8" {
		t.Errorf("content type %q", page.ContentType)
	}
}

func TestFetchBadURL(t *testing.T) {
	f := newTestFetcher(t, testConfig())
	for _, u := range []string{"", "ftp://example.com/x", "/relative/path", "http://", "http://exa mple.com/"} {
		_, err := fetchURL(f, u)
		wantErr(t, err, claims.Invalid, u)
	}
}

func TestFetchNotFound(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	f := newTestFetcher(t, testConfig())
	u := srv.URL + "/missing"
	_, err := fetchURL(f, u)
	wantErr(t, err, claims.Invalid, u, "404")
}

func TestFetchNotHTML(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/img.png":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG\r\n\x1a\n0000"))
		case "/lies.html":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
		case "/empty.html":
			w.Header().Set("Content-Type", "text/html")
		}
	}))
	defer srv.Close()
	f := newTestFetcher(t, FetchConfig{IgnoreRobots: true, Allow: []string{"127.0.0.1"}})
	for _, tc := range []struct{ path, why string }{{"/img.png", "image/png"}, {"/lies.html", "binary"}, {"/empty.html", "empty body"}} {
		u := srv.URL + tc.path
		_, err := fetchURL(f, u)
		wantErr(t, err, claims.Invalid, u, tc.why)
	}
}

func TestFetchRobots(t *testing.T) {
	var robotsHits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsHits.Add(1)
			fmt.Fprint(w, "User-agent: *\nDisallow: /\n\nUser-agent: claimpipe\nDisallow: /private\nAllow: /private/ok\n")
			return
		}
		fmt.Fprint(w, "<p>hello</p>")
	}))
	defer srv.Close()
	f := newTestFetcher(t, testConfig())
	for _, tc := range []struct {
		path string
		ok   bool
	}{
		{"/public", true},
		{"/private", false},
		{"/private/x?y=1", false},
		{"/private/ok/page", true},
		{"/", true},
	} {
		u := srv.URL + tc.path
		_, err := fetchURL(f, u)
		if tc.ok && err != nil {
			t.Errorf("%s: %v", tc.path, err)
		}
		if !tc.ok {
			wantErr(t, err, claims.Invalid, u, "robots.txt")
		}
	}
	if n := robotsHits.Load(); n != 1 {
		t.Errorf("robots.txt fetched %d times, want once (cached)", n)
	}
	// The same server under another agent falls into the "*" group.
	other := testConfig()
	other.UserAgent = "otherbot/1.0"
	_, err := fetchURL(newTestFetcher(t, other), srv.URL+"/public")
	wantErr(t, err, claims.Invalid, srv.URL+"/public", "robots.txt")
	// Ignoring robots.txt opens everything.
	ign := testConfig()
	ign.IgnoreRobots = true
	if _, err := fetchURL(newTestFetcher(t, ign), srv.URL+"/private"); err != nil {
		t.Errorf("IgnoreRobots: %v", err)
	}
}

func TestFetchRobotsUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, "<p>hello</p>")
	}))
	defer srv.Close()
	f := newTestFetcher(t, testConfig())
	u := srv.URL + "/page"
	_, err := fetchURL(f, u)
	wantErr(t, err, claims.Transient, u, "robots.txt")
}

func TestFetchRateLimit(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<p>hello</p>")
	}))
	defer srv.Close()
	cfg := testConfig()
	cfg.IgnoreRobots = true
	cfg.PerHostRate = 20 // one request every 50 ms
	f := newTestFetcher(t, cfg)
	start := time.Now()
	const n = 6
	for i := range n {
		if _, err := fetchURL(f, fmt.Sprintf("%s/%d", srv.URL, i)); err != nil {
			t.Fatal(err)
		}
	}
	// The first request takes the bucket's one token; each later one waits 50 ms.
	if took, min := time.Since(start), time.Duration(n-1)*50*time.Millisecond*9/10; took < min {
		t.Errorf("%d requests at 20/s took %s, want at least %s", n, took, min)
	}
}

func TestFetchConcurrencyCap(t *testing.T) {
	var inFlight, peak atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(60 * time.Millisecond)
		inFlight.Add(-1)
		fmt.Fprint(w, "<p>hello</p>")
	}))
	defer srv.Close()
	cfg := testConfig()
	cfg.IgnoreRobots = true
	cfg.PerHostConcurrency = 2
	f := newTestFetcher(t, cfg)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := fetchURL(f, fmt.Sprintf("%s/%d", srv.URL, i)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if p := peak.Load(); p != 2 {
		t.Errorf("peak concurrency %d, want 2", p)
	}
}

func TestFetchRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", http.NotFound)
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop/a", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/chain/"), "%d", &n)
		if n == 0 {
			fmt.Fprint(w, "<p>arrived</p>")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	cfg := testConfig()
	cfg.MaxRedirects = 3
	f := newTestFetcher(t, cfg)

	u := srv.URL + "/loop/a"
	_, err := fetchURL(f, u)
	wantErr(t, err, claims.Invalid, u, "redirect loop")

	u = srv.URL + "/chain/2"
	page, err := fetchURL(f, u)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{srv.URL + "/chain/2", srv.URL + "/chain/1"}
	if page.FinalURL != srv.URL+"/chain/0" || fmt.Sprint(page.Redirects) != fmt.Sprint(want) || page.URL != u {
		t.Errorf("final %q redirects %v, want %v", page.FinalURL, page.Redirects, want)
	}

	u = srv.URL + "/chain/4"
	_, err = fetchURL(f, u)
	wantErr(t, err, claims.Invalid, u, "more than 3 redirects")
}

func TestFetchCharsets(t *testing.T) {
	const text = "Café “naïve” – 5 €"
	const jtext = "東京都の人口は1400万人です。"
	w1252, err := charmap.Windows1252.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	sjis, err := japanese.ShiftJIS.NewEncoder().String(jtext)
	if err != nil {
		t.Fatal(err)
	}
	lateUTF8 := "<html><head><title>x</title><script>" + strings.Repeat("var a = 1;\n", 200) + "</script></head><body><p>" + text + "</p></body></html>"
	cases := []struct {
		name, contentType, body, want string
	}{
		{"windows-1252 by header", "text/html; charset=windows-1252", "<p>" + w1252 + "</p>", text},
		{"iso-8859-1 header means windows-1252", "text/html; charset=ISO-8859-1", "<p>" + w1252 + "</p>", text},
		{"windows-1252 by meta", "text/html", `<html><head><meta charset="windows-1252"></head><body><p>` + w1252 + "</p>", text},
		{"Shift_JIS by meta http-equiv", "text/html", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>` + sjis + "</p>", jtext},
		{"Shift_JIS by header", "text/html; charset=shift_jis", "<p>" + sjis + "</p>", jtext},
		{"utf-8 undeclared, first non-ASCII byte past 1024", "text/html", lateUTF8, text},
		{"utf-8 BOM", "text/html", "\xef\xbb\xbf<p>" + text + "</p>", text},
		{"undeclared latin-1 falls back to windows-1252", "text/plain", w1252, text},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", http.NotFound)
	for i, c := range cases {
		mux.HandleFunc(fmt.Sprintf("/%d", i), func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", c.contentType)
			w.Write([]byte(c.body))
		})
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := newTestFetcher(t, testConfig())
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page, err := fetchURL(f, fmt.Sprintf("%s/%d", srv.URL, i))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(page.Body), c.want) {
				t.Errorf("body %q does not contain %q", page.Body, c.want)
			}
			if page.Headers["X-Claimpipe-Charset"] == "" {
				t.Error("charset not recorded")
			}
			if bytes.HasPrefix(page.Body, []byte("\xef\xbb\xbf")) {
				t.Error("BOM kept")
			}
		})
	}
}

func TestFetchConditional(t *testing.T) {
	var conditional atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/etag":
			if r.Header.Get("If-None-Match") == `"v1"` {
				conditional.Add(1)
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			fmt.Fprint(w, "<p>one</p>")
		case "/lastmod":
			lm := "Mon, 02 Jan 2006 15:04:05 GMT"
			if r.Header.Get("If-Modified-Since") == lm {
				conditional.Add(1)
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Last-Modified", lm)
			fmt.Fprint(w, "<p>one</p>")
		}
	}))
	defer srv.Close()
	cfg := testConfig()
	cfg.Cache = NewMemoryCache()
	f := newTestFetcher(t, cfg)
	for _, p := range []string{"/etag", "/lastmod"} {
		u := srv.URL + p
		if _, err := fetchURL(f, u); err != nil {
			t.Fatalf("first poll: %v", err)
		}
		_, err := fetchURL(f, u)
		if !errors.Is(err, ErrNotModified) {
			t.Fatalf("second poll of %s: %v, want ErrNotModified", p, err)
		}
		wantErr(t, err, claims.NotFound, u, "not modified")
	}
	if n := conditional.Load(); n != 2 {
		t.Errorf("%d conditional requests, want 2", n)
	}
	// Without a cache, fetches are unconditional.
	if _, err := fetchURL(newTestFetcher(t, testConfig()), srv.URL+"/etag"); err != nil {
		t.Errorf("no cache: %v", err)
	}
}

func TestFetchOversized(t *testing.T) {
	big := strings.Repeat("<p>x</p>", 1000) // 8000 bytes
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/length":
			w.Header().Set("Content-Length", fmt.Sprint(len(big)))
			fmt.Fprint(w, big)
		case "/chunked":
			for i := 0; i < len(big); i += 500 {
				fmt.Fprint(w, big[i:i+500])
				w.(http.Flusher).Flush()
			}
		}
	}))
	defer srv.Close()
	cfg := testConfig()
	cfg.MaxBytes = 4096
	f := newTestFetcher(t, cfg)
	for _, p := range []string{"/length", "/chunked"} {
		u := srv.URL + p
		_, err := fetchURL(f, u)
		wantErr(t, err, claims.Invalid, u, "4096-byte limit")
	}
	// Inline content is capped the same way.
	_, err := f.Fetch(context.Background(), &claims.Submission{Name: "big.html", Content: []byte(big)})
	wantErr(t, err, claims.Invalid, "big.html", "limit")
}

func TestFetchStall(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/headers":
			<-release
		case "/body":
			w.Header().Set("Content-Length", "1000")
			fmt.Fprint(w, "<p>a little")
			w.(http.Flusher).Flush()
			<-release
		}
	}))
	defer srv.Close()
	defer close(release)
	cfg := testConfig()
	cfg.Retries = 1
	f := newTestFetcher(t, cfg)
	for _, tc := range []struct{ path, why string }{{"/headers", "no response headers within"}, {"/body", "body not received within"}} {
		u := srv.URL + tc.path
		start := time.Now()
		_, err := fetchURL(f, u)
		wantErr(t, err, claims.Transient, u, tc.why, "2 attempts")
		if took := time.Since(start); took > 3*time.Second {
			t.Errorf("%s: stalled fetch took %s", tc.path, took)
		}
	}
}

func TestFetchNeverAnswers(t *testing.T) {
	// A listener that accepts nothing: the connect or the headers time out.
	srv := httptest.NewUnstartedServer(http.NotFoundHandler())
	defer srv.Close()
	u := "http://" + srv.Listener.Addr().String() + "/page"
	cfg := testConfig()
	cfg.Retries = -1
	cfg.IgnoreRobots = true
	_, err := fetchURL(newTestFetcher(t, cfg), u)
	wantErr(t, err, claims.Transient, u)
}

func compress(t *testing.T, enc string, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	var w interface {
		Write([]byte) (int, error)
		Close() error
	}
	switch enc {
	case "gzip":
		w = gzip.NewWriter(&b)
	case "deflate":
		w = zlib.NewWriter(&b)
	case "br":
		w = brotli.NewWriter(&b)
	}
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestFetchContentEncoding(t *testing.T) {
	page := []byte("<html><body><p>" + strings.Repeat("compressed news ", 100) + "</p></body></html>")
	bomb := compress(t, "gzip", make([]byte, 8<<20)) // 8 MiB of zeros in ~8 KB
	bodies := map[string][]byte{
		"gzip":    compress(t, "gzip", page),
		"deflate": compress(t, "deflate", page),
		"br":      compress(t, "br", page),
		"bomb":    bomb,
	}
	var acceptEncoding string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/")
		if name == "robots.txt" {
			http.NotFound(w, r)
			return
		}
		acceptEncoding = r.Header.Get("Accept-Encoding")
		enc := name
		if name == "bomb" {
			enc = "gzip"
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", enc)
		w.Write(bodies[name])
	}))
	defer srv.Close()
	f := newTestFetcher(t, testConfig()) // MaxBytes 1 MiB
	for _, enc := range []string{"gzip", "deflate", "br"} {
		p, err := fetchURL(f, srv.URL+"/"+enc)
		if err != nil {
			t.Fatalf("%s: %v", enc, err)
		}
		if !bytes.Equal(p.Body, page) {
			t.Errorf("%s: body not decoded: %.60q", enc, p.Body)
		}
	}
	if acceptEncoding != "gzip, deflate, br" {
		t.Errorf("Accept-Encoding %q", acceptEncoding)
	}
	u := srv.URL + "/bomb"
	start := time.Now()
	_, err := fetchURL(f, u)
	wantErr(t, err, claims.Invalid, u, "decompressed body exceeds")
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("bomb took %s to reject", took)
	}
}

func TestFetchRetries(t *testing.T) {
	var hits sync.Map // path -> *atomic.Int32
	count := func(p string) *atomic.Int32 {
		v, _ := hits.LoadOrStore(p, new(atomic.Int32))
		return v.(*atomic.Int32)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := count(r.URL.Path).Add(1)
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/flaky": // 503 twice, then fine
			if n <= 2 {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			fmt.Fprint(w, "<p>ok</p>")
		case "/down":
			http.Error(w, "down", http.StatusInternalServerError)
		case "/slowdown": // 429 with Retry-After: 1, then fine
			if n == 1 {
				w.Header().Set("Retry-After", "1")
				http.Error(w, "slow down", http.StatusTooManyRequests)
				return
			}
			fmt.Fprint(w, "<p>ok</p>")
		case "/later":
			w.Header().Set("Retry-After", "3600")
			http.Error(w, "later", http.StatusServiceUnavailable)
		}
	}))
	defer srv.Close()
	f := newTestFetcher(t, testConfig()) // Retries 2
	if _, err := fetchURL(f, srv.URL+"/flaky"); err != nil {
		t.Errorf("flaky: %v", err)
	}
	u := srv.URL + "/down"
	_, err := fetchURL(f, u)
	wantErr(t, err, claims.Transient, u, "500", "3 attempts")
	if n := count("/down").Load(); n != 3 {
		t.Errorf("/down hit %d times, want 3", n)
	}
	start := time.Now()
	if _, err := fetchURL(f, srv.URL+"/slowdown"); err != nil {
		t.Errorf("slowdown: %v", err)
	}
	if took := time.Since(start); took < 900*time.Millisecond {
		t.Errorf("Retry-After: 1 not honoured: retried after %s", took)
	}
	u = srv.URL + "/later"
	_, err = fetchURL(f, u)
	wantErr(t, err, claims.Transient, u, "retry after 1h0m0s")
	if n := count("/later").Load(); n != 1 {
		t.Errorf("/later hit %d times, want 1 (Retry-After beyond MaxRetryAfter)", n)
	}

	// A page's retries are logged with the fields of every line about an
	// article: the stage, the submission and its input (only the URL was).
	core, logs := observer.New(zap.InfoLevel)
	fo := NewFetcher(testConfig(), zap.New(core))
	u = srv.URL + "/down"
	if _, err := fetchURL(fo, u); err == nil {
		t.Fatalf("%s fetched", u)
	}
	retries := logs.FilterMessage("fetch failed, retrying").All()
	if len(retries) != 2 {
		t.Fatalf("%d retry lines, want 2", len(retries))
	}
	for _, e := range retries {
		m := e.ContextMap()
		if m["stage"] != "fetch" || m["submission_id"] != SubmissionID(u) || m["input"] != u {
			t.Errorf("retry line %v lacks stage, submission_id or input", m)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Duration
	}{
		{"", 0}, {"7", 7 * time.Second}, {"-3", 0}, {"soon", 0},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0},
	} {
		if got := parseRetryAfter(tc.in, now); got != tc.want {
			t.Errorf("parseRetryAfter(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestBackoff(t *testing.T) {
	f := NewFetcher(FetchConfig{BackoffBase: 100 * time.Millisecond, BackoffMax: time.Second}, nil)
	for attempt, want := range []time.Duration{100, 200, 400, 800, 1000, 1000} {
		want *= time.Millisecond
		for range 20 {
			if d := f.backoff(attempt); d < want/2 || d > want {
				t.Fatalf("backoff(%d) = %s, want in [%s, %s]", attempt, d, want/2, want)
			}
		}
	}
}

func TestFetchContent(t *testing.T) {
	f := newTestFetcher(t, testConfig())
	w1252, _ := charmap.Windows1252.NewEncoder().String("<p>Café</p>")
	page, err := f.Fetch(context.Background(), &claims.Submission{ID: "x", Name: "a.html", Content: []byte(w1252), ContentType: "text/html; charset=windows-1252"})
	if err != nil {
		t.Fatal(err)
	}
	if string(page.Body) != "<p>Café</p>" || page.SubmissionID != "x" {
		t.Errorf("page %+v", page)
	}
	_, err = f.Fetch(context.Background(), &claims.Submission{Name: "b.bin", Content: []byte("\x00\x01\x02binary\x00")})
	wantErr(t, err, claims.Invalid, "b.bin", "not HTML or text")
	_, err = f.Fetch(context.Background(), &claims.Submission{Name: "c.html", Content: []byte("<p>x\x00\x00\x01</p>"), ContentType: "text/html"})
	wantErr(t, err, claims.Invalid, "c.html", "binary")
	_, err = f.Fetch(context.Background(), &claims.Submission{Name: "empty.html", ContentType: "text/html"})
	wantErr(t, err, claims.Invalid, "empty.html", "empty")
	_, err = f.Fetch(context.Background(), &claims.Submission{Name: "blank.txt", Content: []byte(" \n\t\n")})
	wantErr(t, err, claims.Invalid, "blank.txt", "empty")
}

func TestFetchCrawlDelay(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: claimpipe\nCrawl-delay: 0.15\n")
			return
		}
		fmt.Fprint(w, "<p>hello</p>")
	}))
	defer srv.Close()
	f := newTestFetcher(t, testConfig()) // no rate limit of its own
	start := time.Now()
	for i := range 4 {
		if _, err := fetchURL(f, fmt.Sprintf("%s/%d", srv.URL, i)); err != nil {
			t.Fatal(err)
		}
	}
	// The first page follows robots.txt at once; the other three wait 150 ms each.
	if took := time.Since(start); took < 400*time.Millisecond {
		t.Errorf("4 fetches under Crawl-delay 0.15 took %s", took)
	}
}
