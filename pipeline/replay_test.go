package pipeline_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/pipeline"
)

// A dead letter replayed with ReplayRecorded leaves the store's list (the
// full list shows when it was replayed) and the DLQ stream; the dead letter
// nobody replayed stays in both. Both kinds of message: a submission the
// fetch stage gave up on (re-recorded through the Recorder) and a page the
// extract stage gave up on.
func TestReplayRecordedMarksAndForgets(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	var broken atomic.Bool
	broken.Store(true)
	fetchMaybe := func(ctx context.Context, s *claims.Submission) (*claims.Page, error) {
		if broken.Load() && s.Name == "gone.txt" {
			return nil, claims.Errorf(claims.NotFound, "fetch %s: 404", s.Name)
		}
		return fetch(ctx, s)
	}
	extractMaybe := func(ctx context.Context, p *claims.Page) (*claims.Annotated, error) {
		if broken.Load() && p.Name == "latin1.txt" {
			return nil, claims.Errorf(claims.Invalid, "extract %s: unsupported encoding", p.Name)
		}
		return extract(ctx, p)
	}
	o := e.opts()
	e.run(pipeline.FetchStage(fetchMaybe, o), pipeline.ExtractStage(extractMaybe, o), pipeline.ClaimsStage(buildClaims, o), pipeline.StoreStage(e.store, o))
	rec := pipeline.Recorder{Store: e.store, JS: e.js}
	for _, s := range []*claims.Submission{
		{ID: "gone", Name: "gone.txt", Content: []byte(article(1))},
		{ID: "latin1", Name: "latin1.txt", Content: []byte(article(2))},
		{ID: "empty", Name: "empty.txt", Content: []byte("   ")}, // never fixed
	} {
		s.ContentType, s.SubmittedAt = "text/plain", time.Now()
		if err := rec.Submit(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	byInput := map[string]claims.DeadLetter{}
	waitFor(t, "three dead letters", 10*time.Second, func() bool {
		dls, _ := e.store.DeadLetters(ctx, 0)
		for _, d := range dls {
			byInput[d.Input] = d
		}
		return len(dls) == 3
	})
	dlqSize := func() uint64 {
		b, err := pipeline.Backlog(ctx, e.js)
		if err != nil {
			t.Fatal(err)
		}
		return b[pipeline.DLQStream]
	}
	if n := dlqSize(); n != 3 {
		t.Fatalf("DLQ stream holds %d, want 3", n)
	}
	for _, d := range byInput {
		if d.Seq == 0 {
			t.Errorf("dead letter %s has no DLQ sequence", d.Input)
		}
	}

	broken.Store(false)
	for _, in := range []string{"gone.txt", "latin1.txt"} {
		d := byInput[in]
		if err := pipeline.ReplayRecorded(ctx, e.js, e.store, &d); err != nil {
			t.Fatalf("replay %s: %v", in, err)
		}
	}
	waitFor(t, "the replayed articles", 10*time.Second, func() bool { a, _ := e.counts(); return a == 2 })
	if r, err := e.store.Submission(ctx, "gone"); err != nil || r.State != claims.StateStored || r.Attempts != 2 {
		t.Errorf("replayed submission = %+v, %v; want stored on its second attempt", r, err)
	}

	open, err := e.store.DeadLetters(ctx, 0)
	if err != nil || len(open) != 1 || open[0].Input != "empty.txt" {
		t.Errorf("dead letters after the replays = %+v, %v; want only empty.txt", open, err)
	}
	all, err := e.store.AllDeadLetters(ctx, 0)
	if err != nil || len(all) != 3 {
		t.Fatalf("all dead letters = %+v, %v", all, err)
	}
	for _, d := range all {
		if replayed := !d.ReplayedAt.IsZero(); replayed != (d.Input != "empty.txt") {
			t.Errorf("%s: replayed at %v", d.Input, d.ReplayedAt)
		}
	}
	if n := dlqSize(); n != 1 {
		t.Errorf("DLQ stream holds %d after two of three were replayed, want 1", n)
	}
	s, err := e.js.Stream(ctx, pipeline.DLQStream)
	if err != nil {
		t.Fatal(err)
	}
	if m, err := s.GetMsg(ctx, byInput["empty.txt"].Seq); err != nil || m.Header.Get(pipeline.HeaderInput) != "empty.txt" {
		t.Errorf("the DLQ record of the dead letter not replayed: %v, %v", m, err)
	}
}

// failingLog is a submission log whose records fail, as a database that
// went away does.
type failingLog struct{ claims.SubmissionLog }

func (failingLog) RecordSubmission(context.Context, *claims.Submission, []byte) (*claims.SubmissionRecord, error) {
	return nil, claims.Errorf(claims.Transient, "record submission: connection refused")
}

func (failingLog) MarkDeadLetterReplayed(context.Context, int64) error { return nil }

// TestReplayRecordedNamesTheDeadLetter: a replayed submission that cannot be
// recorded again fails naming the dead letter and its input, with the kind
// of the failure, so that `dlq replay 3 7` says which one failed.
func TestReplayRecordedNamesTheDeadLetter(t *testing.T) {
	d := &claims.DeadLetter{ID: 7, Input: "https://example.com/story", Subject: pipeline.Submitted.Subject,
		Data: []byte(`{"id":"s1","url":"https://example.com/story"}`)}
	err := pipeline.ReplayRecorded(context.Background(), nil, failingLog{}, d)
	if err == nil || !strings.Contains(err.Error(), "dead letter 7 (https://example.com/story)") ||
		!strings.Contains(err.Error(), "connection refused") || claims.ErrorKind(err) != claims.Transient {
		t.Errorf("ReplayRecorded = %v (kind %q); want it to name dead letter 7 and its input, transient", err, claims.ErrorKind(err))
	}
}
