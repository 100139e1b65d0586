package pipeline

import (
	"context"
	"sync"

	"github.com/nats-io/nats.go/jetstream"
)

// RunStages runs every runner until ctx is cancelled and all have drained.
// If one fails to start, the others are stopped and its error is returned.
func RunStages(ctx context.Context, js jetstream.JetStream, runners ...*StageRunner) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	for _, r := range runners {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := r.Run(ctx, js); err != nil {
				once.Do(func() { first = err })
				cancel()
			}
		}()
	}
	wg.Wait()
	return first
}
