package eval

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

func TestBylineMatch(t *testing.T) {
	tests := []struct {
		want, got string
		ok        bool
	}{
		{"By Erin Cunningham", "Erin Cunningham", true},
		{"JOE HILDEBRAND", "Joe Hildebrand", true},
		{"by Lucas Nolan22 Dec 2016651", "Lucas Nolan", true},
		{"Alex Heath", "Nilay Patel", false},
		{"Alex Heath", "", false},
	}
	for _, tt := range tests {
		if got := BylineMatch(tt.want, tt.got); got != tt.ok {
			t.Errorf("BylineMatch(%q, %q) = %v, want %v", tt.want, tt.got, got, tt.ok)
		}
	}
}

func TestSameDate(t *testing.T) {
	tests := []struct {
		want, got string
		ok        bool
	}{
		{"2015-07-24T05:36:09+01:00", "2015-07-24T05:36:09+01:00", true},
		{"2017-11-03 03:01:00.000000", "2017-11-03", true},
		{"2018-04-05T06:00", "2018-04-05T06:00:00Z", true},
		{"2024-06-25", "2024-06-26", false},
		{"2024-06-25", "", false},
	}
	for _, tt := range tests {
		if got := SameDate(tt.want, tt.got); got != tt.ok {
			t.Errorf("SameDate(%q, %q) = %v, want %v", tt.want, tt.got, got, tt.ok)
		}
	}
}

func TestEvalMetadata(t *testing.T) {
	shared, ok := SharedDir()
	dir := filepath.Join(shared, "data", "readability-pages")
	if _, err := os.Stat(dir); !ok || err != nil {
		t.Skipf("SKIPPED: readability-pages not found (shared dir %q); set CLAIMPIPE_SHARED", shared)
	}
	var out bytes.Buffer
	s, err := EvalMetadata(context.Background(), dir, &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	if s.Pages < 30 {
		t.Errorf("pages = %d, want the 37 of the shared half", s.Pages)
	}
	if s.Title < 0.95 {
		t.Errorf("title exact match %.3f < 0.95", s.Title)
	}
	if s.Published < 0.90 {
		t.Errorf("published-date accuracy %.3f < 0.90", s.Published)
	}
	if s.Byline < 0.85 {
		t.Errorf("byline lenient match %.3f < 0.85 (31 of 35 on the shared half)", s.Byline)
	}
}

// A folder without the set's pages is refused with the folder named, not
// scored as zero pages.
func TestEvalMetadataEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	_, err := EvalMetadata(context.Background(), dir, io.Discard)
	if err == nil || !strings.Contains(err.Error(), dir) || claims.ErrorKind(err) != claims.Invalid {
		t.Fatalf("EvalMetadata(empty folder) error = %v, want an invalid-input error naming %s", err, dir)
	}
}
