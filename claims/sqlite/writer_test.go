package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

// TestCommitGroup runs groups of writes through the writer's commit, some
// failing: a failing write fails alone (the group is re-run with a savepoint
// per write) and every other write of its group is committed, exactly once.
func TestCommitGroup(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "w.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	w, err := newWriteConn(ctx, s.db)
	if err != nil {
		t.Fatal(err)
	}
	defer w.close()

	insert := func(key string) func(context.Context, *writeConn) error {
		return func(ctx context.Context, w *writeConn) error {
			_, err := w.exec(ctx, `INSERT INTO seen (key, at) VALUES (?, 'x')`, key)
			return err
		}
	}
	// Inserts the key and then fails: its own insert must be undone.
	insertThenFail := func(key string) func(context.Context, *writeConn) error {
		return func(ctx context.Context, w *writeConn) error {
			if err := insert(key)(ctx, w); err != nil {
				return err
			}
			_, err := w.exec(ctx, `INSERT INTO no_such_table VALUES (1)`)
			return err
		}
	}
	for _, tc := range []struct {
		name string
		fail []bool // per write: does it fail?
	}{
		{"all succeed", []bool{false, false, false}},
		{"one alone fails", []bool{true}},
		{"first fails", []bool{true, false, false}},
		{"middle fails", []bool{false, true, false}},
		{"last fails", []bool{false, false, true}},
		{"all fail", []bool{true, true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var group []*writeReq
			for i, fail := range tc.fail {
				key := fmt.Sprintf("%s/%d", tc.name, i)
				do := insert(key)
				if fail {
					do = insertThenFail(key)
				}
				group = append(group, &writeReq{do: do, done: make(chan struct{})})
			}
			commitGroup(w, group)
			for i, req := range group {
				select {
				case <-req.done:
				default:
					t.Fatalf("write %d not released", i)
				}
				if (req.err != nil) != tc.fail[i] {
					t.Errorf("write %d: err = %v, want failure %v", i, req.err, tc.fail[i])
				}
				seen, err := s.Seen(ctx, fmt.Sprintf("%s/%d", tc.name, i))
				if err != nil {
					t.Fatal(err)
				}
				if seen == tc.fail[i] {
					t.Errorf("write %d: committed = %v, want %v", i, seen, !tc.fail[i])
				}
			}
		})
	}
}

// TestConcurrentSubmitAndSave records submissions and saves results from
// many goroutines at once, as the desk and the store stage do: every call
// succeeds (one writer, no busy database) and every submission ends stored.
func TestConcurrentSubmitAndSave(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "w.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const n = 200
	var wg sync.WaitGroup
	errs := make(chan error, 2*n)
	for i := range n {
		wg.Add(2)
		go func() {
			defer wg.Done()
			if _, err := s.RecordSubmission(ctx, testSubmission(i), []byte(`{}`)); err != nil {
				errs <- err
			}
		}()
		go func() {
			defer wg.Done()
			if _, err := s.SaveSubmissionResult(ctx, testSubmission(i).ID, testResult(i)); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	// A result saved before its submission was recorded leaves the record
	// submitted (the reconciler's business); mark those again, as a
	// redelivery would.
	for i := range n {
		if _, err := s.SaveSubmissionResult(ctx, testSubmission(i).ID, testResult(i)); err != nil {
			t.Fatal(err)
		}
	}
	counts, err := s.SubmissionCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts[claims.StateStored] != n {
		t.Errorf("counts = %v, want %d stored", counts, n)
	}
}

func testSubmission(i int) *claims.Submission {
	return &claims.Submission{ID: fmt.Sprintf("sub-%d", i), Name: fmt.Sprintf("f%d.html", i), Content: []byte("<p>x</p>")}
}

// testResult is a valid result with one claim over its first sentence.
func testResult(i int) *claims.Result {
	text := fmt.Sprintf("The council spent %d on roads. Nothing else.", i)
	id := claims.ArticleID(text)
	end := strings.Index(text, ".") + 1
	return &claims.Result{
		Article: claims.Article{ID: id, URL: fmt.Sprintf("https://example.org/%d", i), Text: text},
		Claims:  []claims.Claim{{ID: claims.ClaimID(id, 0, end), Start: 0, End: end, Text: text[:end], Confidence: 0.5}},
	}
}

// TestSaveManyRows saves articles whose mentions and claims span zero, one
// and several multi-row INSERTs, and reads every row back in order.
func TestSaveManyRows(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "w.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, n := range []int{0, 1, rowsPerInsert - 1, rowsPerInsert, rowsPerInsert + 1, 2*rowsPerInsert + 5} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			// n sentences "S<i> cost <i>." each a claim holding one mention.
			var b strings.Builder
			fmt.Fprintf(&b, "Article with %d sentences.", n)
			type span struct{ start, end, numStart int }
			var spans []span
			for i := range n {
				b.WriteString(" ")
				start := b.Len()
				fmt.Fprintf(&b, "S%d cost ", i)
				num := b.Len()
				fmt.Fprintf(&b, "%d.", 100+i)
				spans = append(spans, span{start, b.Len(), num})
			}
			text := b.String()
			id := claims.ArticleID(text)
			r := &claims.Result{Article: claims.Article{ID: id, URL: fmt.Sprintf("u/%d", n), Text: text}}
			for _, sp := range spans {
				m := claims.Mention{Start: sp.numStart, End: sp.end - 1, Type: claims.TypeMoney, Text: text[sp.numStart : sp.end-1]}
				r.Mentions = append(r.Mentions, m)
				r.Claims = append(r.Claims, claims.Claim{ID: claims.ClaimID(id, sp.start, sp.end), Start: sp.start, End: sp.end,
					Text: text[sp.start:sp.end], Confidence: 0.5, Mentions: []claims.Mention{m}})
			}
			if created, err := s.SaveResult(ctx, r); err != nil || !created {
				t.Fatalf("SaveResult = %v, %v", created, err)
			}
			ms, err := s.Mentions(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			cs, err := s.Claims(ctx, claims.ClaimFilter{ArticleID: id, Limit: 1000})
			if err != nil {
				t.Fatal(err)
			}
			if len(ms) != n || len(cs) != n {
				t.Fatalf("read back %d mentions and %d claims, want %d of each", len(ms), len(cs), n)
			}
			for i := range n {
				if ms[i] != r.Mentions[i] {
					t.Errorf("mention %d = %+v, want %+v", i, ms[i], r.Mentions[i])
				}
				if cs[i].ID != r.Claims[i].ID || cs[i].Text != r.Claims[i].Text || len(cs[i].Mentions) != 1 {
					t.Errorf("claim %d = %+v, want %+v", i, cs[i], r.Claims[i])
				}
			}
		})
	}
}
