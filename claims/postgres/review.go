package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/claimpipe/claimpipe/claims"
)

var (
	_ claims.ReviewStore = (*Store)(nil)
	_ claims.UserStore   = (*Store)(nil)
)

// micro is the resolution of TIMESTAMPTZ: times stamped by the desk are cut
// to it before they are stored, so that what Apply returns is what a later
// read returns.
func micro(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// deskRowsSQL writes a claim's review row, its facets (one per mention) and
// its search vector. It does nothing when the review exists, so running it
// twice for a claim is harmless.
const deskRowsSQL = `WITH r AS (
		INSERT INTO reviews (claim_id, confidence, kind, search) VALUES ($1, $2, $3, $4::tsvector)
		ON CONFLICT (claim_id) DO NOTHING RETURNING rid)
	INSERT INTO claim_facets (rid, type, text, text_key, value, amount)
	SELECT r.rid, f.type, f.text, f.text_key, f.value, f.amount
	FROM r, unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::float8[]) AS f (type, text, text_key, value, amount)`

// alertSQL raises an alert when a newly stored claim repeats a claim of
// another article that has a verdict: the latest judged one is named.
const alertSQL = `INSERT INTO alerts (claim_id, article_id, fingerprint, prior_claim_id, verdict, at)
	SELECT $1, $2, $3, c.id, r.verdict, $4 FROM claims c JOIN reviews r ON r.claim_id = c.id
	WHERE c.fingerprint = $3 AND c.article_id <> $2 AND r.status = 'verdict'
	ORDER BY r.updated_at DESC, c.id LIMIT 1
	ON CONFLICT (claim_id) DO NOTHING`

// queueDeskRows queues, after the insert of claim c, what SQLite's
// claims_desk_insert trigger does: the review row with facets and search
// vector and, when alert is set, the repeat alert.
func queueDeskRows(b *pgx.Batch, c *claims.Claim, title string, at time.Time, alert bool) {
	n := len(c.Mentions)
	types, texts, keys, values := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	amounts := make([]*float64, n)
	for i, m := range c.Mentions {
		types[i], texts[i], keys[i], values[i] = m.Type, m.Text, strings.ToLower(m.Text), m.Value
		if m.Type == claims.TypeMoney {
			amounts[i] = moneyAmount(m.Value)
		}
	}
	b.Queue(deskRowsSQL, c.ID, c.Confidence, c.Kind, searchVector(c.Text, title), types, texts, keys, values, amounts)
	if alert && c.Fingerprint != "" {
		b.Queue(alertSQL, c.ID, c.ArticleID, c.Fingerprint, at)
	}
}

// backfillDesk gives the claims stored before migration 0010 their review
// rows, facets and search vectors, inside the migration's transaction.
func backfillDesk(ctx context.Context, tx pgx.Tx) error {
	last := ""
	for {
		rows, err := tx.Query(ctx, `SELECT c.id, c.article_id, c.text, c.confidence, c.kind, c.mentions::text, a.title
			FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id > $1 ORDER BY c.id LIMIT 1000`, last)
		if err != nil {
			return classify("backfill the desk", err)
		}
		type row struct {
			c     claims.Claim
			title string
		}
		page, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (row, error) {
			var x row
			var ms string
			if err := r.Scan(&x.c.ID, &x.c.ArticleID, &x.c.Text, &x.c.Confidence, &x.c.Kind, &ms, &x.title); err != nil {
				return x, err
			}
			if err := json.Unmarshal([]byte(ms), &x.c.Mentions); err != nil {
				return x, claims.Errorf(claims.Internal, "claim %s: mentions column: %w", x.c.ID, err)
			}
			return x, nil
		})
		if err != nil {
			return classify("backfill the desk", err)
		}
		if len(page) == 0 {
			return nil
		}
		b := &pgx.Batch{}
		for i := range page {
			queueDeskRows(b, &page[i].c, page[i].title, time.Time{}, false)
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return classify("backfill the desk", err)
		}
		last = page[len(page)-1].c.ID
	}
}

const reviewCols = `r.claim_id, r.status, r.verdict, r.reason, r.assignee, r.sources::text, r.updated_at, r.updated_by,
	r.verdict_note, r.verdict_at, r.verdict_by`

