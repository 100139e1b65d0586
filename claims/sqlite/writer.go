package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
)

// The pipeline's writes (submissions recorded, results saved and their
// submissions marked stored) all go through one writer goroutine, which
// commits whatever is waiting in one transaction: one fsync
// (synchronous=FULL) per group instead of one per write, and no lock
// contention between the desk's submissions and the store stage (a second
// SQLite writer would wait in the busy handler's sleeps). Each caller returns
// only after the commit that holds its write.
//
// The writer owns one connection, on which every statement is prepared once
// (parsing a claims INSERT and compiling its desk triggers cost more than
// running it), with temp_store=MEMORY so statement journals never spill to a
// temporary file, and a larger page cache. A group is first run without savepoints; if one write in
// it fails, the transaction is rolled back and the group run again with a
// savepoint per write, so the bad write fails alone.

// maxGroup bounds how many writes one transaction commits.
const maxGroup = 128

// writeReq is one write queued for the writer.
type writeReq struct {
	// do performs the write inside the group's transaction. It may run
	// twice (see above), so it must set its outputs afresh each time.
	do   func(ctx context.Context, w *writeConn) error
	err  error
	done chan struct{}
}

// writeConn is the writer's connection and its prepared statements.
type writeConn struct {
	conn    *sql.Conn
	stmts   map[string]*sql.Stmt
	inserts map[insertKey]string
}

func newWriteConn(ctx context.Context, db *sql.DB) (*writeConn, error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, classify("writer connection", err)
	}
	// Statement journals in memory; a page cache (32 MiB) that holds the
	// indexes the pipeline's inserts walk, instead of re-reading them.
	for _, pragma := range []string{`PRAGMA temp_store = MEMORY`, `PRAGMA cache_size = -32768`} {
		if _, err := conn.ExecContext(ctx, pragma); err != nil {
			conn.Close()
			return nil, classify("writer "+pragma, err)
		}
	}
	return &writeConn{conn: conn, stmts: map[string]*sql.Stmt{}, inserts: map[insertKey]string{}}, nil
}

// stmt returns query prepared on the writer's connection, preparing it the
// first time.
func (w *writeConn) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st := w.stmts[query]; st != nil {
		return st, nil
	}
	st, err := w.conn.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	w.stmts[query] = st
	return st, nil
}

func (w *writeConn) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := w.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// rowsPerInsert bounds the rows of one multi-row INSERT (and so its
// parameters: 13 columns × 64 rows is far below SQLite's limit).
const rowsPerInsert = 64

// insertRows inserts len(args)/width rows, args holding each row's width
// values in turn, with statements "prefix (?, …), (?, …) suffix" of up to
// rowsPerInsert rows each.
func (w *writeConn) insertRows(ctx context.Context, prefix, suffix string, width int, args []any) error {
	for n := len(args) / width; n > 0; {
		k := min(n, rowsPerInsert)
		if _, err := w.exec(ctx, w.insertSQL(prefix, suffix, width, k), args[:k*width]...); err != nil {
			return err
		}
		args, n = args[k*width:], n-k
	}
	return nil
}

// insertSQL is the text of a k-row INSERT, built once per shape.
func (w *writeConn) insertSQL(prefix, suffix string, width, k int) string {
	key := insertKey{prefix, k}
	if q, ok := w.inserts[key]; ok {
		return q
	}
	row := "(?" + strings.Repeat(", ?", width-1) + ")"
	q := prefix + row + strings.Repeat(", "+row, k-1) + suffix
	w.inserts[key] = q
	return q
}

type insertKey struct {
	prefix string
	rows   int
}

// queryRow runs a one-row query and scans it with scan.
func (w *writeConn) queryRow(ctx context.Context, scan func(*sql.Row) error, query string, args ...any) error {
	st, err := w.stmt(ctx, query)
	if err != nil {
		return err
	}
	return scan(st.QueryRowContext(ctx, args...))
}

func (w *writeConn) close() {
	for _, st := range w.stmts {
		st.Close()
	}
	w.conn.Close()
}

// write queues do for the writer and waits for the commit that holds it.
// Once queued the write completes whatever ctx does; waiting for it keeps the
// answer truthful.
func (s *Store) write(ctx context.Context, what string, do func(ctx context.Context, w *writeConn) error) error {
	req := &writeReq{do: do, done: make(chan struct{})}
	select {
	case s.writes <- req:
	case <-ctx.Done():
		return classify(what, ctx.Err())
	case <-s.closed:
		return claims.Errorf(claims.Transient, "sqlite: %s: store closed", what)
	}
	<-req.done
	return req.err
}

// writer is the single goroutine that commits writes.
func (s *Store) writer(w *writeConn) {
	defer close(s.writerDone)
	defer w.close()
	for {
		var first *writeReq
		select {
		case first = <-s.writes:
		case <-s.closed:
			return
		}
		group := []*writeReq{first}
	more:
		for len(group) < maxGroup {
			select {
			case req := <-s.writes:
				group = append(group, req)
			default:
				break more
			}
		}
		commitGroup(w, group)
	}
}

// errOneFailed stops a group run without savepoints when one of its writes
// failed.
var errOneFailed = errors.New("a write of the group failed")

// commitGroup commits the group's writes in one transaction and releases
// their callers.
func commitGroup(w *writeConn, group []*writeReq) {
	err := runGroup(w, group, false)
	if errors.Is(err, errOneFailed) {
		err = runGroup(w, group, true)
	}
	for _, req := range group {
		if err != nil {
			req.err = err
		}
		close(req.done)
	}
}

// runGroup runs the group in one transaction, with a savepoint around each
// write when savepoints is set (a failed write is rolled back alone and
// keeps its error), else stopping at the first failure with errOneFailed.
// It returns the error that fails the whole group, if any.
func runGroup(w *writeConn, group []*writeReq, savepoints bool) error {
	ctx := context.Background()
	if _, err := w.conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		return classify("begin write", err)
	}
	committed := false
	defer func() {
		if !committed {
			_, _ = w.conn.ExecContext(ctx, `ROLLBACK`)
		}
	}()
	for _, req := range group {
		if savepoints {
			if _, err := w.exec(ctx, `SAVEPOINT write_one`); err != nil {
				return classify("savepoint", err)
			}
		}
		req.err = req.do(ctx, w)
		if req.err != nil {
			if !savepoints {
				return errOneFailed
			}
			if _, err := w.exec(ctx, `ROLLBACK TO SAVEPOINT write_one`); err != nil {
				return classify("rollback to savepoint", err)
			}
		}
		if savepoints {
			if _, err := w.exec(ctx, `RELEASE SAVEPOINT write_one`); err != nil {
				return classify("release savepoint", err)
			}
		}
	}
	if _, err := w.conn.ExecContext(ctx, `COMMIT`); err != nil {
		return classify("commit", err)
	}
	committed = true
	return nil
}
