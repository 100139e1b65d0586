package temporal_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/eval"
	"github.com/claimpipe/claimpipe/extractors/temporal"
)

// BenchmarkTag tags the shared news documents (TempEval-3 and MEANTIME) and
// reports words per second on one goroutine.
func BenchmarkTag(b *testing.B) {
	shared, ok := eval.SharedDir()
	if !ok {
		b.Skip("SKIP: shared data not found (set CLAIMPIPE_SHARED); no news corpus to benchmark")
	}
	var docs []eval.Doc
	for _, name := range []string{"te3.docs.jsonl", "meantime.docs.jsonl"} {
		d, err := eval.ReadJSONL[eval.Doc](filepath.Join(shared, "data", "scoring", name))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d...)
	}
	words := 0
	dcts := make([]time.Time, len(docs))
	for i, d := range docs {
		words += len(strings.Fields(d.Text))
		dcts[i], _ = eval.ParseDCT(d.DCT)
	}
	tg := temporal.New()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for j, d := range docs {
			n += len(tg.Tag(d.Text, dcts[j]))
		}
	}
	b.StopTimer()
	if n == 0 {
		b.Fatal("no mentions")
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
