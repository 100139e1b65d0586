package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/sqlite"
	"github.com/claimpipe/claimpipe/pipeline"
)

// env is one embedded server (in-process, no TCP port) with streams, a
// SQLite store and a logger.
type env struct {
	t       testing.TB
	sync    time.Duration
	streams pipeline.StreamConfig
	dir     string
	emb     *pipeline.Embedded
	js      jetstream.JetStream
	store   *sqlite.Store
	log     *zap.Logger
}

func newEnv(t testing.TB) *env {
	t.Helper()
	e := &env{t: t, dir: t.TempDir(), log: zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))}
	st, err := sqlite.Open(context.Background(), e.dir+"/claims.db", sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e.store = st
	t.Cleanup(func() { st.Close() })
	e.start()
	return e
}

func (e *env) start() {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	emb, err := pipeline.StartEmbedded(ctx, pipeline.EmbeddedOptions{Dir: e.dir + "/nats", SyncInterval: e.sync}, e.log)
	if err != nil {
		e.t.Fatal(err)
	}
	e.emb = emb
	e.t.Cleanup(func() {
		if e.emb != nil {
			e.emb.Shutdown()
			e.emb = nil
		}
	})
	js, err := emb.JetStream()
	if err != nil {
		e.t.Fatal(err)
	}
	e.js = js
	if err := pipeline.EnsureStreams(ctx, js, e.streams); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) restart() {
	e.t.Helper()
	e.emb.Shutdown()
	e.emb = nil
	e.start()
}

// opts are fast settings for tests: short waits, quick retries.
func (e *env) opts() pipeline.Options {
	return pipeline.Options{
		Logger:       e.log,
		DeadLetters:  e.store,
		Consumer:     pipeline.ConsumerOptions{AckWait: 2 * time.Second, MaxDeliver: 4},
		Retry:        pipeline.RetryPolicy{Base: 10 * time.Millisecond, Max: 50 * time.Millisecond},
		Concurrency:  4,
		DrainTimeout: 2 * time.Second,
		FetchWait:    100 * time.Millisecond,
	}
}

// run starts runners in the background; the returned stop cancels them and
// waits for them to drain.
func (e *env) run(runners ...*pipeline.StageRunner) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- pipeline.RunStages(ctx, e.js, runners...) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				e.t.Errorf("RunStages: %v", err)
			}
		})
	}
	e.t.Cleanup(stop)
	return stop
}

func (e *env) submit(id, name, content string) bool {
	e.t.Helper()
	dup, err := pipeline.Submit(context.Background(), e.js, &claims.Submission{
		ID: id, Name: name, Content: []byte(content), ContentType: "text/plain", SubmittedAt: time.Now()})
	if err != nil {
		e.t.Fatalf("submit %s: %v", id, err)
	}
	return dup
}

