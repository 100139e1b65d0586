package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

// Store is what the suite tests: the claims.Store, the desk's review and
// user stores, and the seen set and counts both implementations offer.
type Store interface {
	claims.Store
	claims.ReviewStore
	claims.UserStore
	Seen(ctx context.Context, key string) (bool, error)
	MarkSeen(ctx context.Context, key string) (added bool, err error)
	Counts(ctx context.Context) (articles, claims int, err error)
	// SaveSubmissionResult saves and marks the submission stored in one
	// transaction.
	SaveSubmissionResult(ctx context.Context, submissionID string, r *claims.Result) (created bool, err error)
}

// Run runs the suite. open returns a new, empty store; the suite closes it.
func Run(t *testing.T, open func(t *testing.T) Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s Store)
	}{
		{"SaveIsIdempotent", testSave},
		{"RoundTrip", testRoundTrip},
		{"NotFound", testNotFound},
		{"DeadLetters", testDeadLetters},
		{"Seen", testSeen},
		{"ConcurrentSaves", testConcurrentSaves},
		{"SubmissionLog", testSubmissionLog},
		{"OverdueSubmissions", testOverdue},
		{"DeferSubmission", testDeferSubmission},
		{"SaveSubmissionResult", testSaveSubmissionResult},
		{"ArticlePaging", CheckArticlePaging},
		// The desk: claims.ReviewStore and claims.UserStore (desk.go).
		{"ReviewWorkflow", testReviewWorkflow},
		{"ConcurrentApply", testConcurrentApply},
		{"AssignOnlyToReviewers", testAssignOnlyToReviewers},
		{"QueueFilters", testQueueFilters},
		{"QueuePaging", testQueuePaging},
		{"ClusterAndAlerts", testClusterAndAlerts},
		{"UsersTokensSessions", testUsersTokensSessions},
		{"DeskRowsOnEverySave", testDeskRowsOnEverySave},
		{"CancelledContext", testCancelledContext},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tc.fn(t, s)
		})
	}
}

// Result builds a valid Result over text with one money mention per
// mentionTexts entry and one claim per claimTexts entry, spans computed.
func Result(t testing.TB, url, text string, mentionTexts, claimTexts []string) *claims.Result {
	t.Helper()
	id := claims.ArticleID(text)
	r := &claims.Result{Article: claims.Article{ID: id, URL: url, Title: "T " + url, Published: "2020-01-02", Text: text}}
	for _, mt := range mentionTexts {
		i := strings.Index(text, mt)
		if i < 0 {
			t.Fatalf("%q not in text", mt)
		}
		r.Mentions = append(r.Mentions, claims.Mention{Start: i, End: i + len(mt), Type: claims.TypeMoney, Text: mt, Value: "USD " + mt})
	}
	for _, ct := range claimTexts {
		i := strings.Index(text, ct)
		if i < 0 {
			t.Fatalf("%q not in text", ct)
		}
		c := claims.Claim{ID: claims.ClaimID(id, i, i+len(ct)), ArticleID: id, Start: i, End: i + len(ct), Text: ct,
			Confidence: 0.75, Kind: claims.KindQuantity, Mentions: []claims.Mention{}}
		for _, m := range r.Mentions {
			if m.Start >= c.Start && m.End <= c.End {
				c.Mentions = append(c.Mentions, m)
			}
		}
		if j := strings.Index(ct, "said"); j >= 0 {
			c.Attribution = &claims.Span{Start: i + j, End: i + j + 4, Text: "said"}
		}
		r.Claims = append(r.Claims, c)
	}
	if err := r.Validate(); err != nil {
		t.Fatalf("test result invalid: %v", err)
	}
	return r
}

const (
	textA = "The council said it spent 100 on roads. Café owners paid 5 more in 2019. Nothing else."
	textB = "Another story: the fund lost 7 last year."
)

func counts(t *testing.T, s Store) (int, int) {
	t.Helper()
	a, c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return a, c
}

