package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
)

// DeadLetterSink receives every dead letter besides the DLQ stream; the
// claims store implements it, so dead letters can be listed where the
// claims are.
type DeadLetterSink interface {
	AddDeadLetter(ctx context.Context, d *claims.DeadLetter) error
}

// FailedMarker is the part of claims.SubmissionLog a DeadLetterSink may also
// have (every claims.Store does): a dead letter then marks its submission
// failed.
type FailedMarker interface {
	MarkSubmissionFailed(ctx context.Context, id, reason string) (found bool, err error)
}

// RetryDeferrer is the part of claims.SubmissionLog a DeadLetterSink may
// also have (every claims.Store does): a stage that retries a submission's
// message after a transient failure moves the submission's reconciler
// deadline past the retry, so that waiting for a retry (up to
// RetryPolicy.Span) is not taken for a lost message and re-published.
type RetryDeferrer interface {
	DeferSubmission(ctx context.Context, id string, until time.Time) (deferred bool, err error)
}

// dataLimit bounds the copy of the failed message kept in a dead letter so
// that the record, base64 and all, fits in one message of the connection's
// maximum payload; bigger payloads are left out (the error says so).
func dataLimit(nc *nats.Conn) int {
	return (int(nc.MaxPayload()) - 16<<10) * 3 / 4
}

func (r *StageRunner) deadLetter(d *Delivery, data []byte, cause error, limit int) *claims.DeadLetter {
	dl := &claims.DeadLetter{
		Stage:      r.name,
		Subject:    d.Subject,
		MsgID:      d.MsgID,
		Input:      d.Input,
		Kind:       claims.ErrorKind(cause),
		Error:      cause.Error(),
		Deliveries: int(d.Attempt),
		At:         time.Now().UTC(),
	}
	if len(data) <= limit {
		dl.Data = data
	} else {
		dl.Error += " (message of " + strconv.Itoa(len(data)) + " bytes not kept)"
	}
	return dl
}

// recordDeadLetter publishes dl to the DLQ stream (deduplicated per stage and
// input message) and hands it to the sink, with the sequence of its record
// in the stream (dl.Seq) so that a replay can delete that record. Both must
// succeed.
func (r *StageRunner) recordDeadLetter(ctx context.Context, js jetstream.JetStream, h nats.Header, dl *claims.DeadLetter) error {
	b, err := json.Marshal(dl)
	if err != nil {
		return claims.Errorf(claims.Internal, "encode dead letter: %w", err)
	}
	m := nats.NewMsg(DLQSubject(r.name))
	m.Data = b
	m.Header.Set(HeaderSubmissionID, h.Get(HeaderSubmissionID))
	m.Header.Set(HeaderInput, dl.Input)
	ack, err := js.PublishMsg(ctx, m, jetstream.WithMsgID(dlqMsgID(r.name, dl.MsgID)), jetstream.WithExpectStream(DLQStream))
	if err != nil {
		return claims.Errorf(claims.Transient, "publish dead letter for %s: %w", dl.Input, err)
	}
	dl.Seq = ack.Sequence // the first record's, for a duplicate
	if r.opts.DeadLetters != nil {
		if err := r.opts.DeadLetters.AddDeadLetter(ctx, dl); err != nil {
			return claims.WrapKind(claims.Transient, err)
		}
		// Close the submission's record: the reconciler must not retry
		// what a stage gave up on.
		if fm, ok := r.opts.DeadLetters.(FailedMarker); ok {
			if id := h.Get(HeaderSubmissionID); id != "" {
				if _, err := fm.MarkSubmissionFailed(ctx, id, r.name+": "+dl.Error); err != nil {
					return claims.WrapKind(claims.Transient, err)
				}
			}
		}
	}
	r.opts.Metrics.deadLettered(r.name)
	return nil
}

// dlqMsgID is the Nats-Msg-Id of the DLQ record of a stage's input message.
func dlqMsgID(stage, msgID string) string { return "dlq:" + stage + ":" + msgID }

