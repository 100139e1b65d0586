package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/claimpipe/claimpipe/claims"
)

const submissionCols = `id, input, state, attempts, submitted_at, last_attempt_at, updated_at, stored_at, article_id, error, submission`

func scanSubmission(sc pgx.Row) (claims.SubmissionRecord, error) {
	var (
		r     claims.SubmissionRecord
		state string
	)
	var stored *time.Time
	err := sc.Scan(&r.ID, &r.Input, &state, &r.Attempts, &r.SubmittedAt, &r.LastAttemptAt, &r.UpdatedAt,
		&stored, &r.ArticleID, &r.Error, &r.Submission)
	r.State = claims.SubmissionState(state)
	if stored != nil {
		r.StoredAt = stored.UTC()
	}
	r.SubmittedAt, r.LastAttemptAt, r.UpdatedAt = r.SubmittedAt.UTC(), r.LastAttemptAt.UTC(), r.UpdatedAt.UTC()
	return r, err
}

// RecordSubmission implements claims.SubmissionLog.
func (s *Store) RecordSubmission(ctx context.Context, sub *claims.Submission, data []byte) (*claims.SubmissionRecord, error) {
	if sub == nil || sub.ID == "" {
		return nil, claims.Errorf(claims.Invalid, "record submission: no ID")
	}
	now := s.stamp()
	r, err := scanSubmission(s.pool.QueryRow(ctx, `INSERT INTO submissions AS s
		(id, input, state, attempts, submitted_at, last_attempt_at, updated_at, submission)
		VALUES ($1, $2, 'submitted', 1, $3, $3, $3, $4)
		ON CONFLICT (id) DO UPDATE SET
			attempts = s.attempts + 1,
			last_attempt_at = excluded.last_attempt_at,
			updated_at = excluded.updated_at,
			submission = excluded.submission,
			state = CASE WHEN s.state = 'stored' THEN 'stored' ELSE 'submitted' END,
			error = CASE WHEN s.state = 'stored' THEN s.error ELSE '' END
		RETURNING `+submissionCols,
		sub.ID, submissionInput(sub), now, data))
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

const markStoredSQL = `UPDATE submissions SET stored_at = CASE WHEN state = 'stored' THEN stored_at ELSE $2 END,
	state = 'stored', article_id = $1, error = '', updated_at = $2 WHERE id = $3`

// MarkSubmissionStored implements claims.SubmissionLog.
func (s *Store) MarkSubmissionStored(ctx context.Context, id, articleID string) (bool, error) {
	tag, err := s.pool.Exec(ctx, markStoredSQL, articleID, s.stamp(), id)
	if err != nil {
		return false, classify("mark stored "+id, err)
	}
	return tag.RowsAffected() > 0, nil
}

// MarkSubmissionFailed implements claims.SubmissionLog.
func (s *Store) MarkSubmissionFailed(ctx context.Context, id, reason string) (bool, error) {
	tag, err := s.pool.Exec(ctx, `UPDATE submissions SET
		state = CASE WHEN state = 'stored' THEN 'stored' ELSE 'failed' END,
		error = CASE WHEN state = 'stored' THEN error ELSE $1 END,
		updated_at = $2 WHERE id = $3`, reason, s.stamp(), id)
	if err != nil {
		return false, classify("mark failed "+id, err)
	}
	return tag.RowsAffected() > 0, nil
}

// TouchSubmission implements claims.SubmissionLog.
func (s *Store) TouchSubmission(ctx context.Context, id string, staleBefore time.Time) (int, error) {
	now := s.stamp()
	var before *time.Time
	if !staleBefore.IsZero() {
		t := staleBefore.UTC()
		before = &t
	}
	var n int
	err := s.pool.QueryRow(ctx, `UPDATE submissions SET attempts = attempts + 1, last_attempt_at = $1, updated_at = $1
		WHERE id = $2 AND state = 'submitted' AND ($3::timestamptz IS NULL OR last_attempt_at < $3)
		RETURNING attempts`, now, id, before).Scan(&n)
	if errors.Is(err, pgx.ErrNoRows) {
		if _, err := s.Submission(ctx, id); err != nil {
			return 0, err
		}
		return 0, claims.Errorf(claims.Conflict, "submission %q is no longer due for re-submission", id)
	}
	return n, classify("touch submission "+id, err)
}

// DeferSubmission implements claims.SubmissionLog.
func (s *Store) DeferSubmission(ctx context.Context, id string, until time.Time) (bool, error) {
	tag, err := s.pool.Exec(ctx, `UPDATE submissions SET last_attempt_at = $1, updated_at = $2
		WHERE id = $3 AND state = 'submitted' AND last_attempt_at < $1`, until.UTC(), s.stamp(), id)
	if err != nil {
		return false, classify("defer submission "+id, err)
	}
	return tag.RowsAffected() > 0, nil
}

// Submission implements claims.SubmissionLog.
func (s *Store) Submission(ctx context.Context, id string) (*claims.SubmissionRecord, error) {
	r, err := scanSubmission(s.pool.QueryRow(ctx, `SELECT `+submissionCols+` FROM submissions WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, claims.Errorf(claims.NotFound, "submission %q not found", id)
	}
	if err != nil {
		return nil, classify("read submission "+id, err)
	}
	return &r, nil
}

// Submissions implements claims.SubmissionLog: oldest attempt first.
func (s *Store) Submissions(ctx context.Context, f claims.SubmissionFilter) ([]claims.SubmissionRecord, error) {
	before := attemptBefore(f)
	rows, err := s.pool.Query(ctx, `SELECT `+submissionCols+` FROM submissions`+submissionWhere+`
		ORDER BY last_attempt_at, id LIMIT $3`, string(f.State), before, limit(f.Limit))
	if err != nil {
		return nil, classify("list submissions", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (claims.SubmissionRecord, error) { return scanSubmission(r) })
	if err != nil {
		return nil, classify("list submissions", err)
	}
	return nonNilSlice(out), nil
}

// attemptBefore is f's AttemptBefore as submissionWhere's $2: nil for none.
func attemptBefore(f claims.SubmissionFilter) *time.Time {
	if f.AttemptBefore.IsZero() {
		return nil
	}
	t := f.AttemptBefore.UTC()
	return &t
}

// submissionWhere filters submissions by a SubmissionFilter's state ($1,
// empty for any) and last attempt ($2, NULL for any).
const submissionWhere = `
		WHERE ($1 = '' OR state = $1) AND ($2::timestamptz IS NULL OR last_attempt_at < $2)`

// CountSubmissions implements claims.SubmissionLog.
func (s *Store) CountSubmissions(ctx context.Context, f claims.SubmissionFilter) (int, error) {
	before := attemptBefore(f)
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT COUNT(*) FROM submissions`+submissionWhere, string(f.State), before).Scan(&n); err != nil {
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
	rows, err := s.pool.Query(ctx, `SELECT state, COUNT(*) FROM submissions GROUP BY state`)
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
