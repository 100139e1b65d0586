package claims

import (
	"context"
	"time"
)

// SubmissionState is where a submission stands in the system of record.
type SubmissionState string

// The states of a submission. A submission is recorded as submitted before
// its message is published; the store stage moves it to stored when its
// article is committed; a dead letter moves it to failed. Only submitted
// ones are watched by the reconciler.
const (
	StateSubmitted SubmissionState = "submitted"
	StateStored    SubmissionState = "stored"
	StateFailed    SubmissionState = "failed"
)

// SubmissionStates lists the states in lifecycle order.
var SubmissionStates = []SubmissionState{StateSubmitted, StateStored, StateFailed}

// SubmissionRecord is the store's record of one submission: what was asked,
// how often it was published, and what became of it.
type SubmissionRecord struct {
	ID    string          `json:"id"`
	Input string          `json:"input"` // the URL or file name
	State SubmissionState `json:"state"`
	// Attempts counts publications: 1 after the first, one more per
	// re-submission by the reconciler or by the user.
	Attempts    int       `json:"attempts"`
	SubmittedAt time.Time `json:"submitted_at"` // first recorded
	// LastAttemptAt is when it was last published or, while a stage
	// retries its message after a transient failure, when that stage will
	// try it next (DeferSubmission): the reconciler's clock starts there.
	LastAttemptAt time.Time `json:"last_attempt_at"`
	UpdatedAt     time.Time `json:"updated_at"`
	// StoredAt is when the store stage first marked it stored (zero
	// before): StoredAt - SubmittedAt is the submit-to-stored latency.
	StoredAt  time.Time `json:"stored_at,omitzero"`
	ArticleID string    `json:"article_id,omitempty"` // once stored
	Error     string    `json:"error,omitempty"`      // once failed
	// Submission is the submission itself (JSON of a Submission), kept so
	// that the reconciler can publish it again.
	Submission []byte `json:"-"`
}

// SubmissionFilter selects submission records.
type SubmissionFilter struct {
	State SubmissionState // "" means any
	// AttemptBefore, when set, keeps records last published before it: with
	// State submitted, those overdue.
	AttemptBefore time.Time
	Limit         int // 0 means a default of 100
}

// SubmissionLog is the part of the Store that makes it the system of record
// for submissions (issue 7): every submission is recorded before it is
// published, and the reconciler re-publishes what has not reached the store
// in time. Its methods are idempotent so that redeliveries and retries are
// harmless.
type SubmissionLog interface {
	// RecordSubmission records s (state submitted, one attempt) before it is
	// published. Recording an ID already known counts one more attempt and,
	// unless it is stored, sets it back to submitted: a user re-submitting a
	// failed article retries it. It returns the record as it now stands.
	RecordSubmission(ctx context.Context, s *Submission, data []byte) (*SubmissionRecord, error)
	// MarkSubmissionStored records that the submission's article was
	// committed. A stored submission stays stored. An unknown ID is not an
	// error (articles submitted before the log existed, or by a bare
	// publish): it reports found=false.
	MarkSubmissionStored(ctx context.Context, id, articleID string) (found bool, err error)
	// MarkSubmissionFailed records that a stage gave up on the submission.
	// A stored submission stays stored (a late dead letter of a duplicate
	// must not undo a success).
	MarkSubmissionFailed(ctx context.Context, id, reason string) (found bool, err error)
	// TouchSubmission claims a re-publication for the reconciler: if the
	// record is still submitted and was last published before staleBefore
	// (any time, when staleBefore is zero), it counts one more attempt and
	// returns its number. Otherwise it returns a Conflict error (stored,
	// failed, or another reconciler got there first), or NotFound for an
	// unknown ID. The check and the update are one statement, so several
	// reconcilers never re-publish the same submission twice.
	TouchSubmission(ctx context.Context, id string, staleBefore time.Time) (attempt int, err error)
	// DeferSubmission records that a stage retries the submission's message
	// after a transient failure and will try it again at until: a record
	// still submitted and last attempted before until counts as attempted
	// then (no attempt is counted), so the reconciler does not re-publish
	// work that is only waiting for its retry. It reports whether the
	// record moved; stored, failed and unknown ones, and those already due
	// later, are left alone.
	DeferSubmission(ctx context.Context, id string, until time.Time) (deferred bool, err error)
	Submission(ctx context.Context, id string) (*SubmissionRecord, error)
	Submissions(ctx context.Context, f SubmissionFilter) ([]SubmissionRecord, error)
	// CountSubmissions counts the records Submissions would list for f
	// without its Limit.
	CountSubmissions(ctx context.Context, f SubmissionFilter) (int, error)
	// SubmissionCounts counts records per state, every state present.
	SubmissionCounts(ctx context.Context) (map[SubmissionState]int, error)
}

// StoredSince reports whether the input of dead letter d has since reached
// the store through a later submission of it (the site fixed, the file
// ingested again): then it needs no replay. A record that cannot be read
// counts as not stored.
func StoredSince(ctx context.Context, l SubmissionLog, d DeadLetter) bool {
	id := d.SubmissionID()
	if id == "" {
		return false
	}
	rec, err := l.Submission(ctx, id)
	return err == nil && rec.State == StateStored
}
