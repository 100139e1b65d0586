package postgres

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/claimpipe/claimpipe/claims"
)

//go:embed migrations/*.sql
var migrations embed.FS

const defaultLimit = 100

// migrationLock is the advisory lock key that serialises migrations.
const migrationLock = 0x636c61696d70 // "claimp"

// Options tunes Open. The zero value is the production setting.
type Options struct {
	// Schema, when set, is created if missing and put first on the search
	// path of every connection: each test runs in a schema of its own.
	Schema string
	// MaxConns bounds the pool; 0 means pgxpool's default (max(4, CPUs)).
	MaxConns int32
	// Now stamps created_at and the like; nil means time.Now.
	Now func() time.Time
	// MustExist refuses, with a NotFound error, a database that holds no
	// claimpipe store yet (no schema_migrations on the search path), where
	// Open would create one: the commands that read or manage a store use
	// it, so that a wrong database is named, not quietly filled with tables.
	MustExist bool
}

// Store is the claims.Store over a PostgreSQL database. It is safe for
// concurrent use by any number of goroutines and processes.
type Store struct {
	pool *pgxpool.Pool
	now  func() time.Time
}

var _ claims.Store = (*Store)(nil)

// Open connects to the database named by dsn (postgres://user@host/db?...)
// and brings its schema up to date. It fails with a Transient error when the
// server cannot be reached.
func Open(ctx context.Context, dsn string, opt Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "postgres: bad DSN %q: %w", Redact(dsn), err)
	}
	if opt.MaxConns > 0 {
		cfg.MaxConns = opt.MaxConns
	}
	if opt.Schema != "" {
		cfg.ConnConfig.RuntimeParams["search_path"] = opt.Schema
	}
	// A dropped connection is noticed on use; check idle ones before use
	// too, so one pg_terminate_backend costs no failed statement at all
	// where it can be helped.
	cfg.HealthCheckPeriod = 5 * time.Second
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, classify("connect to "+Redact(dsn), err)
	}
	s := &Store{pool: pool, now: opt.Now}
	if s.now == nil {
		s.now = time.Now
	}
	if opt.Schema != "" {
		if _, err := pool.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{opt.Schema}.Sanitize()); err != nil {
			pool.Close()
			return nil, classify("create schema "+opt.Schema, err)
		}
	}
	if opt.MustExist {
		var exists bool
		if err := pool.QueryRow(ctx, `SELECT to_regclass('schema_migrations') IS NOT NULL`).Scan(&exists); err != nil {
			pool.Close()
			return nil, classify("look for the store in "+Redact(dsn), err)
		}
		if !exists {
			pool.Close()
			return nil, claims.Errorf(claims.NotFound, "no claimpipe store in %s: the workers create it when they start (claimpipe worker --store …), or name the database they use", Redact(dsn))
		}
	}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: migrate %s: %w", Redact(dsn), err)
	}
	return s, nil
}

// Redact hides the password of a database URL or keyword/value DSN as xxx:
// user:PASSWORD@ and password=... (in the query or the DSN), for error
// messages and logs. It reads the string itself, not url.Parse: a password
// not escaped as a URL's ("u:pa/ss@", "u:p%zz@") makes the URL unparsable
// or parse as something else, and must not show for that.
func Redact(dsn string) string {
	dsn = dsnPassword.ReplaceAllString(dsn, "${1}=xxx")
	i := strings.Index(dsn, "://")
	if i < 0 {
		return dsn
	}
	// A password may hold '/', '?' or '#', a host no '@'.
	if j := strings.LastIndex(dsn, "@"); j > i+3 {
		if k := strings.IndexByte(dsn[i+3:j], ':'); k >= 0 {
			return dsn[:i+3+k] + ":xxx" + dsn[j:]
		}
	}
	return dsn
}

var dsnPassword = regexp.MustCompile(`(?i)\b(password|sslpassword)=('[^']*'|\S*)`)

// Close closes the pool.
func (s *Store) Close() error { s.pool.Close(); return nil }

// Pool returns the underlying pool, for status pages and tests.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

