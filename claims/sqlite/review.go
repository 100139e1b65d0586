package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

var (
	_ claims.ReviewStore = (*Store)(nil)
	_ claims.UserStore   = (*Store)(nil)
)

const reviewCols = `r.claim_id, r.status, r.verdict, r.reason, r.assignee, r.sources, r.updated_at, r.updated_by,
	r.verdict_note, r.verdict_at, r.verdict_by`

// reviewScanner collects the review columns of a row and finishes them.
type reviewScanner struct {
	rv                                                   claims.Review
	status, verdict, reason, sources, updated, verdictAt string
}

func (s *reviewScanner) dest() []any {
	return []any{&s.rv.ClaimID, &s.status, &s.verdict, &s.reason, &s.rv.Assignee, &s.sources, &s.updated, &s.rv.UpdatedBy,
		&s.rv.VerdictNote, &s.verdictAt, &s.rv.VerdictBy}
}

func (s *reviewScanner) finish() (claims.Review, error) {
	rv := s.rv
	rv.Status, rv.Verdict, rv.Reason = claims.Status(s.status), claims.Verdict(s.verdict), claims.Reason(s.reason)
	if err := json.Unmarshal([]byte(s.sources), &rv.Sources); err != nil {
		return rv, claims.Errorf(claims.Internal, "review %s: sources column: %w", rv.ClaimID, err)
	}
	if rv.Sources == nil {
		rv.Sources = []string{}
	}
	if s.updated != "" {
		t, err := parseTime(s.updated)
		if err != nil {
			return rv, err
		}
		rv.UpdatedAt = t
	}
	if s.verdictAt != "" {
		t, err := parseTime(s.verdictAt)
		if err != nil {
			return rv, err
		}
		rv.VerdictAt = t
	}
	return rv, nil
}

func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return t, claims.Errorf(claims.Internal, "bad time %q in the store: %w", s, err)
	}
	return t.UTC(), nil
}

// Review returns a claim's review; NotFound when there is no such claim.
func (s *Store) Review(ctx context.Context, claimID string) (*claims.Review, error) {
	return s.review(ctx, s.db, claimID)
}

