package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/pipeline"
)

func (e *env) purge(b pipeline.Boundary) {
	e.t.Helper()
	s, err := e.js.Stream(context.Background(), b.Stream)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := s.Purge(context.Background()); err != nil {
		e.t.Fatal(err)
	}
}

// Messages removed behind the pipeline's back — from the first stream, and
// from a later one after the fetch stage's output (whose Nats-Msg-Id is
// still in the duplicate window) — are re-submitted by the reconciler, and
// every article is stored exactly once. A dead-lettered submission is
// marked failed and left alone.
func TestReconcilerResubmitsLostMessages(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	o := e.opts()
	rec := pipeline.Recorder{Store: e.store, JS: e.js}
	submit := func(i int, content string) {
		sub := &claims.Submission{ID: fmt.Sprintf("sub-%d", i), Name: fmt.Sprintf("a%d.txt", i),
			Content: []byte(content), ContentType: "text/plain", SubmittedAt: time.Now()}
		if err := rec.Submit(ctx, sub); err != nil {
			t.Fatal(err)
		}
	}
	// Three get through fetch, then their pages vanish.
	for i := range 3 {
		submit(i, article(i))
	}
	stop := e.run(pipeline.FetchStage(fetch, o))
	waitFor(t, "three pages fetched", 10*time.Second, func() bool {
		b, _ := pipeline.Backlog(ctx, e.js)
		return b[pipeline.Fetched.Stream] == 3 && b[pipeline.Submitted.Stream] == 0
	})
	stop()
	e.purge(pipeline.Fetched)
	// Four more vanish from the first stream; one is poison (empty).
	for i := 3; i < 7; i++ {
		submit(i, article(i))
	}
	submit(7, "   ")
	e.purge(pipeline.Submitted)

	counts, err := e.store.SubmissionCounts(ctx)
	if err != nil || counts[claims.StateSubmitted] != 8 {
		t.Fatalf("before: %v %v, want 8 submitted", counts, err)
	}
	// Not yet overdue: nothing is re-published.
	r := pipeline.NewReconciler(e.store, e.js, pipeline.ReconcilerOptions{Deadline: time.Hour})
	if n, err := r.Once(ctx); err != nil || n != 0 {
		t.Fatalf("before the deadline: re-submitted %d, %v", n, err)
	}
	later := func() time.Time { return time.Now().Add(2 * time.Hour) }
	r = pipeline.NewReconciler(e.store, e.js, pipeline.ReconcilerOptions{Deadline: time.Hour, Now: later})
	if n, err := r.Once(ctx); err != nil || n != 8 {
		t.Fatalf("re-submitted %d, %v; want 8", n, err)
	}
	e.run(e.chain(o, fetch)...)
	waitFor(t, "seven stored, one failed", 15*time.Second, func() bool {
		c, _ := e.store.SubmissionCounts(ctx)
		return c[claims.StateStored] == 7 && c[claims.StateFailed] == 1
	})
	if a, c := e.counts(); a != 7 || c != 7 {
		t.Errorf("store holds %d articles %d claims, want 7 7", a, c)
	}
	for i := range 7 {
		s, err := e.store.Submission(ctx, fmt.Sprintf("sub-%d", i))
		if err != nil || s.State != claims.StateStored || s.Attempts != 2 || s.ArticleID != claims.ArticleID(article(i)) {
			t.Errorf("submission %d = %+v, %v", i, s, err)
		}
	}
	if s, _ := e.store.Submission(ctx, "sub-7"); s.State != claims.StateFailed || s.Error == "" {
		t.Errorf("poison submission = %+v, want failed with its error", s)
	}
	// Failed and stored ones are not re-submitted, however late.
	if n, err := r.Once(ctx); err != nil || n != 0 {
		t.Errorf("after: re-submitted %d, %v", n, err)
	}
	// Re-ingesting a stored article publishes nothing.
	submit(0, article(0))
	if b, _ := pipeline.Backlog(ctx, e.js); b[pipeline.Submitted.Stream] != 0 {
		t.Errorf("re-ingest of a stored article was queued: %v", b)
	}
}

func TestReconcilerGivesUpAfterMaxAttempts(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	sub := &claims.Submission{ID: "s", URL: "https://x.example/a"}
	if err := (pipeline.Recorder{Store: e.store, JS: e.js}).Submit(ctx, sub); err != nil {
		t.Fatal(err)
	}
	later := func() time.Time { return time.Now().Add(time.Hour) }
	r := pipeline.NewReconciler(e.store, e.js, pipeline.ReconcilerOptions{Deadline: time.Minute, MaxAttempts: 2, Now: later})
	if n, err := r.Once(ctx); err != nil || n != 1 {
		t.Fatalf("first: %d %v", n, err)
	}
	if n, err := r.Once(ctx); err != nil || n != 0 {
		t.Fatalf("second: %d %v", n, err)
	}
	s, err := e.store.Submission(ctx, "s")
	if err != nil || s.State != claims.StateFailed || s.Attempts != 2 {
		t.Errorf("after max attempts: %+v %v", s, err)
	}
}

