package article_test

import (
	"bytes"
	"net/url"
	"testing"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/claimpipe/claimpipe/eval"
	"github.com/claimpipe/claimpipe/extractors/article"
)

// sharedPages loads the 91 article-extraction pages, skipping loudly when the
// shared data is absent.
func sharedPages(tb testing.TB) []eval.ArticlePage {
	tb.Helper()
	shared, ok := eval.SharedDir()
	if !ok {
		tb.Skip("SKIPPED: shared data not found; set CLAIMPIPE_SHARED to the shared folder")
	}
	pages, err := eval.LoadArticlePages(shared + "/data/article-extraction")
	if err != nil || len(pages) == 0 {
		tb.Skipf("SKIPPED: article-extraction pages not loadable: %v", err)
	}
	return pages
}

// runBench times extract over every shared page and reports pages/s, MB/s
// and the benchmark F1 of the texts it returned.
func runBench(b *testing.B, extract func(p eval.ArticlePage) string) {
	pages := sharedPages(b)
	var size int
	gold, pred := map[string]string{}, map[string]string{}
	for _, p := range pages {
		size += len(p.HTML)
		gold[p.ID] = p.Gold
		pred[p.ID] = extract(p)
	}
	score, _ := eval.ScoreBodies(gold, pred)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			extract(p)
		}
	}
	if cpu := (cpuTime() - cpu0).Seconds(); cpu > 0 {
		// Process CPU time, GC included: the one-core figure when other
		// jobs share the machine and stretch the wall clock.
		b.ReportMetric(float64(len(pages)*b.N)/cpu, "pages/cpu-s")
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(len(pages)*b.N)/secs, "pages/s")
	b.ReportMetric(float64(size*b.N)/1e6/secs, "MB/s")
	b.ReportMetric(score.F1, "F1")
	b.ReportMetric(score.Precision, "P")
}

// BenchmarkExtract is HTML to text and metadata on one goroutine, parsing
// included. Run with -cpu 1 for the one-core figure.
func BenchmarkExtract(b *testing.B) {
	runBench(b, func(p eval.ArticlePage) string {
		a, _ := article.Extract(p.HTML, p.URL)
		return a.Text
	})
}

// BenchmarkReadeckReadability is the same run for the fastest peer measured,
// codeberg.org/readeck/go-readability, so the ratio can be quoted.
func BenchmarkReadeckReadability(b *testing.B) {
	parser := readability.NewParser()
	runBench(b, func(p eval.ArticlePage) string {
		u, _ := url.Parse(p.URL)
		a, err := parser.Parse(bytes.NewReader(p.HTML), u)
		if err != nil {
			return ""
		}
		var buf bytes.Buffer
		if err := a.RenderText(&buf); err != nil {
			return ""
		}
		return buf.String()
	})
}
