package pipeline_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/pipeline"
)

// TestParallelism checks that at most Parallelism handlers of a worker run at
// once while Concurrency deliveries are in flight, and the stage defaults: the
// fetch stage runs all of its deliveries, a CPU stage GOMAXPROCS unless told.
func TestParallelism(t *testing.T) {
	for _, tc := range []struct {
		name                     string
		fetchStage               bool // FetchStage (I/O) instead of a plain Stage
		concurrency, parallelism int
		want                     int // most handlers seen running at once
	}{
		{"cpu stage, 2 of 6", false, 6, 2, 2},
		{"cpu stage, 1 of 6", false, 6, 1, 1},
		{"cpu stage, parallelism above concurrency", false, 3, 8, 3},
		{"fetch stage runs every delivery", true, 6, 0, 6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			var (
				mu            sync.Mutex
				running, most int
			)
			h := func(ctx context.Context, s *claims.Submission) (*claims.Page, error) {
				mu.Lock()
				running++
				most = max(most, running)
				mu.Unlock()
				time.Sleep(60 * time.Millisecond)
				mu.Lock()
				running--
				mu.Unlock()
				return fetch(ctx, s)
			}
			o := e.opts()
			o.Concurrency, o.Parallelism = tc.concurrency, tc.parallelism
			r := pipeline.Stage(pipeline.StageFetch, pipeline.Submitted, pipeline.Fetched, h, o)
			if tc.fetchStage {
				r = pipeline.FetchStage(h, o)
			}
			const n = 24
			for i := range n {
				e.submit(fmt.Sprintf("p-%d", i), fmt.Sprintf("p-%d.txt", i), article(i))
			}
			e.run(r)
			waitFor(t, "all fetched", 20*time.Second, func() bool {
				b, err := pipeline.Backlog(context.Background(), e.js)
				return err == nil && b[pipeline.Fetched.Stream] == n && b[pipeline.Submitted.Stream] == 0
			})
			mu.Lock()
			defer mu.Unlock()
			if most != tc.want {
				t.Errorf("at most %d handlers ran at once, want %d", most, tc.want)
			}
		})
	}
}
