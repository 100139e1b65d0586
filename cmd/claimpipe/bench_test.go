package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/sqlite"
	"github.com/claimpipe/claimpipe/extractors"
	"github.com/claimpipe/claimpipe/pipeline"
	"github.com/claimpipe/claimpipe/sources"
)

// benchN is how many articles each pipeline benchmark pushes through
// (CLAIMPIPE_BENCH_N, default 400).
func benchN() int {
	if n, err := strconv.Atoi(os.Getenv("CLAIMPIPE_BENCH_N")); err == nil && n > 0 {
		return n
	}
	return 400
}

// latencies reads submit-to-stored latencies from the submission log.
func latencies(b testing.TB, st claims.SubmissionLog, n int) []time.Duration {
	b.Helper()
	recs, err := st.Submissions(context.Background(), claims.SubmissionFilter{State: claims.StateStored, Limit: n + 10})
	if err != nil {
		b.Fatal(err)
	}
	var out []time.Duration
	for _, r := range recs {
		out = append(out, r.StoredAt.Sub(r.SubmittedAt))
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	return ds[min(len(ds)-1, int(p*float64(len(ds))))]
}

// submitAll records and publishes n load articles (HTML) through the
// Recorder, from 16 goroutines (16 concurrent desk requests), as the desk
// would.
func submitAll(b testing.TB, js jetstream.JetStream, st claims.SubmissionLog, c *corpus, n int, asHTML bool) {
	b.Helper()
	rec := pipeline.Recorder{Store: st, JS: js}
	var wg sync.WaitGroup
	errc := make(chan error, 16)
	for w := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += 16 {
				content, ct := c.text(i), "text/plain"
				if asHTML {
					content, ct = c.html(i), "text/html"
				}
				sub := &claims.Submission{ID: fmt.Sprintf("bench-%d", i), Name: fmt.Sprintf("load/%d.html", i),
					Content: []byte(content), ContentType: ct, SubmittedAt: time.Now().UTC()}
				if err := rec.Submit(context.Background(), sub); err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		b.Fatal(err)
	}
}

func waitStored(b testing.TB, st claims.SubmissionLog, n int, timeout time.Duration) {
	b.Helper()
	deadline := time.Now().Add(timeout)
	for {
		c, err := st.SubmissionCounts(context.Background())
		if err == nil && c[claims.StateStored]+c[claims.StateFailed] >= n {
			if c[claims.StateFailed] > 0 {
				b.Errorf("%d submissions failed", c[claims.StateFailed])
			}
			return
		}
		if time.Now().After(deadline) {
			b.Fatalf("timed out: %v of %d", c, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func report(b *testing.B, st claims.SubmissionLog, n int, took time.Duration) {
	ls := latencies(b, st, n)
	b.ReportMetric(float64(n)/took.Seconds(), "articles/s")
	b.ReportMetric(float64(pct(ls, 0.50).Milliseconds()), "p50-ms")
	b.ReportMetric(float64(pct(ls, 0.99).Milliseconds()), "p99-ms")
	b.ReportMetric(0, "ns/op") // the batch, not one op, is what is measured
}

// BenchmarkPipelineEmbedded is `claimpipe run`'s pipeline: embedded NATS,
// SQLite, every stage in one process, N small HTML articles made from the
// fixtures, with JetStream fsyncing every write (sync=always, our default)
// and with NATS's own default (fsync every 2 minutes), to measure the cost,
// and with fsync always on limits-retention streams (no synced delete per
// acknowledgement; StreamConfig.Retain).
func BenchmarkPipelineEmbedded(b *testing.B) {
	c := loadCorpus(b)
	engine, err := extractors.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, mode := range []struct {
		name   string
		sync   time.Duration
		retain time.Duration // StreamConfig.Retain: limits retention instead of the work queue
	}{{"sync=always", 0, 0}, {"sync=2m", 2 * time.Minute, 0}, {"sync=always,retain=1h", 0, time.Hour}} {
		b.Run(mode.name, func(b *testing.B) {
			n := benchN()
			for range b.N {
				b.StopTimer()
				dir := b.TempDir()
				ctx, cancel := context.WithCancel(context.Background())
				st, err := sqlite.Open(ctx, filepath.Join(dir, "c.db"), sqlite.Options{})
				if err != nil {
					b.Fatal(err)
				}
				emb, err := pipeline.StartEmbedded(ctx, pipeline.EmbeddedOptions{Dir: filepath.Join(dir, "nats"), SyncInterval: mode.sync}, zap.NewNop())
				if err != nil {
					b.Fatal(err)
				}
				js, _ := emb.JetStream()
				if err := pipeline.EnsureStreams(ctx, js, pipeline.StreamConfig{Retain: mode.retain}); err != nil {
					b.Fatal(err)
				}
				opts := pipeline.Options{DeadLetters: st, FetchWait: 100 * time.Millisecond}
				fetcher := sources.NewFetcher(sources.FetchConfig{}, zap.NewNop())
				done := make(chan error, 1)
				go func() {
					done <- pipeline.RunStages(ctx, js,
						pipeline.FetchStage(fetcher.Handle, opts),
						pipeline.ExtractStage(engine.ExtractStage, opts),
						pipeline.ClaimsStage(engine.ClaimsStage, opts),
						pipeline.StoreStage(st, opts))
				}()
				b.StartTimer()
				start := time.Now()
				submitAll(b, js, st, c, n, true)
				waitStored(b, st, n, 10*time.Minute)
				took := time.Since(start)
				b.StopTimer()
				report(b, st, n, took)
				cancel()
				<-done
				emb.Shutdown()
				st.Close()
			}
		})
	}
}

var (
	natsBinOnce sync.Once
	natsBin     string
	natsBinErr  error
)

// natsServerBinary builds nats-server from the module this repository
// depends on (the same version as the embedded server; the distribution's
// may be too old for sync_interval).
func natsServerBinary(b testing.TB) string {
	natsBinOnce.Do(func() {
		natsBin = filepath.Join(filepath.Dir(binPath), "nats-server")
		out, err := exec.Command("go", "build", "-o", natsBin, "github.com/nats-io/nats-server/v2").CombinedOutput()
		if err != nil {
			natsBinErr = fmt.Errorf("build nats-server: %v\n%s", err, out)
		}
	})
	if natsBinErr != nil {
		b.Fatal(natsBinErr)
	}
	return natsBin
}

// startNATSProcess runs a nats-server process (an external server, as in
// production) on a random port with JetStream and sync_interval always.
func startNATSProcess(b testing.TB) string {
	b.Helper()
	bin := natsServerBinary(b)
	dir := b.TempDir()
	addr := listenAddr(b)
	host, port, _ := net.SplitHostPort(addr)
	conf := fmt.Sprintf("listen: %s\nmax_payload: 8MB\njetstream { store_dir: %q, sync_interval: always }\n", addr, dir)
	cf := filepath.Join(dir, "nats.conf")
	if err := os.WriteFile(cf, []byte(conf), 0o644); err != nil {
		b.Fatal(err)
	}
	cmd := exec.Command(bin, "-c", cf)
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = cmd.Process.Signal(syscall.SIGTERM); _ = cmd.Wait() })
	for range 100 {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	return "nats://" + net.JoinHostPort(host, port)
}

// BenchmarkPipelineExternal runs worker processes of the binary against an
// external nats-server process (sync_interval always) and PostgreSQL, with
// one and with two workers per stage, on the same N HTML articles.
func BenchmarkPipelineExternal(b *testing.B) {
	for _, per := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", per), func(b *testing.B) {
			n := benchN()
			for range b.N {
				b.StopTimer()
				url := startNATSProcess(b)
				e := newFaultEnv(b, url)
				e.html = true
				e.startPipeline(per)
				b.StartTimer()
				start := time.Now()
				e.submit(0, n)
				e.waitDone("bench", n, 0, 10*time.Minute)
				took := time.Since(start)
				b.StopTimer()
				report(b, e.store, n, took)
				e.stopAll()
			}
		})
	}
}
