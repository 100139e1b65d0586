package eval

import (
	"bufio"
	"context"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func articleDir(t testing.TB) string {
	t.Helper()
	shared, ok := SharedDir()
	dir := filepath.Join(shared, "data", "article-extraction")
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); !ok || err != nil {
		t.Skipf("SKIPPED: article-extraction data not found (shared dir %q); set CLAIMPIPE_SHARED", shared)
	}
	return dir
}

// listedScores parses the README table of expected scores: file stem ->
// F1, precision, recall, accuracy.
func listedScores(t *testing.T, readme string) map[string][4]float64 {
	f, err := os.Open(readme)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][4]float64{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cells := strings.Split(sc.Text(), "|")
		if len(cells) != 8 {
			continue
		}
		stem := strings.Fields(strings.TrimSpace(cells[1]))
		if len(stem) == 0 {
			continue
		}
		var v [4]float64
		ok := true
		for i := range v {
			x, err := strconv.ParseFloat(strings.TrimSpace(cells[3+i]), 64)
			if err != nil {
				ok = false
				break
			}
			v[i] = x
		}
		if ok {
			out[stem[0]] = v
		}
	}
	return out
}

func TestScorerReproducesListedScores(t *testing.T) {
	dir := articleDir(t)
	gold, _, err := ReadArticleBodies(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := listedScores(t, filepath.Join(dir, "README.md"))
	files, _ := filepath.Glob(filepath.Join(dir, "predictions", "*.json"))
	if len(files) == 0 || len(want) < len(files) {
		t.Fatalf("%d prediction files, %d listed scores", len(files), len(want))
	}
	for _, f := range files {
		stem := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(stem, func(t *testing.T) {
			w, ok := want[stem]
			if !ok {
				t.Fatalf("no listed score for %s", stem)
			}
			pred, _, err := ReadArticleBodies(f)
			if err != nil {
				t.Fatal(err)
			}
			s, _ := ScoreBodies(gold, pred)
			got := [4]float64{s.F1, s.Precision, s.Recall, s.Accuracy}
			for i, name := range []string{"F1", "precision", "recall", "accuracy"} {
				if math.Abs(got[i]-w[i]) > 5e-7 {
					t.Errorf("%s %s = %.6f, README lists %.6f", stem, name, got[i], w[i])
				}
			}
		})
	}
}

func TestScorePage(t *testing.T) {
	tests := []struct {
		name, gold, pred string
		p, r             float64
		empty, exact     bool
	}{
		{"identical", "one two three four five", "one two three four five", 1, 1, false, true},
		{"both empty", "", "", 1, 1, true, true},
		{"empty prediction", "one two three four", "", 0, 0, true, false},
		{"short texts one shingle", "a b", "a b", 1, 1, false, true},
		{"half", "a b c d e", "a b c d", 1, 0.5, false, false},
		{"unicode letters", "Zürich café naïve 東京 x", "Zürich café naïve 東京 x", 1, 1, false, true},
		{"punctuation ignored", "a, b. c! d", "a b c d", 1, 1, false, true},
		{"disjoint", "a b c d", "e f g h", 0, 0, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := ScorePage(tt.gold, tt.pred)
			if math.Abs(ps.Precision-tt.p) > 1e-9 || math.Abs(ps.Recall-tt.r) > 1e-9 || ps.Empty != tt.empty || ps.Exact != tt.exact {
				t.Errorf("ScorePage = %+v, want P %v R %v empty %v exact %v", ps, tt.p, tt.r, tt.empty, tt.exact)
			}
		})
	}
}

func TestEvalArticles(t *testing.T) {
	dir := articleDir(t)
	if testing.Short() {
		t.Skip("SKIPPED: -short")
	}
	s, err := EvalArticles(context.Background(), dir, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("article extraction on %d pages: P %.4f R %.4f F1 %.4f accuracy %.4f, %.0f pages/s", s.Pages, s.Precision, s.Recall, s.F1, s.Accuracy, s.PagesPerSec)
	if s.Pages != 91 {
		t.Errorf("pages = %d, want 91", s.Pages)
	}
	// Issue 3's acceptance: F1 >= 0.970 and precision >= 0.95 (go-trafilatura
	// scores 0.965 here). The held-out half is scored apart from this test.
	if s.F1 < 0.970 || s.Precision < 0.95 {
		t.Errorf("F1 %.4f precision %.4f: below the acceptance floor 0.970 / 0.95", s.F1, s.Precision)
	}
}
