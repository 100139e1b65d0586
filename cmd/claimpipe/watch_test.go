package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// newsSite serves an RSS feed and its articles; items can be added while it runs.
type newsSite struct {
	mu    sync.Mutex
	items []string // slugs, newest last
	srv   *httptest.Server
}

func (s *newsSite) add(slug string) {
	s.mu.Lock()
	s.items = append(s.items, slug)
	s.mu.Unlock()
}

func (s *newsSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case r.URL.Path == "/feed.xml":
		w.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test News</title><link>` + s.srv.URL + `/</link>`)
		for i := len(s.items) - 1; i >= 0; i-- {
			fmt.Fprintf(&b, `<item><title>%s</title><link>%s/news/%s?utm_source=rss</link><pubDate>%s</pubDate></item>`,
				s.items[i], s.srv.URL, s.items[i], time.Now().UTC().Format(time.RFC1123Z))
		}
		b.WriteString(`</channel></rss>`)
		w.Write([]byte(b.String()))
	case strings.HasPrefix(r.URL.Path, "/news/"):
		slug := strings.TrimPrefix(r.URL.Path, "/news/")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><head><title>%[1]s</title></head><body><nav><a href="/">Home</a></nav><article><h1>Story %[1]s</h1>
<p>The city council of Springfield approved a budget of $%[2]d million on Tuesday, according to council records.</p>
<p>Mayor Jane Doe said the plan, story %[1]s, would cut spending by 3 percent next year.</p></article>
<footer>Copyright</footer></body></html>`, slug, len(slug)*7)
	default:
		http.NotFound(w, r)
	}
}

// TestWatch: `claimpipe watch` on a local feed picks up a new item within one
// poll interval and never submits the same article twice, across a restart.
func TestWatch(t *testing.T) {
	site := &newsSite{}
	site.srv = httptest.NewServer(site)
	defer site.srv.Close()
	site.add("first-story")

	dir := t.TempDir()
	in := startRun(t, filepath.Join(dir, "data"), freeAddr(t), "--fetch-allow", "127.0.0.1/32")
	defer in.stop()

	seen := filepath.Join(dir, "seen.jsonl")
	submitted := map[string]int{}
	watch := func(until func() bool) {
		cmd := exec.Command(binPath, "watch", "--server", in.base, "--interval", "1s", "--seen", seen,
			"--fetch-allow", "127.0.0.1/32", "--log-format", "json", site.srv.URL+"/feed.xml")
		var logs bytes.Buffer
		cmd.Stderr = &logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		waitFor(t, "the watcher's submissions", 60*time.Second, until)
		_ = cmd.Process.Signal(syscall.SIGINT)
		if err := cmd.Wait(); err != nil {
			t.Errorf("watch exited with %v:\n%s", err, logs.String())
		}
		for _, line := range strings.Split(logs.String(), "\n") {
			if strings.Contains(line, `"msg":"submitted"`) {
				for _, it := range site.items {
					if strings.Contains(line, "/news/"+it) {
						submitted[it]++
					}
				}
			}
		}
	}
	watch(func() bool { return len(in.articles()) == 1 })

	// Restart the watcher, then publish a new item: only the new one is submitted.
	t0 := time.Now()
	go func() { time.Sleep(1500 * time.Millisecond); site.add("second-story") }()
	watch(func() bool { return len(in.articles()) == 2 })
	if d := time.Since(t0); d > 1500*time.Millisecond+3*time.Second {
		t.Errorf("the new item took %s to arrive; the poll interval is 1 s", d)
	}
	for slug, n := range submitted {
		if n != 1 {
			t.Errorf("%s submitted %d times across the restart, want once", slug, n)
		}
	}
	if len(submitted) != 2 {
		t.Errorf("submitted %v, want both stories once", submitted)
	}
}

// TestConfigMaxAge: feed items older than a week are skipped unless the
// configuration says otherwise (a first poll submitted a site's whole
// archive, with no setting to stop it); 0 lifts the limit.
func TestConfigMaxAge(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		yaml    string
		want    time.Duration
		wantErr string
	}{
		{"sources: []\n", 7 * 24 * time.Hour, ""},
		{"watch:\n  max_age: 48h\n", 48 * time.Hour, ""},
		{"watch:\n  max_age: 0s\n", 0, ""},
		{"watch:\n  max_age: -1h\n", 0, "watch.max_age -1h0m0s: want 0 (no limit) or more"},
	} {
		path := filepath.Join(dir, "c.yaml")
		if err := os.WriteFile(path, []byte(tt.yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		cfg, err := loadConfig(path)
		switch {
		case tt.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%q: %v, want an error saying %q", tt.yaml, err, tt.wantErr)
			}
		case err != nil:
			t.Errorf("%q: %v", tt.yaml, err)
		case cfg.maxAge() != tt.want:
			t.Errorf("%q: max age %s, want %s", tt.yaml, cfg.maxAge(), tt.want)
		}
	}
	if _, errOut, err := claimpipe(t, "watch", "--max-age", "-1h", "https://x.example/feed.xml"); exitCode(err) != 1 || !strings.Contains(errOut, "--max-age -1h0m0s") {
		t.Errorf("watch --max-age -1h: exit %d, %q", exitCode(err), errOut)
	}
}

// TestWatchFetchTimeout: watch fetches with the timeout of its --config
// (fetch.timeout), as run does; it used the 30 s default whatever the file
// said.
func TestWatchFetchTimeout(t *testing.T) {
	stall := make(chan struct{})
	defer close(stall)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		select { // the feed never answers
		case <-stall:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.yaml")
	if err := os.WriteFile(cfg, []byte("fetch:\n  allow: [\"127.0.0.1/32\"]\n  timeout: 1s\nsources:\n  - name: slow\n    url: "+srv.URL+"/feed.xml\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binPath, "watch", "--config", cfg, "--server", "http://127.0.0.1:1", "--seen", filepath.Join(dir, "seen.jsonl"),
		"--interval", "1h", "--log-format", "json")
	var logs bytes.Buffer
	cmd.Stderr = &lockedWriter{w: &logs, mu: new(sync.Mutex)}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	w := cmd.Stderr.(*lockedWriter)
	waitFor(t, "a fetch timed out after the configured 1s", 15*time.Second, func() bool {
		w.mu.Lock()
		defer w.mu.Unlock()
		return strings.Contains(logs.String(), "within 1s")
	})
}
