package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

const submissionCols = `id, input, state, attempts, submitted_at, last_attempt_at, updated_at, stored_at, article_id, error, submission`

func scanSubmission(sc interface{ Scan(...any) error }) (claims.SubmissionRecord, error) {
	var (
		r              claims.SubmissionRecord
		state          string
		sub, last, upd string
		stored         sql.NullString
	)
	if err := sc.Scan(&r.ID, &r.Input, &state, &r.Attempts, &sub, &last, &upd, &stored, &r.ArticleID, &r.Error, &r.Submission); err != nil {
		return r, err
	}
	if stored.Valid {
		t, err := time.Parse(timeFormat, stored.String)
		if err != nil {
			return r, claims.Errorf(claims.Internal, "submission %s: bad time %q: %w", r.ID, stored.String, err)
		}
		r.StoredAt = t
	}
	r.State = claims.SubmissionState(state)
	for _, p := range []struct {
		s string
		t *time.Time
	}{{sub, &r.SubmittedAt}, {last, &r.LastAttemptAt}, {upd, &r.UpdatedAt}} {
		t, err := time.Parse(timeFormat, p.s)
		if err != nil {
			return r, claims.Errorf(claims.Internal, "submission %s: bad time %q: %w", r.ID, p.s, err)
		}
		*p.t = t
	}
	return r, nil
}

// RecordSubmission implements claims.SubmissionLog.
func (s *Store) RecordSubmission(ctx context.Context, sub *claims.Submission, data []byte) (*claims.SubmissionRecord, error) {
	if sub == nil || sub.ID == "" {
		return nil, claims.Errorf(claims.Invalid, "record submission: no ID")
	}
	var r claims.SubmissionRecord
	err := s.write(ctx, "record submission "+sub.ID, func(ctx context.Context, w *writeConn) error {
		now := s.stamp()
		return w.queryRow(ctx, func(row *sql.Row) (err error) {
			r, err = scanSubmission(row)
			return err
		}, `INSERT INTO submissions
		(id, input, state, attempts, submitted_at, last_attempt_at, updated_at, submission)
		VALUES (?, ?, 'submitted', 1, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET
			attempts = submissions.attempts + 1,
			last_attempt_at = excluded.last_attempt_at,
			updated_at = excluded.updated_at,
			submission = excluded.submission,
			state = CASE WHEN submissions.state = 'stored' THEN 'stored' ELSE 'submitted' END,
			error = CASE WHEN submissions.state = 'stored' THEN submissions.error ELSE '' END
		RETURNING `+submissionCols,
			sub.ID, submissionInput(sub), now, now, now, data)
	})
	if err != nil {
		return nil, classify("record submission "+sub.ID, err)
	}
	return &r, nil
}

func submissionInput(s *claims.Submission) string {
	for _, v := range []string{s.Name, s.URL} {
		if v != "" {
			return v
		}
	}
	return s.ID
}

const markStoredSQL = `UPDATE submissions SET stored_at = CASE WHEN state = 'stored' THEN stored_at ELSE ?1 END,
	state = 'stored', article_id = ?2, error = '', updated_at = ?1 WHERE id = ?3`

// MarkSubmissionStored implements claims.SubmissionLog.
func (s *Store) MarkSubmissionStored(ctx context.Context, id, articleID string) (bool, error) {
	res, err := s.db.ExecContext(ctx, markStoredSQL, s.stamp(), articleID, id)
	return affected(res, err, "mark stored "+id)
}

// markStoredTx marks a submission stored in the writer's transaction; an
// empty id does nothing.
func (s *Store) markStoredTx(ctx context.Context, w *writeConn, id, articleID string) error {
	if id == "" {
		return nil
	}
	_, err := w.exec(ctx, markStoredSQL, s.stamp(), articleID, id)
	return classify("mark stored "+id, err)
}