// reviewScanner collects the review columns of a row and finishes them.
type reviewScanner struct {
	rv                               claims.Review
	status, verdict, reason, sources string
	updated, verdictAt               *time.Time
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
	if s.updated != nil {
		rv.UpdatedAt = s.updated.UTC()
	}
	if s.verdictAt != nil {
		rv.VerdictAt = s.verdictAt.UTC()
	}
	return rv, nil
}

// Review returns a claim's review; NotFound when there is no such claim.
func (s *Store) Review(ctx context.Context, claimID string) (*claims.Review, error) {
	return s.review(ctx, s.pool, claimID, "")
}

type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// review reads a claim's review; lock " FOR UPDATE" holds the row until the
// transaction ends.
func (s *Store) review(ctx context.Context, db querier, claimID, lock string) (*claims.Review, error) {
	var sc reviewScanner
	err := db.QueryRow(ctx, `SELECT `+reviewCols+` FROM reviews r WHERE r.claim_id = $1`+lock, claimID).Scan(sc.dest()...)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, claims.Errorf(claims.NotFound, "claim %q not found", claimID)
	}
	if err != nil {
		return nil, classify("read review "+claimID, err)
	}
	rv, err := sc.finish()
	return &rv, err
}

// Apply checks ch against the workflow rules and records the new review,
// its history and any note in one transaction. The review row is locked
// (SELECT ... FOR UPDATE) from the read that claims.Decide judges to the
// commit, so that concurrent changes of one claim are serialised as
// SQLite's single writer serialises them: the second sees the first's
// result, and is refused if it no longer applies.
func (s *Store) Apply(ctx context.Context, p claims.Principal, claimID string, ch claims.Change) (*claims.Review, error) {
	var out *claims.Review
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		cur, err := s.review(ctx, tx, claimID, ` FOR UPDATE`)
		if err != nil {
			return err
		}
		now := micro(s.now())
		next, evs, note, err := claims.Decide(p, *cur, ch, now)
		if err != nil {
			return err
		}
		if len(evs) == 0 {
			out = cur
			return nil
		}
		if ch.Action == claims.ActAssign && next.Assignee != "" && next.Assignee != cur.Assignee && next.Assignee != p.Name {
			var role string
			err := tx.QueryRow(ctx, `SELECT role FROM users WHERE name = $1`, next.Assignee).Scan(&role)
			if err != nil && !errors.Is(err, pgx.ErrNoRows) {
				return classify("read user "+next.Assignee, err)
			}
			if err := claims.CheckAssignee(claimID, next.Assignee, claims.Role(role)); err != nil {
				return err
			}
		}
		srcs, err := json.Marshal(next.Sources)
		if err != nil {
			return claims.Errorf(claims.Internal, "encode sources of %s: %w", claimID, err)
		}
		var verdictAt *time.Time // NULL unless there is a verdict
		if !next.VerdictAt.IsZero() {
			verdictAt = &next.VerdictAt
		}
		b := &pgx.Batch{}
		b.Queue(`UPDATE reviews SET status = $1, verdict = $2, reason = $3, assignee = $4, sources = $5::jsonb,
			updated_at = $6, updated_by = $7, verdict_note = $8, verdict_at = $9, verdict_by = $10 WHERE claim_id = $11`,
			string(next.Status), string(next.Verdict), string(next.Reason), next.Assignee, string(srcs), now, next.UpdatedBy,
			next.VerdictNote, verdictAt, next.VerdictBy, claimID)
		for _, e := range evs {
			b.Queue(`INSERT INTO review_events (claim_id, who, at, field, from_val, to_val) VALUES ($1, $2, $3, $4, $5, $6)`,
				claimID, e.Who, now, e.Field, e.From, e.To)
		}
		if note != nil {
			b.Queue(`INSERT INTO notes (claim_id, author, text, at) VALUES ($1, $2, $3, $4)`, claimID, note.Author, note.Text, now)
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return classify("record review of "+claimID, err)
		}
		next.UpdatedAt = now
		out = &next
		return nil
	})
	if err != nil {
		return nil, classify("commit review "+claimID, err)
	}
	return out, nil
}

