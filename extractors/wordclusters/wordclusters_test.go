package wordclusters_test

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/extractors/wordclusters"
)

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

func TestParse(t *testing.T) {
	l, err := wordclusters.Parse(gz(t, "# header\n0010\tlondon paris\n0011\tberlin\n1\tsaid\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ word, want string }{
		{"london", "0010"}, {"paris", "0010"}, {"berlin", "0011"}, {"said", "1"}, {"London", ""}, {"nowhere", ""}, {"", ""},
	}
	for _, tt := range tests {
		if got := l.Path(tt.word); got != tt.want {
			t.Errorf("Path(%q) = %q, want %q", tt.word, got, tt.want)
		}
		if got := l.PathBytes([]byte(tt.word)); got != tt.want {
			t.Errorf("PathBytes(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
	if l.Len() != 4 {
		t.Errorf("Len = %d, want 4", l.Len())
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"01x\tword\n", "noTab\n", "\tword\n"} {
		if _, err := wordclusters.Parse(gz(t, in)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("Parse(%q) error = %v, want one naming line 1", in, err)
		}
	}
	if _, err := wordclusters.Parse([]byte("not gzip")); err == nil {
		t.Error("Parse of non-gzip data succeeded")
	}
}

func TestNilLexicon(t *testing.T) {
	var l *wordclusters.Lexicon
	if l.Path("london") != "" || l.PathBytes([]byte("x")) != "" || l.Len() != 0 {
		t.Error("a nil lexicon knows words")
	}
}

// TestEmbedded checks the shipped lexicon: it loads, is large, and puts
// words used alike closer in the tree than words used differently.
func TestEmbedded(t *testing.T) {
	l, err := wordclusters.Load()
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() < 300000 {
		t.Fatalf("embedded lexicon has %d words, want over 300,000", l.Len())
	}
	common := func(a, b string) int {
		pa, pb := l.Path(a), l.Path(b)
		n := 0
		for n < len(pa) && n < len(pb) && pa[n] == pb[n] {
			n++
		}
		return n
	}
	for _, w := range []string{"london", "smith", "microsoft", "billion", "monday", "french"} {
		if l.Path(w) == "" {
			t.Errorf("embedded lexicon lacks %q", w)
		}
	}
	// Closer pairs share a longer prefix than a pair across kinds.
	for _, c := range []struct{ a, b, far string }{
		{"monday", "tuesday", "banana"},
		{"million", "billion", "yellow"},
		{"ronaldo", "messi", "tuesday"},
	} {
		if near, far := common(c.a, c.b), common(c.a, c.far); near <= far {
			t.Errorf("%s/%s share %d bits, %s/%s share %d: want the first pair closer", c.a, c.b, near, c.a, c.far, far)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	data, _ := wordclusters.Load() // the embedded bytes, decoded for the size only
	_ = data
	for b.Loop() {
		if _, err := wordclusters.ParseEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}
