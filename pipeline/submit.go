package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimpipe/claimpipe/claims"
)

// Submit publishes sub to the Submitted stream with Nats-Msg-Id = sub.ID and
// returns once JetStream has stored it (fsynced, on the embedded default).
// duplicate is true when a submission with the same ID was already accepted
// within the duplicate window: nothing new was queued.
//
// A submission too big for one message is an Invalid error naming its input.
func Submit(ctx context.Context, js jetstream.JetStream, sub *claims.Submission) (duplicate bool, err error) {
	return SubmitAttempt(ctx, js, sub, 1)
}

// SubmitAttempt publishes the attempt-th publication of sub: Submit for
// attempt 1; a later attempt (the reconciler's, or the user's re-submission
// recorded in the submission log) gets Nats-Msg-Id "<ID>#<attempt>" and the
// Claimpipe-Attempt header, so it is not dropped as a duplicate of an earlier
// publication the broker lost, and neither are its stages' outputs.
func SubmitAttempt(ctx context.Context, js jetstream.JetStream, sub *claims.Submission, attempt int) (duplicate bool, err error) {
	if sub == nil || sub.ID == "" {
		return false, claims.Errorf(claims.Invalid, "submit: submission without an ID")
	}
	input := firstNonEmpty(sub.Name, sub.URL, sub.ID)
	if sub.URL == "" && sub.Name == "" && len(sub.Content) == 0 {
		return false, claims.Errorf(claims.Invalid, "submit %s: neither a URL nor content nor a file name", input)
	}
	data, err := json.Marshal(sub)
	if err != nil {
		return false, claims.Errorf(claims.Internal, "submit %s: encode: %w", input, err)
	}
	if limit := js.Conn().MaxPayload(); int64(len(data))+4096 > limit {
		// Content travels base64-encoded: a file takes 4/3 of its size.
		return false, claims.Errorf(claims.Invalid, "submit %s: its message is %d bytes (%d bytes of content, base64-encoded), over the broker's %d-byte message limit: content of about %d bytes fits",
			input, len(data), len(sub.Content), limit, (limit-4096)*3/4)
	}
	m := nats.NewMsg(Submitted.Subject)
	m.Data = data
	m.Header.Set(HeaderSubmissionID, sub.ID)
	m.Header.Set(HeaderInput, input)
	if attempt > 1 {
		m.Header.Set(HeaderAttempt, strconv.Itoa(attempt))
	}
	ack, err := js.PublishMsg(ctx, m, jetstream.WithMsgID(attemptMsgID(sub.ID, attempt)), jetstream.WithExpectStream(Submitted.Stream))
	if err != nil {
		if errors.Is(err, nats.ErrMaxPayload) {
			return false, claims.Errorf(claims.Invalid, "submit %s: over the message size limit: %w", input, err)
		}
		return false, claims.Errorf(claims.Transient, "submit %s: %w", input, err)
	}
	return ack.Duplicate, nil
}
