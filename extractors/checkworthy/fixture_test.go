package checkworthy_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/eval"
	"github.com/claimpipe/claimpipe/extractors/checkworthy"
)

// sentenceEnd is a crude splitter, good enough to cut the fixture into
// sentences for this test (the product splits sentences elsewhere).
var sentenceEnd = regexp.MustCompile(`[.!?]["”]?\s+`)

// amount reports whether a sentence carries a money amount or a percentage.
var amount = regexp.MustCompile(`[$€£]\s?\d|\d\s?%|\d+(\.\d+)?\s(million|billion|trillion|percent)`)

// Issue 5, acceptance 3 (the scoring part): in the cambridge-analytica-assange
// fixture, "Neither Cambridge Analytica nor representatives for Assange
// returned requests for comment." scores below every sentence carrying an amount.
func TestFixtureNoCommentBelowAmounts(t *testing.T) {
	shared, ok := eval.SharedDir()
	if !ok {
		t.Skip("SKIP: shared folder not found (set CLAIMPIPE_SHARED): fixture ordering NOT checked")
	}
	b, err := os.ReadFile(filepath.Join(shared, "fixtures", "cambridge-analytica-assange", "article.txt"))
	if err != nil {
		t.Skipf("SKIP: %v: fixture ordering NOT checked", err)
	}
	m, err := checkworthy.Load()
	if err != nil {
		t.Fatal(err)
	}
	const noComment = "Neither Cambridge Analytica nor representatives for Assange returned requests for comment."
	var withAmount []string
	found := false
	for _, para := range strings.Split(string(b), "\n") {
		for _, s := range sentenceEnd.Split(strings.TrimSpace(para), -1) {
			s = strings.TrimSpace(s)
			if strings.HasPrefix(noComment, s) && s != "" {
				found = true
			}
			if amount.MatchString(s) {
				withAmount = append(withAmount, s)
			}
		}
	}
	if !found || len(withAmount) == 0 {
		t.Fatalf("fixture changed: no-comment sentence found %v, %d sentences with amounts", found, len(withAmount))
	}
	low := m.Score(noComment, nil)
	for _, s := range withAmount {
		if p := m.Score(s, nil); p <= low {
			t.Errorf("Score(%q) = %.3f <= %.3f of the no-comment sentence", s, p, low)
		}
	}
	t.Logf("no-comment sentence %.3f; %d sentences with amounts all above", low, len(withAmount))
}