type queryer interface {
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

func (s *Store) review(ctx context.Context, db queryer, claimID string) (*claims.Review, error) {
	var sc reviewScanner
	err := db.QueryRowContext(ctx, `SELECT `+reviewCols+` FROM reviews r WHERE r.claim_id = ?`, claimID).Scan(sc.dest()...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, claims.Errorf(claims.NotFound, "claim %q not found", claimID)
	}
	if err != nil {
		return nil, classify("read review "+claimID, err)
	}
	rv, err := sc.finish()
	return &rv, err
}

// Apply checks ch against the workflow rules and records the new review,
// its history and any note in one transaction.
func (s *Store) Apply(ctx context.Context, p claims.Principal, claimID string, ch claims.Change) (*claims.Review, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, classify("begin review", err)
	}
	defer tx.Rollback()
	cur, err := s.review(ctx, tx, claimID)
	if err != nil {
		return nil, err
	}
	now := s.now().UTC()
	next, evs, note, err := claims.Decide(p, *cur, ch, now)
	if err != nil {
		return nil, err
	}
	if len(evs) == 0 {
		return cur, nil
	}
	if ch.Action == claims.ActAssign && next.Assignee != "" && next.Assignee != cur.Assignee && next.Assignee != p.Name {
		var role string
		err := tx.QueryRowContext(ctx, `SELECT role FROM users WHERE name = ?`, next.Assignee).Scan(&role)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, classify("read user "+next.Assignee, err)
		}
		if err := claims.CheckAssignee(claimID, next.Assignee, claims.Role(role)); err != nil {
			return nil, err
		}
	}
	srcs, err := jsonText(next.Sources)
	if err != nil {
		return nil, err
	}
	stamp := now.Format(timeFormat)
	verdictAt := ""
	if !next.VerdictAt.IsZero() {
		verdictAt = next.VerdictAt.UTC().Format(timeFormat)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE reviews SET status = ?, verdict = ?, reason = ?, assignee = ?, sources = ?,
		updated_at = ?, updated_by = ?, verdict_note = ?, verdict_at = ?, verdict_by = ? WHERE claim_id = ?`,
		string(next.Status), string(next.Verdict), string(next.Reason), next.Assignee, srcs, stamp, next.UpdatedBy,
		next.VerdictNote, verdictAt, next.VerdictBy, claimID); err != nil {
		return nil, classify("update review "+claimID, err)
	}
	for _, e := range evs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO review_events (claim_id, who, at, field, from_val, to_val)
			VALUES (?, ?, ?, ?, ?, ?)`, claimID, e.Who, stamp, e.Field, e.From, e.To); err != nil {
			return nil, classify("record history of "+claimID, err)
		}
	}
	if note != nil {
		if _, err := tx.ExecContext(ctx, `INSERT INTO notes (claim_id, author, text, at) VALUES (?, ?, ?, ?)`,
			claimID, note.Author, note.Text, stamp); err != nil {
			return nil, classify("add note to "+claimID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, classify("commit review "+claimID, err)
	}
	next.UpdatedAt = now
	return &next, nil
}

// Notes returns a claim's notes, oldest first.
func (s *Store) Notes(ctx context.Context, claimID string) ([]claims.Note, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, claim_id, author, text, at FROM notes WHERE claim_id = ? ORDER BY id`, claimID)
	if err != nil {
		return nil, classify("list notes", err)
	}
	defer rows.Close()
	out := []claims.Note{}
	for rows.Next() {
		var n claims.Note
		var at string
		if err := rows.Scan(&n.ID, &n.ClaimID, &n.Author, &n.Text, &at); err != nil {
			return nil, classify("list notes", err)
		}
		if n.At, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, classify("list notes", rows.Err())
}

// History returns a claim's audit history, oldest first.
func (s *Store) History(ctx context.Context, claimID string) ([]claims.Event, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, claim_id, who, at, field, from_val, to_val FROM review_events
		WHERE claim_id = ? ORDER BY id`, claimID)
	if err != nil {
		return nil, classify("list history", err)
	}
	defer rows.Close()
	out := []claims.Event{}
	for rows.Next() {
		var e claims.Event
		var at string
		if err := rows.Scan(&e.ID, &e.ClaimID, &e.Who, &at, &e.Field, &e.From, &e.To); err != nil {
			return nil, classify("list history", err)
		}
		if e.At, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, classify("list history", rows.Err())
}

const queueCols = claimCols + `, ` + reviewCols + `, a.title, a.url, a.published`

const queueFrom = ` FROM reviews r JOIN claims c ON c.id = r.claim_id JOIN articles a ON a.id = c.article_id`

func scanQueueItem(sc interface{ Scan(...any) error }) (claims.QueueItem, error) {
	var (
		it         claims.QueueItem
		ms         string
		attr, subj sql.NullString
		rs         reviewScanner
	)
	dest := []any{&it.ID, &it.ArticleID, &it.Start, &it.End, &it.Text, &it.Confidence, &it.Kind, &ms,
		&attr, &it.Source, &subj, &it.Fingerprint}
	dest = append(dest, rs.dest()...)
	dest = append(dest, &it.ArticleTitle, &it.ArticleURL, &it.Published)
	if err := sc.Scan(dest...); err != nil {
		return it, err
	}
	c, err := decodeClaim(it.Claim, ms, attr, subj)
	if err != nil {
		return it, err
	}
	it.Claim = c
	it.Review, err = rs.finish()
	return it, err
}

// decodeClaim fills the JSON columns of a claim.
func decodeClaim(c claims.Claim, ms string, attr, subj sql.NullString) (claims.Claim, error) {
	if err := json.Unmarshal([]byte(ms), &c.Mentions); err != nil {
		return c, claims.Errorf(claims.Internal, "claim %s: mentions column: %w", c.ID, err)
	}
	if c.Mentions == nil {
		c.Mentions = []claims.Mention{}
	}
	if attr.Valid {
		c.Attribution = new(claims.Span)
		if err := json.Unmarshal([]byte(attr.String), c.Attribution); err != nil {
			return c, claims.Errorf(claims.Internal, "claim %s: attribution column: %w", c.ID, err)
		}
	}
	if subj.Valid {
		c.Subject = new(claims.Mention)
		if err := json.Unmarshal([]byte(subj.String), c.Subject); err != nil {
			return c, claims.Errorf(claims.Internal, "claim %s: subject column: %w", c.ID, err)
		}
	}
	return c, nil
}

// ftsQuery turns what a user typed into an FTS5 query: every word must
// appear, the last as a prefix; FTS5 syntax in the input is taken literally.
func ftsQuery(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool {
		return !(r == '\'' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127)
	})
	var parts []string
	for _, w := range words {
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	if len(parts) == 0 {
		return ""
	}
	parts[len(parts)-1] += "*"
	return strings.Join(parts, " ")
}

func likeArg(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// queueWhere builds the WHERE clause of a queue filter.
func queueWhere(f claims.QueueFilter) (string, []any, error) {
	var where []string
	var args []any
	add := func(cond string, a ...any) { where = append(where, cond); args = append(args, a...) }
	if f.Status != "" {
		add(`r.status = ?`, string(f.Status))
	}
	if f.Verdict != "" {
		add(`r.verdict = ?`, string(f.Verdict))
	}
	switch f.Assignee {
	case "":
	case "-":
		add(`r.assignee = ''`)
	default:
		add(`r.assignee = ?`, f.Assignee)
	}
	if f.Kind != "" {
		add(`r.kind = ?`, f.Kind)
	}
	if f.ArticleID != "" {
		add(`c.article_id = ?`, f.ArticleID)
	}
	if f.Entity != "" {
		add(`r.rid IN (SELECT rid FROM claim_facets WHERE type IN ('PERSON', 'ORG', 'LOC', 'MISC')
			AND text LIKE ? ESCAPE '\')`, likeArg(f.Entity)+"%")
	}
	if f.DateFrom != "" || f.DateTo != "" {
		for _, d := range []string{f.DateFrom, f.DateTo} {
			if d != "" {
				if _, err := time.Parse("2006-01-02", d); err != nil {
					return "", nil, claims.Errorf(claims.Invalid, "date %q: want YYYY-MM-DD", d)
				}
			}
		}
		from, to := f.DateFrom, f.DateTo
		if to == "" {
			to = "9999-12-31"
		}
		// A value covers its whole period: "2021" overlaps a range from
		// 2021-06-01. The year bounds let the index narrow the search.
		if from == "" {
			from = "0000-01-01"
		}
		add(`r.rid IN (SELECT rid FROM claim_facets WHERE type = 'DATE' AND value >= ? AND value < ?
			AND value GLOB '[0-9][0-9][0-9][0-9]*'
			AND substr(value, 1, 10) >= substr(?, 1, length(substr(value, 1, 10))) AND substr(value, 1, 10) <= ?)`,
			from[:4], to[:4]+"\uffff", from, to)
	}
	if f.AmountMin != nil || f.AmountMax != nil {
		lo, hi := -1e308, 1e308
		if f.AmountMin != nil {
			lo = *f.AmountMin
		}
		if f.AmountMax != nil {
			hi = *f.AmountMax
		}
		add(`r.rid IN (SELECT rid FROM claim_facets WHERE type = 'MONEY' AND amount BETWEEN ? AND ?)`, lo, hi)
	}
	for _, d := range []string{f.PublishedFrom, f.PublishedTo} {
		if d != "" {
			if _, err := time.Parse("2006-01-02", d); err != nil {
				return "", nil, claims.Errorf(claims.Invalid, "published date %q: want YYYY-MM-DD", d)
			}
		}
	}
	if f.PublishedFrom != "" {
		add(`a.published >= ?`, f.PublishedFrom)
	}
	if f.PublishedTo != "" {
		add(`a.published < ?`, f.PublishedTo+"~") // RFC 3339 times of that day sort before "~"
	}
	if f.Source != "" {
		add(`c.source LIKE ? ESCAPE '\'`, "%"+likeArg(f.Source)+"%")
	}
	if f.Feed != "" {
		p := "%" + likeArg(f.Feed) + "%"
		add(`(a.site_name LIKE ? ESCAPE '\' OR a.url LIKE ? ESCAPE '\')`, p, p)
	}
	if q := ftsQuery(f.Query); q != "" {
		add(`r.rid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)`, q)
	}
	if f.Cursor != "" {
		cur, err := claims.ParseQueueCursor(f.Cursor)
		if err != nil {
			return "", nil, err
		}
		add(`(r.confidence < ? OR (r.confidence = ? AND r.claim_id > ?))`, cur.Confidence, cur.Confidence, cur.ClaimID)
	}
	if len(where) == 0 {
		return "", nil, nil
	}
	return ` WHERE ` + strings.Join(where, ` AND `), args, nil
}

// QueueSQL returns the first of the queue's two queries: the review keys of
// one page, read from the reviews table and its indexes alone (claims and
// articles are joined only for the filters that need them). Exported for
// EXPLAIN QUERY PLAN checks.
func QueueSQL(f claims.QueueFilter) (string, []any, error) {
	where, args, err := queueWhere(f)
	if err != nil {
		return "", nil, err
	}
	from := ` FROM reviews r`
	if f.ArticleID != "" || f.Source != "" || f.Feed != "" || f.PublishedFrom != "" || f.PublishedTo != "" {
		from += ` JOIN claims c ON c.id = r.claim_id JOIN articles a ON a.id = c.article_id`
	}
	args = append(args, queueLimit(f)+1)
	return `SELECT r.rid` + from + where + ` ORDER BY r.confidence DESC, r.claim_id LIMIT ?`, args, nil
}

func queueLimit(f claims.QueueFilter) int {
	if f.Limit <= 0 {
		return 50
	}
	return f.Limit
}

// Queue lists claims with their reviews, highest confidence first, a page
// at a time: first the keys of the page, then its rows.
func (s *Store) Queue(ctx context.Context, f claims.QueueFilter) (*claims.QueuePage, error) {
	q, args, err := QueueSQL(f)
	if err != nil {
		return nil, err
	}
	n := queueLimit(f)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, classify("queue", err)
	}
	var rids []any
	for rows.Next() {
		var rid int64
		if err := rows.Scan(&rid); err != nil {
			rows.Close()
			return nil, classify("queue", err)
		}
		rids = append(rids, rid)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, classify("queue", err)
	}
	page := &claims.QueuePage{Items: []claims.QueueItem{}}
	if len(rids) == 0 {
		return page, nil
	}
	rows, err = s.db.QueryContext(ctx, `SELECT `+queueCols+queueFrom+` WHERE r.rid IN (?`+strings.Repeat(`, ?`, len(rids)-1)+`)
		ORDER BY r.confidence DESC, r.claim_id`, rids...)
	if err != nil {
		return nil, classify("queue", err)
	}
	defer rows.Close()
	for rows.Next() {
		it, err := scanQueueItem(rows)
		if err != nil {
			return nil, classify("queue", err)
		}
		page.Items = append(page.Items, it)
	}
	if err := rows.Err(); err != nil {
		return nil, classify("queue", err)
	}
	if len(page.Items) > n {
		page.Items = page.Items[:n]
		last := page.Items[n-1]
		page.Next = claims.QueueCursor{Confidence: last.Confidence, ClaimID: last.ID}.String()
	}
	return page, nil
}

// Cluster returns the other claims sharing claimID's fingerprint, newest article first.
func (s *Store) Cluster(ctx context.Context, claimID string, n int) ([]claims.QueueItem, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+queueCols+queueFrom+`
		WHERE c.fingerprint = (SELECT fingerprint FROM claims WHERE id = ?) AND c.fingerprint <> '' AND c.id <> ?
		ORDER BY a.created_at DESC, c.id LIMIT ?`, claimID, claimID, limit(n))
	if err != nil {
		return nil, classify("cluster", err)
	}
	defer rows.Close()
	out := []claims.QueueItem{}
	for rows.Next() {
		it, err := scanQueueItem(rows)
		if err != nil {
			return nil, classify("cluster", err)
		}
		out = append(out, it)
	}
	return out, classify("cluster", rows.Err())
}

