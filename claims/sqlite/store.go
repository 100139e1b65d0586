package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"

	"modernc.org/sqlite"

	"github.com/claimpipe/claimpipe/claims"
)

//go:embed migrations/*.sql
var migrations embed.FS

// timeFormat is fixed-width so that text order is time order.
const timeFormat = "2006-01-02T15:04:05.000000000Z"

const defaultLimit = 100

// Options tunes Open. The zero value is the production setting.
type Options struct {
	// BusyTimeout is how long a writer waits for the lock before the store
	// reports a Transient error. Zero means 10 s.
	BusyTimeout time.Duration
	// Now stamps created_at and the like; nil means time.Now.
	Now func() time.Time
}

// Store is the claims.Store over one SQLite file. It is safe for concurrent
// use; writes are serialised by SQLite.
type Store struct {
	db  *sql.DB
	now func() time.Time

	writes     chan *writeReq
	closed     chan struct{}
	closeOnce  sync.Once
	writerDone chan struct{}
}

var _ claims.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and brings its schema
// up to date. path is a file name; its directory must exist.
func Open(ctx context.Context, path string, opt Options) (*Store, error) {
	if path == "" {
		return nil, claims.Errorf(claims.Invalid, "sqlite: empty database path")
	}
	bt := opt.BusyTimeout
	if bt <= 0 {
		bt = 10 * time.Second
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.FormatInt(bt.Milliseconds(), 10)+")")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	// In a file: URI, '%', '?' and '#' in the name must be escaped.
	name := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	db, err := sql.Open("sqlite", "file:"+name+"?"+q.Encode())
	if err != nil {
		return nil, claims.Errorf(claims.Internal, "sqlite: open %q: %w", path, err)
	}
	s := &Store{db: db, now: opt.Now, writes: make(chan *writeReq), closed: make(chan struct{}), writerDone: make(chan struct{})}
	if s.now == nil {
		s.now = time.Now
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: migrate %q: %w", path, err)
	}
	w, err := newWriteConn(ctx, db)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %q: %w", path, err)
	}
	go s.writer(w)
	return s, nil
}

// Close stops the writer, after the group being committed, and closes the
// database. Saves still waiting to be queued fail with a Transient error.
func (s *Store) Close() error {
	s.closeOnce.Do(func() { close(s.closed) })
	<-s.writerDone
	return s.db.Close()
}

// DB returns the underlying handle, for status pages and tests.
func (s *Store) DB() *sql.DB { return s.db }

func (s *Store) stamp() string { return s.now().UTC().Format(timeFormat) }

