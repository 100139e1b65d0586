package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalDates scores the temporal tagger on the shared development halves
// and holds it to floors: the acceptance figures for TempEval-3 and
// MEANTIME; for Recognizers-Text, a little under the figures reached (overlap
// F1 0.966, value accuracy of gold 0.784 on the 493 development cases; the
// issue asks 0.92 and 0.75), so that a regression fails. The value floor was
// 0.79 until "the past two years" became a TimeML DURATION (P2Y, article
// included), as TempEval-3 and MEANTIME write it and FORMAT.md asks, where
// Recognizers-Text writes a range without the article: ten of its cases.
// Set CLAIMPIPE_MISSES=1 to print every disagreement with the gold.
func TestEvalDates(t *testing.T) {
	shared, ok := SharedDir()
	if !ok {
		t.Skip("SKIP: shared data not found (set CLAIMPIPE_SHARED); temporal scores not measured")
	}
	var out strings.Builder
	rep, err := EvalDates(context.Background(), filepath.Join(shared, "data"), &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	if os.Getenv("CLAIMPIPE_MISSES") != "" {
		t.Log("\n" + strings.Join(rep.Misses, "\n"))
	}
	floor := func(name string, got, want float64) {
		t.Helper()
		if got < want {
			t.Errorf("%s = %.3f, below the floor %.3f", name, got, want)
		}
	}
	floor("TE3 relaxed F1", rep.TE3.RelaxedF1, 0.92)
	floor("TE3 value F1", rep.TE3.ValueF1, 0.82)
	floor("MEANTIME TIMEX overlap F1", rep.Meantime[0].OverlapF1, 0.75)
	floor("MEANTIME value accuracy on overlap matches", rep.MeantimeOverlapVA.Acc, 0.85)
	floor("MEANTIME value accuracy on exact matches", rep.Meantime[0].ValueAccExact, 0.85)
	floor("RT DateTime overlap F1", rep.RT[0].OverlapF1, 0.95)
	floor("RT DateTime value accuracy of gold", rep.RT[0].ValueAccGold, 0.775)
	if rep.RT[0].OverlapF1 < 0.92 || rep.RT[0].ValueAccGold < 0.75 {
		t.Logf("short of the issue's Recognizers-Text targets: overlap F1 %.3f (target 0.92), value accuracy of gold %.3f (target 0.75)",
			rep.RT[0].OverlapF1, rep.RT[0].ValueAccGold)
	}
}

func TestParseDCT(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2013-03-22", "2013-03-22"},
		{"03-02-2009", "2009-02-03"},
		{"2019-07-30T10:00:00Z", "2019-07-30"},
		{"2017-11-10 09:30", "2017-11-10"},
		{"", "0001-01-01"},
	} {
		got, err := ParseDCT(c.in)
		if err != nil || got.Format("2006-01-02") != c.want {
			t.Errorf("ParseDCT(%q) = %v, %v; want %s", c.in, got, err, c.want)
		}
	}
	if _, err := ParseDCT("soon"); err == nil {
		t.Error("ParseDCT(soon): no error")
	}
}

func TestTE3Tokens(t *testing.T) {
	text := "On May 2010, the 2009-2010 season."
	toks := te3Tokens(text)
	a, b := tokRange(toks, 3, 11) // "May 2010"
	if b-a != 2 {
		t.Errorf("May 2010 covers %d tokens, want 2", b-a)
	}
	a, b = tokRange(toks, 17, 21) // "2009"
	if b-a != 1 || text[toks[a].s:toks[a].e] != "2009" {
		t.Errorf("2009 maps to %d..%d", a, b)
	}
}
