package postgres

import "testing"

// TestRedact: a password never shows in an error or a log line, in a URL's
// user part (escaped or not) or query, or in a keyword/value DSN.
func TestRedact(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"postgres://claimpipe:s3cret@db:5432/claims?sslmode=disable", "postgres://claimpipe:xxx@db:5432/claims?sslmode=disable"},
		{"postgres://postgres@127.0.0.1:5432/test", "postgres://postgres@127.0.0.1:5432/test"},
		{"postgresql://u@db/claims?password=s3cret", "postgresql://u@db/claims?password=xxx"},
		{"postgres://u:pa/ss@h/db", "postgres://u:xxx@h/db"},
		{"postgres://u:p%zz@h/db", "postgres://u:xxx@h/db"},
		{"host=db user=u password='s3 cret' dbname=claims", "host=db user=u password=xxx dbname=claims"},
	} {
		if got := Redact(c.in); got != c.want {
			t.Errorf("Redact(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