// migrate applies, in order, every embedded migration not yet recorded in
// schema_migrations, each in its own transaction.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL)`); err != nil {
		return classify("create schema_migrations", err)
	}
	files, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return claims.Errorf(claims.Internal, "list migrations: %w", err)
	}
	for _, f := range files { // fs.Glob returns names sorted
		name := path.Base(f)
		v, err := strconv.Atoi(strings.SplitN(name, "_", 2)[0])
		if err != nil {
			return claims.Errorf(claims.Internal, "migration %q: name must start with a version number", name)
		}
		script, err := migrations.ReadFile(f)
		if err != nil {
			return claims.Errorf(claims.Internal, "read migration %q: %w", name, err)
		}
		if err := s.apply(ctx, v, name, string(script)); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, version int, name, script string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return classify("begin migration", err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil {
		return classify("read schema_migrations", err)
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, script); err != nil {
		return classify("apply "+name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		version, name, s.stamp()); err != nil {
		return classify("record "+name, err)
	}
	return classify("commit "+name, tx.Commit())
}

// SchemaVersion returns the highest applied migration.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&v)
	return int(v.Int64), classify("schema version", err)
}

// SaveResult stores the article, its mentions and its claims atomically. An
// article already stored (same ID, so same text) is left as it is and
// created is false: saving twice stores once.
//
// Concurrent calls are group-committed with the store's other pipeline
// writes (see writer.go): SaveResult returns only after the commit that holds
// its result, and a result that fails is rolled back alone.
func (s *Store) SaveResult(ctx context.Context, r *claims.Result) (created bool, err error) {
	return s.saveResult(ctx, r, "")
}

// SaveSubmissionResult is SaveResult and MarkSubmissionStored(submissionID)
// in the same transaction (group-committed like SaveResult): the store
// stage's one durable write per article.
func (s *Store) SaveSubmissionResult(ctx context.Context, submissionID string, r *claims.Result) (created bool, err error) {
	return s.saveResult(ctx, r, submissionID)
}

func (s *Store) saveResult(ctx context.Context, r *claims.Result, submissionID string) (created bool, err error) {
	if r == nil {
		return false, claims.Errorf(claims.Invalid, "save: nil result")
	}
	if err := r.Validate(); err != nil {
		return false, claims.Errorf(claims.Invalid, "save article %s (%s): %w", r.Article.ID, r.Article.URL, err)
	}
	err = s.write(ctx, "save article "+r.Article.ID, func(ctx context.Context, w *writeConn) (err error) {
		created, err = s.saveOne(ctx, w, r)
		if err == nil {
			err = s.markStoredTx(ctx, w, submissionID, r.Article.ID)
		}
		return err
	})
	if err != nil {
		return false, err
	}
	return created, nil
}

// saveOne inserts one result in the writer's transaction; created is false when the article
// was already there.
func (s *Store) saveOne(ctx context.Context, w *writeConn, r *claims.Result) (created bool, err error) {
	a := &r.Article
	res, err := w.exec(ctx, `INSERT INTO articles
		(id, url, title, byline, published, body, modified, site_name, language, canonical_url, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO NOTHING`,
		a.ID, a.URL, a.Title, a.Byline, a.Published, a.Text, a.Modified, a.SiteName, a.Language, a.CanonicalURL, s.stamp())
	if err != nil {
		return false, classify("save article "+a.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return false, classify("save article "+a.ID, err)
	} else if n == 0 {
		return false, nil // already stored: idempotent
	}
	// Mentions and claims go in multi-row INSERTs: a statement per article
	// rather than per row (and so one flush of the claims' full-text index).
	args := make([]any, 0, 8*len(r.Mentions))
	for i, m := range r.Mentions {
		args = append(args, a.ID, i, m.Start, m.End, m.Type, m.Text, m.Value, m.Mod)
	}
	if err := w.insertRows(ctx, `INSERT INTO mentions
		(article_id, ord, start_byte, end_byte, type, text, value, modifier) VALUES `, ``, 8, args); err != nil {
		return false, classify("save mentions of "+a.ID, err)
	}
	args = make([]any, 0, 13*len(r.Claims))
	for i := range r.Claims {
		c := &r.Claims[i]
		ms, err := jsonText(nonNil(c.Mentions))
		if err != nil {
			return false, err
		}
		attr, err := jsonNull(c.Attribution)
		if err != nil {
			return false, err
		}
		subj, err := jsonNull(c.Subject)
		if err != nil {
			return false, err
		}
		args = append(args, c.ID, a.ID, i, c.Start, c.End, c.Text, c.Confidence, c.Kind, ms, attr, c.Source, subj, c.Fingerprint)
	}
	if err := w.insertRows(ctx, `INSERT INTO claims
		(id, article_id, ord, start_byte, end_byte, text, confidence, kind, mentions, attribution, source, subject, fingerprint)
		VALUES `, ` ON CONFLICT (id) DO NOTHING`, 13, args); err != nil {
		return false, classify("save claims of "+a.ID, err)
	}
	return true, nil
}

const articleCols = `id, url, title, byline, published, body, modified, site_name, language, canonical_url`

func scanArticle(sc interface{ Scan(...any) error }) (claims.Article, error) {
	var a claims.Article
	err := sc.Scan(&a.ID, &a.URL, &a.Title, &a.Byline, &a.Published, &a.Text, &a.Modified, &a.SiteName, &a.Language, &a.CanonicalURL)
	return a, err
}

// Article returns the article with the given ID, or a NotFound error.
func (s *Store) Article(ctx context.Context, id string) (*claims.Article, error) {
	a, err := scanArticle(s.db.QueryRowContext(ctx, `SELECT `+articleCols+` FROM articles WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, claims.Errorf(claims.NotFound, "article %q not found", id)
	}
	if err != nil {
		return nil, classify("read article "+id, err)
	}
	return &a, nil
}

// Articles returns a page of articles, newest stored first, read in the
// order of the articles_created index from the cursor on.
func (s *Store) Articles(ctx context.Context, f claims.ArticleFilter) (*claims.ArticlePage, error) {
	n := limit(f.Limit)
	q, args := `SELECT `+articleCols+`, created_at FROM articles`, []any{}
	if f.Cursor != "" {
		cur, err := claims.ParseArticleCursor(f.Cursor)
		if err != nil {
			return nil, err
		}
		// The first condition alone bounds the index range.
		stored := cur.Stored.UTC().Format(timeFormat)
		q += ` WHERE created_at <= ? AND (created_at < ? OR id > ?)`
		args = append(args, stored, stored, cur.ID)
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY created_at DESC, id LIMIT ?`, append(args, n+1)...)
	if err != nil {
		return nil, classify("list articles", err)
	}
	defer rows.Close()
	page := &claims.ArticlePage{Items: []claims.Article{}}
	var stored []string
	for rows.Next() {
		var a claims.Article
		var at string
		if err := rows.Scan(&a.ID, &a.URL, &a.Title, &a.Byline, &a.Published, &a.Text, &a.Modified, &a.SiteName, &a.Language,
			&a.CanonicalURL, &at); err != nil {
			return nil, classify("list articles", err)
		}
		page.Items, stored = append(page.Items, a), append(stored, at)
	}
	if err := rows.Err(); err != nil {
		return nil, classify("list articles", err)
	}
	if len(page.Items) > n {
		page.Items = page.Items[:n]
		at, err := parseTime(stored[n-1])
		if err != nil {
			return nil, err
		}
		page.Next = claims.ArticleCursor{Stored: at, ID: page.Items[n-1].ID}.String()
	}
	return page, nil
}

// Mentions returns the mentions of an article in text order; NotFound when
// there is no such article.
func (s *Store) Mentions(ctx context.Context, articleID string) ([]claims.Mention, error) {
	if _, err := s.Article(ctx, articleID); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT start_byte, end_byte, type, text, value, modifier
		FROM mentions WHERE article_id = ? ORDER BY start_byte, end_byte, ord`, articleID)
	if err != nil {
		return nil, classify("list mentions", err)
	}
	defer rows.Close()
	out := []claims.Mention{}
	for rows.Next() {
		var m claims.Mention
		if err := rows.Scan(&m.Start, &m.End, &m.Type, &m.Text, &m.Value, &m.Mod); err != nil {
			return nil, classify("list mentions", err)
		}
		out = append(out, m)
	}
	return out, classify("list mentions", rows.Err())
}

const claimCols = `c.id, c.article_id, c.start_byte, c.end_byte, c.text, c.confidence, c.kind, c.mentions,
	c.attribution, c.source, c.subject, c.fingerprint`

func scanClaim(sc interface{ Scan(...any) error }) (claims.Claim, error) {
	var (
		c          claims.Claim
		ms         string
		attr, subj sql.NullString
	)
	if err := sc.Scan(&c.ID, &c.ArticleID, &c.Start, &c.End, &c.Text, &c.Confidence, &c.Kind, &ms,
		&attr, &c.Source, &subj, &c.Fingerprint); err != nil {
		return c, err
	}
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

// Claim returns the claim with the given ID, or a NotFound error.
func (s *Store) Claim(ctx context.Context, id string) (*claims.Claim, error) {
	c, err := scanClaim(s.db.QueryRowContext(ctx, `SELECT `+claimCols+` FROM claims c WHERE c.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, claims.Errorf(claims.NotFound, "claim %q not found", id)
	}
	if err != nil {
		return nil, classify("read claim "+id, err)
	}
	return &c, nil
}

// Claims returns claims, newest article first and in text order within an
// article. With f.ArticleID set it returns that article's claims (an empty
// list when it has none or does not exist).
func (s *Store) Claims(ctx context.Context, f claims.ClaimFilter) ([]claims.Claim, error) {
	q := `SELECT ` + claimCols + ` FROM claims c JOIN articles a ON a.id = c.article_id`
	args := []any{}
	var where []string
	if f.ArticleID != "" {
		where = append(where, `c.article_id = ?`)
		args = append(args, f.ArticleID)
	}
	if f.Fingerprint != "" {
		where = append(where, `c.fingerprint = ?`)
		args = append(args, f.Fingerprint)
	}
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY a.created_at DESC, a.id, c.start_byte, c.end_byte LIMIT ?`
	args = append(args, limit(f.Limit))
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, classify("list claims", err)
	}
	defer rows.Close()
	out := []claims.Claim{}
	for rows.Next() {
		c, err := scanClaim(rows)
		if err != nil {
			return nil, classify("list claims", err)
		}
		out = append(out, c)
	}
	return out, classify("list claims", rows.Err())
}

// AddDeadLetter records a message the pipeline gave up on and sets d.ID.
// A record with the same stage and non-empty MsgID is updated in place, so a
// message dead-lettered twice (a retried dead-lettering) keeps one record,
// no longer replayed. A zero d.At is stamped with the current time.
func (s *Store) AddDeadLetter(ctx context.Context, d *claims.DeadLetter) error {
	if d == nil || d.Stage == "" {
		return claims.Errorf(claims.Invalid, "dead letter without a stage")
	}
	at := d.At
	if at.IsZero() {
		at = s.now()
		d.At = at.UTC()
	}
	d.ReplayedAt = time.Time{}
	err := s.db.QueryRowContext(ctx, `INSERT INTO dead_letters
		(stage, subject, msg_id, input, kind, error, deliveries, data, at, dlq_seq)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (stage, msg_id) WHERE msg_id <> '' DO UPDATE SET
			subject = excluded.subject, input = excluded.input, kind = excluded.kind, error = excluded.error,
			deliveries = excluded.deliveries, data = excluded.data, at = excluded.at, dlq_seq = excluded.dlq_seq,
			replayed_at = NULL
		RETURNING id`,
		d.Stage, d.Subject, d.MsgID, d.Input, string(d.Kind), d.Error, d.Deliveries, d.Data, at.UTC().Format(timeFormat), int64(d.Seq),
	).Scan(&d.ID)
	return classify("add dead letter", err)
}

const deadLetterCols = `id, stage, subject, msg_id, input, kind, error, deliveries, data, at, dlq_seq, replayed_at`

func scanDeadLetter(sc interface{ Scan(...any) error }) (claims.DeadLetter, error) {
	var (
		d        claims.DeadLetter
		kind     string
		at       string
		seq      int64
		replayed sql.NullString
	)
	if err := sc.Scan(&d.ID, &d.Stage, &d.Subject, &d.MsgID, &d.Input, &kind, &d.Error, &d.Deliveries, &d.Data, &at, &seq, &replayed); err != nil {
		return d, err
	}
	d.Kind = claims.Kind(kind)
	d.Seq = uint64(seq)
	t, err := time.Parse(timeFormat, at)
	if err != nil {
		return d, claims.Errorf(claims.Internal, "dead letter %d: bad time %q: %w", d.ID, at, err)
	}
	d.At = t
	if replayed.Valid {
		t, err := time.Parse(timeFormat, replayed.String)
		if err != nil {
			return d, claims.Errorf(claims.Internal, "dead letter %d: bad time %q: %w", d.ID, replayed.String, err)
		}
		d.ReplayedAt = t
	}
	return d, nil
}

// DeadLetters returns the dead letters not replayed, newest first; limit 0
// means 100.
func (s *Store) DeadLetters(ctx context.Context, n int) ([]claims.DeadLetter, error) {
	return s.deadLetters(ctx, `WHERE replayed_at IS NULL`, n)
}

// AllDeadLetters returns dead letters, replayed ones too, newest first;
// limit 0 means 100.
func (s *Store) AllDeadLetters(ctx context.Context, n int) ([]claims.DeadLetter, error) {
	return s.deadLetters(ctx, ``, n)
}

func (s *Store) deadLetters(ctx context.Context, where string, n int) ([]claims.DeadLetter, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+deadLetterCols+` FROM dead_letters `+where+` ORDER BY at DESC, id DESC LIMIT ?`, limit(n))
	if err != nil {
		return nil, classify("list dead letters", err)
	}
	defer rows.Close()
	out := []claims.DeadLetter{}
	for rows.Next() {
		d, err := scanDeadLetter(rows)
		if err != nil {
			return nil, classify("list dead letters", err)
		}
		out = append(out, d)
	}
	return out, classify("list dead letters", rows.Err())
}

// DeadLetter returns one dead letter by ID, or a NotFound error.
func (s *Store) DeadLetter(ctx context.Context, id int64) (*claims.DeadLetter, error) {
	d, err := scanDeadLetter(s.db.QueryRowContext(ctx, `SELECT `+deadLetterCols+` FROM dead_letters WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, claims.Errorf(claims.NotFound, "dead letter %d not found", id)
	}
	if err != nil {
		return nil, classify(fmt.Sprintf("read dead letter %d", id), err)
	}
	return &d, nil
}

// MarkDeadLetterReplayed records that the dead letter's message was
// published again, now; a NotFound error for an unknown ID.
func (s *Store) MarkDeadLetterReplayed(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `UPDATE dead_letters SET replayed_at = ? WHERE id = ?`, s.stamp(), id)
	found, err := affected(res, err, fmt.Sprintf("mark dead letter %d replayed", id))
	if err == nil && !found {
		return claims.Errorf(claims.NotFound, "dead letter %d not found", id)
	}
	return err
}

