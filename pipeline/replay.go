package pipeline

import (
	"context"
	"encoding/json"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimpipe/claimpipe/claims"
)

// Replay publishes a dead letter's input message again to the subject it
// was consumed from, so its stage tries it afresh (after a fix, or once the
// outside cause is gone). A submission (the fetch stage's input) goes
// through the Recorder when subs is not nil, so its record is back to
// submitted and the reconciler watches it again; other messages are
// published as they were, with a new Nats-Msg-Id so the duplicate window
// does not drop them. A dead letter whose message was too big to keep
// cannot be replayed (Invalid).
func Replay(ctx context.Context, js jetstream.JetStream, subs claims.SubmissionLog, dl *claims.DeadLetter) error {
	if len(dl.Data) == 0 {
		return claims.Errorf(claims.Invalid, "dead letter %d (%s): its message was not kept; submit %s again instead", dl.ID, dl.Input, dl.Input)
	}
	b, ok := boundaryOf(dl.Subject)
	if !ok {
		return claims.Errorf(claims.Invalid, "dead letter %d: subject %q is not a pipeline stage's input", dl.ID, dl.Subject)
	}
	if b == Submitted && subs != nil {
		var sub claims.Submission
		if err := json.Unmarshal(dl.Data, &sub); err != nil || sub.ID == "" {
			return claims.Errorf(claims.Invalid, "dead letter %d: undecodable submission: %v", dl.ID, err)
		}
		return Recorder{Store: subs, JS: js}.Submit(ctx, &sub)
	}
	m := nats.NewMsg(b.Subject)
	m.Data = dl.Data
	var probe struct {
		SubmissionID string `json:"submission_id"`
		ID           string `json:"id"`
	}
	_ = json.Unmarshal(dl.Data, &probe)
	if id := firstNonEmpty(probe.SubmissionID, probe.ID); id != "" {
		m.Header.Set(HeaderSubmissionID, id)
	}
	m.Header.Set(HeaderInput, dl.Input)
	msgID := "replay:" + strconv.FormatInt(dl.ID, 10) + ":" + strconv.FormatInt(time.Now().UnixNano(), 36)
	if _, err := js.PublishMsg(ctx, m, jetstream.WithMsgID(msgID), jetstream.WithExpectStream(b.Stream)); err != nil {
		return claims.Errorf(claims.Transient, "replay dead letter %d (%s) to %s: %w", dl.ID, dl.Input, b.Subject, err)
	}
	return nil
}

func boundaryOf(subject string) (Boundary, bool) {
	for _, b := range Boundaries {
		if b.Subject == subject {
			return b, true
		}
	}
	return Boundary{}, false
}
