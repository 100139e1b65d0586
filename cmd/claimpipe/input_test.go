package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/extractors"
)

// TestInputArgumentErrors: an argument that is neither a file nor a URL the
// command takes is refused with what is wrong with it, naming it once
// (`ingest ftp://example.com/x` said "stat ftp://example.com/x: no such file
// or directory").
func TestInputArgumentErrors(t *testing.T) {
	cases := []struct {
		args []string
		arg  string   // the argument named, once
		want []string // what the message says
	}{
		{[]string{"ingest", "--server", "http://127.0.0.1:1"}, "ftp://example.com/x",
			[]string{"ftp URLs are not supported", "only http and https URLs", "local file"}},
		{[]string{"ingest", "--server", "http://127.0.0.1:1"}, "file:///tmp/a.html",
			[]string{"file URLs are not supported"}},
		{[]string{"annotate"}, "s3://bucket/docs.jsonl", []string{"s3 URLs are not supported", "local files"}},
		{[]string{"ingest", "--server", "http://127.0.0.1:1"}, "no-such-article.txt", []string{"no such file or directory"}},
		{[]string{"extract"}, "no-such-article.txt", []string{"no such file or directory"}},
		{[]string{"annotate"}, "no-such-docs.jsonl", []string{"no such file or directory"}},
	}
	for _, c := range cases {
		t.Run(c.args[0]+" "+c.arg, func(t *testing.T) {
			_, errOut, err := claimpipe(t, append(c.args, c.arg)...)
			if exitCode(err) != 1 {
				t.Errorf("exit %d, want 1\n%s", exitCode(err), errOut)
			}
			if n := strings.Count(errOut, c.arg); n != 1 {
				t.Errorf("stderr names %s %d times, want once: %q", c.arg, n, errOut)
			}
			for _, w := range c.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr %q lacks %q", errOut, w)
				}
			}
			if strings.Contains(c.arg, "://") && strings.Contains(errOut, "no such file") {
				t.Errorf("a URL taken for a missing file: %q", errOut)
			}
		})
	}
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestReadPageGzip: archived pages kept gzipped (a.html.gz) are read as the
// page inside, its type from the name under ".gz"; damaged gzip data and a
// page over the size limit once decompressed are refused, naming the file.
// extract refused them all as "binary content".
func TestReadPageGzip(t *testing.T) {
	const page = "<html><head><title>T</title></head><body><p>The council spent $5 million on roads in 2019, records show.</p></body></html>"
	good := gzipped(t, []byte(page))
	cases := []struct {
		name     string
		body     []byte
		wantBody string // "" when an error is wanted
		wantType string
		wantErr  string
	}{
		{"a.html", []byte(page), page, "text/html", ""},
		{"a.html.gz", good, page, "text/html", ""},
		{"a.txt.GZ", gzipped(t, []byte("Plain text.")), "Plain text.", "text/plain", ""},
		{"a.gz", good, page, "", ""}, // the bytes say it is gzip; the engine sees the HTML
		{"cut.html.gz", good[:len(good)/2], "", "", "gzip data cut short or damaged"},
		{"head.html.gz", []byte{0x1f, 0x8b, 0x08, 0x00, 'x'}, "", "", "gzip data that does not open"},
		{"bomb.html.gz", gzipped(t, make([]byte, extractors.MaxInputBytes+1)), "", "", "once decompressed"},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, c.name)
			if err := os.WriteFile(path, c.body, 0o600); err != nil {
				t.Fatal(err)
			}
			p, err := readPage(path)
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) || !strings.Contains(err.Error(), path) {
					t.Fatalf("readPage(%s) = %v, want an error naming it with %q", c.name, err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(p.Body) != c.wantBody || p.ContentType != c.wantType {
				t.Errorf("readPage(%s) = %q as %q, want %q as %q", c.name, p.Body, p.ContentType, c.wantBody, c.wantType)
			}
		})
	}
	for name, want := range map[string]bool{"a.html.gz": true, "a.TXT.gz": true, "a.gz": false, "a.jsonl.gz": false, "a.htm": true} {
		if got := isArticleFile(name); got != want {
			t.Errorf("isArticleFile(%q) = %v, want %v", name, got, want)
		}
	}
}