const alertCols = `al.id, al.claim_id, al.article_id, al.fingerprint, al.prior_claim_id, al.verdict, al.similarity, c.text, al.at, al.seen`

func (s *Store) alerts(ctx context.Context, q string, args ...any) ([]claims.Alert, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+alertCols+` FROM alerts al JOIN claims c ON c.id = al.claim_id `+q, args...)
	if err != nil {
		return nil, classify("list alerts", err)
	}
	defer rows.Close()
	out := []claims.Alert{}
	for rows.Next() {
		var a claims.Alert
		var verdict, at string
		if err := rows.Scan(&a.ID, &a.ClaimID, &a.ArticleID, &a.Fingerprint, &a.PriorClaimID, &verdict, &a.Similarity, &a.Text, &at, &a.Seen); err != nil {
			return nil, classify("list alerts", err)
		}
		a.Verdict = claims.Verdict(verdict)
		if a.At, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, classify("list alerts", rows.Err())
}

// Alerts lists alerts, newest first.
func (s *Store) Alerts(ctx context.Context, n int) ([]claims.Alert, error) {
	return s.alerts(ctx, `ORDER BY al.id DESC LIMIT ?`, limit(n))
}

// PendingAlerts lists alerts not yet delivered, oldest first.
func (s *Store) PendingAlerts(ctx context.Context, n int) ([]claims.Alert, error) {
	return s.alerts(ctx, `WHERE al.delivered = 0 ORDER BY al.id LIMIT ?`, limit(n))
}

