package pipeline_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims/sqlite"
	"github.com/claimpipe/claimpipe/pipeline"
)

// BenchmarkChain measures the pipeline's own cost: b.N articles submitted
// and carried through four stages with trivial handlers into SQLite, on the
// embedded server, with JetStream fsyncing every write (the default) and
// with NATS's own default of every 2 minutes, and with work-queue streams
// (the default) or streams that retain processed messages
// (StreamConfig.Retain). Reports articles/s.
//
//	go test -run '^$' -bench Chain -benchtime 300x ./pipeline/
func BenchmarkChain(b *testing.B) {
	for _, c := range []struct {
		sync, retain time.Duration
	}{{0, 0}, {2 * time.Minute, 0}, {0, time.Hour}} {
		name := "sync=always"
		if c.sync > 0 {
			name = "sync=" + c.sync.String()
		}
		if c.retain > 0 {
			name += "/retain=" + c.retain.String()
		} else {
			name += "/workqueue"
		}
		b.Run(name, func(b *testing.B) {
			e := &env{t: b, dir: b.TempDir(), log: zap.NewNop(), sync: c.sync, streams: pipeline.StreamConfig{Retain: c.retain}}
			st, err := sqlite.Open(context.Background(), e.dir+"/claims.db", sqlite.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			e.store = st
			e.start()
			o := e.opts()
			o.Concurrency = 0 // the defaults: DefaultConcurrency in flight, GOMAXPROCS handlers; the store's
			e.run(e.chain(o, fetch)...)
			b.ResetTimer()
			start := time.Now()
			// Submitters in parallel, as many sources would.
			var wg sync.WaitGroup
			next := make(chan int)
			for range 8 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := range next {
						e.submit(fmt.Sprintf("bench-%d", i), fmt.Sprintf("b-%d.txt", i), article(i))
					}
				}()
			}
			for i := range b.N {
				next <- i
			}
			close(next)
			wg.Wait()
			waitFor(b, "all stored", 5*time.Minute, func() bool { a, _ := e.counts(); return a >= b.N })
			b.StopTimer()
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "articles/s")
		})
	}
}

// BenchmarkSubmit measures Submit alone (8 submitters), the cost of one
// stored, acknowledged message, with fsync always and every 2 minutes.
//
//	go test -run '^$' -bench Submit -benchtime 1000x ./pipeline/
func BenchmarkSubmit(b *testing.B) {
	for _, syncEvery := range []time.Duration{0, 2 * time.Minute} {
		name := "sync=always"
		if syncEvery > 0 {
			name = "sync=" + syncEvery.String()
		}
		b.Run(name, func(b *testing.B) {
			e := &env{t: b, dir: b.TempDir(), log: zap.NewNop(), sync: syncEvery}
			e.start()
			var wg sync.WaitGroup
			next := make(chan int)
			for range 8 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := range next {
						e.submit(fmt.Sprintf("bench-%d", i), fmt.Sprintf("b-%d.txt", i), article(i))
					}
				}()
			}
			b.ResetTimer()
			for i := range b.N {
				next <- i
			}
			close(next)
			wg.Wait()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
		})
	}
}