// Notes returns a claim's notes, oldest first.
func (s *Store) Notes(ctx context.Context, claimID string) ([]claims.Note, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, claim_id, author, text, at FROM notes WHERE claim_id = $1 ORDER BY id`, claimID)
	if err != nil {
		return nil, classify("list notes", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (claims.Note, error) {
		var n claims.Note
		err := r.Scan(&n.ID, &n.ClaimID, &n.Author, &n.Text, &n.At)
		n.At = n.At.UTC()
		return n, err
	})
	if err != nil {
		return nil, classify("list notes", err)
	}
	return nonNilSlice(out), nil
}

// History returns a claim's audit history, oldest first.
func (s *Store) History(ctx context.Context, claimID string) ([]claims.Event, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, claim_id, who, at, field, from_val, to_val FROM review_events
		WHERE claim_id = $1 ORDER BY id`, claimID)
	if err != nil {
		return nil, classify("list history", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (claims.Event, error) {
		var e claims.Event
		err := r.Scan(&e.ID, &e.ClaimID, &e.Who, &e.At, &e.Field, &e.From, &e.To)
		e.At = e.At.UTC()
		return e, err
	})
	if err != nil {
		return nil, classify("list history", err)
	}
	return nonNilSlice(out), nil
}

const queueCols = claimCols + `, ` + reviewCols + `, a.title, a.url, a.published`

const queueFrom = ` FROM reviews r JOIN claims c ON c.id = r.claim_id JOIN articles a ON a.id = c.article_id`