func testSave(t *testing.T, s Store) {
	ctx := context.Background()
	a := Result(t, "https://a.example/1", textA, []string{"100", "5"}, []string{"The council said it spent 100 on roads.", "Café owners paid 5 more in 2019."})
	b := Result(t, "https://b.example/2", textB, []string{"7"}, []string{"the fund lost 7 last year."})
	steps := []struct {
		name             string
		r                *claims.Result
		created          bool
		articles, claims int
	}{
		{"save a", a, true, 1, 2},
		{"resave a is a no-op", a, false, 1, 2},
		{"save b", b, true, 2, 3},
		{"resave b", b, false, 2, 3},
	}
	for _, st := range steps {
		created, err := s.SaveResult(ctx, st.r)
		if err != nil || created != st.created {
			t.Fatalf("%s: created=%v err=%v, want created=%v", st.name, created, err, st.created)
		}
		if na, nc := counts(t, s); na != st.articles || nc != st.claims {
			t.Fatalf("%s: %d articles %d claims, want %d %d", st.name, na, nc, st.articles, st.claims)
		}
	}
	bad := Result(t, "https://c.example/3", "A text of 9 words.", []string{"9"}, nil)
	bad.Mentions[0].End++
	if _, err := s.SaveResult(ctx, bad); claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("invalid span: err=%v, want kind invalid", err)
	}
	if _, err := s.SaveResult(ctx, nil); claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("nil result: err=%v, want kind invalid", err)
	}
}

