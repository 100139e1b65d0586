package pipeline

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimpipe/claimpipe/claims"
)

func TestRetryDelay(t *testing.T) {
	cases := []struct {
		p       RetryPolicy
		attempt uint64
		want    time.Duration
	}{
		{RetryPolicy{}, 1, time.Second},
		{RetryPolicy{}, 2, 2 * time.Second},
		{RetryPolicy{}, 4, 8 * time.Second},
		{RetryPolicy{}, 30, time.Minute},
		{RetryPolicy{Base: 10 * time.Millisecond, Max: 50 * time.Millisecond}, 3, 40 * time.Millisecond},
		{RetryPolicy{Base: 10 * time.Millisecond, Max: 50 * time.Millisecond}, 4, 50 * time.Millisecond},
	}
	for _, c := range cases {
		if got := c.p.Delay(c.attempt); got != c.want {
			t.Errorf("%+v.Delay(%d) = %s, want %s", c.p, c.attempt, got, c.want)
		}
	}
}

func TestNakDelayUndoesBackOffOffset(t *testing.T) {
	retry := RetryPolicy{Base: time.Second, Max: time.Hour}
	cases := []struct {
		backoff []time.Duration
		attempt uint64
		want    time.Duration
	}{
		{nil, 1, time.Second},
		{nil, 3, 4 * time.Second},
		// BackOff [10s, 12s, 60s]: JetStream adds BackOff[n-1]-10s.
		{[]time.Duration{10 * time.Second, 12 * time.Second, time.Minute}, 1, time.Second},
		{[]time.Duration{10 * time.Second, 12 * time.Second, time.Minute}, 3, time.Millisecond}, // 4s - 50s: floor
		{[]time.Duration{10 * time.Second, 11 * time.Second}, 2, time.Second},                   // 2s - 1s
		{[]time.Duration{10 * time.Second, 11 * time.Second}, 5, 15 * time.Second},              // 16s - 1s (last entry)
	}
	for _, c := range cases {
		r := Stage("t", Submitted, Fetched, func(context.Context, *claims.Submission) (*claims.Page, error) { return nil, nil },
			Options{Retry: retry, Consumer: ConsumerOptions{BackOff: c.backoff, MaxDeliver: 10}})
		if got := r.nakDelay(c.attempt); got != c.want {
			t.Errorf("backoff %v attempt %d: nakDelay = %s, want %s", c.backoff, c.attempt, got, c.want)
		}
	}
}

type sinkFunc func(ctx context.Context, d *claims.DeadLetter) error

func (f sinkFunc) AddDeadLetter(ctx context.Context, d *claims.DeadLetter) error { return f(ctx, d) }

// A message whose deliveries run out without any runner acknowledging or
// terminating it (workers that die on it every time) is dead-lettered from
// JetStream's max-deliveries advisory and removed from the work queue.
func TestMaxDeliveriesAdvisoryDeadLetters(t *testing.T) {
	ctx := context.Background()
	emb, err := StartEmbedded(ctx, EmbeddedOptions{Dir: t.TempDir()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Shutdown()
	js, err := emb.JetStream()
	if err != nil {
		t.Fatal(err)
	}
	if err := EnsureStreams(ctx, js, StreamConfig{}); err != nil {
		t.Fatal(err)
	}
	var (
		mu  sync.Mutex
		got []*claims.DeadLetter
	)
	sink := sinkFunc(func(_ context.Context, d *claims.DeadLetter) error {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, d)
		return nil
	})
	r := FetchStage(func(context.Context, *claims.Submission) (*claims.Page, error) {
		t.Error("handler must not run")
		return nil, nil
	}, Options{DeadLetters: sink, Consumer: ConsumerOptions{AckWait: 200 * time.Millisecond, MaxDeliver: 2}})
	cons, err := r.EnsureConsumer(ctx, js)
	if err != nil {
		t.Fatal(err)
	}
	stop, err := r.watchMaxDeliveries(ctx, js)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if _, err := Submit(ctx, js, &claims.Submission{ID: "poison", URL: "https://poison.example/a"}); err != nil {
		t.Fatal(err)
	}
	// Two "workers" take it and die.
	for i := range 2 {
		b, err := cons.Fetch(1, jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for range b.Messages() {
			n++
		}
		if n != 1 {
			t.Fatalf("delivery %d: got %d messages", i+1, n)
		}
	}
	// A live worker pulls again: JetStream finds the deliveries exhausted,
	// delivers nothing and sends the advisory.
	b, err := cons.Fetch(1, jetstream.FetchMaxWait(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for m := range b.Messages() {
		t.Errorf("delivered beyond MaxDeliver: %s", m.Data())
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		mu.Lock()
		n := len(got)
		mu.Unlock()
		if n > 0 {
			break
		}
		if time.Now().After(deadline) {
			ci, _ := cons.Info(ctx)
			t.Fatalf("no dead letter from the max-deliveries advisory; consumer %+v delivered %+v ackfloor %+v pending %d acks %d redelivered %d", ci.Config, ci.Delivered, ci.AckFloor, ci.NumPending, ci.NumAckPending, ci.NumRedelivered)
		}
		time.Sleep(20 * time.Millisecond)
	}
	d := got[0]
	if d.Stage != StageFetch || d.Input != "https://poison.example/a" || d.MsgID != "poison" || d.Deliveries != 2 || d.Kind != claims.Transient || len(d.Data) == 0 {
		t.Errorf("dead letter = %+v", d)
	}
	backlog, err := Backlog(ctx, js)
	if err != nil {
		t.Fatal(err)
	}
	if b := backlog; b[Submitted.Stream] != 0 || b[DLQStream] != 1 {
		t.Errorf("backlog after dead-lettering = %v; want the poison message moved to the DLQ", b)
	}
}