func scanQueueItem(sc pgx.Row) (claims.QueueItem, error) {
	var (
		it         claims.QueueItem
		ms         string
		attr, subj *string
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

func likeArg(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// sqlArgs numbers the parameters of a statement being built.
type sqlArgs []any

func (a *sqlArgs) add(v any) string {
	*a = append(*a, v)
	return fmt.Sprintf("$%d", len(*a))
}

// queueWhere builds the WHERE clause of a queue filter, with claims/sqlite's
// meaning for every field: LIKE there is case-insensitive, ILIKE here; the
// entity prefix is matched on the lower-cased facet by range.
func queueWhere(f claims.QueueFilter, args *sqlArgs) (string, error) {
	var where []string
	add := func(cond string) { where = append(where, cond) }
	if f.Status != "" {
		add(`r.status = ` + args.add(string(f.Status)))
	}
	if f.Verdict != "" {
		add(`r.verdict = ` + args.add(string(f.Verdict)))
	}
	switch f.Assignee {
	case "":
	case "-":
		add(`r.assignee = ''`)
	default:
		add(`r.assignee = ` + args.add(f.Assignee))
	}
	if f.Kind != "" {
		add(`r.kind = ` + args.add(f.Kind))
	}
	if f.ArticleID != "" {
		add(`c.article_id = ` + args.add(f.ArticleID))
	}
	if f.Entity != "" {
		key := strings.ToLower(f.Entity)
		cond := `type IN ('PERSON', 'ORG', 'LOC', 'MISC') AND text_key >= ` + args.add(key)
		if hi, ok := prefixUpper(key); ok {
			cond += ` AND text_key < ` + args.add(hi)
		}
		add(`r.rid IN (SELECT rid FROM claim_facets WHERE ` + cond + `)`)
	}
	if f.DateFrom != "" || f.DateTo != "" {
		for _, d := range []string{f.DateFrom, f.DateTo} {
			if d != "" {
				if _, err := time.Parse("2006-01-02", d); err != nil {
					return "", claims.Errorf(claims.Invalid, "date %q: want YYYY-MM-DD", d)
				}
			}
		}
		from, to := f.DateFrom, f.DateTo
		if to == "" {
			to = "9999-12-31"
		}
		if from == "" {
			from = "0000-01-01"
		}
		// A value covers its whole period: "2021" overlaps a range from
		// 2021-06-01. The year bounds let the index narrow the search.
		pf, pt := args.add(from), args.add(to)
		add(`r.rid IN (SELECT rid FROM claim_facets WHERE type = 'DATE' AND value >= ` + args.add(from[:4]) +
			` AND value < ` + args.add(to[:4]+"\uffff") + ` AND value ~ '^[0-9]{4}'
			AND substr(value, 1, 10) >= substr(` + pf + `, 1, length(substr(value, 1, 10))) AND substr(value, 1, 10) <= ` + pt + `)`)
	}
	if f.AmountMin != nil || f.AmountMax != nil {
		lo, hi := -1e308, 1e308
		if f.AmountMin != nil {
			lo = *f.AmountMin
		}
		if f.AmountMax != nil {
			hi = *f.AmountMax
		}
		add(`r.rid IN (SELECT rid FROM claim_facets WHERE type = 'MONEY' AND amount BETWEEN ` + args.add(lo) + ` AND ` + args.add(hi) + `)`)
	}
	for _, d := range []string{f.PublishedFrom, f.PublishedTo} {
		if d != "" {
			if _, err := time.Parse("2006-01-02", d); err != nil {
				return "", claims.Errorf(claims.Invalid, "published date %q: want YYYY-MM-DD", d)
			}
		}
	}
	if f.PublishedFrom != "" {
		add(`a.published COLLATE "C" >= ` + args.add(f.PublishedFrom))
	}
	if f.PublishedTo != "" {
		add(`a.published COLLATE "C" < ` + args.add(f.PublishedTo+"~")) // RFC 3339 times of that day sort before "~"
	}
	if f.Source != "" {
		add(`c.source ILIKE ` + args.add("%"+likeArg(f.Source)+"%") + ` ESCAPE '\'`)
	}
	if f.Feed != "" {
		p := args.add("%" + likeArg(f.Feed) + "%")
		add(`(a.site_name ILIKE ` + p + ` ESCAPE '\' OR a.url ILIKE ` + p + ` ESCAPE '\')`)
	}
	if q, ok := searchQuery(f.Query); ok {
		if q == "" {
			add(`FALSE`) // only words without tokens: FTS5 matches nothing
		} else {
			add(`r.search @@ ` + args.add(q) + `::tsquery`)
		}
	}
	if f.Cursor != "" {
		cur, err := claims.ParseQueueCursor(f.Cursor)
		if err != nil {
			return "", err
		}
		c := args.add(cur.Confidence)
		add(`r.confidence <= ` + c + ` AND (r.confidence < ` + c + ` OR r.claim_id COLLATE "C" > ` + args.add(cur.ClaimID) + `)`)
	}
	if len(where) == 0 {
		return "", nil
	}
	return ` WHERE ` + strings.Join(where, ` AND `), nil
}

func queueLimit(f claims.QueueFilter) int {
	if f.Limit <= 0 {
		return 50
	}
	return f.Limit
}

// QueueSQL returns the queue's query: the review keys of one page, read
// from the reviews table and its indexes (claims and articles are joined
// only for the filters that need them), then that page's rows. Exported for
// EXPLAIN checks.
func QueueSQL(f claims.QueueFilter) (string, []any, error) {
	var args sqlArgs
	where, err := queueWhere(f, &args)
	if err != nil {
		return "", nil, err
	}
	from := ` FROM reviews r`
	if f.ArticleID != "" || f.Source != "" || f.Feed != "" || f.PublishedFrom != "" || f.PublishedTo != "" {
		from += ` JOIN claims c ON c.id = r.claim_id JOIN articles a ON a.id = c.article_id`
	}
	lim := args.add(queueLimit(f) + 1)
	return `WITH page AS (SELECT r.rid` + from + where + ` ORDER BY r.confidence DESC, r.claim_id COLLATE "C" LIMIT ` + lim + `)
		SELECT ` + queueCols + queueFrom + ` JOIN page ON page.rid = r.rid ORDER BY r.confidence DESC, r.claim_id COLLATE "C"`, args, nil
}

// Queue lists claims with their reviews, highest confidence first, a page
// at a time.
func (s *Store) Queue(ctx context.Context, f claims.QueueFilter) (*claims.QueuePage, error) {
	q, args, err := QueueSQL(f)
	if err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, classify("queue", err)
	}
	items, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (claims.QueueItem, error) { return scanQueueItem(r) })
	if err != nil {
		return nil, classify("queue", err)
	}
	page := &claims.QueuePage{Items: nonNilSlice(items)}
	if n := queueLimit(f); len(page.Items) > n {
		page.Items = page.Items[:n]
		last := page.Items[n-1]
		page.Next = claims.QueueCursor{Confidence: last.Confidence, ClaimID: last.ID}.String()
	}
	return page, nil
}

// Cluster returns the other claims sharing claimID's fingerprint, newest article first.
func (s *Store) Cluster(ctx context.Context, claimID string, n int) ([]claims.QueueItem, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+queueCols+queueFrom+`
		WHERE c.fingerprint = (SELECT fingerprint FROM claims WHERE id = $1) AND c.fingerprint <> '' AND c.id <> $1
		ORDER BY a.created_at DESC, c.id COLLATE "C" LIMIT $2`, claimID, limit(n))
	if err != nil {
		return nil, classify("cluster", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (claims.QueueItem, error) { return scanQueueItem(r) })
	if err != nil {
		return nil, classify("cluster", err)
	}
	return nonNilSlice(out), nil
}

const alertCols = `al.id, al.claim_id, al.article_id, al.fingerprint, al.prior_claim_id, al.verdict, al.similarity, c.text, al.at, al.seen`

func (s *Store) alerts(ctx context.Context, q string, args ...any) ([]claims.Alert, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+alertCols+` FROM alerts al JOIN claims c ON c.id = al.claim_id `+q, args...)
	if err != nil {
		return nil, classify("list alerts", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (claims.Alert, error) {
		var a claims.Alert
		var verdict string
		err := r.Scan(&a.ID, &a.ClaimID, &a.ArticleID, &a.Fingerprint, &a.PriorClaimID, &verdict, &a.Similarity, &a.Text, &a.At, &a.Seen)
		a.Verdict, a.At = claims.Verdict(verdict), a.At.UTC()
		return a, err
	})
	if err != nil {
		return nil, classify("list alerts", err)
	}
	return nonNilSlice(out), nil
}

// Alerts lists alerts, newest first.
func (s *Store) Alerts(ctx context.Context, n int) ([]claims.Alert, error) {
	return s.alerts(ctx, `ORDER BY al.id DESC LIMIT $1`, limit(n))
}

// PendingAlerts lists alerts not yet delivered, oldest first.
func (s *Store) PendingAlerts(ctx context.Context, n int) ([]claims.Alert, error) {
	return s.alerts(ctx, `WHERE NOT al.delivered ORDER BY al.id LIMIT $1`, limit(n))
}

// RaiseAlert records an alert found outside the store (a repeat in other
// words) unless the claim has one already.
func (s *Store) RaiseAlert(ctx context.Context, a claims.Alert) (bool, error) {
	tag, err := s.pool.Exec(ctx, `INSERT INTO alerts (claim_id, article_id, fingerprint, prior_claim_id, verdict, similarity, at)
		SELECT id, article_id, $1, $2, $3, $4, $5 FROM claims WHERE id = $6 ON CONFLICT (claim_id) DO NOTHING`,
		a.Fingerprint, a.PriorClaimID, string(a.Verdict), a.Similarity, s.stamp(), a.ClaimID)
	if err != nil {
		return false, classify("raise alert on claim "+a.ClaimID, err)
	}
	if tag.RowsAffected() > 0 {
		return true, nil
	}
	var one int
	err = s.pool.QueryRow(ctx, `SELECT 1 FROM claims WHERE id = $1`, a.ClaimID).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, claims.Errorf(claims.NotFound, "raise alert: no claim %q", a.ClaimID)
	}
	return false, classify("raise alert on claim "+a.ClaimID, err)
}

