package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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

// ReplayStore is the part of claims.Store that ReplayRecorded uses.
type ReplayStore interface {
	claims.SubmissionLog
	MarkDeadLetterReplayed(ctx context.Context, id int64) error
}

// ReplayRecorded is Replay for a pipeline whose store keeps the submission
// log and the dead letters. A dead-lettered submission (the fetch stage's
// input) goes through the Recorder, so its record is back to submitted,
// counted as one more attempt, and watched by the reconciler again; other
// messages are replayed as Replay does, and the store stage marks their
// submission stored when they get there. Once the message is published, the
// dead letter is marked replayed in the store (DeadLetters no longer lists
// it; AllDeadLetters shows when) and its record is deleted from the DLQ
// stream (which then counts only dead letters not replayed). If the
// replayed message fails again, that is a new dead letter.
func ReplayRecorded(ctx context.Context, js jetstream.JetStream, st ReplayStore, d *claims.DeadLetter) error {
	var err error
	if d != nil && d.Subject == Submitted.Subject && st != nil && len(d.Data) > 0 {
		var sub claims.Submission
		if jerr := json.Unmarshal(d.Data, &sub); jerr != nil || sub.ID == "" {
			return claims.Errorf(claims.Invalid, "replay dead letter %d (%s): undecodable submission: %v", d.ID, d.Input, jerr)
		}
		if err = (Recorder{Store: st, JS: js}).Submit(ctx, &sub); err != nil {
			err = fmt.Errorf("replay dead letter %d (%s): %w", d.ID, d.Input, err) // its kind kept
		}
	} else {
		err = Replay(ctx, js, d)
	}
	if err != nil || st == nil {
		return err
	}
	if err := st.MarkDeadLetterReplayed(ctx, d.ID); err != nil {
		return fmt.Errorf("dead letter %d (%s) replayed, but not marked so: %w", d.ID, d.Input, err)
	}
	if err := forgetDeadLetter(ctx, js, d); err != nil {
		return fmt.Errorf("dead letter %d (%s) replayed, but its record stays in %s: %w", d.ID, d.Input, DLQStream, err)
	}
	return nil
}

// forgetDeadLetter deletes d's record from the DLQ stream: the one at d.Seq,
// if it is d's (a recreated stream numbers anew). A dead letter recorded
// before sequences were kept (Seq 0), or whose record aged out, has nothing
// to delete.
func forgetDeadLetter(ctx context.Context, js jetstream.JetStream, d *claims.DeadLetter) error {
	if d.Seq == 0 {
		return nil
	}
	s, err := js.Stream(ctx, DLQStream)
	if err != nil {
		return claims.Errorf(claims.Transient, "stream %s: %w", DLQStream, err)
	}
	raw, err := s.GetMsg(ctx, d.Seq)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return nil
	}
	if err != nil {
		return claims.Errorf(claims.Transient, "read %s record %d: %w", DLQStream, d.Seq, err)
	}
	if raw.Header.Get(jetstream.MsgIDHeader) != dlqMsgID(d.Stage, d.MsgID) {
		return nil // another dead letter's record
	}
	if err := s.DeleteMsg(ctx, d.Seq); err != nil && !errors.Is(err, jetstream.ErrMsgNotFound) {
		return claims.Errorf(claims.Transient, "delete %s record %d: %w", DLQStream, d.Seq, err)
	}
	return nil
}