func testRoundTrip(t *testing.T, s Store) {
	ctx := context.Background()
	a := Result(t, "https://a.example/1", textA, []string{"100", "5"}, []string{"The council said it spent 100 on roads.", "Café owners paid 5 more in 2019."})
	a.Article.SiteName, a.Article.Language = "A Times", "en"
	a.Claims[1].Source = "Café owners"
	subj := a.Mentions[1]
	a.Claims[1].Subject = &subj
	a.Claims[1].Fingerprint = "fp1"
	if _, err := s.SaveResult(ctx, a); err != nil {
		t.Fatal(err)
	}
	got, err := s.Article(ctx, a.Article.ID)
	if err != nil || !reflect.DeepEqual(*got, a.Article) {
		t.Fatalf("article = %+v, %v\nwant %+v", got, err, a.Article)
	}
	ms, err := s.Mentions(ctx, a.Article.ID)
	if err != nil || !reflect.DeepEqual(ms, a.Mentions) {
		t.Fatalf("mentions = %+v, %v", ms, err)
	}
	for _, want := range a.Claims {
		c, err := s.Claim(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		gj, _ := json.Marshal(c)
		wj, _ := json.Marshal(want)
		if string(gj) != string(wj) {
			t.Errorf("claim round trip:\n got %s\nwant %s", gj, wj)
		}
		if err := claims.CheckSpan(a.Article.Text, c.Start, c.End, c.Text); err != nil {
			t.Error(err)
		}
	}
	cs, err := s.Claims(ctx, claims.ClaimFilter{ArticleID: a.Article.ID})
	if err != nil || len(cs) != 2 || cs[0].Start > cs[1].Start {
		t.Errorf("claims of article = %d, %v; want 2 in text order", len(cs), err)
	}
	if cs, err := s.Claims(ctx, claims.ClaimFilter{ArticleID: "nope"}); err != nil || cs == nil || len(cs) != 0 {
		t.Errorf("claims of missing article = %v, %v; want empty non-nil", cs, err)
	}
	if as, err := s.Articles(ctx, claims.ArticleFilter{Limit: 1}); err != nil || len(as.Items) != 1 || as.Next != "" {
		t.Errorf("articles limit 1 = %+v, %v; want the one article, no next page", as, err)
	}
}

func testNotFound(t *testing.T, s Store) {
	ctx := context.Background()
	checks := map[string]error{}
	_, checks["article"] = s.Article(ctx, "missing")
	_, checks["claim"] = s.Claim(ctx, "missing")
	_, checks["mentions"] = s.Mentions(ctx, "missing")
	_, checks["dead letter"] = s.DeadLetter(ctx, 987654)
	_, checks["submission"] = s.Submission(ctx, "missing")
	_, checks["touch submission"] = s.TouchSubmission(ctx, "missing", time.Time{})
	for what, err := range checks {
		if claims.ErrorKind(err) != claims.NotFound {
			t.Errorf("%s: err=%v, want kind not_found", what, err)
		}
	}
}

func testDeadLetters(t *testing.T, s Store) {
	ctx := context.Background()
	d1 := &claims.DeadLetter{Stage: "extract", Subject: "claimpipe.fetched", MsgID: "m1:fetch", Input: "a.html",
		Kind: claims.Invalid, Error: "empty", Deliveries: 1, Data: []byte(`{"x":1}`), At: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	if err := s.AddDeadLetter(ctx, d1); err != nil || d1.ID == 0 {
		t.Fatalf("add: id=%d err=%v", d1.ID, err)
	}
	again := *d1
	again.ID, again.Error, again.Deliveries = 0, "still empty", 2
	if err := s.AddDeadLetter(ctx, &again); err != nil || again.ID != d1.ID {
		t.Fatalf("re-add same msg: id=%d (first %d) err=%v", again.ID, d1.ID, err)
	}
	d2 := &claims.DeadLetter{Stage: "fetch", Input: "https://x/404", Kind: claims.NotFound, Error: "404"}
	if err := s.AddDeadLetter(ctx, d2); err != nil || d2.At.IsZero() {
		t.Fatalf("add second: %v at=%v", err, d2.At)
	}
	if err := s.AddDeadLetter(ctx, &claims.DeadLetter{}); claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("no stage: %v", err)
	}
	ds, err := s.DeadLetters(ctx, 10)
	if err != nil || len(ds) != 2 {
		t.Fatalf("list = %d, %v; want 2", len(ds), err)
	}
	got, err := s.DeadLetter(ctx, d1.ID)
	if err != nil || got.Error != "still empty" || got.Deliveries != 2 || string(got.Data) != `{"x":1}` ||
		got.Kind != claims.Invalid || !got.At.Equal(d1.At) || got.Seq != 0 || !got.ReplayedAt.IsZero() {
		t.Errorf("dead letter = %+v, %v", got, err)
	}

	// A replayed dead letter leaves the list, stays in the full one with
	// its replay time, and comes back if its message is dead-lettered again.
	d3 := &claims.DeadLetter{Stage: "fetch", MsgID: "m3", Input: "https://x/down", Kind: claims.Transient, Error: "refused", Seq: 7}
	if err := s.AddDeadLetter(ctx, d3); err != nil {
		t.Fatal(err)
	}
	before := time.Now().Add(-time.Second)
	if err := s.MarkDeadLetterReplayed(ctx, d3.ID); err != nil {
		t.Fatalf("mark replayed: %v", err)
	}
	if err := s.MarkDeadLetterReplayed(ctx, 987654); claims.ErrorKind(err) != claims.NotFound {
		t.Errorf("mark unknown replayed: %v, want not found", err)
	}
	ids := func(ds []claims.DeadLetter) (out []int64) {
		for _, d := range ds {
			out = append(out, d.ID)
		}
		return out
	}
	if ds, err := s.DeadLetters(ctx, 10); err != nil || !reflect.DeepEqual(ids(ds), []int64{d2.ID, d1.ID}) {
		t.Errorf("open after the replay = %v, %v; want %v", ids(ds), err, []int64{d2.ID, d1.ID})
	}
	all, err := s.AllDeadLetters(ctx, 10)
	if err != nil || !reflect.DeepEqual(ids(all), []int64{d3.ID, d2.ID, d1.ID}) {
		t.Fatalf("all = %v, %v; want %v", ids(all), err, []int64{d3.ID, d2.ID, d1.ID})
	}
	if r := all[0]; r.ReplayedAt.Before(before) || r.ReplayedAt.After(time.Now().Add(time.Second)) || r.Seq != 7 || !all[1].ReplayedAt.IsZero() {
		t.Errorf("replayed = %+v, open = %+v", r, all[1])
	}
	if ds, err := s.AllDeadLetters(ctx, 1); err != nil || len(ds) != 1 {
		t.Errorf("all, limit 1 = %d, %v", len(ds), err)
	}
	redo := *d3
	redo.ID, redo.Seq, redo.Error = 0, 9, "refused again"
	if err := s.AddDeadLetter(ctx, &redo); err != nil || redo.ID != d3.ID {
		t.Fatalf("dead-letter the replayed message again: id %d (was %d), %v", redo.ID, d3.ID, err)
	}
	if got, err := s.DeadLetter(ctx, d3.ID); err != nil || !got.ReplayedAt.IsZero() || got.Seq != 9 || got.Error != "refused again" {
		t.Errorf("dead-lettered again = %+v, %v; want open, seq 9", got, err)
	}
	if ds, _ := s.DeadLetters(ctx, 10); len(ds) != 3 {
		t.Errorf("open after dead-lettered again: %v", ids(ds))
	}
}

func testSeen(t *testing.T, s Store) {
	ctx := context.Background()
	if ok, err := s.Seen(ctx, "k"); err != nil || ok {
		t.Fatalf("seen before: %v %v", ok, err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	added := 0
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok, err := s.MarkSeen(ctx, "k")
			if err != nil {
				t.Error(err)
			}
			if ok {
				mu.Lock()
				added++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if added != 1 {
		t.Errorf("MarkSeen from 8 goroutines added %d times, want 1", added)
	}
	if ok, err := s.Seen(ctx, "k"); err != nil || !ok {
		t.Errorf("seen after: %v %v", ok, err)
	}
}

func testConcurrentSaves(t *testing.T, s Store) {
	ctx := context.Background()
	r := Result(t, "https://a.example/1", textA, []string{"100"}, []string{"The council said it spent 100 on roads."})
	var wg sync.WaitGroup
	var mu sync.Mutex
	created := 0
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				ok, err := s.SaveResult(ctx, r)
				if claims.ErrorKind(err) == claims.Transient {
					continue // busy: the pipeline would retry
				}
				if err != nil {
					t.Error(err)
				}
				if ok {
					mu.Lock()
					created++
					mu.Unlock()
				}
				return
			}
		}()
	}
	wg.Wait()
	if na, nc := counts(t, s); created != 1 || na != 1 || nc != 1 {
		t.Errorf("8 concurrent saves: created %d times, %d articles, %d claims; want 1 1 1", created, na, nc)
	}
}

func testSubmissionLog(t *testing.T, s Store) {
	ctx := context.Background()
	sub := &claims.Submission{ID: "s1", URL: "https://a.example/1"}
	data, _ := json.Marshal(sub)
	r, err := s.RecordSubmission(ctx, sub, data)
	if err != nil || r.State != claims.StateSubmitted || r.Attempts != 1 || r.Input != sub.URL || string(r.Submission) != string(data) {
		t.Fatalf("record = %+v, %v", r, err)
	}
	if n, err := s.TouchSubmission(ctx, "s1", time.Time{}); err != nil || n != 2 {
		t.Fatalf("touch = %d, %v; want 2", n, err)
	}
	// A reconciler that read the record before that touch finds it no
	// longer stale: only one of two reconcilers re-publishes.
	if _, err := s.TouchSubmission(ctx, "s1", time.Now().Add(-time.Hour)); claims.ErrorKind(err) != claims.Conflict {
		t.Fatalf("second touch with an old cutoff: %v, want conflict", err)
	}
	if found, err := s.MarkSubmissionFailed(ctx, "s1", "404"); err != nil || !found {
		t.Fatalf("mark failed: %v %v", found, err)
	}
	if r, _ := s.Submission(ctx, "s1"); r.State != claims.StateFailed || r.Error != "404" {
		t.Fatalf("after failure: %+v", r)
	}
	// The user submits it again: back to submitted, error cleared.
	if r, err := s.RecordSubmission(ctx, sub, data); err != nil || r.State != claims.StateSubmitted || r.Attempts != 3 || r.Error != "" {
		t.Fatalf("re-record failed = %+v, %v", r, err)
	}
	if found, err := s.MarkSubmissionStored(ctx, "s1", "art1"); err != nil || !found {
		t.Fatalf("mark stored: %v %v", found, err)
	}
	if _, err := s.TouchSubmission(ctx, "s1", time.Time{}); claims.ErrorKind(err) != claims.Conflict {
		t.Fatalf("touch stored: %v, want conflict", err)
	}
	// A late dead letter or a repeat submission never undoes stored.
	if _, err := s.MarkSubmissionFailed(ctx, "s1", "late"); err != nil {
		t.Fatal(err)
	}
	r, err = s.RecordSubmission(ctx, sub, data)
	if err != nil || r.State != claims.StateStored || r.ArticleID != "art1" || r.StoredAt.IsZero() || r.StoredAt.Before(r.SubmittedAt) {
		t.Fatalf("stored then re-recorded = %+v, %v", r, err)
	}
	storedAt := r.StoredAt
	if _, err := s.MarkSubmissionStored(ctx, "s1", "art1"); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Submission(ctx, "s1"); !r.StoredAt.Equal(storedAt) {
		t.Errorf("a second mark moved stored_at from %v to %v", storedAt, r.StoredAt)
	}
	if found, err := s.MarkSubmissionStored(ctx, "unknown", "x"); err != nil || found {
		t.Errorf("mark stored unknown: found=%v err=%v", found, err)
	}
	if _, err := s.RecordSubmission(ctx, &claims.Submission{}, nil); claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("record without ID: %v", err)
	}
	for _, id := range []string{"s2", "s3"} {
		if _, err := s.RecordSubmission(ctx, &claims.Submission{ID: id, Name: id + ".html"}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.MarkSubmissionFailed(ctx, "s3", "bad"); err != nil {
		t.Fatal(err)
	}
	got, err := s.SubmissionCounts(ctx)
	want := map[claims.SubmissionState]int{claims.StateSubmitted: 1, claims.StateStored: 1, claims.StateFailed: 1}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("counts = %v, %v; want %v", got, err, want)
	}
}

func testOverdue(t *testing.T, s Store) {
	ctx := context.Background()
	for _, id := range []string{"a", "b", "c"} {
		if _, err := s.RecordSubmission(ctx, &claims.Submission{ID: id, URL: "https://x/" + id}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.MarkSubmissionStored(ctx, "b", "art"); err != nil {
		t.Fatal(err)
	}
	future := time.Now().Add(time.Hour)
	over, err := s.Submissions(ctx, claims.SubmissionFilter{State: claims.StateSubmitted, AttemptBefore: future})
	if err != nil || len(over) != 2 || over[0].ID != "a" || over[1].ID != "c" {
		t.Fatalf("overdue = %+v, %v; want a, c", over, err)
	}
	past := time.Now().Add(-time.Hour)
	if over, err := s.Submissions(ctx, claims.SubmissionFilter{State: claims.StateSubmitted, AttemptBefore: past}); err != nil || len(over) != 0 {
		t.Errorf("none overdue an hour ago: %d, %v", len(over), err)
	}
	if all, err := s.Submissions(ctx, claims.SubmissionFilter{Limit: 2}); err != nil || len(all) != 2 {
		t.Errorf("limit 2: %d, %v", len(all), err)
	}
	// The count is of what the filter lists, its Limit aside.
	for _, c := range []struct {
		f    claims.SubmissionFilter
		want int
	}{
		{claims.SubmissionFilter{State: claims.StateSubmitted, AttemptBefore: future, Limit: 1}, 2},
		{claims.SubmissionFilter{State: claims.StateSubmitted, AttemptBefore: past}, 0},
		{claims.SubmissionFilter{State: claims.StateStored}, 1},
		{claims.SubmissionFilter{Limit: 1}, 3},
	} {
		if n, err := s.CountSubmissions(ctx, c.f); err != nil || n != c.want {
			t.Errorf("CountSubmissions(%+v) = %d, %v; want %d", c.f, n, err, c.want)
		}
	}
}

// A stage retrying a submission's message pushes its reconciler deadline
// past the retry, without counting an attempt; only submitted records move,
// and never back.
func testDeferSubmission(t *testing.T, s Store) {
	ctx := context.Background()
	for _, id := range []string{"retrying", "stored", "failed"} {
		if _, err := s.RecordSubmission(ctx, &claims.Submission{ID: id, URL: "https://x/" + id}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.MarkSubmissionStored(ctx, "stored", "art"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.MarkSubmissionFailed(ctx, "failed", "404"); err != nil {
		t.Fatal(err)
	}
	soon, later := time.Now().Add(10*time.Minute), time.Now().Add(time.Hour)
	for _, c := range []struct {
		id    string
		until time.Time
		want  bool
	}{
		{"retrying", later, true},
		{"retrying", soon, false}, // never moves back
		{"stored", later, false},
		{"failed", later, false},
		{"unknown", later, false},
	} {
		if got, err := s.DeferSubmission(ctx, c.id, c.until); err != nil || got != c.want {
			t.Errorf("defer %s to %s = %v, %v; want %v", c.id, c.until.Format(time.TimeOnly), got, err, c.want)
		}
	}
	r, err := s.Submission(ctx, "retrying")
	if err != nil || r.State != claims.StateSubmitted || r.Attempts != 1 || r.LastAttemptAt.Sub(later).Abs() > time.Millisecond {
		t.Fatalf("deferred record = %+v, %v; want submitted, 1 attempt, last attempt at %v", r, err, later)
	}
	// The reconciler's query: not overdue until its deadline after the retry.
	over, err := s.Submissions(ctx, claims.SubmissionFilter{State: claims.StateSubmitted, AttemptBefore: soon})
	if err != nil || len(over) != 0 {
		t.Errorf("overdue before the retry = %+v, %v; want none", over, err)
	}
	if _, err := s.TouchSubmission(ctx, "retrying", soon); claims.ErrorKind(err) != claims.Conflict {
		t.Errorf("touch before the retry: %v, want conflict", err)
	}
	if over, err := s.Submissions(ctx, claims.SubmissionFilter{State: claims.StateSubmitted, AttemptBefore: later.Add(time.Minute)}); err != nil || len(over) != 1 {
		t.Errorf("overdue after the retry = %+v, %v; want it", over, err)
	}
}

func testSaveSubmissionResult(t *testing.T, s Store) {
	ctx := context.Background()
	r := Result(t, "https://a.example/1", textA, []string{"100"}, []string{"The council said it spent 100 on roads."})
	for _, id := range []string{"first", "second"} {
		if _, err := s.RecordSubmission(ctx, &claims.Submission{ID: id, URL: r.Article.URL}, nil); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range []struct {
		id      string
		created bool
	}{{"first", true}, {"first", false}, {"second", false}, {"unknown", false}} {
		created, err := s.SaveSubmissionResult(ctx, c.id, r)
		if err != nil || created != c.created {
			t.Fatalf("save %d (%s): created=%v err=%v, want created=%v", i, c.id, created, err, c.created)
		}
	}
	for _, id := range []string{"first", "second"} {
		rec, err := s.Submission(ctx, id)
		if err != nil || rec.State != claims.StateStored || rec.ArticleID != r.Article.ID || rec.StoredAt.IsZero() {
			t.Errorf("%s after save = %+v, %v", id, rec, err)
		}
	}
	if na, nc := counts(t, s); na != 1 || nc != 1 {
		t.Errorf("%d articles %d claims, want 1 1", na, nc)
	}
	bad := Result(t, "u", "It cost 9 dollars.", []string{"9"}, nil)
	bad.Mentions[0].End++
	if _, err := s.SaveSubmissionResult(ctx, "first", bad); claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("invalid result: %v", err)
	}
}

// CheckArticlePaging pages through articles: every article once, in the
// order of one long page (newest stored first, then by ID), the last page
// without a next cursor. Run stores it with a running clock; a store's own
// test may run it with a stopped one, where every article was stored at
// the same time and only the IDs order them.
func CheckArticlePaging(t *testing.T, s Store) {
	ctx := t.Context()
	const n = 7
	for i := range n {
		if _, err := s.SaveResult(ctx, Result(t, fmt.Sprintf("https://paging.example/%d", i), fmt.Sprintf("Paging article %d paid $%d.", i, i), nil, nil)); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Articles(ctx, claims.ArticleFilter{Limit: 100})
	if err != nil || len(all.Items) != n || all.Next != "" {
		t.Fatalf("one page of all: %d articles, next %q, %v; want %d and no next", len(all.Items), all.Next, err, n)
	}
	var want []string
	for _, a := range all.Items {
		want = append(want, a.ID)
	}
	for _, size := range []int{1, 3, n - 1, n} {
		var got []string
		cursor, pages := "", 0
		for {
			p, err := s.Articles(ctx, claims.ArticleFilter{Limit: size, Cursor: cursor})
			if err != nil {
				t.Fatalf("page size %d, cursor %q: %v", size, cursor, err)
			}
			if pages++; pages > n+1 {
				t.Fatalf("page size %d: still paging after %d pages", size, pages)
			}
			if len(p.Items) > size || len(p.Items) < size && p.Next != "" {
				t.Errorf("page size %d: a page of %d, next %q", size, len(p.Items), p.Next)
			}
			for _, a := range p.Items {
				got = append(got, a.ID)
			}
			if cursor = p.Next; cursor == "" {
				break
			}
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("page size %d: paged\n %v\nwant\n %v", size, got, want)
		}
	}
	for _, bad := range []string{"bogus", claims.QueueCursor{Confidence: 1, ClaimID: "x"}.String()} {
		if _, err := s.Articles(ctx, claims.ArticleFilter{Cursor: bad}); claims.ErrorKind(err) != claims.Invalid {
			t.Errorf("cursor %q: %v, want Invalid", bad, err)
		}
	}
}