// A stage with a backlog it has not been handed yet holds the reconciler
// back: the submissions waiting in it are late, not lost, and publishing
// them again would only lengthen the queue (a fetch stage full of messages
// waiting out their retries from one site that is down takes nothing new).
// Once nothing waits undelivered, the overdue ones are re-published.
func TestReconcilerWaitsForABacklog(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	stop := e.run(pipeline.FetchStage(fetch, e.opts()))
	waitFor(t, "the fetch consumer", 10*time.Second, func() bool {
		_, err := e.js.Consumer(ctx, pipeline.Submitted.Stream, pipeline.StageFetch)
		return err == nil
	})
	stop()
	rec := pipeline.Recorder{Store: e.store, JS: e.js}
	for i := range 3 {
		sub := &claims.Submission{ID: fmt.Sprintf("sub-%d", i), Name: fmt.Sprintf("a%d.txt", i),
			Content: []byte(article(i)), ContentType: "text/plain", SubmittedAt: time.Now()}
		if err := rec.Submit(ctx, sub); err != nil {
			t.Fatal(err)
		}
	}
	later := func() time.Time { return time.Now().Add(2 * time.Hour) }
	r := pipeline.NewReconciler(e.store, e.js, pipeline.ReconcilerOptions{Deadline: time.Hour, Now: later})
	if n, err := r.Once(ctx); err != nil || n != 0 {
		t.Fatalf("with 3 messages undelivered: re-submitted %d, %v; want none", n, err)
	}
	e.purge(pipeline.Submitted) // lost behind the pipeline's back
	if n, err := r.Once(ctx); err != nil || n != 3 {
		t.Fatalf("with none waiting: re-submitted %d, %v; want 3", n, err)
	}
}

// A message a stage holds in progress holds the reconciler back too: a
// fetch retrying a slow site inside one delivery outlasted the deadline,
// and the submission was published again and dead-lettered twice. Once it
// is acknowledged (and its article, here, never stored), the submission
// is re-published.
func TestReconcilerWaitsForWorkInProgress(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	stop := e.run(pipeline.FetchStage(fetch, e.opts()))
	var cons jetstream.Consumer
	waitFor(t, "the fetch consumer", 10*time.Second, func() bool {
		c, err := e.js.Consumer(ctx, pipeline.Submitted.Stream, pipeline.StageFetch)
		cons = c
		return err == nil
	})
	stop()
	rec := pipeline.Recorder{Store: e.store, JS: e.js}
	sub := &claims.Submission{ID: "slow", Name: "slow.txt", Content: []byte(article(0)), ContentType: "text/plain", SubmittedAt: time.Now()}
	if err := rec.Submit(ctx, sub); err != nil {
		t.Fatal(err)
	}
	// A worker takes the message and is still at it.
	batch, err := cons.Fetch(1, jetstream.FetchMaxWait(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	var msg jetstream.Msg
	for m := range batch.Messages() {
		msg = m
	}
	if msg == nil {
		t.Fatal("no message to hold in progress")
	}
	later := func() time.Time { return time.Now().Add(2 * time.Hour) }
	r := pipeline.NewReconciler(e.store, e.js, pipeline.ReconcilerOptions{Deadline: time.Hour, Now: later})
	if n, err := r.Once(ctx); err != nil || n != 0 {
		t.Fatalf("with the message in progress: re-submitted %d, %v; want none", n, err)
	}
	if err := msg.Ack(); err != nil { // done, but its article never reached the store
		t.Fatal(err)
	}
	waitFor(t, "the ack", 10*time.Second, func() bool {
		info, err := cons.Info(ctx)
		return err == nil && info.NumAckPending == 0
	})
	if n, err := r.Once(ctx); err != nil || n != 1 {
		t.Fatalf("with nothing in progress: re-submitted %d, %v; want 1", n, err)
	}
}

// A submission the store recorded but the broker did not take is reported
// as deferred, not as failed: the record stands and the reconciler
// publishes it.
func TestRecorderDefersWhenTheBrokerIsDown(t *testing.T) {
	e := newEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	e.emb.Conn().Close() // the broker stops answering this client
	sub := &claims.Submission{ID: "down", Name: "down.txt", Content: []byte(article(0)), ContentType: "text/plain", SubmittedAt: time.Now()}
	err := (pipeline.Recorder{Store: e.store, JS: e.js}).Submit(ctx, sub)
	if !errors.Is(err, claims.ErrPublishDeferred) {
		t.Fatalf("Submit with the broker down: %v, want it to wrap ErrPublishDeferred", err)
	}
	recs, err := e.store.Submissions(ctx, claims.SubmissionFilter{State: claims.StateSubmitted, Limit: 10})
	if err != nil || len(recs) != 1 || recs[0].ID != "down" {
		t.Errorf("records %v, %v; want the submission recorded as submitted", recs, err)
	}
}
