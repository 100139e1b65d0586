package eval

import (
	"io"
	"os"
	"path/filepath"
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
}
