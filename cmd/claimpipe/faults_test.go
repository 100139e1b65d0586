//go:build faults

// Fault tests (make test-faults): worker processes of the real binary
// against NATS servers started here and PostgreSQL, broken on purpose; each
// test then counts what reached the store.

package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats-server/v2/server"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/storetest"
	"github.com/claimpipe/claimpipe/pipeline"
)

// faultN is the number of articles of the big fault test (CLAIMPIPE_FAULT_N,
// default 2000).
func faultN(def int) int {
	if n, err := strconv.Atoi(os.Getenv("CLAIMPIPE_FAULT_N")); err == nil && n > 0 {
		return min(n, def)
	}
	return def
}

func (e *faultEnv) scrape(name string) string {
	e.t.Helper()
	e.mu.Lock()
	w := e.workers[name]
	e.mu.Unlock()
	resp, err := http.Get("http://" + w.http + "/metrics")
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// (a) N articles in flight; the extract and store workers are SIGKILLed
// halfway and restarted: every article's claims are stored exactly once.
// Also scrapes /metrics during the run.
func TestFaultWorkerKilled(t *testing.T) {
	_, url := startNATS(t)
	e := newFaultEnv(t, url)
	n := faultN(2000)
	start := time.Now()
	e.startPipeline(1)
	submitted := e.submitBackground(0, n)
	e.waitStored(n/2, 3*time.Minute)
	m := e.scrape("store#0")
	for _, want := range []string{`claimpipe_stage_processed_total{stage="store"}`, `claimpipe_stage_duration_seconds_bucket{stage="store"`,
		`claimpipe_consumer_pending{stage="store"}`, `claimpipe_consumer_ack_pending{stage="store"}`,
		`claimpipe_stream_messages{stream="CLAIMPIPE_DLQ"}`, `claimpipe_stream_messages{stream="CLAIMPIPE_EXTRACTED"}`} {
		if !strings.Contains(m, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	e.kill("extract#0")
	e.kill("store#0")
	t.Logf("killed extract and store workers at %v stored", e.counts())
	time.Sleep(time.Second)
	e.start("extract#0")
	e.start("store#0")
	submitted()
	t.Logf("%d submitted after %v", n, time.Since(start))
	e.waitDone("after restart", n, 0, 4*time.Minute)
	t.Logf("%d articles through in %v", n, time.Since(start))
	e.checkExactlyOnce(n)
}

// startCluster starts a three-node JetStream cluster in this process on
// random 127.0.0.1 ports.
func startCluster(t *testing.T) ([]*server.Server, []string) {
	t.Helper()
	ports := make([]int, 3)
	for i := range ports {
		_, p, _ := net.SplitHostPort(listenAddr(t))
		ports[i], _ = strconv.Atoi(p)
	}
	var routes []string
	for _, p := range ports {
		routes = append(routes, fmt.Sprintf("nats-route://127.0.0.1:%d", p))
	}
	var srvs []*server.Server
	var urls []string
	for i := range 3 {
		o := &server.Options{
			ServerName: fmt.Sprintf("n%d", i+1), Host: "127.0.0.1", Port: -1,
			JetStream: true, StoreDir: filepath.Join(t.TempDir(), fmt.Sprint(i)), SyncAlways: true,
			MaxPayload: pipeline.DefaultMaxPayload, NoSigs: true, NoLog: true,
		}
		o.Cluster.Name = "claimpipe"
		o.Cluster.Host = "127.0.0.1"
		o.Cluster.Port = ports[i]
		o.Routes = server.RoutesFromStr(strings.Join(routes, ","))
		s, err := server.NewServer(o)
		if err != nil {
			t.Fatal(err)
		}
		go s.Start()
		srvs = append(srvs, s)
	}
	for _, s := range srvs {
		if !s.ReadyForConnections(30 * time.Second) {
			t.Fatal("cluster node not ready")
		}
		urls = append(urls, s.ClientURL())
		t.Cleanup(func() { s.Shutdown(); s.WaitForShutdown() })
	}
	// Wait for a meta leader.
	deadline := time.Now().Add(30 * time.Second)
	for {
		ok := false
		for _, s := range srvs {
			if s.JetStreamIsLeader() {
				ok = true
			}
		}
		if ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no JetStream meta leader")
		}
		time.Sleep(100 * time.Millisecond)
	}
	return srvs, urls
}

// (b) Three-node cluster, streams R3, one node stopped mid-run: nothing
// lost, nothing doubled.
func TestFaultClusterNodeStopped(t *testing.T) {
	srvs, urls := startCluster(t)
	e := newFaultEnv(t, strings.Join(urls, ","))
	n := faultN(400)
	e.startPipeline(1, "--replicas", "3")
	for _, b := range pipeline.Boundaries {
		s, err := e.js.Stream(context.Background(), b.Stream)
		if err != nil {
			t.Fatal(err)
		}
		if info, err := s.Info(context.Background()); err != nil || info.Config.Replicas != 3 {
			t.Fatalf("stream %s: replicas %v, %v", b.Stream, info.Config.Replicas, err)
		}
	}
	submitted := e.submitBackground(0, n)
	e.waitStored(n/3, 3*time.Minute)
	// Stop the node leading the first stream's raft group if we can tell,
	// the first node otherwise.
	victim := srvs[0]
	for _, s := range srvs {
		if s.JetStreamIsStreamLeader("$G", pipeline.Extracted.Stream) {
			victim = s
		}
	}
	t.Logf("stopping %s at %v", victim.Name(), e.counts())
	victim.Shutdown()
	victim.WaitForShutdown()
	submitted()
	e.waitDone("with a node down", n, 0, 4*time.Minute)
	e.checkExactlyOnce(n)
}

// (c) Every PostgreSQL connection of the workers killed with
// pg_terminate_backend mid-run, twice: they retry and finish, nothing lost.
func TestFaultPostgresConnectionsKilled(t *testing.T) {
	_, url := startNATS(t)
	e := newFaultEnv(t, url)
	n := faultN(400)
	e.startPipeline(1)
	submitted := e.submitBackground(0, n)
	admin, err := pgx.Connect(context.Background(), storetest.PostgresURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(context.Background())
	for _, at := range []int{n / 3, 2 * n / 3} {
		e.waitStored(at, 3*time.Minute)
		var killed int
		if err := admin.QueryRow(context.Background(), `SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
			WHERE application_name = $1) k`, e.app).Scan(&killed); err != nil {
			t.Fatal(err)
		}
		t.Logf("terminated %d backends at %v", killed, e.counts())
		if killed == 0 {
			t.Error("no worker connection to kill: the test would prove nothing")
		}
	}
	submitted()
	e.waitDone("after the kills", n, 0, 4*time.Minute)
	e.checkExactlyOnce(n)
}

// (d) A poison article fails the extract stage every time: it reaches the
// dead-letter stream after MaxDeliver deliveries, its submission is marked
// failed, and the others go through meanwhile.
func TestFaultPoisonMessage(t *testing.T) {
	_, url := startNATS(t)
	e := newFaultEnv(t, url)
	n := faultN(200)
	poison := n / 2
	os.Setenv(failpointEnv, fmt.Sprintf("extract:load/%d.txt", poison))
	e.start("extract#0", "--max-deliver", "4")
	os.Unsetenv(failpointEnv)
	for _, s := range []string{"fetch", "claims", "store"} {
		e.start(s + "#0")
	}
	e.waitReady()
	e.submit(0, n)
	e.waitDone("poison", n-1, 1, 3*time.Minute)
	rec, err := e.store.Submission(context.Background(), e.sub(poison).ID)
	if err != nil || rec.State != claims.StateFailed || !strings.Contains(rec.Error, "failpoint") {
		t.Errorf("poison submission = %+v, %v", rec, err)
	}
	dls, err := e.store.DeadLetters(context.Background(), 10)
	if err != nil || len(dls) != 1 || dls[0].Stage != "extract" || dls[0].Deliveries != 4 {
		t.Fatalf("dead letters = %+v, %v; want one from extract after 4 deliveries", dls, err)
	}
	s, _ := e.js.Stream(context.Background(), pipeline.DLQStream)
	if info, err := s.Info(context.Background()); err != nil || info.State.Msgs != 1 {
		t.Errorf("DLQ stream holds %d, %v; want 1", info.State.Msgs, err)
	}
	e.checkExactlyOnce(n, poison)

	// Replay after the fix: the extract worker without the failpoint.
	e.kill("extract#0")
	e.start("extract#0")
	e.waitReady()
	out, err := exec.Command(binPath, "dlq", "replay", strconv.FormatInt(dls[0].ID, 10), "--nats", url, "--store", e.dsn).CombinedOutput()
	if err != nil {
		t.Fatalf("dlq replay: %v\n%s", err, out)
	}
	e.waitDone("replayed", n, 0, time.Minute)
	e.checkExactlyOnce(n)
}

// (e) Messages purged from the streams after their articles were submitted
// (some before any stage ran, some after the fetch stage): the reconciler
// re-submits them and every article is stored exactly once.
func TestFaultMessagesPurged(t *testing.T) {
	_, url := startNATS(t)
	e := newFaultEnv(t, url)
	n := faultN(200)
	// Fetch runs alone first, so half the articles are in CLAIMPIPE_FETCHED.
	e.start("fetch#0")
	e.waitReady()
	e.submit(0, n/2)
	deadline := time.Now().Add(time.Minute)
	for {
		b, err := pipeline.Backlog(context.Background(), e.js)
		if err == nil && b[pipeline.Fetched.Stream] == uint64(n/2) && b[pipeline.Submitted.Stream] == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("fetch did not finish: %v %v", b, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	e.kill("fetch#0")
	e.submit(n/2, n)
	for _, b := range []pipeline.Boundary{pipeline.Submitted, pipeline.Fetched} {
		s, _ := e.js.Stream(context.Background(), b.Stream)
		if err := s.Purge(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if b, _ := pipeline.Backlog(context.Background(), e.js); b[pipeline.Submitted.Stream]+b[pipeline.Fetched.Stream] != 0 {
		t.Fatalf("purge left %v", b)
	}
	e.startPipeline(1, "--reconcile-deadline", "3s")
	e.waitDone("reconciled", n, 0, 3*time.Minute)
	var resubmitted int
	if err := e.store.Pool().QueryRow(context.Background(), `SELECT COUNT(*) FROM submissions WHERE attempts >= 2`).Scan(&resubmitted); err != nil || resubmitted != n {
		t.Errorf("%d submissions re-published, want all %d (%v)", resubmitted, n, err)
	}
	e.checkExactlyOnce(n)
}