// MarkSubmissionFailed implements claims.SubmissionLog.
func (s *Store) MarkSubmissionFailed(ctx context.Context, id, reason string) (bool, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE submissions SET
		state = CASE WHEN state = 'stored' THEN 'stored' ELSE 'failed' END,
		error = CASE WHEN state = 'stored' THEN error ELSE ? END,
		updated_at = ? WHERE id = ?`, reason, s.stamp(), id)
	return affected(res, err, "mark failed "+id)
}

func affected(res sql.Result, err error, op string) (bool, error) {
	if err != nil {
		return false, classify(op, err)
	}
	n, err := res.RowsAffected()
	return n > 0, classify(op, err)
}

// TouchSubmission implements claims.SubmissionLog.
func (s *Store) TouchSubmission(ctx context.Context, id string, staleBefore time.Time) (int, error) {
	now := s.stamp()
	before := "9999"
	if !staleBefore.IsZero() {
		before = staleBefore.UTC().Format(timeFormat)
	}
	var n int
	err := s.db.QueryRowContext(ctx, `UPDATE submissions SET attempts = attempts + 1, last_attempt_at = ?, updated_at = ?
		WHERE id = ? AND state = 'submitted' AND last_attempt_at < ? RETURNING attempts`, now, now, id, before).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		if _, err := s.Submission(ctx, id); err != nil {
			return 0, err
		}
		return 0, claims.Errorf(claims.Conflict, "submission %q is no longer due for re-submission", id)
	}
	return n, classify("touch submission "+id, err)
}

// DeferSubmission implements claims.SubmissionLog.
func (s *Store) DeferSubmission(ctx context.Context, id string, until time.Time) (bool, error) {
	at := until.UTC().Format(timeFormat)
	res, err := s.db.ExecContext(ctx, `UPDATE submissions SET last_attempt_at = ?, updated_at = ?
		WHERE id = ? AND state = 'submitted' AND last_attempt_at < ?`, at, s.stamp(), id, at)
	return affected(res, err, "defer submission "+id)
}

// Submission implements claims.SubmissionLog.
func (s *Store) Submission(ctx context.Context, id string) (*claims.SubmissionRecord, error) {
	r, err := scanSubmission(s.db.QueryRowContext(ctx, `SELECT `+submissionCols+` FROM submissions WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, claims.Errorf(claims.NotFound, "submission %q not found", id)
	}
	if err != nil {
		return nil, classify("read submission "+id, err)
	}
	return &r, nil
}

// Submissions implements claims.SubmissionLog: oldest attempt first.
func (s *Store) Submissions(ctx context.Context, f claims.SubmissionFilter) ([]claims.SubmissionRecord, error) {
	where, args := submissionWhere(f)
	q := `SELECT ` + submissionCols + ` FROM submissions` + where + ` ORDER BY last_attempt_at, id LIMIT ?`
	args = append(args, limit(f.Limit))
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, classify("list submissions", err)
	}
	defer rows.Close()
	out := []claims.SubmissionRecord{}
	for rows.Next() {
		r, err := scanSubmission(rows)
		if err != nil {
			return nil, classify("list submissions", err)
		}
		out = append(out, r)
	}
	return out, classify("list submissions", rows.Err())
}

// submissionWhere is the WHERE clause of f (its Limit aside) and its
// arguments.
func submissionWhere(f claims.SubmissionFilter) (string, []any) {
	q := ` WHERE 1=1`
	var args []any
	if f.State != "" {
		q += ` AND state = ?`
		args = append(args, string(f.State))
	}
	if !f.AttemptBefore.IsZero() {
		q += ` AND last_attempt_at < ?`
		args = append(args, f.AttemptBefore.UTC().Format(timeFormat))
	}
	return q, args
}

// CountSubmissions implements claims.SubmissionLog.
func (s *Store) CountSubmissions(ctx context.Context, f claims.SubmissionFilter) (int, error) {
	where, args := submissionWhere(f)
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM submissions`+where, args...).Scan(&n); err != nil {
		return 0, classify("count submissions", err)
	}
	return n, nil
}

// SubmissionCounts implements claims.SubmissionLog.
func (s *Store) SubmissionCounts(ctx context.Context) (map[claims.SubmissionState]int, error) {
	out := map[claims.SubmissionState]int{}
	for _, st := range claims.SubmissionStates {
		out[st] = 0
	}
	rows, err := s.db.QueryContext(ctx, `SELECT state, COUNT(*) FROM submissions GROUP BY state`)
	if err != nil {
		return nil, classify("count submissions", err)
	}
	defer rows.Close()
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, classify("count submissions", err)
		}
		out[claims.SubmissionState(st)] = n
	}
	return out, classify("count submissions", rows.Err())
}
