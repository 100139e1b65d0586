package pipeline

import (
	"context"
	"reflect"
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
		// The default schedule: 10 s doubling to 30 min.
		{RetryPolicy{}, 1, 10 * time.Second},
		{RetryPolicy{}, 2, 20 * time.Second},
		{RetryPolicy{}, 4, 80 * time.Second},
		{RetryPolicy{}, 8, 1280 * time.Second},
		{RetryPolicy{}, 9, 30 * time.Minute}, // 2560 s, capped
		{RetryPolicy{}, 19, 30 * time.Minute},
		{RetryPolicy{}, 1000, 30 * time.Minute}, // no overflow
		{RetryPolicy{Base: time.Second}, 7, 64 * time.Second},
		{RetryPolicy{Max: 15 * time.Second}, 3, 15 * time.Second},
		{RetryPolicy{Base: 10 * time.Millisecond, Max: 50 * time.Millisecond}, 3, 40 * time.Millisecond},
		{RetryPolicy{Base: 10 * time.Millisecond, Max: 50 * time.Millisecond}, 4, 50 * time.Millisecond},
	}
	for _, c := range cases {
		if got := c.p.Delay(c.attempt); got != c.want {
			t.Errorf("%+v.Delay(%d) = %s, want %s", c.p, c.attempt, got, c.want)
		}
	}
}

// How long a transient failure is retried before its dead letter: the
// defaults outlast an outage of six hours.
func TestRetrySpan(t *testing.T) {
	cases := []struct {
		p          RetryPolicy
		maxDeliver int
		want       time.Duration
	}{
		// 10+20+40+80+160+320+640+1280 s, then 11 × 30 min.
		{RetryPolicy{}, 0, 6*time.Hour + 12*time.Minute + 30*time.Second},
		{RetryPolicy{}, DefaultMaxDeliver, 6*time.Hour + 12*time.Minute + 30*time.Second},
		{RetryPolicy{}, 1, 0},
		{RetryPolicy{}, 5, 150 * time.Second},
		// The old defaults (1 s doubling to 1 min, 5 deliveries): 15 s.
		{RetryPolicy{Base: time.Second, Max: time.Minute}, 5, 15 * time.Second},
		{RetryPolicy{Base: 100 * time.Millisecond, Max: 400 * time.Millisecond}, 5, 1100 * time.Millisecond},
	}
	for _, c := range cases {
		if got := c.p.Span(c.maxDeliver); got != c.want {
			t.Errorf("%+v.Span(%d) = %s, want %s", c.p, c.maxDeliver, got, c.want)
		}
	}
}

// The consumer settings JetStream gets are consistent whatever the options:
// BackOff no longer than MaxDeliver, AckWait its first entry.
func TestConsumerOptionsDefaults(t *testing.T) {
	cases := []struct {
		in   ConsumerOptions
		want ConsumerOptions
	}{
		{ConsumerOptions{}, ConsumerOptions{AckWait: 30 * time.Second, MaxDeliver: 20, MaxAckPending: 1000}},
		{ConsumerOptions{AckWait: time.Minute, MaxDeliver: 3, MaxAckPending: 10},
			ConsumerOptions{AckWait: time.Minute, MaxDeliver: 3, MaxAckPending: 10}},
		{ConsumerOptions{MaxDeliver: 2, BackOff: []time.Duration{time.Second, 2 * time.Second, 3 * time.Second}},
			ConsumerOptions{AckWait: time.Second, MaxDeliver: 2, MaxAckPending: 1000, BackOff: []time.Duration{time.Second, 2 * time.Second}}},
		{ConsumerOptions{MaxDeliver: -1}, ConsumerOptions{AckWait: 30 * time.Second, MaxDeliver: 20, MaxAckPending: 1000}},
	}
	for _, c := range cases {
		if got := c.in.withDefaults(); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%+v.withDefaults() = %+v, want %+v", c.in, got, c.want)
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
