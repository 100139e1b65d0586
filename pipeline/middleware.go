package pipeline

import (
	"context"
	"runtime/debug"
	"time"

	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
)

// Handler is a stage: it turns one input into one output and knows nothing of
// NATS. A nil output with a nil error means "nothing to publish" (a sink).
// Errors carry a claims.Kind: Invalid and NotFound (and the other permanent
// kinds) are dead-lettered at once; Transient and Internal are retried with
// backoff until the consumer's MaxDeliver, then dead-lettered.
type Handler[In, Out any] func(ctx context.Context, in *In) (*Out, error)

// Delivery describes the message a step is working on, for middleware.
type Delivery struct {
	Stage        string
	Subject      string
	SubmissionID string
	Input        string // the URL or file name the message is about
	ArticleID    string // once the extract stage has made the article; "" before
	MsgID        string // Nats-Msg-Id of the input message
	Attempt      uint64 // 1 for the first delivery
	// SubmitAttempt is the publication of the submission this message
	// descends from: 1 for the first, n for the reconciler's (n-1)th
	// re-submission (header Claimpipe-Attempt).
	SubmitAttempt int
	MaxDeliver    int
	Size          int // payload bytes
}

// Step processes one delivery: decode, run the handler, publish the output.
type Step func(ctx context.Context, d *Delivery) error

// Middleware wraps a step. The runner applies Instrument, Log and Recover
// itself (outermost first), then Options.Middleware in order, around the
// handler and its output's publish.
type Middleware func(next Step) Step

func chain(core Step, mws ...Middleware) Step {
	for i := len(mws) - 1; i >= 0; i-- {
		core = mws[i](core)
	}
	return core
}

// Recover turns a panic in the step into an Internal error (retried, then
// dead-lettered) and logs its stack, so one bad article cannot kill a worker.
func Recover(log *zap.Logger) Middleware {
	return func(next Step) Step {
		return func(ctx context.Context, d *Delivery) (err error) {
			defer func() {
				if p := recover(); p != nil {
					log.Error("stage panicked", deliveryFields(d, zap.Any("panic", p), zap.ByteString("stack", debug.Stack()))...)
					err = claims.Errorf(claims.Internal, "%s: panic on %s: %v", d.Stage, d.Input, p)
				}
			}()
			return next(ctx, d)
		}
	}
}

type loggerKey struct{}

// Logger returns the logger the Log middleware put in ctx, carrying the stage,
// submission ID and input; a no-op logger outside a stage.
func Logger(ctx context.Context) *zap.Logger {
	if l, ok := ctx.Value(loggerKey{}).(*zap.Logger); ok {
		return l
	}
	return zap.NewNop()
}

// Log logs each delivery's outcome (Debug on success, Warn on failure with
// the error kind) with the stage, submission ID, input and attempt, and puts
// that logger in the context for the handler (see Logger).
func Log(log *zap.Logger) Middleware {
	return func(next Step) Step {
		return func(ctx context.Context, d *Delivery) error {
			l := log.With(deliveryFields(d)...)
			start := time.Now()
			err := next(context.WithValue(ctx, loggerKey{}, l), d)
			if err != nil {
				l.Warn("stage failed", zap.String("kind", string(claims.ErrorKind(err))),
					zap.Duration("took", time.Since(start)), zap.Error(err))
			} else {
				l.Debug("stage done", zap.Duration("took", time.Since(start)))
			}
			return err
		}
	}
}

// Instrument records processed, failed (by kind) and latency per stage.
// A nil m records nothing.
func Instrument(m *Metrics) Middleware {
	return func(next Step) Step {
		if m == nil {
			return next
		}
		return func(ctx context.Context, d *Delivery) error {
			m.inFlight.WithLabelValues(d.Stage).Inc()
			start := time.Now()
			err := next(ctx, d)
			m.latency.WithLabelValues(d.Stage).Observe(time.Since(start).Seconds())
			m.inFlight.WithLabelValues(d.Stage).Dec()
			if err != nil {
				m.failed.WithLabelValues(d.Stage, string(claims.ErrorKind(err))).Inc()
			} else {
				m.processed.WithLabelValues(d.Stage).Inc()
			}
			return err
		}
	}
}

func deliveryFields(d *Delivery, more ...zap.Field) []zap.Field {
	f := append([]zap.Field{
		zap.String("stage", d.Stage),
		zap.String("submission_id", d.SubmissionID),
		zap.String("input", d.Input),
		zap.Uint64("attempt", d.Attempt),
	}, more...)
	if d.ArticleID != "" {
		f = append(f, zap.String("article_id", d.ArticleID))
	}
	return f
}
