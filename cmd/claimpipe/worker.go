package main

import (
	"context"
	"errors"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/postgres"
	"github.com/claimpipe/claimpipe/desk"
	"github.com/claimpipe/claimpipe/extractors"
	"github.com/claimpipe/claimpipe/pipeline"
	"github.com/claimpipe/claimpipe/sources"
)

// workerConfig is what `claimpipe worker` is started with.
type workerConfig struct {
	stage       string
	natsURLs    string
	storeDSN    string
	httpAddr    string
	replicas    int
	concurrency int
	parallelism int
	drain       time.Duration
	reconcile   time.Duration
	consumer    pipeline.ConsumerOptions
	retry       pipeline.RetryPolicy
	allow       []string
	fetchLimit  time.Duration
	desk        deskConfig
}

func newWorkerCmd(g *globals) *cobra.Command {
	var cfg workerConfig
	cmd := &cobra.Command{
		Use:   "worker --stage fetch|extract|claims|store|desk --nats URL[,URL...] --store DSN",
		Short: "Run one stage against an external NATS (cluster) and claims store; run as many as you like",
		Long: `worker runs one pipeline stage as a durable JetStream consumer on an external NATS server or
cluster, with the claims store at --store (postgres://... or a SQLite file). Any number of
workers of each stage may run, on any machines: they share the stage's consumer and so its
work. Stages are stateless; the store is the system of record.

The store stage's workers also run the reconciler (--reconcile-deadline; 0 disables it),
which re-publishes submissions not stored in time; several may run, each submission is
re-published by one. --stage desk serves the desk (API, pages, submissions) on --http.

--http serves /metrics (Prometheus), /healthz (the process is up) and /readyz (connected to
NATS and the store and consuming; 503 from SIGTERM on). SIGTERM drains: no new work is taken,
work in flight finishes for up to --drain, anything left is handed back for redelivery. Every
worker goes on serving for at least 2 s (at most a quarter of --drain) with /readyz at 503, so
that a load balancer or a readiness probe takes it out first; the desk then finishes the
requests in flight.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runWorker(cmd.Context(), g.log, cfg)
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.stage, "stage", envOr("CLAIMPIPE_STAGE", ""), "the stage to run: fetch, extract, claims, store, or desk (env CLAIMPIPE_STAGE)")
	f.StringVar(&cfg.natsURLs, "nats", envOr("CLAIMPIPE_NATS", "nats://127.0.0.1:4222"), "NATS server URLs, comma-separated (env CLAIMPIPE_NATS)")
	f.StringVar(&cfg.storeDSN, "store", envOr("CLAIMPIPE_STORE", ""), "claims store: postgres://... or a SQLite file; required by the store stage, used by the others for dead letters (env CLAIMPIPE_STORE)")
	f.StringVar(&cfg.httpAddr, "http", envOr("CLAIMPIPE_HTTP", ":9090"), "address for /metrics, /healthz and /readyz (env CLAIMPIPE_HTTP)")
	f.IntVar(&cfg.replicas, "replicas", 1, "stream replicas when creating or updating the streams: 3 on a three-node cluster")
	f.IntVar(&cfg.concurrency, "concurrency", 0, "deliveries in flight in this worker, running or waiting for their output's acknowledgement (0: 16, 32 for the store stage)")
	f.IntVar(&cfg.parallelism, "parallelism", 0, "handlers running at once in this worker (0: one per CPU for extract and claims, all of --concurrency for fetch and store)")
	f.DurationVar(&cfg.drain, "drain", 20*time.Second, "on SIGTERM, how long work in flight may run on before it is handed back")
	f.DurationVar(&cfg.reconcile, "reconcile-deadline", 2*time.Minute, "store workers: re-submit a submission not stored this long after it was published (0: no reconciler)")
	f.DurationVar(&cfg.consumer.AckWait, "ack-wait", 30*time.Second, "how long a delivery may go without ack or heartbeat before it is redelivered (how fast a dead worker's work comes back)")
	retryFlags(f, &cfg.consumer.MaxDeliver, &cfg.retry)
	f.IntVar(&cfg.consumer.MaxAckPending, "max-ack-pending", pipeline.DefaultMaxAckPending, "unacknowledged messages across all workers of the stage, those waiting for a retry included")
	f.StringSliceVar(&cfg.allow, "fetch-allow", nil, "fetch stage: hosts or CIDRs the fetcher may reach despite the SSRF guard")
	f.DurationVar(&cfg.fetchLimit, "fetch-timeout", 30*time.Second, "fetch stage: time limit of each step of a fetch")
	cfg.desk.flags(f)
	return cmd
}

// health is what /healthz and /readyz report.
type health struct {
	running atomic.Bool // consuming (false while starting and draining)
	nc      *nats.Conn
	store   pinger
	stage   string
}

func (h *health) ready(ctx context.Context) error {
	if !h.running.Load() {
		return errors.New("not consuming (starting or draining)")
	}
	if h.nc == nil || !h.nc.IsConnected() {
		return errors.New("not connected to NATS")
	}
	if h.store != nil {
		ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		if err := h.store.Ping(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (h *health) handler(reg *prometheus.Registry) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := h.ready(r.Context()); err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("not ready: " + err.Error() + "\n"))
			return
		}
		_, _ = w.Write([]byte("ready: " + h.stage + "\n"))
	})
	return mux
}

func runWorker(ctx context.Context, log *zap.Logger, cfg workerConfig) error {
	switch cfg.stage {
	case pipeline.StageFetch, pipeline.StageExtract, pipeline.StageClaims, pipeline.StageStore, stageDesk:
	case "":
		return claims.Errorf(claims.Invalid, "--stage is required: fetch, extract, claims, store or desk")
	default:
		return claims.Errorf(claims.Invalid, "--stage %q: want fetch, extract, claims, store or desk", cfg.stage)
	}
	if (cfg.stage == pipeline.StageStore || cfg.stage == stageDesk) && cfg.storeDSN == "" {
		return claims.Errorf(claims.Invalid, "the %s stage needs --store (postgres://... or a SQLite file)", cfg.stage)
	}
	log = log.With(zap.String("worker", cfg.stage))

	var store claims.Store
	if cfg.storeDSN != "" {
		// The database may come up after us (compose, k8s): keep trying
		// while the context lives.
		var err error
		store, err = retryOpen(ctx, log, cfg.storeDSN)
		if err != nil {
			return err
		}
		defer store.Close()
	}
	nc, err := pipeline.Connect(ctx, cfg.natsURLs, log.Named("nats"))
	if err != nil {
		return err
	}
	defer nc.Close()
	warnSmallPayload(log, nc.MaxPayload())
	js, err := jetstream.New(nc)
	if err != nil {
		return claims.Errorf(claims.Internal, "jetstream: %w", err)
	}
	for {
		err := pipeline.EnsureStreams(ctx, js, pipeline.StreamConfig{Replicas: cfg.replicas})
		if err == nil {
			break
		}
		log.Warn("streams not ready; retrying", zap.Error(err))
		select {
		case <-ctx.Done():
			return err
		case <-time.After(2 * time.Second):
		}
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	metrics, err := pipeline.NewMetrics(reg)
	if err != nil {
		return err
	}
	opts := pipeline.Options{Logger: log, Metrics: metrics, DrainTimeout: cfg.drain, Concurrency: cfg.concurrency,
		Parallelism: cfg.parallelism, Consumer: cfg.consumer, Retry: cfg.retry}
	if store != nil {
		opts.DeadLetters = store
	}
	if fp := os.Getenv(failpointEnv); fp != "" {
		opts.Middleware = append(opts.Middleware, failpoint(fp, log))
	}
	h := &health{nc: nc, stage: cfg.stage}
	if p, ok := store.(pinger); ok {
		h.store = p
	}
	if cfg.stage == stageDesk {
		return serveDesk(ctx, log, cfg, store, nc, js, reg, h)
	}
	var runner *pipeline.StageRunner
	switch cfg.stage {
	case pipeline.StageFetch:
		fetcher := sources.NewFetcher(sources.FetchConfig{Allow: cfg.allow, ConnectTimeout: cfg.fetchLimit,
			HeaderTimeout: cfg.fetchLimit, BodyTimeout: cfg.fetchLimit}, log.Named("fetch"))
		runner = pipeline.FetchStage(fetcher.Handle, opts)
	case pipeline.StageExtract, pipeline.StageClaims:
		engine, err := extractors.New()
		if err != nil {
			return err
		}
		if cfg.stage == pipeline.StageExtract {
			runner = pipeline.ExtractStage(engine.ExtractStage, opts)
		} else {
			runner = pipeline.ClaimsStage(engine.ClaimsStage, opts)
		}
	case pipeline.StageStore:
		saver, err := cfg.desk.saver(store)
		if err != nil {
			return err
		}
		runner = pipeline.StoreStage(saver, opts)
	}
	reg.MustRegister(pipeline.NewBacklogCollector(js, map[string]pipeline.Boundary{runner.Name(): runner.Input()}))

	ln, err := net.Listen("tcp", cfg.httpAddr)
	if err != nil {
		return claims.Errorf(claims.Invalid, "--http %q: %w", cfg.httpAddr, err)
	}
	srv := &http.Server{Handler: h.handler(reg), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("http server", zap.Error(err))
		}
	}()
	defer func() {
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shut)
	}()

	var wg sync.WaitGroup
	if cfg.stage == pipeline.StageStore && cfg.reconcile > 0 {
		rec := pipeline.NewReconciler(store, js, pipeline.ReconcilerOptions{Deadline: cfg.reconcile, Logger: log})
		wg.Add(1)
		go func() { defer wg.Done(); _ = rec.Run(ctx) }()
	}
	if _, err := runner.EnsureConsumer(ctx, js); err != nil {
		return err
	}
	h.running.Store(true)
	log.Info("worker running", zap.String("stage", cfg.stage), zap.String("nats", nc.ConnectedUrlRedacted()),
		zap.String("http", ln.Addr().String()), zap.Bool("store", store != nil))
	// Not ready from the signal on: the runner drains after it (up to
	// --drain), and /readyz says so meanwhile and for at least the grace,
	// so that a probe sees it even when nothing was in flight.
	var signalled atomic.Int64 // when ctx ended, in Unix nanoseconds
	unwatch := context.AfterFunc(ctx, func() {
		signalled.Store(time.Now().UnixNano())
		h.running.Store(false)
	})
	err = runner.Run(ctx, js)
	unwatch()
	h.running.Store(false)
	if err == nil && ctx.Err() != nil {
		at := time.Now()
		if n := signalled.Load(); n != 0 {
			at = time.Unix(0, n)
		}
		time.Sleep(time.Until(at.Add(stopGrace(cfg.drain))))
	}
	wg.Wait()
	log.Info("worker stopped")
	return err
}

// warnSmallPayload warns when the NATS server takes messages smaller than
// the pages claimpipe carries (8 MiB, as deploy/nats/nats.conf sets): with
// nats-server's default of 1 MiB, every larger page (a news page with its
// scripts is often 1-2 MiB) is dead-lettered as too big for a message.
func warnSmallPayload(log *zap.Logger, maxPayload int64) {
	if maxPayload >= pipeline.DefaultMaxPayload {
		return
	}
	log.Warn("the NATS server takes messages of at most max_payload bytes: pages and submitted files bigger than that are dead-lettered; "+
		"set max_payload: 8MB in the nats-server configuration (as deploy/nats/nats.conf does)",
		zap.Int64("max_payload", maxPayload), zap.Int64("want", pipeline.DefaultMaxPayload))
}

// stageDesk is the worker "stage" that serves the desk (API, pages,
// submissions) against the external NATS and store.
const stageDesk = "desk"

// serveDesk serves the desk on --http with /metrics and /readyz beside it,
// recording submissions in the store before publishing them, and delivers
// repeat alerts (NATS claimpipe.alerts, --alert-webhook), until ctx ends.
// Alerts are delivered at least once: with several desk workers, two may
// send the same alert (its ID tells them apart).
func serveDesk(ctx context.Context, log *zap.Logger, cfg workerConfig, store claims.Store, nc *nats.Conn, js jetstream.JetStream,
	reg *prometheus.Registry, h *health) error {
	reg.MustRegister(pipeline.NewBacklogCollector(js, nil))
	ln, err := net.Listen("tcp", cfg.httpAddr)
	if err != nil {
		return claims.Errorf(claims.Invalid, "--http %q: %w", cfg.httpAddr, err)
	}
	deskOpts, err := cfg.desk.options(ln.Addr())
	if err != nil {
		ln.Close()
		return err
	}
	alerts, err := cfg.desk.dispatcher(store, nc, log.Named("alerts"))
	if err != nil {
		ln.Close()
		return err
	}
	warnWithoutUsers(ctx, log, store, cfg.desk.noAuth, cfg.storeDSN)
	d := desk.New(store, pipeline.Recorder{Store: store, JS: js}, log.Named("desk"), deskOpts...)
	d.HandleRole("GET /metrics", claims.RoleViewer, promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	d.Handle("GET /readyz", h.handler(reg))
	srv := &http.Server{Handler: d, ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	var wg sync.WaitGroup
	actx, stopAlerts := context.WithCancel(ctx)
	defer func() { stopAlerts(); wg.Wait() }()
	if alerts != nil {
		wg.Add(1)
		go func() { defer wg.Done(); _ = alerts.Run(actx) }()
	}
	h.running.Store(true)
	log.Info("desk running", zap.String("http", ln.Addr().String()))
	select {
	case <-ctx.Done():
	case err := <-errc:
		return err
	}
	h.running.Store(false)
	// Keep serving a moment with /readyz at 503, so that a load balancer
	// takes this replica out before its port closes; then finish the
	// requests in flight.
	select {
	case <-time.After(stopGrace(cfg.drain)):
	case err := <-errc:
		return err
	}
	shut, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.drain)
	defer cancel()
	_ = srv.Shutdown(shut)
	return nil
}

// stopGrace is how long a worker, signalled to stop, goes on serving at
// least with /readyz at 503: 2 s, at most a quarter of --drain. A desk
// takes requests meanwhile; a stage drains, and a readiness probe or a
// last scrape of /metrics still finds it.
func stopGrace(drain time.Duration) time.Duration { return min(2*time.Second, drain/4) }

// warnWithoutUsers tells the operator how to create the first user when
// the desk has none: until then it answers nothing but /healthz and /login.
func warnWithoutUsers(ctx context.Context, log *zap.Logger, store claims.Store, noAuth bool, dsn string) {
	us, ok := store.(claims.UserStore)
	if !ok || noAuth {
		return
	}
	if users, err := us.Users(ctx); err == nil && len(users) == 0 {
		log.Warn("the desk has no users yet; create the first admin with: claimpipe users add NAME --role admin --store STORE",
			zap.String("store", postgres.Redact(dsn)))
	}
}

// failpointEnv names a fault to inject, for fault tests only:
// "STAGE:TEXT" makes STAGE fail (an Internal error, retried until
// MaxDeliver, then dead-lettered) on every message whose input name
// contains TEXT. Never set it in production.
const failpointEnv = "CLAIMPIPE_FAILPOINT"

func failpoint(spec string, log *zap.Logger) pipeline.Middleware {
	stage, text, _ := strings.Cut(spec, ":")
	log.Warn("failpoint armed: this worker fails on purpose", zap.String("stage", stage), zap.String("input_contains", text))
	return func(next pipeline.Step) pipeline.Step {
		return func(ctx context.Context, d *pipeline.Delivery) error {
			if d.Stage == stage && text != "" && strings.Contains(d.Input, text) {
				return claims.Errorf(claims.Internal, "failpoint: %s fails on %s", stage, d.Input)
			}
			return next(ctx, d)
		}
	}
}

// retryOpen opens the store, retrying a Transient failure (database not up
// yet) until ctx ends.
func retryOpen(ctx context.Context, log *zap.Logger, dsn string) (claims.Store, error) {
	delay := 200 * time.Millisecond
	for {
		st, err := openStore(ctx, dsn)
		if err == nil || claims.ErrorKind(err) != claims.Transient || ctx.Err() != nil {
			return st, err
		}
		log.Warn("store unavailable; retrying", zap.String("store", postgres.Redact(dsn)), zap.Error(err), zap.Duration("in", delay))
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(delay):
		}
		delay = min(2*delay, 5*time.Second)
	}
}

// redactURLs hides the credentials in a comma-separated list of NATS URLs
// or a database URL or keyword/value DSN: a password (user:PASSWORD@, or
// password=... in the query or the DSN), and a NATS URL's token
// (nats://TOKEN@host), as xxx.
func redactURLs(s string) string {
	parts := strings.Split(s, ",")
	for i, p := range parts {
		parts[i] = redactURL(p)
	}
	return strings.Join(parts, ",")
}

// redactURL is postgres.Redact, which finds a password in any URL or DSN,
// and also hides a NATS URL's token (nats://TOKEN@host).
func redactURL(s string) string {
	s = postgres.Redact(s)
	i := strings.Index(s, "://")
	if i < 0 || strings.HasPrefix(strings.ToLower(s[:i]), "postgres") {
		return s // a PostgreSQL user without a password is no secret
	}
	if j := strings.LastIndex(s, "@"); j > i+3 && !strings.Contains(s[i+3:j], ":") {
		return s[:i+3] + "xxx" + s[j:]
	}
	return s
}
