package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/desk"
	"github.com/claimpipe/claimpipe/fixtures"
)

// TestAlertOnRepeatOfJudgedClaim runs the binary with a webhook: a fixture
// is ingested, one of its claims judged, then an article repeating that
// claim is ingested; the signed alert must reach the webhook within 2 s.
func TestAlertOnRepeatOfJudgedClaim(t *testing.T) {
	f, err := fixtures.LoadOne("../../fixtures/cambridge-analytica-assange")
	if err != nil {
		t.Fatal(err)
	}
	secret := "webhook secret"
	got := make(chan claims.Alert, 4)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if !desk.VerifySignature([]byte(secret), body, r.Header.Get(desk.SignatureHeader)) {
			t.Errorf("webhook signature %q does not verify", r.Header.Get(desk.SignatureHeader))
			w.WriteHeader(400)
			return
		}
		var a claims.Alert
		if err := json.Unmarshal(body, &a); err != nil {
			t.Errorf("webhook body %s: %v", body, err)
		}
		got <- a
	}))
	defer hook.Close()
	natsAddr := freeAddr(t)
	_, port, _ := strings.Cut(natsAddr, ":")
	dataDir := t.TempDir()
	in := startRun(t, dataDir, freeAddr(t), "--alert-webhook", hook.URL, "--alert-webhook-secret", secret, "--nats-port", port)
	defer in.stop()
	nc, err := nats.Connect("nats://" + natsAddr)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	onNATS, err := nc.SubscribeSync(desk.AlertSubject)
	if err != nil {
		t.Fatal(err)
	}
	if err := nc.Flush(); err != nil {
		t.Fatal(err)
	}
	ingest := func(path string) {
		if out, errOut, err := claimpipe(t, "ingest", "--server", in.base, "--published", f.Meta.Published, path); err != nil {
			t.Fatalf("ingest %s: %v\n%s%s", path, err, out, errOut)
		}
	}
	ingest(f.ArticlePath)
	var cs []claims.Claim
	waitFor(t, "the fixture's claims", 30*time.Second, func() bool {
		as := in.articles()
		if len(as) != 1 {
			return false
		}
		cs = in.claimsOf(as[0].ID)
		return len(cs) > 0
	})
	var judged *claims.Claim
	for i := range cs {
		if cs[i].Fingerprint != "" && strings.Contains(cs[i].Text, "$") {
			judged = &cs[i]
			break
		}
	}
	if judged == nil {
		t.Fatalf("no claim with an amount and a fingerprint among %d", len(cs))
	}
	for _, ch := range []string{`{"action":"start"}`, `{"action":"verdict","verdict":"half_true","note":"Partly."}`} {
		resp, err := http.Post(in.base+"/api/claims/"+judged.ID+"/actions", "application/json", bytes.NewReader([]byte(ch)))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %s", ch, resp.Status)
		}
	}
	// Another outlet repeats the sentence word for word.
	repeat := filepath.Join(t.TempDir(), "repeat.txt")
	text := "Report: data firm contacts revisited\n\nA second outlet repeated the claim today. " + judged.Text + "\n\nThe firm did not comment.\n"
	if err := os.WriteFile(repeat, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	ingest(repeat)
	select {
	case a := <-got:
		took := time.Since(start)
		t.Logf("alert at the webhook %v after the repeat was submitted", took.Round(time.Millisecond))
		if took > 2*time.Second {
			t.Errorf("alert took %v, want under 2 s", took)
		}
		if a.PriorClaimID != judged.ID || a.Verdict != claims.VerdictHalfTrue || a.Fingerprint != judged.Fingerprint {
			t.Errorf("alert %+v", a)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("no alert within 10 s of the repeat; logs:\n%s", in.logs.String())
	}
	msg, err := onNATS.NextMsg(5 * time.Second)
	if err != nil {
		t.Fatalf("no alert on NATS subject %s: %v", desk.AlertSubject, err)
	}
	var a claims.Alert
	if err := json.Unmarshal(msg.Data, &a); err != nil || a.PriorClaimID != judged.ID {
		t.Errorf("NATS alert %s: %v", msg.Data, err)
	}

	// A third outlet says it in other words: no fingerprint in common, but
	// the store stage raises an alert on it all the same, its claim page
	// shows the judged claim and its verdict, and "claims similar" lists it
	// as a near neighbour.
	para := filepath.Join(t.TempDir(), "paraphrase.txt")
	text = "Campaign paid data firm\n\nThe Trump campaign paid Cambridge Analytica $100,000 on July 29, 2016, its first payment to the firm, campaign finance records show.\n\nThe firm did not comment.\n"
	if err := os.WriteFile(para, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	ingest(para)
	var reworded *claims.Claim
	waitFor(t, "the paraphrase's claim", 30*time.Second, func() bool {
		for _, art := range in.articles() {
			for _, c := range in.claimsOf(art.ID) {
				if strings.HasPrefix(c.Text, "The Trump campaign paid Cambridge Analytica") {
					reworded = &c
					return true
				}
			}
		}
		return false
	})
	if reworded.Fingerprint == judged.Fingerprint {
		t.Fatalf("the paraphrase has the judged claim's fingerprint %s: not a test of other words", judged.Fingerprint)
	}
	select {
	case a := <-got:
		if a.ClaimID != reworded.ID || a.PriorClaimID != judged.ID || a.Verdict != claims.VerdictHalfTrue || a.Similarity >= 1 || a.Similarity < 0.5 {
			t.Errorf("paraphrase alert %+v", a)
		}
		t.Logf("paraphrase alert: %.2f alike", a.Similarity)
	case <-time.After(10 * time.Second):
		t.Fatalf("no alert within 10 s of the paraphrase; logs:\n%s", in.logs.String())
	}
	resp, err := http.Get(in.base + "/claims/" + reworded.ID)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	i := bytes.Index(page, []byte("Judged before, in other words"))
	if i < 0 || !bytes.Contains(page[i:], []byte(`href="/claims/`+judged.ID+`"`)) || !bytes.Contains(page[i:], []byte("Half true")) {
		t.Errorf("the paraphrase's claim page does not show the judged claim %s as said before in other words", judged.ID)
	}
	out, errOut, err := claimpipe(t, "claims", "similar", "--store", filepath.Join(dataDir, "claimpipe.db"), reworded.ID)
	if err != nil {
		t.Fatalf("claims similar: %v\n%s", err, errOut)
	}
	_, near, _ := strings.Cut(out, "near neighbours:")
	var line string
	for _, l := range strings.Split(near, "\n") {
		if strings.Contains(l, judged.ID) {
			line = l
		}
	}
	if !strings.Contains(line, "Half true") {
		t.Errorf("claims similar %s does not list the judged claim %s, with its verdict, as a near neighbour:\n%s", reworded.ID, judged.ID, out)
	}
}
