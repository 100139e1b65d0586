package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/desk"
	"github.com/claimpipe/claimpipe/fixtures"
)

// TestWorkerDeskOnPostgres runs the desk as a worker (--stage desk) with
// the stage workers against NATS and PostgreSQL, with logins: users and
// tokens are made with `claimpipe users --store postgres://...`, nothing
// answers without them, a reviewer submits and judges a claim through the
// API, and the desk worker delivers the alert for its repeat (webhook and
// NATS).
func TestWorkerDeskOnPostgres(t *testing.T) {
	_, url := startNATS(t)
	e := newFaultEnv(t, url)
	users := func(stdin string, args ...string) string {
		t.Helper()
		out, errOut, err := claimpipeIn(t, stdin, append(args, "--store", e.dsn)...)
		if err != nil {
			t.Fatalf("claimpipe %s: %v\n%s", strings.Join(args, " "), err, errOut)
		}
		return strings.TrimSpace(out)
	}
	users("a long passphrase\n", "users", "add", "ada", "--role", "admin", "--password-stdin")
	users("rita's passphrase\n", "users", "add", "rita", "--role", "reviewer", "--password-stdin")
	reviewer := users("", "users", "token", "rita", "--name", "e2e")
	viewer := users("", "users", "token", "ada", "--name", "prometheus", "--role", "viewer")
	if list := users("", "users", "list"); !strings.Contains(list, "rita") || !strings.Contains(list, "prometheus viewer") {
		t.Errorf("users list:\n%s", list)
	}

	secret := "webhook secret"
	got := make(chan claims.Alert, 4)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var a claims.Alert
		if !desk.VerifySignature([]byte(secret), body, r.Header.Get(desk.SignatureHeader)) || json.Unmarshal(body, &a) != nil {
			t.Errorf("webhook got %s (signature %q)", body, r.Header.Get(desk.SignatureHeader))
			w.WriteHeader(400)
			return
		}
		got <- a
	}))
	defer hook.Close()
	onNATS, err := e.nc.SubscribeSync(desk.AlertSubject)
	if err != nil {
		t.Fatal(err)
	}
	e.start("desk", "--alert-webhook", hook.URL, "--alert-webhook-secret", secret)
	e.startPipeline(1)
	e.mu.Lock()
	base := "http://" + e.workers["desk"].http
	e.mu.Unlock()

	call := func(method, path, token, body string) (int, []byte) {
		t.Helper()
		req, _ := http.NewRequest(method, base+path, strings.NewReader(body))
		if body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, b
	}
	sub := fmt.Sprintf(`{"name":"x.txt","content_type":"text/plain","content":%q}`, base64.StdEncoding.EncodeToString([]byte(e.corpus.text(0))))
	for _, c := range []struct {
		method, path, token, body string
		want                      int
	}{
		{"GET", "/api/queue", "", "", 401},
		{"POST", "/api/submissions", "", sub, 401},
		{"GET", "/metrics", "", "", 401},
		{"GET", "/api/queue", "cpt_not-a-token", "", 401},
		{"POST", "/api/submissions", viewer, sub, 403},
		{"GET", "/healthz", "", "", 200},
		{"GET", "/readyz", "", "", 200},
	} {
		if code, b := call(c.method, c.path, c.token, c.body); code != c.want {
			t.Errorf("%s %s (token %v): %d %.200s, want %d", c.method, c.path, c.token != "", code, b, c.want)
		}
	}

	f, err := fixtures.LoadOne("../../fixtures/cambridge-analytica-assange")
	if err != nil {
		t.Fatal(err)
	}
	ingest := func(path string) {
		t.Helper()
		cmd := exec.Command(binPath, "ingest", "--server", base, "--published", f.Meta.Published, path)
		cmd.Env = append(os.Environ(), "CLAIMPIPE_TOKEN="+reviewer)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("ingest %s: %v\n%s", path, err, out)
		}
	}
	ingest(f.ArticlePath)
	var page claims.QueuePage
	waitFor(t, "the fixture's claims in the queue", time.Minute, func() bool {
		code, b := call("GET", "/api/queue?limit=200", viewer, "")
		return code == 200 && json.Unmarshal(b, &page) == nil && len(page.Items) > 0
	})
	var judged *claims.QueueItem
	for i := range page.Items {
		if it := &page.Items[i]; it.Fingerprint != "" && strings.Contains(it.Text, "$") {
			judged = it
			break
		}
	}
	if judged == nil {
		t.Fatalf("no claim with an amount and a fingerprint among %d", len(page.Items))
	}
	for _, ch := range []string{`{"action":"start"}`, `{"action":"verdict","verdict":"half_true","note":"Partly.","sources":["https://example.org/source"]}`} {
		if code, b := call("POST", "/api/claims/"+judged.ID+"/actions", reviewer, ch); code != 200 {
			t.Fatalf("%s: %d %s", ch, code, b)
		}
	}
	var hist []claims.Event
	if code, b := call("GET", "/api/claims/"+judged.ID+"/history", viewer, ""); code != 200 || json.Unmarshal(b, &hist) != nil ||
		len(hist) == 0 || hist[0].Who != "rita" {
		t.Errorf("history: %d %.300s", code, b)
	}
	var reviews []struct {
		Type   string `json:"@type"`
		Rating struct {
			Value int `json:"ratingValue"`
		} `json:"reviewRating"`
	}
	if code, b := call("GET", "/api/export?format=claimreview", viewer, ""); code != 200 || json.Unmarshal(b, &reviews) != nil ||
		len(reviews) != 1 || reviews[0].Type != "ClaimReview" || reviews[0].Rating.Value != 3 {
		t.Errorf("export: %d %.300s", code, b)
	}
	// Another outlet repeats the sentence word for word.
	repeat := filepath.Join(t.TempDir(), "repeat.txt")
	text := "Report: data firm contacts revisited\n\nA second outlet repeated the claim today. " + judged.Text + "\n\nThe firm did not comment.\n"
	if err := os.WriteFile(repeat, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	ingest(repeat)
	select {
	case a := <-got:
		if a.PriorClaimID != judged.ID || a.Verdict != claims.VerdictHalfTrue || a.Fingerprint != judged.Fingerprint {
			t.Errorf("alert %+v", a)
		}
	case <-time.After(time.Minute):
		t.Fatalf("no alert at the webhook; desk logs:\n%s", e.logsOf("desk"))
	}
	if msg, err := onNATS.NextMsg(10 * time.Second); err != nil || !bytes.Contains(msg.Data, []byte(judged.ID)) {
		t.Errorf("alert on %s: %v", desk.AlertSubject, err)
	}
	if code, b := call("GET", "/metrics", viewer, ""); code != 200 || !bytes.Contains(b, []byte(`claimpipe_stream_messages{stream="CLAIMPIPE_SUBMITTED"}`)) {
		t.Errorf("desk /metrics with a viewer token: %d, lacks the stream backlog", code)
	}
}

