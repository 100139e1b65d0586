package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/claimpipe/claimpipe/claims"
)

// cli runs the binary without the environment variables that would point
// it elsewhere than its flags say.
func cli(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	cmd := exec.Command(binPath, args...)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "CLAIMPIPE_NATS=") && !strings.HasPrefix(kv, "CLAIMPIPE_STORE=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	return out.String(), errb.String(), err
}

// The dead-letter workflow on the default set-up (`make run`: no flags
// about NATS): an article whose site answers 404 is dead-lettered; once
// the page is there, `claimpipe dlq replay ID` with nothing but the store
// finds run's embedded NATS and the article is stored. The embedded NATS
// listens on a random loopback port behind a token, both in DATA/nats.url
// (owner-only), which goes when run stops; replay then says how to proceed.
// The replayed dead letter leaves `dlq list`; `dlq list --all` shows it
// with the time of its replay.
func TestDLQReplayWithEmbeddedDefault(t *testing.T) {
	text, err := os.ReadFile("../../fixtures/cambridge-analytica-assange/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	var published atomic.Bool
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/story.txt" || !published.Load() {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write(text)
	}))
	defer site.Close()

	data := filepath.Join(t.TempDir(), "data")
	store := filepath.Join(data, "claimpipe.db")
	in := startRun(t, data, freeAddr(t), "--fetch-allow", "127.0.0.1/32")
	stopped := false
	defer func() {
		if !stopped {
			in.stop()
		}
	}()

	urlFile := filepath.Join(data, "nats.url")
	fi, err := os.Stat(urlFile)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("%s: %v, %v; want a file only its owner reads", urlFile, fi, err)
	}
	b, _ := os.ReadFile(urlFile)
	u := strings.TrimSpace(string(b))
	at := strings.LastIndexByte(u, '@')
	if !strings.HasPrefix(u, "nats://") || at < 0 || !strings.HasPrefix(u[at:], "@127.0.0.1:") || strings.HasSuffix(u, ":4222") {
		t.Fatalf("%s holds %q; want nats://TOKEN@127.0.0.1:PORT, never 4222", urlFile, u)
	}
	// The port is no use without the token.
	if nc, err := nats.Connect("nats://"+u[at+1:], nats.MaxReconnects(0), nats.Timeout(2*time.Second)); err == nil {
		nc.Close()
		t.Errorf("connected to the embedded NATS without its token")
	}

	if out, errOut, err := cli(t, "ingest", "--server", in.base, site.URL+"/story.txt"); err != nil {
		t.Fatalf("ingest: %v\n%s%s", err, out, errOut)
	}
	var dls []claims.DeadLetter
	waitFor(t, "the 404's dead letter", 30*time.Second, func() bool {
		in.get("/api/deadletters", &dls)
		return len(dls) == 1
	})
	if dls[0].Deliveries != 1 || dls[0].Input != site.URL+"/story.txt" || !strings.Contains(dls[0].Error, "404") {
		t.Fatalf("dead letter = %+v", dls[0])
	}
	id := strconv.FormatInt(dls[0].ID, 10)

	published.Store(true)
	out, errOut, err := cli(t, "dlq", "replay", id, "--store", store)
	if err != nil || !strings.Contains(out, "replayed "+id) {
		t.Fatalf("dlq replay %s without --nats: %v\n%s%s", id, err, out, errOut)
	}
	waitFor(t, "the replayed article", 30*time.Second, func() bool { return len(in.articles()) == 1 })
	// An ID with no dead letter is named once.
	_, errOut, err = cli(t, "dlq", "replay", "999999", "--store", store)
	if err == nil || !strings.Contains(errOut, "dead letter 999999 not found") || strings.Count(errOut, "999999") != 1 {
		t.Errorf("dlq replay 999999: %v, %q; want one line saying dead letter 999999 not found", err, errOut)
	}

	// status finds the same NATS without --nats: the stages' streams, not "the store only".
	out, errOut, err = cli(t, "status", "--store", store)
	if err != nil || !strings.Contains(out, "STAGE") || !strings.Contains(out, "dead letters") || strings.Contains(out+errOut, u[:at]) {
		t.Errorf("status without --nats: %v\n%s%s", err, out, errOut)
	}

	// Replayed: gone from the list, in the full one with when.
	out, errOut, err = cli(t, "dlq", "list", "--store", store)
	if err != nil || strings.Contains(out, "story.txt") || !strings.Contains(errOut, "0 dead letters not replayed") {
		t.Errorf("dlq list after the replay: %v\n%s%s", err, out, errOut)
	}
	out, errOut, err = cli(t, "dlq", "list", "--all", "--store", store)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if err != nil || len(lines) != 2 || !strings.Contains(lines[0], "REPLAYED") || !strings.Contains(errOut, "1 dead letter, 1 of them replayed") {
		t.Fatalf("dlq list --all: %v\n%s%s", err, out, errOut)
	}
	if f := strings.Fields(lines[1]); len(f) < 7 || f[0] != id || !strings.HasPrefix(f[3], time.Now().UTC().Format("2006-")) ||
		!strings.HasSuffix(f[7], "/story.txt") {
		t.Errorf("dlq list --all: %q; want ID, when, when replayed, ..., the URL", lines[1])
	}
	var left []claims.DeadLetter
	in.get("/api/deadletters", &left)
	if len(left) != 0 {
		t.Errorf("the desk still lists the replayed dead letter: %+v", left)
	}
	// Replayed again, it says so (it re-published without a word).
	if out, errOut, err := cli(t, "dlq", "replay", id, "--store", store); err != nil || !strings.Contains(out, "replayed "+id) ||
		!strings.Contains(out, " again (it was replayed at ") {
		t.Errorf("dlq replay %s a second time: %v\n%s%s; want it to say it was replayed before", id, err, out, errOut)
	}

	in.stop()
	stopped = true
	if _, err := os.Stat(urlFile); !os.IsNotExist(err) {
		t.Errorf("%s outlived claimpipe run: %v", urlFile, err)
	}
	// Nothing to reach: the error says what to do.
	_, errOut, err = cli(t, "dlq", "replay", id, "--store", store)
	for _, want := range []string{"claimpipe run --data " + data, "nats.url", "--nats-port N", "--nats nats://127.0.0.1:N"} {
		if err == nil || !strings.Contains(errOut, want) {
			t.Errorf("dlq replay with no pipeline running: %v, %q; want it to say %q", err, errOut, want)
		}
	}
}
