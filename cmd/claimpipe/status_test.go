package main

import (
	"context"
	"encoding/json"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/sqlite"
)

// status reports submissions per state and lists the overdue ones, exiting 3;
// dlq show prints a dead letter with its message.
func TestStatusAndDLQShow(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	old := time.Now().Add(-10 * time.Minute)
	st, err := sqlite.Open(ctx, path, sqlite.Options{Now: func() time.Time { return old }})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"late-1", "late-2", "done"} {
		if _, err := st.RecordSubmission(ctx, &claims.Submission{ID: id, URL: "https://x.example/" + id}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.MarkSubmissionStored(ctx, "done", "a1"); err != nil {
		t.Fatal(err)
	}
	dl := &claims.DeadLetter{Stage: "extract", Subject: "claimpipe.fetched", MsgID: "m:fetch", Input: "bad.html",
		Kind: claims.Invalid, Error: "empty document", Deliveries: 1, Data: []byte(`{"submission_id":"late-1","name":"bad.html"}`)}
	if err := st.AddDeadLetter(ctx, dl); err != nil {
		t.Fatal(err)
	}
	st.Close()

	out, err := exec.Command(binPath, "status", "--store", path, "--deadline", "5m").CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 {
		t.Fatalf("status with overdue submissions: err=%v, want exit 3\n%s", err, out)
	}
	for _, want := range []string{"submitted 2", "stored 1", "failed 0", "late-1", "late-2"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("status output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(string(out), "https://x.example/done") {
		t.Errorf("a stored submission listed as overdue:\n%s", out)
	}
	// --limit cuts the list, not the count: it said "1 submissions
	// overdue" of 2 (and 20 of 492 with the default limit).
	out, err = exec.Command(binPath, "status", "--store", path, "--deadline", "5m", "--limit", "1").CombinedOutput()
	if !errors.As(err, &ee) || ee.ExitCode() != 3 || !strings.Contains(string(out), "overdue (not stored 5m0s after publication): 2, the oldest 1 shown") ||
		!strings.Contains(string(out), "2 submissions overdue") {
		t.Errorf("status --limit 1 with 2 overdue: err=%v\n%s", err, out)
	}
	out, err = exec.Command(binPath, "status", "--store", path, "--deadline", "1h", "--json").Output()
	if err != nil {
		t.Fatalf("status --json with nothing overdue: %v", err)
	}
	var rep statusReport
	if err := json.Unmarshal(out, &rep); err != nil || len(rep.Overdue) != 0 || rep.OverdueAll != 0 || rep.Submissions[claims.StateSubmitted] != 2 {
		t.Errorf("status --json = %+v, %v", rep, err)
	}

	out, err = exec.Command(binPath, "dlq", "show", "1", "--store", path).Output()
	if err != nil {
		t.Fatalf("dlq show: %v", err)
	}
	var shown struct {
		Stage string          `json:"stage"`
		Error string          `json:"error"`
		Data  json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(out, &shown); err != nil || shown.Stage != "extract" || shown.Error != "empty document" ||
		!strings.Contains(string(shown.Data), `"late-1"`) {
		t.Errorf("dlq show = %s (%v)", out, err)
	}
	if out, err := exec.Command(binPath, "dlq", "show", "99", "--store", path).CombinedOutput(); err == nil || !strings.Contains(string(out), "not found") {
		t.Errorf("dlq show 99: %v %s", err, out)
	}
}

// A NATS named with --nats that does not answer: status still prints the
// store's part, then exits 1 (a probe must not take it for a healthy
// pipeline), and dlq replay gives up within its limit, naming the URL,
// where it hung for ever without a word.
func TestNATSThatDoesNotAnswer(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dl := &claims.DeadLetter{Stage: "fetch", Subject: "claimpipe.submitted", MsgID: "m", Input: "https://x.example/a",
		Kind: claims.Invalid, Error: "HTTP 404", Deliveries: 1, Data: []byte(`{"id":"m","url":"https://x.example/a"}`)}
	if err := st.AddDeadLetter(ctx, dl); err != nil {
		t.Fatal(err)
	}
	st.Close()
	dead := "nats://" + freeAddr(t) // nothing listens there

	for _, c := range []struct {
		name string
		args []string
		want []string // in standard output and error together
	}{
		{"status", []string{"status", "--store", path, "--nats", dead}, []string{"submitted 0", "NATS unavailable", dead}},
		{"status --json", []string{"status", "--store", path, "--nats", dead, "--json"}, []string{`"nats_error"`, dead}},
		{"dlq replay", []string{"dlq", "replay", "1", "--store", path, "--nats", dead}, []string{"no NATS answers at --nats " + dead}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			cctx, cancel := context.WithTimeout(ctx, 40*time.Second)
			defer cancel()
			cmd := exec.CommandContext(cctx, binPath, c.args...)
			cmd.Env = append(cmd.Environ(), "CLAIMPIPE_NATS=", "CLAIMPIPE_STORE=")
			start := time.Now()
			out, err := cmd.CombinedOutput()
			if took := time.Since(start); took > 25*time.Second {
				t.Fatalf("%v took %s with a NATS that does not answer (err %v)\n%s", c.args, took.Round(time.Second), err, out)
			}
			if code := exitCode(err); code != 1 {
				t.Errorf("%v: exit %d (%v), want 1\n%s", c.args, code, err, out)
			}
			for _, w := range c.want {
				if !strings.Contains(string(out), w) {
					t.Errorf("%v: output lacks %q:\n%s", c.args, w, out)
				}
			}
		})
	}
}

// TestDLQListStoredSince: a dead letter whose input a later submission got
// into the store is listed as stored since, needing no replay (it stayed
// listed as if still to do).
func TestDLQListStoredSince(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"fixed", "broken"} {
		if _, err := st.RecordSubmission(ctx, &claims.Submission{ID: id, URL: "https://x.example/" + id}, nil); err != nil {
			t.Fatal(err)
		}
		if err := st.AddDeadLetter(ctx, &claims.DeadLetter{Stage: "fetch", Subject: "claimpipe.submitted", MsgID: "m:" + id,
			Input: "https://x.example/" + id, Kind: claims.Invalid, Error: "HTTP 404", Deliveries: 1,
			Data: []byte(`{"id":"` + id + `","url":"https://x.example/` + id + `","submitted_at":"2026-11-27T10:00:00Z"}`)}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.MarkSubmissionStored(ctx, "fixed", "a1"); err != nil { // ingested again once the site was fixed
		t.Fatal(err)
	}
	st.Close()
	out, errOut, err := claimpipe(t, "dlq", "list", "--store", path)
	if err != nil {
		t.Fatalf("dlq list: %v\n%s", err, errOut)
	}
	for _, l := range strings.Split(out, "\n") {
		switch {
		case strings.Contains(l, "/fixed") && !strings.Contains(l, "stored since"):
			t.Errorf("the stored input's dead letter is not marked stored since: %q", l)
		case strings.Contains(l, "/broken") && strings.Contains(l, "stored since"):
			t.Errorf("the broken input's dead letter is marked stored since: %q", l)
		}
	}
	if !strings.Contains(errOut, "1 of them stored since") {
		t.Errorf("stderr %q does not count the one stored since", errOut)
	}
}

// TestStatusExitBacklog: overdue submissions make status exit 3 only when
// no stage has a backlog they could be waiting behind; a feed of 200 items
// queued behind one host's rate limit paged someone for nothing.
func TestStatusExitBacklog(t *testing.T) {
	overdue := []claims.SubmissionRecord{{ID: "late"}}
	for _, tt := range []struct {
		name string
		rep  statusReport
		code int
	}{
		{"overdue, no backlog", statusReport{Overdue: overdue, OverdueAll: 1}, 3},
		{"overdue behind waiting messages", statusReport{Overdue: overdue, OverdueAll: 1,
			Consumers: map[string]consumerStatus{"fetch": {Pending: 85}}}, 0},
		{"overdue behind work in progress", statusReport{Overdue: overdue, OverdueAll: 1,
			Consumers: map[string]consumerStatus{"fetch": {AckPending: 4}}}, 0},
		{"nothing overdue", statusReport{}, 0},
		{"NATS down", statusReport{NATSError: "no answer"}, 1},
	} {
		err := statusExit(tt.rep)
		code := 0
		if ee, ok := err.(exitError); ok {
			code = ee.code
		} else if err != nil {
			code = -1
		}
		if code != tt.code {
			t.Errorf("%s: %v (exit %d), want exit %d", tt.name, err, code, tt.code)
		}
	}
}