// VerdictsVersion is the count of verdicts and the time of the latest
// change among them.
func (s *Store) VerdictsVersion(ctx context.Context) (string, error) {
	var n int
	var last *time.Time
	err := s.pool.QueryRow(ctx, `SELECT COUNT(*), MAX(updated_at) FROM reviews WHERE status = 'verdict'`).Scan(&n, &last)
	if err != nil || last == nil {
		return fmt.Sprintf("%d", n), classify("verdicts version", err)
	}
	return fmt.Sprintf("%d %s", n, last.UTC().Format(time.RFC3339Nano)), nil
}

// MarkAlertDelivered records that the sinks got alert id.
func (s *Store) MarkAlertDelivered(ctx context.Context, id int64) error {
	_, err := s.pool.Exec(ctx, `UPDATE alerts SET delivered = TRUE WHERE id = $1`, id)
	return classify("mark alert delivered", err)
}

// UnseenAlerts counts the alerts nobody has looked at.
func (s *Store) UnseenAlerts(ctx context.Context) (int, error) {
	var n int
	err := s.pool.QueryRow(ctx, `SELECT COUNT(*) FROM alerts WHERE NOT seen`).Scan(&n)
	return n, classify("count alerts", err)
}

// MarkAlertsSeen marks every alert up to and including upTo seen.
func (s *Store) MarkAlertsSeen(ctx context.Context, upTo int64) error {
	_, err := s.pool.Exec(ctx, `UPDATE alerts SET seen = TRUE WHERE NOT seen AND id <= $1`, upTo)
	return classify("mark alerts seen", err)
}
