package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
)

// ReconcilerOptions configure a Reconciler. The zero value works.
type ReconcilerOptions struct {
	// Deadline is how long a submission may stay unstored after its last
	// publication before it is published again. 0 means 2 min. It must be
	// longer than an article normally takes (queueing included), or
	// healthy work is re-published (harmless: the store deduplicates, but
	// wasteful).
	Deadline time.Duration
	// Interval between scans; 0 means Deadline/4, at least 1 s.
	Interval time.Duration
	// Batch bounds the submissions re-published per scan; 0 means 500.
	Batch int
	// MaxAttempts: a submission published this many times without being
	// stored is marked failed instead. 0 means 10.
	MaxAttempts int
	Logger      *zap.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Reconciler makes the store, not the broker, the system of record: it
// re-publishes every submission still in state submitted Deadline after its
// last publication, so that an article whose message the broker lost (a
// purged stream, a lost disk, a max-deliveries advisory nobody heard) is
// processed after all. A submission whose message a stage is retrying after
// a transient failure is not overdue: the stage moves its last attempt to
// the time of the retry (DeferSubmission), so only Deadline past a retry
// that never came is it re-published. Several reconcilers may run (one per
// worker): TouchSubmission lets only one of them re-publish a given
// submission.
type Reconciler struct {
	store claims.SubmissionLog
	js    jetstream.JetStream
	opts  ReconcilerOptions
	log   *zap.Logger
}

// NewReconciler makes a reconciler over the store's submission log,
// publishing through js.
func NewReconciler(store claims.SubmissionLog, js jetstream.JetStream, opts ReconcilerOptions) *Reconciler {
	if opts.Deadline <= 0 {
		opts.Deadline = 2 * time.Minute
	}
	if opts.Interval <= 0 {
		opts.Interval = max(opts.Deadline/4, time.Second)
	}
	if opts.Batch <= 0 {
		opts.Batch = 500
	}
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = 10
	}
	if opts.Logger == nil {
		opts.Logger = zap.NewNop()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Reconciler{store: store, js: js, opts: opts, log: opts.Logger.Named("reconciler")}
}

// Deadline is the reconciler's deadline.
func (r *Reconciler) Deadline() time.Duration { return r.opts.Deadline }

// Run scans every Interval until ctx is cancelled. Errors are logged and
// the scan retried at the next tick; Run returns nil after a cancel.
func (r *Reconciler) Run(ctx context.Context) error {
	r.log.Info("reconciler running", zap.Duration("deadline", r.opts.Deadline), zap.Duration("interval", r.opts.Interval))
	t := time.NewTicker(r.opts.Interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		n, err := r.Once(ctx)
		if err != nil && ctx.Err() == nil {
			r.log.Warn("reconcile scan failed", zap.Error(err))
		}
		if n > 0 {
			r.log.Info("re-submitted overdue submissions", zap.Int("count", n))
		}
	}
}

// Once re-publishes the overdue submissions (up to Batch) and returns how
// many it re-published.
func (r *Reconciler) Once(ctx context.Context) (int, error) {
	if n := r.inFlight(ctx); n > 0 {
		// A stage has a backlog it has not even been handed yet (a stage
		// full of messages waiting out their retries takes nothing new),
		// or messages in progress (a fetch retrying a slow site inside one
		// delivery can outlast the deadline): the submissions behind them
		// are late, not lost, and publishing them again would do the work
		// twice and dead-letter a failure twice.
		r.log.Debug("reconcile skipped: stages have messages undelivered or in progress", zap.Uint64("in_flight", n))
		return 0, nil
	}
	cutoff := r.opts.Now().Add(-r.opts.Deadline)
	due, err := r.store.Submissions(ctx, claims.SubmissionFilter{State: claims.StateSubmitted, AttemptBefore: cutoff, Limit: r.opts.Batch})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, rec := range due {
		if ctx.Err() != nil {
			return n, ctx.Err()
		}
		log := r.log.With(zap.String("submission_id", rec.ID), zap.String("input", rec.Input), zap.Int("attempts", rec.Attempts))
		var sub claims.Submission
		if len(rec.Submission) == 0 || json.Unmarshal(rec.Submission, &sub) != nil || sub.ID != rec.ID {
			log.Error("overdue submission cannot be re-published: its content was not kept")
			if _, err := r.store.MarkSubmissionFailed(ctx, rec.ID, "not stored in time, and its submission was not kept to re-publish"); err != nil {
				return n, err
			}
			continue
		}
		if rec.Attempts >= r.opts.MaxAttempts {
			log.Error("overdue submission given up after its last attempt")
			if _, err := r.store.MarkSubmissionFailed(ctx, rec.ID, fmt.Sprintf("not stored after %d publications", rec.Attempts)); err != nil {
				return n, err
			}
			continue
		}
		attempt, err := r.store.TouchSubmission(ctx, rec.ID, cutoff)
		if claims.ErrorKind(err) == claims.Conflict {
			continue // stored meanwhile, or another reconciler took it
		}
		if err != nil {
			return n, err
		}
		if _, err := SubmitAttempt(ctx, r.js, &sub, attempt); err != nil {
			// Recorded as attempted; the next scan after the deadline
			// tries again.
			log.Warn("re-submission failed", zap.Error(err))
			continue
		}
		log.Warn("re-submitted: not stored within the deadline", zap.Int("attempt", attempt),
			zap.Duration("deadline", r.opts.Deadline))
		n++
	}
	return n, nil
}

// inFlight is the number of messages the stages' consumers have not yet
// delivered or not yet had acknowledged, 0 when that cannot be read (a
// consumer not created yet, a broker that does not answer: then the scan
// goes ahead).
func (r *Reconciler) inFlight(ctx context.Context) uint64 {
	if r.js == nil {
		return 0
	}
	var n uint64
	for stream, stage := range consumerOf {
		cons, err := r.js.Consumer(ctx, stream, stage)
		if err != nil {
			continue
		}
		info, err := cons.Info(ctx)
		if err != nil {
			continue
		}
		n += info.NumPending
		if info.NumAckPending > 0 {
			n += uint64(info.NumAckPending)
		}
	}
	return n
}

// Recorder is the submission path of a system of record: it records each
// submission in the store, then publishes it. A submission already stored
// is not published again (its article is there; a re-ingest is a no-op).
type Recorder struct {
	Store claims.SubmissionLog
	JS    jetstream.JetStream
}

// Submit records sub, then publishes it as its record's attempt. If the
// publish fails the record stays submitted and the reconciler publishes it
// later; the error, which then wraps claims.ErrPublishDeferred, is still
// returned so the caller knows it is not queued yet.
func (r Recorder) Submit(ctx context.Context, sub *claims.Submission) error {
	if sub == nil || sub.ID == "" {
		return claims.Errorf(claims.Invalid, "submit: submission without an ID")
	}
	data, err := json.Marshal(sub)
	if err != nil {
		return claims.Errorf(claims.Internal, "submit %s: encode: %w", sub.ID, err)
	}
	rec, err := r.Store.RecordSubmission(ctx, sub, data)
	if err != nil {
		return err
	}
	if rec.State == claims.StateStored {
		return nil
	}
	_, err = SubmitAttempt(ctx, r.JS, sub, rec.Attempts)
	if permanent(claims.ErrorKind(err)) {
		// It can never be published (too big): close the record, or the
		// reconciler would keep trying.
		if _, merr := r.Store.MarkSubmissionFailed(ctx, sub.ID, claims.ErrorMessage(err)); merr != nil {
			return merr
		}
		return err
	}
	if err != nil {
		// The record stands: the reconciler publishes it later.
		return fmt.Errorf("%w: %w", claims.ErrPublishDeferred, err)
	}
	return nil
}
