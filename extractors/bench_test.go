package extractors_test

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/eval"
)

// corpus is the gold article bodies of the shared benchmark pages: real news
// text, as the annotate path sees it after main-text extraction.
func corpus(b *testing.B) (docs []string, words int) {
	b.Helper()
	dir, ok := eval.SharedDir()
	if !ok {
		b.Skip("SKIP: shared data not found (set CLAIMPIPE_SHARED); the annotate benchmarks need its article bodies")
	}
	bodies, _, err := eval.ReadArticleBodies(filepath.Join(dir, "data", "article-extraction", "ground-truth.json"))
	if err != nil {
		b.Fatal(err)
	}
	ids := make([]string, 0, len(bodies))
	for id := range bodies {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		docs = append(docs, bodies[id])
		words += len(strings.Fields(bodies[id]))
	}
	return docs, words
}

func reportWords(b *testing.B, words int) {
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkAnnotate is the full annotate path: sentences, entities, dates,
// money, over the whole corpus per iteration.
func BenchmarkAnnotate(b *testing.B) {
	e := newEngine(b)
	docs, words := corpus(b)
	dct := time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			e.Annotate(d, dct)
		}
	}
	reportWords(b, words)
}

// BenchmarkAnnotateAndClaims is Engine.Extract on the same texts: the
// annotate path plus check-worthiness scoring, claim building and the span
// checks. Its time over BenchmarkAnnotate's is what claims cost.
func BenchmarkAnnotateAndClaims(b *testing.B) {
	e := newEngine(b)
	docs, words := corpus(b)
	pages := make([]*claims.Page, len(docs))
	for i, d := range docs {
		pages[i] = page("doc", d, "2019-11-19")
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := e.Extract(p); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportWords(b, words)
}

// BenchmarkProse is the baseline: prose v2's full pipeline (tokens,
// sentences, tags, entities) with its model loaded once, on the same corpus.
func BenchmarkProse(b *testing.B) {
	docs, words := corpus(b)
	d, err := prose.NewDocument("Loading.", prose.WithSegmentation(false))
	if err != nil {
		b.Fatal(err)
	}
	model := d.Model
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, text := range docs {
			if _, err := prose.NewDocument(text, prose.UsingModel(model)); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportWords(b, words)
}

// BenchmarkLoad is the cost of loading every model (extractors.New).
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := newEngineUncached(); err != nil {
			b.Fatal(err)
		}
	}
}