func (e *env) counts() (int, int) {
	a, c, err := e.store.Counts(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return a, c
}

func waitFor(t testing.TB, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// The three test handlers stand in for fetch, extract and claims: they do
// real work on the text (find the number, span the sentence) so that the
// result passes claims.Result.Validate in the store.
func fetch(_ context.Context, s *claims.Submission) (*claims.Page, error) {
	return &claims.Page{SubmissionID: s.ID, URL: s.URL, Name: s.Name, Body: s.Content, ContentType: s.ContentType, FetchedAt: time.Now()}, nil
}

func extract(_ context.Context, p *claims.Page) (*claims.Annotated, error) {
	text := string(p.Body)
	if strings.TrimSpace(text) == "" {
		return nil, claims.Errorf(claims.Invalid, "extract %s: empty document", p.Name)
	}
	a := &claims.Annotated{SubmissionID: p.SubmissionID,
		Article: claims.Article{ID: claims.ArticleID(text), URL: p.Name, Text: text}}
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if j > i {
			a.Mentions = append(a.Mentions, claims.Mention{Start: i, End: j, Type: claims.TypeQuantity, Text: text[i:j], Value: text[i:j]})
			i = j
			continue
		}
		i++
	}
	return a, nil
}

func buildClaims(_ context.Context, a *claims.Annotated) (*claims.Extracted, error) {
	x := &claims.Extracted{SubmissionID: a.SubmissionID, Result: claims.Result{Article: a.Article, Mentions: a.Mentions}}
	text := a.Article.Text
	end := strings.IndexByte(text, '.') + 1
	if end <= 0 {
		end = len(text)
	}
	c := claims.Claim{ID: claims.ClaimID(a.Article.ID, 0, end), Start: 0, End: end, Text: text[:end], Confidence: 0.5, Kind: claims.KindQuantity}
	for _, m := range a.Mentions {
		if m.End <= end {
			c.Mentions = append(c.Mentions, m)
		}
	}
	x.Claims = []claims.Claim{c}
	return x, nil
}

func (e *env) chain(o pipeline.Options, f pipeline.Handler[claims.Submission, claims.Page]) []*pipeline.StageRunner {
	return []*pipeline.StageRunner{
		pipeline.FetchStage(f, o),
		pipeline.ExtractStage(extract, o),
		pipeline.ClaimsStage(buildClaims, o),
		pipeline.StoreStage(e.store, o),
	}
}

func article(i int) string {
	return fmt.Sprintf("Article %d says the council spent %d pounds. More text follows.", i, 1000+i)
}

func TestChainStoresExactlyOnce(t *testing.T) {
	e := newEnv(t)
	reg := prometheus.NewRegistry()
	m, err := pipeline.NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	reg.MustRegister(pipeline.NewBacklogCollector(e.js, nil))
	o := e.opts()
	o.Metrics = m
	// A user middleware sees every delivery, with the IDs the runner found.
	var seen sync.Map // stage/submission -> article ID
	o.Middleware = []pipeline.Middleware{func(next pipeline.Step) pipeline.Step {
		return func(ctx context.Context, d *pipeline.Delivery) error {
			seen.Store(d.Stage+"/"+d.SubmissionID, d.ArticleID)
			return next(ctx, d)
		}
	}}
	e.run(e.chain(o, fetch)...)

	const n = 30
	for i := range n {
		if dup := e.submit(fmt.Sprintf("sub-%d", i), fmt.Sprintf("file-%d.txt", i), article(i)); dup {
			t.Fatalf("first submit of sub-%d reported duplicate", i)
		}
	}
	// The same submission again is dropped by the stream...
	if dup := e.submit("sub-0", "file-0.txt", article(0)); !dup {
		t.Error("resubmitting sub-0 was not reported as a duplicate")
	}
	// ...and the same article under another submission ID is deduplicated
	// by the store.
	e.submit("sub-0-again", "copy.txt", article(0))

	waitFor(t, "all articles stored", 20*time.Second, func() bool { a, _ := e.counts(); return a >= n })
	// Let any duplicate that would sneak through arrive.
	waitFor(t, "streams drained", 10*time.Second, func() bool {
		b, err := pipeline.Backlog(context.Background(), e.js)
		if err != nil {
			t.Fatal(err)
		}
		return b[pipeline.Submitted.Stream]+b[pipeline.Fetched.Stream]+b[pipeline.Annotated.Stream]+b[pipeline.Extracted.Stream] == 0
	})
	if a, c := e.counts(); a != n || c != n {
		t.Fatalf("stored %d articles, %d claims; want %d each", a, c, n)
	}
	for i := range n {
		id := claims.ArticleID(article(i))
		cs, err := e.store.Claims(context.Background(), claims.ClaimFilter{ArticleID: id})
		if err != nil || len(cs) != 1 {
			t.Fatalf("article %d: claims %v, %v", i, cs, err)
		}
		if want := fmt.Sprint(1000 + i); len(cs[0].Mentions) != 2 || cs[0].Mentions[1].Text != want {
			t.Errorf("article %d: claim mentions %+v, want the amount %s", i, cs[0].Mentions, want)
		}
	}
	if dl, _ := e.store.DeadLetters(context.Background(), 0); len(dl) != 0 {
		t.Errorf("unexpected dead letters: %+v", dl)
	}
	for i := range n {
		sub := fmt.Sprintf("sub-%d", i)
		for stage, want := range map[string]string{pipeline.StageFetch: "", pipeline.StageExtract: "",
			pipeline.StageClaims: claims.ArticleID(article(i)), pipeline.StageStore: claims.ArticleID(article(i))} {
			got, ok := seen.Load(stage + "/" + sub)
			if !ok || got != want {
				t.Errorf("%s delivery of %s: article ID %q (seen %v), want %q", stage, sub, got, ok, want)
			}
		}
	}

	// Metrics: every stage processed n+1 deliveries (the store stage's
	// second copy of article 0 was a successful no-op), none failed.
	mf, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, stage := range []string{pipeline.StageFetch, pipeline.StageExtract, pipeline.StageClaims, pipeline.StageStore} {
		if got := metricValue(mf, "claimpipe_stage_processed_total", "stage", stage); got != n+1 {
			t.Errorf("processed{stage=%s} = %v, want %d", stage, got, n+1)
		}
		if got := histCount(mf, "claimpipe_stage_duration_seconds", "stage", stage); got != n+1 {
			t.Errorf("latency count{stage=%s} = %v, want %d", stage, got, n+1)
		}
		if got := metricValue(mf, "claimpipe_consumer_pending", "stage", stage); got != 0 {
			t.Errorf("consumer_pending{stage=%s} = %v, want 0", stage, got)
		}
	}
	if got := metricValue(mf, "claimpipe_stream_messages", "stream", pipeline.DLQStream); got != 0 {
		t.Errorf("DLQ size = %v, want 0", got)
	}
}

func metricValue(mf []*dto.MetricFamily, name, label, value string) float64 {
	for _, f := range mf {
		if f.GetName() != name {
			continue
		}
		for _, m := range f.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == label && l.GetValue() == value {
					switch {
					case m.Counter != nil:
						return m.Counter.GetValue()
					case m.Gauge != nil:
						return m.Gauge.GetValue()
					}
				}
			}
		}
	}
	return -1
}

