package main

import (
	"context"
	"errors"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/sqlite"
	"github.com/claimpipe/claimpipe/desk"
	"github.com/claimpipe/claimpipe/extractors"
	"github.com/claimpipe/claimpipe/pipeline"
	"github.com/claimpipe/claimpipe/sources"
)

// runConfig is what `claimpipe run` is started with.
type runConfig struct {
	configPath string
	dataDir    string
	httpAddr   string
	natsPort   int
	allow      []string
	fetchLimit time.Duration
	drain      time.Duration
	reconcile  time.Duration
	maxDeliver int
	retry      pipeline.RetryPolicy

	ignoreRobots bool
	maxAge       time.Duration // feed items dated older are skipped (0: no limit)
	sources      []sources.Source
	desk         deskConfig
}

func newRunCmd(g *globals) *cobra.Command {
	var cfg runConfig
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Run the whole pipeline in one process: embedded NATS, SQLite, every stage, the desk",
		Long: `run starts an in-process NATS server with JetStream (data under --data), the SQLite claims
store, every stage (fetch, extract, claims, store) and the desk (HTTP API and pages) on --http.
No outside service is needed. Ctrl-C (SIGINT) or SIGTERM stops it cleanly: work in flight
finishes or is redelivered at the next start.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fc, err := loadConfig(cfg.configPath)
			if err != nil {
				return err
			}
			f := cmd.Flags()
			if !f.Changed("http") && fc.HTTP != "" {
				cfg.httpAddr = fc.HTTP
			}
			if !f.Changed("data") && fc.Data != "" {
				cfg.dataDir = fc.Data
			}
			if !f.Changed("fetch-timeout") && fc.Fetch.Timeout > 0 {
				cfg.fetchLimit = fc.Fetch.Timeout
			}
			cfg.allow = append(cfg.allow, fc.Fetch.Allow...)
			cfg.ignoreRobots = fc.Fetch.IgnoreRobots
			cfg.sources = fc.sources()
			cfg.maxAge = fc.maxAge()
			return runAll(cmd.Context(), g.log, cfg)
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.configPath, "config", envOr("CLAIMPIPE_CONFIG", ""), "YAML configuration: http, data, fetch and the sources to watch (env CLAIMPIPE_CONFIG)")
	f.StringVar(&cfg.dataDir, "data", envOr("CLAIMPIPE_DATA", "data"), "directory for JetStream and the SQLite store (env CLAIMPIPE_DATA)")
	f.StringVar(&cfg.httpAddr, "http", envOr("CLAIMPIPE_HTTP", ":8080"), "address of the desk's HTTP server (env CLAIMPIPE_HTTP)")
	f.IntVar(&cfg.natsPort, "nats-port", -1, "also serve the embedded NATS on 127.0.0.1: -1, a random port with a token; N, port N without one; 0, in-process only. Its URL goes to DATA/"+natsURLFile+", where 'claimpipe dlq replay' finds it")
	f.StringSliceVar(&cfg.allow, "fetch-allow", nil, "hosts or CIDRs the fetcher may reach despite the SSRF guard (e.g. 127.0.0.1/32 for local tests)")
	f.DurationVar(&cfg.fetchLimit, "fetch-timeout", 30*time.Second, "time limit of each step of a fetch (connect, headers, body)")
	f.DurationVar(&cfg.drain, "drain", 20*time.Second, "on shutdown, how long in-flight work may run on before it is handed back for redelivery")
	f.DurationVar(&cfg.reconcile, "reconcile-deadline", 2*time.Minute, "re-submit a submission not stored this long after it was published (0 disables the reconciler)")
	retryFlags(f, &cfg.maxDeliver, &cfg.retry)
	cfg.desk.flags(f)
	return cmd
}

func runAll(parent context.Context, log *zap.Logger, cfg runConfig) error {
	start := time.Now()
	ctx, stop := context.WithCancel(parent)
	defer stop()
	if err := os.MkdirAll(cfg.dataDir, 0o755); err != nil {
		return claims.Errorf(claims.Invalid, "--data %q: %w", cfg.dataDir, err)
	}
	// One run per data directory, refused before anything starts.
	lock, err := pipeline.LockDir(cfg.dataDir)
	if err != nil {
		if claims.ErrorKind(err) == claims.Conflict {
			return claims.Errorf(claims.Conflict, "%w; stop that claimpipe run first, or give this one another --data", err)
		}
		return err
	}
	defer lock.Unlock()
	// Holding the lock, no other run serves this directory: a URL file left
	// by one killed with -9 names a dead port, which a later run that does
	// not listen (--nats-port 0) would leave for dlq replay and status.
	if err := os.Remove(filepath.Join(cfg.dataDir, natsURLFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return claims.Errorf(claims.Internal, "remove the stale %s: %w", natsURLFile, err)
	}
	// The desk's address is taken first: one in use is refused before
	// NATS and the stages start (and log their shutdown).
	ln, err := net.Listen("tcp", cfg.httpAddr)
	if err != nil {
		return claims.Errorf(claims.Invalid, "--http %q: %w", cfg.httpAddr, err)
	}
	defer ln.Close() // Serve closes it too; this covers the returns before Serve
	engine, err := extractors.New()
	if err != nil {
		return err
	}
	store, err := sqlite.Open(ctx, defaultStore(cfg.dataDir), sqlite.Options{})
	if err != nil {
		return err
	}
	defer store.Close()
	saver, err := cfg.desk.saver(store)
	if err != nil {
		return err
	}

	eo := pipeline.EmbeddedOptions{Dir: filepath.Join(cfg.dataDir, "nats"), Port: cfg.natsPort, URLFile: filepath.Join(cfg.dataDir, natsURLFile)}
	if eo.Port < 0 {
		eo.Token = pipeline.NewToken() // found with the port in URLFile
	}
	emb, err := pipeline.StartEmbedded(ctx, eo, log.Named("nats"))
	if err != nil {
		return err
	}
	defer emb.Shutdown()
	js, err := emb.JetStream()
	if err != nil {
		return err
	}
	if err := pipeline.EnsureStreams(ctx, js, pipeline.StreamConfig{}); err != nil {
		return err
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	metrics, err := pipeline.NewMetrics(reg)
	if err != nil {
		return err
	}
	fetcher := sources.NewFetcher(sources.FetchConfig{Allow: cfg.allow, IgnoreRobots: cfg.ignoreRobots,
		ConnectTimeout: cfg.fetchLimit, HeaderTimeout: cfg.fetchLimit, BodyTimeout: cfg.fetchLimit}, log.Named("fetch"))
	opts := pipeline.Options{Logger: log, Metrics: metrics, DeadLetters: store, DrainTimeout: cfg.drain,
		Consumer: pipeline.ConsumerOptions{MaxDeliver: cfg.maxDeliver}, Retry: cfg.retry}
	runners := []*pipeline.StageRunner{
		pipeline.FetchStage(fetcher.Handle, opts),
		pipeline.ExtractStage(engine.ExtractStage, opts),
		pipeline.ClaimsStage(engine.ClaimsStage, opts),
		pipeline.StoreStage(saver, opts),
	}
	stages := map[string]pipeline.Boundary{}
	for _, r := range runners {
		stages[r.Name()] = r.Input()
	}
	reg.MustRegister(pipeline.NewBacklogCollector(js, stages))

	// Stages run until ctx is cancelled, then drain.
	var wg sync.WaitGroup
	errc := make(chan error, len(runners)+1)
	for _, r := range runners {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := r.Run(ctx, js); err != nil {
				errc <- err
			}
		}()
	}

	// The store is the system of record: submissions (the desk's, the
	// watcher's) are recorded before they are published.
	recorder := pipeline.Recorder{Store: store, JS: js}
	if len(cfg.sources) > 0 {
		w := &sources.Watcher{
			Sources: cfg.sources,
			Fetcher: fetcher,
			Seen:    seenStore{store},
			Cache:   sources.NewMemoryCache(),
			Log:     log.Named("watch"),
			Submit:  recorder.Submit,
			MaxAge:  cfg.maxAge,
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := w.Run(ctx); err != nil && ctx.Err() == nil {
				errc <- err
			}
		}()
	}

	// The reconciler re-publishes any submission not stored within the
	// deadline, so not even a message the broker lost is lost.
	if cfg.reconcile > 0 {
		rec := pipeline.NewReconciler(store, js, pipeline.ReconcilerOptions{Deadline: cfg.reconcile, Logger: log})
		wg.Add(1)
		go func() { defer wg.Done(); _ = rec.Run(ctx) }()
	}
	deskOpts, err := cfg.desk.options(ln.Addr())
	if err != nil {
		return err
	}
	d := desk.New(store, recorder, log.Named("desk"), deskOpts...)
	d.HandleRole("GET /metrics", claims.RoleViewer, promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	alerts, err := cfg.desk.dispatcher(store, emb.Conn(), log.Named("alerts"))
	if err != nil {
		return err
	}
	if alerts != nil {
		wg.Add(1)
		go func() { defer wg.Done(); _ = alerts.Run(ctx) }()
	}
	srv := &http.Server{Handler: d, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			errc <- err
		}
	}()
	log.Info("claimpipe running", zap.String("desk", "http://"+displayAddr(ln.Addr())), zap.String("data", cfg.dataDir),
		zap.Duration("startup", time.Since(start)))

	var runErr error
	select {
	case <-ctx.Done():
		log.Info("shutting down: finishing work in flight")
	case runErr = <-errc:
		log.Error("stopping after an error", zap.Error(runErr))
		stop()
	}
	shut, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(shut)
	wg.Wait()
	log.Info("stopped")
	return runErr
}

func displayAddr(a net.Addr) string {
	if t, ok := a.(*net.TCPAddr); ok && (t.IP == nil || t.IP.IsUnspecified()) {
		return net.JoinHostPort("localhost", strconv.Itoa(t.Port))
	}
	return a.String()
}

// seenStore remembers the articles the watcher submitted in the claims store.
type seenStore struct{ st *sqlite.Store }

func (s seenStore) Seen(ctx context.Context, key string) (bool, error) { return s.st.Seen(ctx, key) }

func (s seenStore) MarkSeen(ctx context.Context, key string) error {
	_, err := s.st.MarkSeen(ctx, key)
	return err
}
