package pipeline_test

import (
	"context"
	"os/signal"
	"syscall"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/sqlite"
	"github.com/claimpipe/claimpipe/pipeline"
)

// The single-process default (`claimpipe run`): embedded NATS, SQLite and
// every stage in one process, stopped cleanly by SIGINT/SIGTERM. The fetch,
// extract and claims handlers come from sources/ and extractors/.
func Example_run() {
	var (
		fetchH   pipeline.Handler[claims.Submission, claims.Page]     // sources
		extractH pipeline.Handler[claims.Page, claims.Annotated]      // extractors
		claimsH  pipeline.Handler[claims.Annotated, claims.Extracted] // extractors
	)
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	log, _ := zap.NewProduction()

	st, err := sqlite.Open(ctx, "data/claims.db", sqlite.Options{})
	if err != nil {
		log.Fatal("store", zap.Error(err))
	}
	defer st.Close() // last: after the stages and NATS are down

	// In-process, and on a random loopback port behind a token for other
	// processes, which find both in data/nats.url.
	emb, err := pipeline.StartEmbedded(ctx, pipeline.EmbeddedOptions{Dir: "data/nats", Port: -1,
		Token: pipeline.NewToken(), URLFile: "data/nats.url"}, log)
	if err != nil {
		log.Fatal("nats", zap.Error(err))
	}
	defer emb.Shutdown() // after RunStages returned
	js, err := emb.JetStream()
	if err != nil {
		log.Fatal("nats", zap.Error(err))
	}
	if err := pipeline.EnsureStreams(ctx, js, pipeline.StreamConfig{}); err != nil {
		log.Fatal("streams", zap.Error(err))
	}
	metrics, _ := pipeline.NewMetrics(nil) // serve promhttp.Handler() on /metrics
	opts := pipeline.Options{Logger: log, Metrics: metrics, DeadLetters: st}

	// Blocks until SIGINT/SIGTERM, then drains.
	err = pipeline.RunStages(ctx, js,
		pipeline.FetchStage(fetchH, opts),
		pipeline.ExtractStage(extractH, opts),
		pipeline.ClaimsStage(claimsH, opts),
		pipeline.StoreStage(st, opts),
	)
	if err != nil {
		log.Error("pipeline", zap.Error(err))
	}
}

// A worker of one stage against a NATS cluster (`claimpipe worker --stage
// store`): the same runner, a different connection.
func Example_worker() {
	ctx := context.Background()
	log := zap.NewNop()
	nc, err := pipeline.Connect(ctx, "nats://n1:4222,nats://n2:4222,nats://n3:4222", log)
	if err != nil {
		return
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	_ = pipeline.EnsureStreams(ctx, js, pipeline.StreamConfig{Replicas: 3})
	var st claims.Store // claims/postgres in production
	_ = pipeline.RunStages(ctx, js, pipeline.StoreStage(st, pipeline.Options{Logger: log, DeadLetters: st}))
}