func histCount(mf []*dto.MetricFamily, name, label, value string) float64 {
	for _, f := range mf {
		if f.GetName() != name {
			continue
		}
		for _, m := range f.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == label && l.GetValue() == value && m.Histogram != nil {
					return float64(m.Histogram.GetSampleCount())
				}
			}
		}
	}
	return -1
}

func TestPermanentErrorDeadLettersAndPipelineContinues(t *testing.T) {
	e := newEnv(t)
	var calls atomic.Int32
	f := func(ctx context.Context, s *claims.Submission) (*claims.Page, error) {
		if s.Name == "bad.html" {
			calls.Add(1)
			return nil, claims.Errorf(claims.Invalid, "fetch %s: binary content", s.Name)
		}
		return fetch(ctx, s)
	}
	e.run(e.chain(e.opts(), f)...)
	e.submit("bad", "bad.html", "\x00\x01garbage")
	e.submit("empty", "empty.txt", "   ") // fails in extract, the second stage
	e.submit("good", "good.txt", article(1))

	waitFor(t, "good article stored", 10*time.Second, func() bool { a, _ := e.counts(); return a == 1 })
	var dls []claims.DeadLetter
	waitFor(t, "two dead letters", 10*time.Second, func() bool {
		var err error
		dls, err = e.store.DeadLetters(context.Background(), 0)
		return err == nil && len(dls) == 2
	})
	byInput := map[string]claims.DeadLetter{}
	for _, d := range dls {
		byInput[d.Input] = d
	}
	for _, want := range []struct{ input, stage, msgid string }{
		{"bad.html", pipeline.StageFetch, "bad"},
		{"empty.txt", pipeline.StageExtract, "empty:fetch"},
	} {
		d, ok := byInput[want.input]
		if !ok {
			t.Errorf("no dead letter for %s: %+v", want.input, dls)
			continue
		}
		if d.Stage != want.stage || d.Kind != claims.Invalid || d.Deliveries != 1 || d.MsgID != want.msgid ||
			!strings.Contains(d.Error, want.input) || len(d.Data) == 0 {
			t.Errorf("dead letter for %s = %+v", want.input, d)
		}
	}
	if calls.Load() != 1 {
		t.Errorf("an Invalid error was retried: %d calls", calls.Load())
	}
	b, err := pipeline.Backlog(context.Background(), e.js)
	if err != nil {
		t.Fatal(err)
	}
	if b[pipeline.DLQStream] != 2 {
		t.Errorf("DLQ stream holds %d records, want 2", b[pipeline.DLQStream])
	}
}

