package sqlite_test

import (
	"context"
	"fmt"
	"runtime"
	"sync/atomic"

	"golang.org/x/sync/errgroup"

	"github.com/claimpipe/claimpipe/claims"
	"testing"
)

// BenchmarkSaveResult measures committing articles (2 mentions and 2 claims
// each, synchronous=FULL, WAL): one saver at a time, and 16 at once, as the
// pipeline's store stage does, which the group commit turns into shared
// transactions.
//
//	go test -run '^$' -bench SaveResult -benchtime 500x ./claims/sqlite/
func BenchmarkSaveResult(b *testing.B) {
	for _, savers := range []int{1, 16} {
		b.Run(fmt.Sprintf("savers=%d", savers), func(b *testing.B) {
			s := open(b)
			ctx := context.Background()
			var next atomic.Int64
			save := func() bool {
				i := next.Add(1)
				text := fmt.Sprintf("The council said it spent 100 on roads. Café owners paid 5 more in %d. Nothing else.", i)
				r := result(b, "u", text, []string{"100", "5"}, []string{"The council said it spent 100 on roads.", "Café owners paid 5 more in"})
				if _, err := s.SaveResult(ctx, r); err != nil {
					b.Error(err)
					return false
				}
				return true
			}
			b.ResetTimer()
			if savers == 1 {
				for range b.N {
					if !save() {
						return
					}
				}
			} else {
				b.SetParallelism(savers / runtime.GOMAXPROCS(0))
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() && save() {
					}
				})
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkSubmitAndSave is the store's share of the embedded pipeline: 16
// clients recording submissions (the desk's Recorder) while 16 store-stage
// savers commit results and mark those submissions stored, every commit
// durable. One op is one article: its submission recorded and its result
// saved.
//
//	go test -run '^$' -bench SubmitAndSave -benchtime 2000x ./claims/sqlite/
func BenchmarkSubmitAndSave(b *testing.B) {
	s := open(b)
	ctx := context.Background()
	var recorded, saved atomic.Int64
	n := int64(b.N)
	work := func(next *atomic.Int64, do func(i int64) error) func() error {
		return func() error {
			for i := next.Add(1); i <= n; i = next.Add(1) {
				if err := do(i); err != nil {
					return err
				}
			}
			return nil
		}
	}
	record := work(&recorded, func(i int64) error {
		sub := &claims.Submission{ID: fmt.Sprintf("s-%d", i), Name: fmt.Sprintf("f%d.html", i), Content: []byte("<p>x</p>"), ContentType: "text/html"}
		_, err := s.RecordSubmission(ctx, sub, []byte(`{"id":"x"}`))
		return err
	})
	save := work(&saved, func(i int64) error {
		text := fmt.Sprintf("The council said it spent 100 on roads. Café owners paid 5 more in %d. Nothing else.", i)
		r := result(b, "u", text, []string{"100", "5"}, []string{"The council said it spent 100 on roads.", "Café owners paid 5 more in"})
		_, err := s.SaveSubmissionResult(ctx, fmt.Sprintf("s-%d", i), r)
		return err
	})
	b.ResetTimer()
	var g errgroup.Group
	for range 16 {
		g.Go(record)
		g.Go(save)
	}
	if err := g.Wait(); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
