package extractors_test

import (
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/eval"
	"github.com/claimpipe/claimpipe/extractors"
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

// cpuSeconds is the CPU time this process has used: on a shared, noisy
// machine words per CPU-second is steadier than words per wall-second.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// measure runs fn b.N times and reports words per wall-second and per CPU-second.
func measure(b *testing.B, words int, fn func()) {
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		fn()
	}
	cpu := cpuSeconds() - cpu0
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		b.ReportMetric(float64(words)*float64(b.N)/cpu, "words/cpu-s")
	}
}

// BenchmarkAnnotate is the full annotate path: sentences, entities, dates,
// money, over the whole corpus per iteration.
func BenchmarkAnnotate(b *testing.B) {
	e := newEngine(b)
	docs, words := corpus(b)
	dct := time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC)
	measure(b, words, func() {
		for _, d := range docs {
			e.Annotate(d, dct)
		}
	})
}

// BenchmarkAnnotateAndClaims is the annotate path plus check-worthiness
// scoring and claim building (Engine.Analyze) on the same texts: its time
// over BenchmarkAnnotate's is what claims cost.
func BenchmarkAnnotateAndClaims(b *testing.B) {
	e := newEngine(b)
	docs, words := corpus(b)
	arts := make([]claims.Article, len(docs))
	for i, d := range docs {
		arts[i] = claims.Article{ID: claims.ArticleID(d), Text: d, Published: "2019-11-19"}
	}
	measure(b, words, func() {
		for j := range arts {
			e.Analyze(&arts[j])
		}
	})
}

// BenchmarkClaimsOverhead reports what scoring and building claims add to
// the annotate path, measured in one run.
//
// overhead-% is the acceptance figure. Each iteration goes over the corpus
// as Engine.Analyze does, article by article: it splits and annotates the
// article (Engine.Prepare, which is Engine.Annotate's work), then builds its
// claims from that (Engine.ClaimsOf, the rest of Analyze), and times each
// part on the thread's own CPU clock. overhead-% is the median over
// iterations of the claims parts' time over the annotate parts': what
// claims add to the path, with the cost of alternating the two included
// (the tagger's tables and the scorer's evict each other from the cache
// article by article). Timing the two parts of one pass on the thread's
// clock keeps a shared machine's other work out of the ratio: runs agree to
// half a point, where the difference of two whole passes spread by ten.
//
// batched-overhead-% is the claims of every article built as a pass of
// their own, over an annotate pass of its own (the process's CPU time,
// median over iterations): the same work with the tables warm, a lower
// bound. Run it with enough iterations, for example
//
//	go test -run '^$' -bench ClaimsOverhead -cpu 1 -benchtime 20x -count 5 ./extractors/
func BenchmarkClaimsOverhead(b *testing.B) {
	e := newEngine(b)
	docs, words := corpus(b)
	dct := time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC)
	arts := make([]claims.Article, len(docs))
	prep := make([]extractors.Prepared, len(docs))
	for i, d := range docs {
		arts[i] = claims.Article{ID: claims.ArticleID(d), Text: d, Published: "2019-11-19"}
		prep[i] = e.Prepare(&arts[i], dct)
	}
	annotate := func() float64 {
		cpu0 := cpuSeconds()
		for _, d := range docs {
			e.Annotate(d, dct)
		}
		return cpuSeconds() - cpu0
	}
	claimsOnly := func() float64 {
		cpu0 := cpuSeconds()
		for _, p := range prep {
			e.ClaimsOf(p)
		}
		return cpuSeconds() - cpu0
	}
	// interleaved is one pass as Analyze makes it, its two parts timed
	// apart on the thread's clock.
	interleaved := func() (ann, cl time.Duration) {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		for j := range arts {
			t0 := threadCPU()
			p := e.Prepare(&arts[j], dct)
			t1 := threadCPU()
			e.ClaimsOf(p)
			t2 := threadCPU()
			ann, cl = ann+t1-t0, cl+t2-t1
		}
		return ann, cl
	}
	var annSum, allSum time.Duration
	ratios := make([]float64, 0, b.N)
	batched := make([]float64, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ann, cl := interleaved()
		if ann <= 0 {
			b.Fatal("no CPU time measured")
		}
		annSum, allSum = annSum+ann, allSum+ann+cl
		ratios = append(ratios, cl.Seconds()/ann.Seconds())
		var a, c float64
		if i%2 == 0 {
			a, c = annotate(), claimsOnly()
		} else {
			c, a = claimsOnly(), annotate()
		}
		if a > 0 {
			batched = append(batched, c/a)
		}
	}
	b.ReportMetric(100*median(ratios), "overhead-%")
	if len(batched) > 0 {
		b.ReportMetric(100*median(batched), "batched-overhead-%")
	}
	b.ReportMetric(float64(words)*float64(b.N)/annSum.Seconds(), "annotate-words/cpu-s")
	b.ReportMetric(float64(words)*float64(b.N)/allSum.Seconds(), "claims-words/cpu-s")
}

// median returns the median of xs (which it sorts).
func median(xs []float64) float64 {
	sort.Float64s(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}

// BenchmarkExtract is the whole of Engine.Extract on text pages: Analyze
// plus reading the page, the article ID and the span checks.
func BenchmarkExtract(b *testing.B) {
	e := newEngine(b)
	docs, words := corpus(b)
	pages := make([]*claims.Page, len(docs))
	for i, d := range docs {
		pages[i] = page("doc", d, "2019-11-19")
	}
	measure(b, words, func() {
		for _, p := range pages {
			if _, err := e.Extract(p); err != nil {
				b.Fatal(err)
			}
		}
	})
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
	measure(b, words, func() {
		for _, text := range docs {
			if _, err := prose.NewDocument(text, prose.UsingModel(model)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkLoad is the cost of loading every model (extractors.New).
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := newEngineUncached(); err != nil {
			b.Fatal(err)
		}
	}
}