func TestTransientErrorIsRetried(t *testing.T) {
	e := newEnv(t)
	var flaky, hopeless, panicky atomic.Int32
	f := func(ctx context.Context, s *claims.Submission) (*claims.Page, error) {
		switch s.Name {
		case "flaky.txt":
			if flaky.Add(1) < 3 {
				return nil, claims.Errorf(claims.Transient, "fetch %s: connection reset", s.Name)
			}
		case "hopeless.txt":
			hopeless.Add(1)
			return nil, claims.Errorf(claims.Transient, "fetch %s: timeout", s.Name)
		case "panicky.txt":
			panicky.Add(1)
			panic("boom")
		}
		return fetch(ctx, s)
	}
	o := e.opts()
	o.Consumer.MaxDeliver = 3
	e.run(e.chain(o, f)...)
	e.submit("flaky", "flaky.txt", article(1))
	e.submit("hopeless", "hopeless.txt", article(2))
	e.submit("panicky", "panicky.txt", article(3))
	e.submit("fine", "fine.txt", article(4))

	waitFor(t, "flaky and fine stored", 10*time.Second, func() bool { a, _ := e.counts(); return a == 2 })
	if _, err := e.store.Article(context.Background(), claims.ArticleID(article(1))); err != nil {
		t.Errorf("flaky article: %v", err)
	}
	if n := flaky.Load(); n != 3 {
		t.Errorf("flaky handler called %d times, want 3", n)
	}
	var dls []claims.DeadLetter
	waitFor(t, "two dead letters", 10*time.Second, func() bool {
		dls, _ = e.store.DeadLetters(context.Background(), 0)
		return len(dls) == 2
	})
	for _, d := range dls {
		if d.Deliveries != 3 || d.Stage != pipeline.StageFetch || !strings.Contains(d.Error, d.Input) {
			t.Errorf("dead letter %+v: want 3 deliveries at fetch, naming its input", d)
		}
		if d.Input == "panicky.txt" && (d.Kind != claims.Internal || !strings.Contains(d.Error, "panic")) {
			t.Errorf("panic dead letter: %+v", d)
		}
	}
	if hopeless.Load() != 3 || panicky.Load() != 3 {
		t.Errorf("hopeless called %d, panicky %d times; want MaxDeliver = 3 each", hopeless.Load(), panicky.Load())
	}
}

