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

// Replay puts a dead letter's message back on the subject it was consumed
// from, for `claimpipe dlq replay` after the cause is fixed. It gets a fresh
// Nats-Msg-Id (the original one may still be inside the duplicate window);
// the stage's own output keeps its "<submission ID>:<stage>" ID, and the
// store is idempotent, so replaying a message that in fact went through
// duplicates nothing. The stage reads the submission ID from the payload.
func Replay(ctx context.Context, js jetstream.JetStream, d *claims.DeadLetter) error {
	if d == nil || d.Subject == "" {
		return claims.Errorf(claims.Invalid, "replay: dead letter without a subject")
	}
	if len(d.Data) == 0 {
		return claims.Errorf(claims.Invalid, "replay dead letter %d (%s): the message was not kept; resubmit %s", d.ID, d.Input, d.Input)
	}
	m := nats.NewMsg(d.Subject)
	m.Data = d.Data
	m.Header.Set(HeaderInput, d.Input)
	id := d.MsgID + ":replay:" + strconv.FormatInt(time.Now().UnixNano(), 36)
	if _, err := js.PublishMsg(ctx, m, jetstream.WithMsgID(id)); err != nil {
		return claims.Errorf(claims.Transient, "replay dead letter %d (%s): %w", d.ID, d.Input, err)
	}
	return nil
}

// ReplayRecorded is Replay for a pipeline whose store keeps the submission
// log: a dead-lettered submission (the fetch stage's input) goes through the
// Recorder, so its record is back to submitted, counted as one more attempt,
// and watched by the reconciler again. Other messages are replayed as Replay
// does; the store stage marks their submission stored when they get there.
func ReplayRecorded(ctx context.Context, js jetstream.JetStream, subs claims.SubmissionLog, d *claims.DeadLetter) error {
	if d != nil && d.Subject == Submitted.Subject && subs != nil && len(d.Data) > 0 {
		var sub claims.Submission
		if err := json.Unmarshal(d.Data, &sub); err != nil || sub.ID == "" {
			return claims.Errorf(claims.Invalid, "replay dead letter %d (%s): undecodable submission: %v", d.ID, d.Input, err)
		}
		return Recorder{Store: subs, JS: js}.Submit(ctx, &sub)
	}
	return Replay(ctx, js, d)
}