func (s *Store) stamp() time.Time { return s.now().UTC() }

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.pool.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TIMESTAMPTZ NOT NULL)`); err != nil {
		// Two workers creating it at once: one wins, the other sees a
		// unique violation on pg_type, "relation already exists" or "type
		// already exists" (its row type); the table exists either way.
		var pe *pgconn.PgError
		if !errors.As(err, &pe) || (pe.Code != "23505" && pe.Code != "42P07" && pe.Code != "42710") {
			return classify("create schema_migrations", err)
		}
	}
	files, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return claims.Errorf(claims.Internal, "list migrations: %w", err)
	}
	for _, f := range files {
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

// migrationHooks are Go steps of a migration, run after its script in the
// same transaction: what SQL alone cannot do the way the store does it.
var migrationHooks = map[int]func(ctx context.Context, tx pgx.Tx) error{
	10: backfillDesk, // the desk's rows of claims stored before it
}

func (s *Store) apply(ctx context.Context, version int, name, script string) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
			return classify("lock migrations", err)
		}
		var n int
		if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = $1`, version).Scan(&n); err != nil {
			return classify("read schema_migrations", err)
		}
		if n > 0 {
			return nil
		}
		if _, err := tx.Exec(ctx, script); err != nil {
			return classify("apply "+name, err)
		}
		if hook := migrationHooks[version]; hook != nil {
			if err := hook(ctx, tx); err != nil {
				return fmt.Errorf("apply %s: %w", name, err)
			}
		}
		_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`,
			version, name, s.stamp())
		return classify("record "+name, err)
	})
}

// SchemaVersion returns the highest applied migration.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v *int
	err := s.pool.QueryRow(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&v)
	if v == nil {
		return 0, classify("schema version", err)
	}
	return *v, classify("schema version", err)
}

// SaveResult stores the article, its mentions and its claims in one
// transaction; an article already stored is left as it is (created false).
func (s *Store) SaveResult(ctx context.Context, r *claims.Result) (created bool, err error) {
	return s.saveResult(ctx, r, "")
}

// SaveSubmissionResult is SaveResult and MarkSubmissionStored(submissionID)
// in one transaction: one commit per article in the store stage.
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
	a := &r.Article
	now := s.stamp()
	batch := &pgx.Batch{}
	for i, m := range r.Mentions {
		batch.Queue(`INSERT INTO mentions (article_id, ord, start_byte, end_byte, type, text, value, modifier)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, a.ID, i, m.Start, m.End, m.Type, m.Text, m.Value, m.Mod)
	}
	for i := range r.Claims {
		c := &r.Claims[i]
		ms, err := json.Marshal(nonNil(c.Mentions))
		if err != nil {
			return false, claims.Errorf(claims.Internal, "encode mentions of claim %s: %w", c.ID, err)
		}
		attr, err := jsonNull(c.Attribution)
		if err != nil {
			return false, err
		}
		subj, err := jsonNull(c.Subject)
		if err != nil {
			return false, err
		}
		batch.Queue(`INSERT INTO claims
			(id, article_id, ord, start_byte, end_byte, text, confidence, kind, mentions, attribution, source, subject, fingerprint)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
			ON CONFLICT (id) DO NOTHING`,
			c.ID, a.ID, i, c.Start, c.End, c.Text, c.Confidence, c.Kind, string(ms), attr, c.Source, subj, c.Fingerprint)
		// The desk's review row, facets, search vector and repeat alert,
		// in the same transaction (SQLite's claims_desk_insert trigger).
		queueDeskRows(batch, c, a.Title, micro(now), true)
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `INSERT INTO articles
			(id, url, title, byline, published, body, modified, site_name, language, canonical_url, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
			ON CONFLICT (id) DO NOTHING`,
			a.ID, a.URL, a.Title, a.Byline, a.Published, a.Text, a.Modified, a.SiteName, a.Language, a.CanonicalURL, now)
		if err != nil {
			return classify("save article "+a.ID, err)
		}
		if tag.RowsAffected() > 0 {
			created = true
			if batch.Len() > 0 {
				if err := tx.SendBatch(ctx, batch).Close(); err != nil {
					return classify("save mentions and claims of "+a.ID, err)
				}
			}
		} // else already stored: idempotent
		if submissionID != "" {
			if _, err := tx.Exec(ctx, markStoredSQL, a.ID, now, submissionID); err != nil {
				return classify("mark stored "+submissionID, err)
			}
		}
		return nil
	})
	if err != nil {
		return false, classify("commit article "+a.ID, err)
	}
	return created, nil
}