// Work submitted but unfinished when the server stops — queued, or delivered
// to a worker that died without acknowledging — is done after a restart over
// the same directory, exactly once.
func TestRestartKeepsUnackedWork(t *testing.T) {
	e := newEnv(t)
	o := e.opts()
	o.Consumer.AckWait = 500 * time.Millisecond
	for i := range 6 {
		e.submit(fmt.Sprintf("r-%d", i), fmt.Sprintf("r-%d.txt", i), article(i))
	}
	// A worker takes two messages and dies before acknowledging them.
	fetchStage := pipeline.FetchStage(fetch, o)
	cons, err := fetchStage.EnsureConsumer(context.Background(), e.js)
	if err != nil {
		t.Fatal(err)
	}
	batch, err := cons.Fetch(2, jetstream.FetchMaxWait(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	got := 0
	for range batch.Messages() {
		got++
	}
	if got != 2 {
		t.Fatalf("crashing worker fetched %d messages, want 2", got)
	}

	e.restart()
	if b, _ := pipeline.Backlog(context.Background(), e.js); b[pipeline.Submitted.Stream] != 6 {
		t.Fatalf("after restart the submitted stream holds %d messages, want 6", b[pipeline.Submitted.Stream])
	}
	e.run(e.chain(o, fetch)...)
	waitFor(t, "all six stored", 15*time.Second, func() bool { a, _ := e.counts(); return a == 6 })
	time.Sleep(200 * time.Millisecond)
	if a, c := e.counts(); a != 6 || c != 6 {
		t.Errorf("stored %d articles, %d claims; want 6 each", a, c)
	}
}

// Cancelling a stage lets its in-flight handler finish and acknowledge; a
// handler that outlives the drain timeout is handed back and done after a
// restart.
func TestShutdownDrainsOrHandsBack(t *testing.T) {
	e := newEnv(t)
	o := e.opts()
	o.DrainTimeout = 300 * time.Millisecond
	started := make(chan string, 10)
	slow := func(ctx context.Context, s *claims.Submission) (*claims.Page, error) {
		started <- s.Name
		d := 100 * time.Millisecond
		if s.Name == "stuck.txt" {
			d = time.Hour
		}
		select {
		case <-time.After(d):
			return fetch(ctx, s)
		case <-ctx.Done():
			return nil, claims.Errorf(claims.Transient, "fetch %s: %w", s.Name, ctx.Err())
		}
	}
	e.submit("quick", "quick.txt", article(1))
	e.submit("stuck", "stuck.txt", article(2))
	stop := e.run(pipeline.FetchStage(slow, o))
	<-started
	<-started
	t0 := time.Now()
	stop()
	if d := time.Since(t0); d > 3*time.Second {
		t.Errorf("shutdown took %s", d)
	}
	b, _ := pipeline.Backlog(context.Background(), e.js)
	if b[pipeline.Fetched.Stream] != 1 || b[pipeline.Submitted.Stream] != 1 {
		t.Fatalf("after shutdown: %v; want the quick one fetched, the stuck one handed back", b)
	}

	e.restart()
	e.run(e.chain(o, fetch)...)
	waitFor(t, "both stored", 10*time.Second, func() bool { a, _ := e.counts(); return a == 2 })
	if dl, _ := e.store.DeadLetters(context.Background(), 0); len(dl) != 0 {
		t.Errorf("dead letters after a clean shutdown: %+v", dl)
	}
}

// A handler slower than the ack wait is kept alive by heartbeats and runs
// once.
func TestHeartbeatKeepsSlowWork(t *testing.T) {
	e := newEnv(t)
	o := e.opts()
	o.Consumer.AckWait = 300 * time.Millisecond
	var calls atomic.Int32
	slow := func(ctx context.Context, s *claims.Submission) (*claims.Page, error) {
		calls.Add(1)
		time.Sleep(1200 * time.Millisecond)
		return fetch(ctx, s)
	}
	e.run(append([]*pipeline.StageRunner{pipeline.FetchStage(slow, o)}, e.chain(o, fetch)[1:]...)...)
	e.submit("slow", "slow.txt", article(7))
	waitFor(t, "slow article stored", 10*time.Second, func() bool { a, _ := e.counts(); return a == 1 })
	time.Sleep(500 * time.Millisecond)
	if n := calls.Load(); n != 1 {
		t.Errorf("slow handler ran %d times, want 1", n)
	}
}

func TestSubmitRejects(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	big := strings.Repeat("x", pipeline.DefaultMaxPayload)
	cases := []struct {
		name string
		sub  *claims.Submission
		want string
	}{
		{"nil", nil, "without an ID"},
		{"no id", &claims.Submission{URL: "https://x.example/"}, "without an ID"},
		{"nothing to do", &claims.Submission{ID: "a"}, "neither a URL"},
		{"too big", &claims.Submission{ID: "b", Name: "huge.html", Content: []byte(big)}, "huge.html"},
		// Under the limit as a file, over it base64-encoded: the message
		// names the size it compared, and what fits (it said "6291580
		// bytes of content is over the 8388608-byte limit").
		{"too big encoded", &claims.Submission{ID: "d", Name: "six.html", Content: []byte(big[:pipeline.DefaultMaxPayload*3/4+8192])},
			"base64-encoded), over the broker's 8388608-byte message limit: content of about 6288384 bytes fits"},
	}
	for _, c := range cases {
		_, err := pipeline.Submit(ctx, e.js, c.sub)
		if claims.ErrorKind(err) != claims.Invalid || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want Invalid naming %q", c.name, err, c.want)
		}
	}
	if b, _ := pipeline.Backlog(ctx, e.js); b[pipeline.Submitted.Stream] != 0 {
		t.Errorf("rejected submissions were queued: %v", b)
	}
	// An empty file is queued: the extract stage refuses it and its dead
	// letter names the file, so the user can list what went wrong.
	if _, err := pipeline.Submit(ctx, e.js, &claims.Submission{ID: "c", Name: "empty.txt"}); err != nil {
		t.Errorf("empty named file: %v, want it queued for a dead letter downstream", err)
	}
}

func TestEmbeddedListensOnRandomPort(t *testing.T) {
	dir := t.TempDir()
	emb, err := pipeline.StartEmbedded(context.Background(), pipeline.EmbeddedOptions{Dir: dir, Port: -1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Shutdown()
	url := emb.ClientURL()
	if !strings.HasPrefix(url, "nats://127.0.0.1:") || strings.HasSuffix(url, ":4222") {
		t.Fatalf("ClientURL = %q", url)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	nc, err := pipeline.Connect(ctx, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	if err := pipeline.EnsureStreams(ctx, js, pipeline.StreamConfig{}); err != nil {
		t.Fatal(err)
	}
	// Idempotent.
	if err := pipeline.EnsureStreams(ctx, js, pipeline.StreamConfig{}); err != nil {
		t.Fatal(err)
	}
	s, err := js.Stream(ctx, pipeline.Submitted.Stream)
	if err != nil {
		t.Fatal(err)
	}
	cfg := s.CachedInfo().Config
	if cfg.Retention != jetstream.WorkQueuePolicy || cfg.Storage != jetstream.FileStorage || cfg.Duplicates != 20*time.Minute || cfg.Discard != jetstream.DiscardNew {
		t.Errorf("submitted stream config = %+v", cfg)
	}

	// No server to reach: Connect gives up when ctx ends, with a Transient error.
	short, cancel2 := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel2()
	if _, err := pipeline.Connect(short, "nats://127.0.0.1:1", nil); claims.ErrorKind(err) != claims.Transient || !errors.Is(err, nil) && !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Errorf("Connect to nothing: %v", err)
	}
}

// A dead letter replayed after its cause is fixed goes through.
func TestReplayDeadLetter(t *testing.T) {
	e := newEnv(t)
	var broken atomic.Bool
	broken.Store(true)
	extractMaybe := func(ctx context.Context, p *claims.Page) (*claims.Annotated, error) {
		if broken.Load() {
			return nil, claims.Errorf(claims.Invalid, "extract %s: unsupported encoding", p.Name)
		}
		return extract(ctx, p)
	}
	o := e.opts()
	e.run(pipeline.FetchStage(fetch, o), pipeline.ExtractStage(extractMaybe, o), pipeline.ClaimsStage(buildClaims, o), pipeline.StoreStage(e.store, o))
	e.submit("latin1", "latin1.html", article(9))
	var dls []claims.DeadLetter
	waitFor(t, "dead letter", 10*time.Second, func() bool {
		dls, _ = e.store.DeadLetters(context.Background(), 0)
		return len(dls) == 1
	})
	broken.Store(false)
	if err := pipeline.Replay(context.Background(), e.js, &dls[0]); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "replayed article stored", 10*time.Second, func() bool { a, _ := e.counts(); return a == 1 })
	if err := pipeline.Replay(context.Background(), e.js, &claims.DeadLetter{Subject: "x", Input: "gone.html"}); claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("replay without data: %v", err)
	}
}

// A consumer deleted while its stage runs (a stream recreated) is recreated
// by the runner.
func TestConsumerRecreated(t *testing.T) {
	e := newEnv(t)
	e.run(e.chain(e.opts(), fetch)...)
	e.submit("one", "one.txt", article(1))
	waitFor(t, "first stored", 10*time.Second, func() bool { a, _ := e.counts(); return a == 1 })
	if err := e.js.DeleteConsumer(context.Background(), pipeline.Submitted.Stream, pipeline.StageFetch); err != nil {
		t.Fatal(err)
	}
	e.submit("two", "two.txt", article(2))
	waitFor(t, "second stored", 15*time.Second, func() bool { a, _ := e.counts(); return a == 2 })
}

// Stages connected over TCP ride out a restart of the NATS server: they
// reconnect, keep fetching, and every article is stored exactly once.
func TestStagesSurviveServerRestart(t *testing.T) {
	dir := t.TempDir()
	log := zaptest.NewLogger(t, zaptest.Level(zap.ErrorLevel))
	st, err := sqlite.Open(context.Background(), dir+"/claims.db", sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	startAt := func(port int) *pipeline.Embedded {
		emb, err := pipeline.StartEmbedded(context.Background(), pipeline.EmbeddedOptions{Dir: dir + "/nats", Port: port}, log)
		if err != nil {
			t.Fatal(err)
		}
		return emb
	}
	emb := startAt(-1)
	url := emb.ClientURL()
	var port int
	if _, err := fmt.Sscanf(url[strings.LastIndexByte(url, ':')+1:], "%d", &port); err != nil || port == 4222 {
		t.Fatalf("port of %q: %v", url, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	nc, err := pipeline.Connect(ctx, url, log)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	if err := pipeline.EnsureStreams(ctx, js, pipeline.StreamConfig{}); err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, dir: dir, js: js, store: st, log: log}
	o := e.opts()
	emb2 := emb
	defer func() { emb2.Shutdown() }()
	defer e.run(e.chain(o, fetch)...)() // stop the stages before NATS goes

	submit := func(from, to int) {
		for i := from; i < to; i++ {
			var err error
			for range 50 { // the client buffers nothing for JetStream: retry while reconnecting
				if _, err = pipeline.Submit(context.Background(), js, &claims.Submission{
					ID: fmt.Sprintf("s-%d", i), Name: fmt.Sprintf("s-%d.txt", i), Content: []byte(article(i))}); err == nil {
					break
				}
				time.Sleep(100 * time.Millisecond)
			}
			if err != nil {
				t.Fatalf("submit %d: %v", i, err)
			}
		}
	}
	submit(0, 10)
	emb.Shutdown()
	emb2 = startAt(port)
	submit(10, 20)
	waitFor(t, "all twenty stored", 60*time.Second, func() bool { a, _ := e.counts(); return a == 20 })
	time.Sleep(200 * time.Millisecond)
	if a, c := e.counts(); a != 20 || c != 20 {
		t.Errorf("stored %d articles, %d claims; want 20 each", a, c)
	}
}

// With StreamConfig.Retain the streams keep processed messages; the stages
// still store every article once, and Backlog still counts only what waits.
func TestRetainedStreams(t *testing.T) {
	e := &env{t: t, dir: t.TempDir(), log: zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel)),
		streams: pipeline.StreamConfig{Retain: time.Hour}}
	st, err := sqlite.Open(context.Background(), e.dir+"/claims.db", sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e.store = st
	e.start()
	for i := range 5 {
		e.submit(fmt.Sprintf("k-%d", i), fmt.Sprintf("k-%d.txt", i), article(i))
	}
	if b, _ := pipeline.Backlog(context.Background(), e.js); b[pipeline.Submitted.Stream] != 5 {
		t.Errorf("backlog before any stage ran = %v", b)
	}
	defer e.run(e.chain(e.opts(), fetch)...)()
	waitFor(t, "five stored", 10*time.Second, func() bool { a, _ := e.counts(); return a == 5 })
	waitFor(t, "backlog drained", 10*time.Second, func() bool {
		b, err := pipeline.Backlog(context.Background(), e.js)
		return err == nil && b[pipeline.Submitted.Stream]+b[pipeline.Fetched.Stream]+b[pipeline.Annotated.Stream]+b[pipeline.Extracted.Stream] == 0
	})
	s, err := e.js.Stream(context.Background(), pipeline.Fetched.Stream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if info.Config.Retention != jetstream.LimitsPolicy || info.Config.MaxAge != time.Hour || info.State.Msgs != 5 {
		t.Errorf("fetched stream: retention %v, max age %s, %d messages; want limits, 1h, 5 kept", info.Config.Retention, info.Config.MaxAge, info.State.Msgs)
	}
	if a, c := e.counts(); a != 5 || c != 5 {
		t.Errorf("stored %d articles, %d claims; want 5 each", a, c)
	}
}