// advisory is JetStream's max-deliveries advisory.
type advisory struct {
	Stream     string `json:"stream"`
	Consumer   string `json:"consumer"`
	StreamSeq  uint64 `json:"stream_seq"`
	Deliveries uint64 `json:"deliveries"`
}

// MaxDeliveriesSubject is where JetStream announces that a stage's message
// ran out of deliveries without being acknowledged or terminated.
func (r *StageRunner) MaxDeliveriesSubject() string {
	return "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + r.in.Stream + "." + r.name
}

// watchMaxDeliveries dead-letters messages whose deliveries ran out without
// the runner deciding their fate: workers that crashed or stalled on them
// every time (the runner itself terminates a message on its last failed
// attempt). The message is read back from the stream, recorded, then
// deleted from the work queue. Workers of a stage share a queue group, so
// one of them handles each advisory. Advisories are core NATS messages: one
// sent while no worker of the stage runs is missed, and its message stays in
// the stream (visible in the backlog) until the reconciler of issue 7
// resubmits its article.
func (r *StageRunner) watchMaxDeliveries(ctx context.Context, js jetstream.JetStream) (stop func(), err error) {
	nc := js.Conn()
	sub, err := nc.QueueSubscribe(r.MaxDeliveriesSubject(), "claimpipe-dlq-"+r.name, func(m *nats.Msg) {
		var a advisory
		if err := json.Unmarshal(m.Data, &a); err != nil {
			r.log.Warn("bad max-deliveries advisory", zap.Error(err))
			return
		}
		actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		if err := r.deadLetterExhausted(actx, js, a); err != nil {
			r.log.Error("max-deliveries dead letter failed", zap.Uint64("stream_seq", a.StreamSeq), zap.Error(err))
		}
	})
	if err != nil {
		return nil, claims.Errorf(claims.Transient, "pipeline: %s: subscribe to advisories: %w", r.name, err)
	}
	return func() { _ = sub.Unsubscribe() }, nil
}

func (r *StageRunner) deadLetterExhausted(ctx context.Context, js jetstream.JetStream, a advisory) error {
	s, err := js.Stream(ctx, r.in.Stream)
	if err != nil {
		return err
	}
	raw, err := s.GetMsg(ctx, a.StreamSeq)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return nil // already acknowledged, terminated or handled by another worker
	}
	if err != nil {
		return err
	}
	msgID := raw.Header.Get(jetstream.MsgIDHeader)
	if msgID == "" {
		msgID = r.in.Stream + ":" + strconv.Itoa(int(a.StreamSeq))
	}
	d := &Delivery{Stage: r.name, Subject: raw.Subject, MsgID: msgID, Attempt: a.Deliveries,
		SubmissionID: raw.Header.Get(HeaderSubmissionID), Input: raw.Header.Get(HeaderInput)}
	if d.SubmissionID == "" || d.Input == "" {
		sub, in := r.describe(raw.Data)
		d.SubmissionID, d.Input = firstNonEmpty(d.SubmissionID, sub, msgID), firstNonEmpty(d.Input, in, "message "+msgID)
	}
	cause := claims.Errorf(claims.Transient, "%s: %s delivered %d times without an acknowledgement (workers crashed or stalled on it)",
		r.name, d.Input, a.Deliveries)
	dl := r.deadLetter(d, raw.Data, cause, dataLimit(js.Conn()))
	if err := r.recordDeadLetter(ctx, js, raw.Header, dl); err != nil {
		return err
	}
	r.log.Warn("dead-lettered after max deliveries", zap.String("submission_id", d.SubmissionID),
		zap.String("input", d.Input), zap.Uint64("deliveries", a.Deliveries))
	if err := s.DeleteMsg(ctx, a.StreamSeq); err != nil && !errors.Is(err, jetstream.ErrMsgNotFound) {
		return err
	}
	return nil
}