const articleCols = `id, url, title, byline, published, body, modified, site_name, language, canonical_url`

func scanArticle(sc pgx.Row) (claims.Article, error) {
	var a claims.Article
	err := sc.Scan(&a.ID, &a.URL, &a.Title, &a.Byline, &a.Published, &a.Text, &a.Modified, &a.SiteName, &a.Language, &a.CanonicalURL)
	return a, err
}

// Article returns the article with the given ID, or a NotFound error.
func (s *Store) Article(ctx context.Context, id string) (*claims.Article, error) {
	a, err := scanArticle(s.pool.QueryRow(ctx, `SELECT `+articleCols+` FROM articles WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
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
		q += ` WHERE created_at <= $1 AND (created_at < $1 OR id > $2)`
		args = append(args, cur.Stored, cur.ID)
	}
	q += fmt.Sprintf(` ORDER BY created_at DESC, id LIMIT $%d`, len(args)+1)
	rows, err := s.pool.Query(ctx, q, append(args, n+1)...)
	if err != nil {
		return nil, classify("list articles", err)
	}
	var stored []time.Time
	items, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (claims.Article, error) {
		var a claims.Article
		var at time.Time
		err := r.Scan(&a.ID, &a.URL, &a.Title, &a.Byline, &a.Published, &a.Text, &a.Modified, &a.SiteName, &a.Language, &a.CanonicalURL, &at)
		stored = append(stored, at)
		return a, err
	})
	if err != nil {
		return nil, classify("list articles", err)
	}
	page := &claims.ArticlePage{Items: nonNilSlice(items)}
	if len(page.Items) > n {
		page.Items = page.Items[:n]
		page.Next = claims.ArticleCursor{Stored: stored[n-1].UTC(), ID: page.Items[n-1].ID}.String()
	}
	return page, nil
}

// Mentions returns the mentions of an article in text order; NotFound when
// there is no such article.
func (s *Store) Mentions(ctx context.Context, articleID string) ([]claims.Mention, error) {
	if _, err := s.Article(ctx, articleID); err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, `SELECT start_byte, end_byte, type, text, value, modifier
		FROM mentions WHERE article_id = $1 ORDER BY start_byte, end_byte, ord`, articleID)
	if err != nil {
		return nil, classify("list mentions", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (claims.Mention, error) {
		var m claims.Mention
		err := r.Scan(&m.Start, &m.End, &m.Type, &m.Text, &m.Value, &m.Mod)
		return m, err
	})
	if err != nil {
		return nil, classify("list mentions", err)
	}
	return nonNilSlice(out), nil
}

const claimCols = `c.id, c.article_id, c.start_byte, c.end_byte, c.text, c.confidence, c.kind, c.mentions::text,
	c.attribution::text, c.source, c.subject::text, c.fingerprint`

func scanClaim(sc pgx.Row) (claims.Claim, error) {
	var (
		c          claims.Claim
		ms         string
		attr, subj *string
	)
	if err := sc.Scan(&c.ID, &c.ArticleID, &c.Start, &c.End, &c.Text, &c.Confidence, &c.Kind, &ms,
		&attr, &c.Source, &subj, &c.Fingerprint); err != nil {
		return c, err
	}
	return decodeClaim(c, ms, attr, subj)
}

// decodeClaim fills the JSON columns of a claim.
func decodeClaim(c claims.Claim, ms string, attr, subj *string) (claims.Claim, error) {
	if err := json.Unmarshal([]byte(ms), &c.Mentions); err != nil {
		return c, claims.Errorf(claims.Internal, "claim %s: mentions column: %w", c.ID, err)
	}
	if c.Mentions == nil {
		c.Mentions = []claims.Mention{}
	}
	if attr != nil {
		c.Attribution = new(claims.Span)
		if err := json.Unmarshal([]byte(*attr), c.Attribution); err != nil {
			return c, claims.Errorf(claims.Internal, "claim %s: attribution column: %w", c.ID, err)
		}
	}
	if subj != nil {
		c.Subject = new(claims.Mention)
		if err := json.Unmarshal([]byte(*subj), c.Subject); err != nil {
			return c, claims.Errorf(claims.Internal, "claim %s: subject column: %w", c.ID, err)
		}
	}
	return c, nil
}

// Claim returns the claim with the given ID, or a NotFound error.
func (s *Store) Claim(ctx context.Context, id string) (*claims.Claim, error) {
	c, err := scanClaim(s.pool.QueryRow(ctx, `SELECT `+claimCols+` FROM claims c WHERE c.id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, claims.Errorf(claims.NotFound, "claim %q not found", id)
	}
	if err != nil {
		return nil, classify("read claim "+id, err)
	}
	return &c, nil
}

// Claims returns claims, newest article first and in text order within an
// article; with f.ArticleID set, that article's claims; with f.Fingerprint,
// that cluster's.
func (s *Store) Claims(ctx context.Context, f claims.ClaimFilter) ([]claims.Claim, error) {
	q := `SELECT ` + claimCols + ` FROM claims c JOIN articles a ON a.id = c.article_id`
	var args sqlArgs
	var where []string
	if f.ArticleID != "" {
		where = append(where, `c.article_id = `+args.add(f.ArticleID))
	}
	if f.Fingerprint != "" {
		where = append(where, `c.fingerprint = `+args.add(f.Fingerprint))
	}
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY a.created_at DESC, a.id, c.start_byte, c.end_byte LIMIT ` + args.add(limit(f.Limit))
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, classify("list claims", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (claims.Claim, error) { return scanClaim(r) })
	if err != nil {
		return nil, classify("list claims", err)
	}
	return nonNilSlice(out), nil
}

// AddDeadLetter records a message the pipeline gave up on and sets d.ID; a
// record with the same stage and non-empty MsgID is updated in place, and is
// then no longer replayed.
func (s *Store) AddDeadLetter(ctx context.Context, d *claims.DeadLetter) error {
	if d == nil || d.Stage == "" {
		return claims.Errorf(claims.Invalid, "dead letter without a stage")
	}
	if d.At.IsZero() {
		d.At = s.stamp()
	}
	d.At = d.At.UTC()
	d.ReplayedAt = time.Time{}
	err := s.pool.QueryRow(ctx, `INSERT INTO dead_letters
		(stage, subject, msg_id, input, kind, error, deliveries, data, at, dlq_seq)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
		ON CONFLICT (stage, msg_id) WHERE msg_id <> '' DO UPDATE SET
			subject = excluded.subject, input = excluded.input, kind = excluded.kind, error = excluded.error,
			deliveries = excluded.deliveries, data = excluded.data, at = excluded.at, dlq_seq = excluded.dlq_seq,
			replayed_at = NULL
		RETURNING id`,
		d.Stage, d.Subject, d.MsgID, d.Input, string(d.Kind), d.Error, d.Deliveries, d.Data, d.At, int64(d.Seq),
	).Scan(&d.ID)
	return classify("add dead letter", err)
}

const deadLetterCols = `id, stage, subject, msg_id, input, kind, error, deliveries, data, at, dlq_seq, replayed_at`

func scanDeadLetter(sc pgx.Row) (claims.DeadLetter, error) {
	var (
		d        claims.DeadLetter
		kind     string
		seq      int64
		replayed *time.Time
	)
	err := sc.Scan(&d.ID, &d.Stage, &d.Subject, &d.MsgID, &d.Input, &kind, &d.Error, &d.Deliveries, &d.Data, &d.At, &seq, &replayed)
	d.Kind = claims.Kind(kind)
	d.At = d.At.UTC()
	d.Seq = uint64(seq)
	if replayed != nil {
		d.ReplayedAt = replayed.UTC()
	}
	return d, err
}

// DeadLetters returns the dead letters not replayed, newest first; n 0
// means 100.
func (s *Store) DeadLetters(ctx context.Context, n int) ([]claims.DeadLetter, error) {
	return s.deadLetters(ctx, `WHERE replayed_at IS NULL`, n)
}

// AllDeadLetters returns dead letters, replayed ones too, newest first; n 0
// means 100.
func (s *Store) AllDeadLetters(ctx context.Context, n int) ([]claims.DeadLetter, error) {
	return s.deadLetters(ctx, ``, n)
}

func (s *Store) deadLetters(ctx context.Context, where string, n int) ([]claims.DeadLetter, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+deadLetterCols+` FROM dead_letters `+where+` ORDER BY at DESC, id DESC LIMIT $1`, limit(n))
	if err != nil {
		return nil, classify("list dead letters", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (claims.DeadLetter, error) { return scanDeadLetter(r) })
	if err != nil {
		return nil, classify("list dead letters", err)
	}
	return nonNilSlice(out), nil
}

// DeadLetter returns one dead letter by ID, or a NotFound error.
func (s *Store) DeadLetter(ctx context.Context, id int64) (*claims.DeadLetter, error) {
	d, err := scanDeadLetter(s.pool.QueryRow(ctx, `SELECT `+deadLetterCols+` FROM dead_letters WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
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
	tag, err := s.pool.Exec(ctx, `UPDATE dead_letters SET replayed_at = $1 WHERE id = $2`, s.stamp(), id)
	if err != nil {
		return classify(fmt.Sprintf("mark dead letter %d replayed", id), err)
	}
	if tag.RowsAffected() == 0 {
		return claims.Errorf(claims.NotFound, "dead letter %d not found", id)
	}
	return nil
}

// Seen reports whether key (a feed item's GUID or URL) was marked seen.
func (s *Store) Seen(ctx context.Context, key string) (bool, error) {
	var n int
	err := s.pool.QueryRow(ctx, `SELECT COUNT(*) FROM seen WHERE key = $1`, key).Scan(&n)
	return n > 0, classify("read seen", err)
}

// MarkSeen marks key seen and reports whether it was new: an atomic
// test-and-set across every process sharing the database.
func (s *Store) MarkSeen(ctx context.Context, key string) (added bool, err error) {
	tag, err := s.pool.Exec(ctx, `INSERT INTO seen (key, at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, key, s.stamp())
	if err != nil {
		return false, classify("mark seen", err)
	}
	return tag.RowsAffected() > 0, nil
}

// Counts returns how many articles and claims are stored.
func (s *Store) Counts(ctx context.Context) (articles, claimCount int, err error) {
	err = s.pool.QueryRow(ctx, `SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM claims)`).
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

func nonNilSlice[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// jsonNull encodes a pointer as JSON text, or NULL when it is nil.
func jsonNull[T any](p *T) (*string, error) {
	if p == nil {
		return nil, nil
	}
	b, err := json.Marshal(p)
	if err != nil {
		return nil, claims.Errorf(claims.Internal, "encode column: %w", err)
	}
	s := string(b)
	return &s, nil
}

// classify gives a database error its kind (see the package doc). Errors
// that already carry a kind keep it.
func classify(op string, err error) error {
	if err == nil {
		return nil
	}
	if claims.ErrorKind(err) != claims.Internal {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return claims.Errorf(claims.Transient, "postgres: %s: %w", op, err)
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		if transientCode(pe.Code) {
			return claims.Errorf(claims.Transient, "postgres: %s: %w", op, err)
		}
		return claims.Errorf(claims.Internal, "postgres: %s: %w", op, err)
	}
	// Not an error the server returned: the connection failed (refused,
	// reset, closed under us, timed out). Worth retrying.
	return claims.Errorf(claims.Transient, "postgres: %s: %w", op, err)
}

// transientCode reports whether a SQLSTATE means "try again": connection
// exceptions (08), serialization failure and deadlock (40001, 40P01),
// insufficient resources (53), operator intervention such as an admin
// shutdown or a terminated backend (57P01-57P05), and a hot-standby conflict.
func transientCode(code string) bool {
	switch {
	case strings.HasPrefix(code, "08"), strings.HasPrefix(code, "53"):
		return true
	}
	switch code {
	case "40001", "40P01", "57P01", "57P02", "57P03", "57P04", "57P05", "55P03":
		return true
	}
	return false
}

// Ping reports whether the database answers, for readiness probes.
func (s *Store) Ping(ctx context.Context) error { return classify("ping", s.pool.Ping(ctx)) }
