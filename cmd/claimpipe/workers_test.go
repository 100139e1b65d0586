package main

// Worker-process harness shared by the fault tests (faults_test.go, build
// tag faults) and the external pipeline benchmark.

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/postgres"
	"github.com/claimpipe/claimpipe/claims/storetest"
	"github.com/claimpipe/claimpipe/extractors"
	"github.com/claimpipe/claimpipe/pipeline"
)

// faultEnv is one fault test's world: a PostgreSQL schema of its own, NATS
// URLs, the worker processes, and the test's own store and JetStream
// connection to submit and count with.
type faultEnv struct {
	t       testing.TB
	dsn     string // the workers' store, search_path set to the schema
	app     string // application_name of the workers' connections
	store   *postgres.Store
	urls    string
	nc      *nats.Conn
	js      jetstream.JetStream
	corpus  *corpus
	html    bool // submit HTML pages instead of plain text
	mu      sync.Mutex
	workers map[string]*worker
}

type worker struct {
	cmd  *exec.Cmd
	logs *bytes.Buffer
	http string
	done chan struct{}
}

func newFaultEnv(t testing.TB, urls string) *faultEnv {
	t.Helper()
	base := storetest.PostgresURL(t)
	schema := storetest.FreshSchema(t, base)
	app := "claimpipe-fault-" + schema
	dsn := storetest.WithSchema(base, schema) + "&application_name=" + app
	// The test's own connections are not the workers': (c) kills only those.
	st, err := postgres.Open(context.Background(), storetest.WithSchema(base, schema), postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e := &faultEnv{t: t, dsn: dsn, app: app, store: st, urls: urls, corpus: loadCorpus(t), workers: map[string]*worker{}}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	nc, err := pipeline.Connect(ctx, urls, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	e.nc = nc
	e.js, _ = jetstream.New(nc)
	t.Cleanup(e.stopAll)
	return e
}

// startNATS starts an in-process JetStream server on a random port (never
// 4222) that syncs every write, like production.
func startNATS(t *testing.T) (*pipeline.Embedded, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	emb, err := pipeline.StartEmbedded(ctx, pipeline.EmbeddedOptions{Dir: t.TempDir(), Port: -1}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(emb.Shutdown)
	return emb, emb.ClientURL()
}

// start runs a worker process named name (its stage, or stage#n).
func (e *faultEnv) start(name string, extra ...string) {
	e.t.Helper()
	stage, _, _ := strings.Cut(name, "#")
	addr := listenAddr(e.t)
	args := append([]string{"worker", "--stage", stage, "--nats", e.urls, "--store", e.dsn, "--http", addr,
		"--log-format", "json", "--log-level", "warn", "--ack-wait", "3s", "--max-deliver", "10",
		"--retry-base", "200ms", "--drain", "5s"}, extra...)
	cmd := exec.Command(binPath, args...)
	logs := &bytes.Buffer{}
	cmd.Stdout, cmd.Stderr = logs, &lockedWriter{w: logs, mu: &e.mu}
	cmd.Stdout = cmd.Stderr
	if err := cmd.Start(); err != nil {
		e.t.Fatal(err)
	}
	w := &worker{cmd: cmd, logs: logs, http: addr, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); close(w.done) }()
	e.mu.Lock()
	e.workers[name] = w
	e.mu.Unlock()
}

type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// waitReady waits for every worker's /readyz.
func (e *faultEnv) waitReady() {
	e.t.Helper()
	e.mu.Lock()
	ws := make(map[string]*worker, len(e.workers))
	for k, v := range e.workers {
		ws[k] = v
	}
	e.mu.Unlock()
	for name, w := range ws {
		deadline := time.Now().Add(90 * time.Second)
		for {
			resp, err := http.Get("http://" + w.http + "/readyz")
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode == 200 {
					break
				}
			}
			select {
			case <-w.done:
				e.t.Fatalf("worker %s exited: %s", name, e.logsOf(name))
			default:
			}
			if time.Now().After(deadline) {
				e.t.Fatalf("worker %s not ready: %v\n%s", name, err, e.logsOf(name))
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}

func (e *faultEnv) logsOf(name string) string {
	e.mu.Lock()
	defer e.mu.Unlock()
	if w := e.workers[name]; w != nil {
		s := w.logs.String()
		if len(s) > 4000 {
			s = "…" + s[len(s)-4000:]
		}
		return s
	}
	return ""
}

// diagnosis says where the work stands when a wait times out: each stream's
// backlog, then every worker's state and the tail of its log.
func (e *faultEnv) diagnosis() string {
	var b strings.Builder
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	backlog, err := pipeline.Backlog(ctx, e.js)
	fmt.Fprintf(&b, "backlog: %v (err %v)\n", backlog, err)
	e.mu.Lock()
	names := make([]string, 0, len(e.workers))
	for name := range e.workers {
		names = append(names, name)
	}
	e.mu.Unlock()
	sort.Strings(names)
	for _, name := range names {
		e.mu.Lock()
		w := e.workers[name]
		e.mu.Unlock()
		state := "running"
		select {
		case <-w.done:
			state = "exited: " + w.cmd.ProcessState.String()
		default:
		}
		fmt.Fprintf(&b, "--- worker %s (%s), log tail:\n%s\n", name, state, e.logsOf(name))
	}
	return b.String()
}

// kill SIGKILLs a worker: no drain, no goodbye.
func (e *faultEnv) kill(name string) {
	e.t.Helper()
	e.mu.Lock()
	w := e.workers[name]
	e.mu.Unlock()
	_ = w.cmd.Process.Signal(syscall.SIGKILL)
	<-w.done
}

func (e *faultEnv) stopAll() {
	e.mu.Lock()
	ws := e.workers
	e.mu.Unlock()
	for _, w := range ws {
		_ = w.cmd.Process.Signal(syscall.SIGTERM)
	}
	for name, w := range ws {
		select {
		case <-w.done:
		case <-time.After(15 * time.Second):
			e.t.Errorf("worker %s did not stop on SIGTERM", name)
			_ = w.cmd.Process.Kill()
			<-w.done
		}
	}
	if e.t.Failed() {
		// What each worker logged (warnings and errors): the first thing
		// to read when a test timed out waiting for the pipeline.
		e.mu.Lock()
		defer e.mu.Unlock()
		for name, w := range ws {
			b := w.logs.Bytes()
			if len(b) > 4096 {
				b = b[len(b)-4096:]
			}
			e.t.Logf("worker %s logs (last 4 KiB):\n%s", name, b)
		}
	}
}

// startPipeline starts one worker of each stage (two when perStage is 2).
func (e *faultEnv) startPipeline(perStage int, extra ...string) {
	for _, s := range []string{"fetch", "extract", "claims", "store"} {
		for i := range perStage {
			e.start(s+"#"+strconv.Itoa(i), extra...)
		}
	}
	e.waitReady()
}

func (e *faultEnv) sub(i int) *claims.Submission {
	if e.html {
		return &claims.Submission{ID: fmt.Sprintf("fault-%d", i), Name: fmt.Sprintf("load/%d.html", i),
			Content: []byte(e.corpus.html(i)), ContentType: "text/html", SubmittedAt: time.Now().UTC()}
	}
	return &claims.Submission{ID: fmt.Sprintf("fault-%d", i), Name: fmt.Sprintf("load/%d.txt", i),
		Content: []byte(e.corpus.text(i)), ContentType: "text/plain", SubmittedAt: time.Now().UTC()}
}

// submit records and publishes articles [from, to) as the desk does.
func (e *faultEnv) submit(from, to int) {
	e.t.Helper()
	if err := e.submitErr(from, to); err != nil {
		e.t.Fatal(err)
	}
}

// submitBackground submits articles [from, to) while the test goes on, so
// that faults strike with work in flight; wait for its error at the end.
func (e *faultEnv) submitBackground(from, to int) (wait func()) {
	errc := make(chan error, 1)
	go func() { errc <- e.submitErr(from, to) }()
	return func() {
		e.t.Helper()
		if err := <-errc; err != nil {
			e.t.Fatal(err)
		}
	}
}

func (e *faultEnv) submitErr(from, to int) error {
	rec := pipeline.Recorder{Store: e.store, JS: e.js}
	var wg sync.WaitGroup
	errc := make(chan error, 4)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := from + w; i < to; i += 4 {
				var err error
				for try := 0; try < 50; try++ { // a NATS node may be down: retry like a client would
					if err = rec.Submit(context.Background(), e.sub(i)); err == nil {
						break
					}
					time.Sleep(200 * time.Millisecond)
				}
				if err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errc)
	return <-errc
}

func (e *faultEnv) counts() map[claims.SubmissionState]int {
	c, err := e.store.SubmissionCounts(context.Background())
	if err != nil {
		e.t.Logf("counts: %v", err)
	}
	return c
}

// waitDone waits until want submissions are stored and failed more are failed.
func (e *faultEnv) waitDone(what string, stored, failed int, timeout time.Duration) {
	e.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		c := e.counts()
		if c[claims.StateStored] == stored && c[claims.StateFailed] == failed {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("%s: timed out with %v, want %d stored %d failed\n%s", what, c, stored, failed, e.diagnosis())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (e *faultEnv) waitStored(n int, timeout time.Duration) {
	e.t.Helper()
	deadline := time.Now().Add(timeout)
	for e.counts()[claims.StateStored] < n {
		if time.Now().After(deadline) {
			e.t.Fatalf("timed out with %v, waiting for %d stored\n%s", e.counts(), n, e.diagnosis())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// checkExactlyOnce checks that articles [0, n) are each stored once with
// exactly the claims the extractors give for them, and nothing else is.
func (e *faultEnv) checkExactlyOnce(n int, except ...int) {
	e.t.Helper()
	skip := map[int]bool{}
	for _, i := range except {
		skip[i] = true
	}
	engine, err := extractors.New()
	if err != nil {
		e.t.Fatal(err)
	}
	ctx := context.Background()
	want := map[string]int{} // article ID -> claims
	for i := range n {
		if skip[i] {
			continue
		}
		s := e.sub(i)
		r, err := engine.Extract(&claims.Page{Body: s.Content, Name: s.Name, ContentType: s.ContentType})
		if err != nil {
			e.t.Fatalf("article %d: %v", i, err)
		}
		want[r.Article.ID] = len(r.Claims)
	}
	rows, err := e.store.Pool().Query(ctx, `SELECT a.id, COUNT(c.id) FROM articles a LEFT JOIN claims c ON c.article_id = a.id GROUP BY a.id`)
	if err != nil {
		e.t.Fatal(err)
	}
	got, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (struct {
		id string
		n  int
	}, error) {
		var v struct {
			id string
			n  int
		}
		err := r.Scan(&v.id, &v.n)
		return v, err
	})
	if err != nil {
		e.t.Fatal(err)
	}
	totalWant, totalGot := 0, 0
	for _, w := range want {
		totalWant += w
	}
	bad := 0
	for _, g := range got {
		totalGot += g.n
		w, ok := want[g.id]
		if !ok {
			bad++
			e.t.Errorf("article %s stored but never submitted", g.id)
		} else if w != g.n {
			bad++
			e.t.Errorf("article %s: %d claims stored, want %d", g.id, g.n, w)
		}
		if bad > 10 {
			e.t.FailNow()
		}
	}
	if len(got) != len(want) {
		e.t.Errorf("%d articles stored, want %d", len(got), len(want))
	}
	e.t.Logf("%d articles, %d claims stored; want %d, %d", len(got), totalGot, len(want), totalWant)
	var subs int
	if err := e.store.Pool().QueryRow(ctx, `SELECT COUNT(*) FROM submissions WHERE state = 'stored' AND attempts > 1`).Scan(&subs); err == nil {
		e.t.Logf("%d submissions needed more than one publication", subs)
	}
}

// listenAddr returns a free 127.0.0.1 address (freeAddr).
func listenAddr(t testing.TB) string {
	t.Helper()
	return freeAddr(t)
}
