package main

import (
	"strings"
	"testing"
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