// RaiseAlert records an alert found outside the store (a repeat in other
// words) unless the claim has one already.
func (s *Store) RaiseAlert(ctx context.Context, a claims.Alert) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO alerts (claim_id, article_id, fingerprint, prior_claim_id, verdict, similarity, at)
		SELECT id, article_id, ?, ?, ?, ?, ? FROM claims WHERE id = ? ON CONFLICT (claim_id) DO NOTHING`,
		a.Fingerprint, a.PriorClaimID, string(a.Verdict), a.Similarity, s.stamp(), a.ClaimID)
	if err != nil {
		return false, classify("raise alert on claim "+a.ClaimID, err)
	}
	if n, _ := res.RowsAffected(); n > 0 {
		return true, nil
	}
	return false, s.alertable(ctx, a.ClaimID)
}

// VerdictsVersion is the count of verdicts and the time of the latest
// change among them.
func (s *Store) VerdictsVersion(ctx context.Context) (string, error) {
	var n int
	var last string
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(MAX(updated_at), '') FROM reviews WHERE status = 'verdict'`).Scan(&n, &last)
	return fmt.Sprintf("%d %s", n, last), classify("verdicts version", err)
}

// alertable is nil when claim id is stored, else a NotFound error.
func (s *Store) alertable(ctx context.Context, id string) error {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM claims WHERE id = ?`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return claims.Errorf(claims.NotFound, "raise alert: no claim %q", id)
	}
	return classify("raise alert on claim "+id, err)
}

// MarkAlertDelivered records that the sinks got alert id.
func (s *Store) MarkAlertDelivered(ctx context.Context, id int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE alerts SET delivered = 1 WHERE id = ?`, id)
	return classify("mark alert delivered", err)
}

// UnseenAlerts counts the alerts nobody has looked at.
func (s *Store) UnseenAlerts(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM alerts WHERE seen = 0`).Scan(&n)
	return n, classify("count alerts", err)
}

// MarkAlertsSeen marks every alert up to and including upTo seen.
func (s *Store) MarkAlertsSeen(ctx context.Context, upTo int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE alerts SET seen = 1 WHERE seen = 0 AND id <= ?`, upTo)
	return classify("mark alerts seen", err)
}
