package sqlite_test

import (
	"context"
	"fmt"
	"runtime"
	"sync/atomic"
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