// TestWorkerReadyzWhileDraining: a worker signalled to stop answers /readyz
// with 503 before it goes (the desk for a moment before its port closes, a
// stage while it drains), so that a load balancer or Kubernetes takes it
// out first; the desk answered 200 up to the signal, then nothing.
func TestWorkerReadyzWhileDraining(t *testing.T) {
	_, url := startNATS(t)
	e := newFaultEnv(t, url)
	// A drain of 20 s gives the full 2 s of 503 (a quarter of the fault
	// env's 5 s is 1.25 s, which a loaded test machine has missed).
	e.start("desk", "--no-auth", "--drain", "20s")
	e.start("extract", "--drain", "20s")
	e.waitReady()
	for _, name := range []string{"desk", "extract"} {
		e.mu.Lock()
		w := e.workers[name]
		e.mu.Unlock()
		if err := w.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		// Asked without pause: a stage with nothing in flight drains in
		// milliseconds, and a poll every 20 ms missed its 503 on a loaded
		// machine.
		saw503 := false
	poll:
		for !saw503 {
			if resp, err := http.Get("http://" + w.http + "/readyz"); err == nil {
				saw503 = resp.StatusCode == http.StatusServiceUnavailable
				resp.Body.Close()
			}
			select {
			case <-w.done:
				break poll
			default:
			}
		}
		if !saw503 {
			t.Errorf("worker %s stopped without answering /readyz with 503 first:\n%s", name, e.logsOf(name))
		}
	}
}