// Seen reports whether key (a feed item's GUID or URL) was marked seen.
func (s *Store) Seen(ctx context.Context, key string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM seen WHERE key = ?`, key).Scan(&n)
	return n > 0, classify("read seen", err)
}

// MarkSeen marks key seen and reports whether it was new: an atomic
// test-and-set, so two feed pollers never both submit the same item.
func (s *Store) MarkSeen(ctx context.Context, key string) (added bool, err error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO seen (key, at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`, key, s.stamp())
	if err != nil {
		return false, classify("mark seen", err)
	}
	n, err := res.RowsAffected()
	return n > 0, classify("mark seen", err)
}

// Counts returns how many articles and claims are stored.
func (s *Store) Counts(ctx context.Context) (articles, claimCount int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM claims)`).
		Scan(&articles, &claimCount)
	return articles, claimCount, classify("count", err)
}

func limit(n int) int {
	if n <= 0 {
		return defaultLimit
	}
	return n
}

func nonNil(ms []claims.Mention) []claims.Mention {
	if ms == nil {
		return []claims.Mention{}
	}
	return ms
}

func jsonText(v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", claims.Errorf(claims.Internal, "encode column: %w", err)
	}
	return string(b), nil
}

// jsonNull encodes a pointer as JSON text, or SQL NULL when it is nil.
func jsonNull[T any](p *T) (sql.NullString, error) {
	if p == nil {
		return sql.NullString{}, nil
	}
	s, err := jsonText(p)
	return sql.NullString{String: s, Valid: err == nil}, err
}

// SQLite primary result codes that mean "try again".
const (
	sqliteBusy   = 5
	sqliteLocked = 6
)

// classify gives a database error its kind: a busy or locked database or a
// cancelled context is Transient, anything else Internal. Errors that already
// carry a kind keep it.
func classify(op string, err error) error {
	if err == nil {
		return nil
	}
	if claims.ErrorKind(err) != claims.Internal {
		return err
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqliteBusy, sqliteLocked:
			return claims.Errorf(claims.Transient, "sqlite: %s: database busy: %w", op, err)
		}
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return claims.Errorf(claims.Transient, "sqlite: %s: %w", op, err)
	}
	return claims.Errorf(claims.Internal, "sqlite: %s: %w", op, err)
}
