package pipeline_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/pipeline"
)

// A site that stays down: its fetch fails transiently on every delivery. It
// is retried with growing delays (the RetryPolicy, tiny here), each retry
// logged with its attempt and the delay before the next, and dead-lettered
// on the last of MaxDeliver deliveries, never before. Meanwhile a reconciler
// with a deadline shorter than the retries does not re-publish it: the
// stage tells the submission log it is only waiting for a retry. The
// reconciler's deadline (1 s) is far under the retries' 3.3 s, so one that
// counted from the submission would re-publish, and far over a loaded
// machine's scheduling delay, which at 250 ms did re-publish once under
// -race beside other test runs (the handler was called 10 times).
func TestTransientFailureBacksOffThenDeadLetters(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	const maxDeliver = 5
	retry := pipeline.RetryPolicy{Base: 300 * time.Millisecond, Max: 1200 * time.Millisecond}
	core, logs := observer.New(zapcore.InfoLevel)
	o := e.opts()
	o.Logger = zap.New(core)
	o.Consumer.MaxDeliver = maxDeliver
	o.Retry = retry

	var (
		mu    sync.Mutex
		calls []time.Time
		early []string // dead letters seen before the last delivery
	)
	down := func(ctx context.Context, s *claims.Submission) (*claims.Page, error) {
		mu.Lock()
		defer mu.Unlock()
		calls = append(calls, time.Now())
		if dls, _ := e.store.DeadLetters(ctx, 0); len(dls) > 0 {
			early = append(early, dls[0].Error)
		}
		return nil, claims.Errorf(claims.Transient, "fetch %s: dial tcp 127.0.0.1:1: connection refused", s.URL)
	}
	e.run(pipeline.FetchStage(down, o))
	rctx, stopRec := context.WithCancel(ctx)
	defer stopRec()
	rec := pipeline.NewReconciler(e.store, e.js, pipeline.ReconcilerOptions{Deadline: time.Second, Interval: 50 * time.Millisecond})
	go func() { _ = rec.Run(rctx) }()

	sub := &claims.Submission{ID: "down", URL: "http://127.0.0.1:1/refused.html", SubmittedAt: time.Now()}
	if err := (pipeline.Recorder{Store: e.store, JS: e.js}).Submit(ctx, sub); err != nil {
		t.Fatal(err)
	}
	var dls []claims.DeadLetter
	waitFor(t, "the dead letter", 20*time.Second, func() bool {
		dls, _ = e.store.DeadLetters(ctx, 0)
		return len(dls) > 0
	})
	time.Sleep(2 * retry.Max) // time for a delivery too many to show up
	stopRec()

	mu.Lock()
	defer mu.Unlock()
	if len(calls) != maxDeliver || len(early) > 0 {
		t.Fatalf("handler called %d times, want %d; dead letters before the last delivery: %q", len(calls), maxDeliver, early)
	}
	// 300 ms doubling to 1.2 s.
	delays := []time.Duration{300 * time.Millisecond, 600 * time.Millisecond, 1200 * time.Millisecond, 1200 * time.Millisecond}
	for i := 1; i < len(calls); i++ {
		gap, want := calls[i].Sub(calls[i-1]), delays[i-1]
		// Never early; late by at most a loaded machine's scheduling.
		if gap < want-5*time.Millisecond || gap > want+3*time.Second {
			t.Errorf("delivery %d came %s after delivery %d, want %s", i+1, gap, i, want)
		}
	}
	d := dls[0]
	if len(dls) != 1 || d.Deliveries != maxDeliver || d.Kind != claims.Transient || d.Stage != pipeline.StageFetch ||
		!strings.Contains(d.Error, "gave up after 5 attempts") || !strings.Contains(d.Error, "connection refused") {
		t.Errorf("dead letters = %+v; want one, transient, after %d deliveries", dls, maxDeliver)
	}
	if r, err := e.store.Submission(ctx, "down"); err != nil || r.State != claims.StateFailed || r.Attempts != 1 {
		t.Errorf("submission = %+v, %v; want failed after its one publication (the reconciler waited for the retries)", r, err)
	}

	// One "retrying later" line per retry, with the attempt, the delay
	// before the next and the delivery limit.
	retries := logs.FilterMessage("retrying later").All()
	if len(retries) != maxDeliver-1 {
		t.Fatalf("%d retry log lines, want %d: %v", len(retries), maxDeliver-1, retries)
	}
	for i, l := range retries {
		f := l.ContextMap()
		if f["attempt"] != uint64(i+1) || f["in"] != delays[i] || f["max_deliver"] != int64(maxDeliver) ||
			f["kind"] != string(claims.Transient) || f["input"] != sub.URL {
			t.Errorf("retry log line %d: %v", i+1, f)
		}
	}
}

// Consumers made by an older claimpipe (5 deliveries, 256 pending) are
// brought to the runner's settings when a stage starts, and what JetStream
// gets is consistent (BackOff no longer than MaxDeliver).
func TestEnsureConsumerUpdatesOlderSettings(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	old := jetstream.ConsumerConfig{Durable: pipeline.StageFetch, FilterSubject: pipeline.Submitted.Subject,
		AckPolicy: jetstream.AckExplicitPolicy, DeliverPolicy: jetstream.DeliverAllPolicy, AckWait: 30 * time.Second,
		MaxDeliver: 5, MaxAckPending: 256, MaxWaiting: 512}
	if _, err := e.js.CreateOrUpdateConsumer(ctx, pipeline.Submitted.Stream, old); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		opts    pipeline.ConsumerOptions
		ackWait time.Duration
		max     int
		pending int
		backoff []time.Duration
	}{
		{"defaults", pipeline.ConsumerOptions{}, 30 * time.Second, pipeline.DefaultMaxDeliver, pipeline.DefaultMaxAckPending, nil},
		{"flags", pipeline.ConsumerOptions{AckWait: 10 * time.Second, MaxDeliver: 8, MaxAckPending: 64}, 10 * time.Second, 8, 64, nil},
		{"backoff longer than max deliver", pipeline.ConsumerOptions{MaxDeliver: 2,
			BackOff: []time.Duration{time.Second, 5 * time.Second, 9 * time.Second}}, time.Second, 2, pipeline.DefaultMaxAckPending,
			[]time.Duration{time.Second, 5 * time.Second}},
	}
	for _, c := range cases {
		r := pipeline.FetchStage(fetch, pipeline.Options{Consumer: c.opts})
		cons, err := r.EnsureConsumer(ctx, e.js)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		info, err := cons.Info(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got := info.Config
		if got.AckWait != c.ackWait || got.MaxDeliver != c.max || got.MaxAckPending != c.pending ||
			len(got.BackOff) != len(c.backoff) || len(c.backoff) > 0 && got.BackOff[1] != c.backoff[1] {
			t.Errorf("%s: consumer has ack wait %s, max deliver %d, max ack pending %d, backoff %v; want %s, %d, %d, %v",
				c.name, got.AckWait, got.MaxDeliver, got.MaxAckPending, got.BackOff, c.ackWait, c.max, c.pending, c.backoff)
		}
	}
}
