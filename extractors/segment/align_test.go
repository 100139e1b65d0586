package segment_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/eval"
	"github.com/claimpipe/claimpipe/extractors/segment"
)

// TestGoldMentionsOnTokenBoundaries checks that the gold mentions of the
// shared scoring sets (names, dates, money) start and end on token
// boundaries, as a tagger over these tokens needs: a mention that starts
// or ends inside a token cannot be found exactly.
func TestGoldMentionsOnTokenBoundaries(t *testing.T) {
	dir, ok := eval.SharedDir()
	if !ok {
		t.Skip("SHARED DATA ABSENT: skipping mention/token alignment")
	}
	sets := []struct {
		docs, gold string
		min        float64
	}{
		{"meantime.docs.jsonl", "meantime-ner.gold.jsonl", 0.99},
		{"meantime.docs.jsonl", "meantime-timex.gold.jsonl", 0.99},
		{"meantime.docs.jsonl", "meantime-money.gold.jsonl", 0.99},
		{"te3.docs.jsonl", "te3.gold.jsonl", 0.98},
		{"rt-datetime.docs.jsonl", "rt-datetime.gold.jsonl", 0.98},
		{"rt-currency.docs.jsonl", "rt-currency.gold.jsonl", 0.98},
	}
	for _, set := range sets {
		docs, err := eval.ReadJSONL[eval.Doc](filepath.Join(dir, "data", "scoring", set.docs))
		if err != nil {
			t.Fatal(err)
		}
		gold, err := eval.ReadJSONL[eval.GoldDoc](filepath.Join(dir, "data", "scoring", set.gold))
		if err != nil {
			t.Fatal(err)
		}
		byID := map[string]*segment.Doc{}
		for _, d := range docs {
			byID[d.ID] = segment.Split(d.Text)
		}
		total, aligned := 0, 0
		var bad []string
		for _, g := range gold {
			d := byID[g.ID]
			if d == nil {
				continue
			}
			starts, ends := map[int]bool{}, map[int]bool{}
			for _, tk := range d.Tokens {
				starts[tk.Start], ends[tk.End] = true, true
			}
			for _, m := range g.Mentions {
				total++
				if starts[m.Start] && ends[m.End] {
					aligned++
				} else if len(bad) < 8 {
					lo, hi := max(0, m.Start-15), min(len(d.Text), m.End+15)
					bad = append(bad, fmt.Sprintf("%q in %q", m.Text, d.Text[lo:hi]))
				}
			}
		}
		rate := float64(aligned) / float64(max(total, 1))
		t.Logf("%s: %d/%d gold mentions on token boundaries (%.3f)", set.gold, aligned, total, rate)
		if rate < set.min {
			t.Errorf("%s: alignment %.3f below %.2f; e.g.\n  %s", set.gold, rate, set.min, strings.Join(bad, "\n  "))
		} else if testing.Verbose() && len(bad) > 0 {
			t.Logf("  misaligned, e.g.\n  %s", strings.Join(bad, "\n  "))
		}
	}
}
