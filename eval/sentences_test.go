package eval

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalSentencesGoldenRules(t *testing.T) {
	path := filepath.Join("..", "extractors", "segment", "testdata", SentenceRulesFile)
	w := io.Discard
	if testing.Verbose() {
		w = os.Stdout
	}
	ours, prose, total, err := EvalSentences(w, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("golden rules: ours %d/%d, prose %d/%d", ours, total, prose, total)
	if total != 49 {
		t.Errorf("read %d rules, want the 49 of prose's file", total)
	}
	if ours <= prose {
		t.Errorf("ours %d not above prose %d", ours, prose)
	}
	// 44 is every rule of the file a segmenter can pass: the expected
	// sentences of rules 31-35 do not occur in their input.
	if ours < 44 {
		t.Errorf("ours %d of prose's 49 golden rules, want the 44 reachable ones", ours)
	}
}

func TestEvalSentencesDir(t *testing.T) {
	ours, prose, total, err := EvalSentences(io.Discard, filepath.Join("..", "extractors", "segment"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("the 52 golden rules (prose's file made up from pragmatic_segmenter): ours %d/%d, prose %d/%d", ours, total, prose, total)
	if total != 52 {
		t.Errorf("read %d rules from the directory, want 52", total)
	}
	if ours < 52 {
		t.Errorf("ours %d of the 52 golden rules, want all", ours)
	}
}

func TestMergeRule(t *testing.T) {
	rule := func(name string) SentenceRule { return SentenceRule{Name: name} }
	names := func(rs []SentenceRule) string {
		var out []string
		for _, r := range rs {
			out = append(out, r.Name)
		}
		return strings.Join(out, "|")
	}
	base := func() []SentenceRule { return []SentenceRule{rule("1. a"), rule("3. c"), rule("4. d")} }
	for _, c := range []struct {
		add  SentenceRule
		want string
	}{
		{rule("3. C fixed"), "1. a|3. C fixed|4. d"},
		{rule("2. b"), "1. a|2. b|3. c|4. d"},
		{rule("52. z"), "1. a|3. c|4. d|52. z"},
		{rule("unnumbered"), "1. a|3. c|4. d|unnumbered"},
		{rule("33.) x"), "1. a|3. c|4. d|33.) x"},
	} {
		if got := names(mergeRule(base(), c.add)); got != c.want {
			t.Errorf("merge %q: got %s, want %s", c.add.Name, got, c.want)
		}
	}
	for name, want := range map[string]int{"31. List": 31, "33.) List": 33, "List": -1, "": -1, "7": 7} {
		if got := ruleNumber(name); got != want {
			t.Errorf("ruleNumber(%q) = %d, want %d", name, got, want)
		}
	}
}

func TestEvalSentenceBoundariesMeantime(t *testing.T) {
	dir, ok := SharedDir()
	if !ok {
		t.Skip("SHARED DATA ABSENT: skipping MEANTIME sentence boundaries")
	}
	path := filepath.Join(dir, "data", "scoring", "meantime.docs.jsonl")
	w := io.Discard
	if testing.Verbose() {
		w = os.Stdout
	}
	ours, prose, err := EvalSentenceBoundaries(w, path)
	if err != nil {
		t.Fatal(err)
	}
	if ours.Gold == 0 {
		t.Fatal("no gold boundaries read")
	}
	if ours.F1() < prose.F1() {
		t.Errorf("boundary F1 ours %.3f below prose %.3f", ours.F1(), prose.F1())
	}
	// Floors a little under the figures measured when this was written
	// (P 0.994, recall after final punctuation 0.990), to catch regressions.
	if ours.P() < 0.97 || ratio(ours.CuedCorrect, ours.Cued) < 0.97 {
		t.Errorf("boundaries: P %.3f, recall after final punctuation %.3f; want both >= 0.97",
			ours.P(), ratio(ours.CuedCorrect, ours.Cued))
	}
}

func TestCued(t *testing.T) {
	for text, want := range map[string]bool{"A b .": true, "He said . ''": true, "“Go.”": true, "Headline": false, "So…": true, "(x.)": true, "": false} {
		if got := cued(text, len(text)); got != want {
			t.Errorf("cued(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestLineBoundaries(t *testing.T) {
	flat, ends := lineBoundaries("Head line\nA b .\nC d .\n")
	if flat != "Head line A b . C d . " {
		t.Errorf("flat = %q", flat)
	}
	if len(ends) != 2 || !ends[9] || !ends[15] {
		t.Errorf("ends = %v, want {9, 15}", ends)
	}
}

func TestEvalSentenceSuite(t *testing.T) {
	// The MEANTIME part is covered by TestEvalSentenceBoundariesMeantime;
	// here a data folder without it must be skipped, not fail.
	var sb strings.Builder
	if err := EvalSentenceSuite(&sb, filepath.Join("..", "extractors", "segment", "testdata"), t.TempDir()); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	if !strings.Contains(out, "sentences: golden rules") || !strings.Contains(out, "absent, skipped") {
		t.Errorf("suite output lacks the golden-rules or skip line:\n%s", out)
	}
	if err := EvalSentenceSuite(&sb, filepath.Join(t.TempDir(), "missing.json"), ""); err == nil {
		t.Error("missing rules file: no error")
	}
}
