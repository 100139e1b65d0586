package pipeline

import (
	"context"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the per-stage Prometheus figures. Create one per process with
// NewMetrics and pass it to every stage in Options.Metrics.
type Metrics struct {
	processed   *prometheus.CounterVec
	failed      *prometheus.CounterVec
	latency     *prometheus.HistogramVec
	inFlight    *prometheus.GaugeVec
	deadLetters *prometheus.CounterVec
}

// NewMetrics creates the stage metrics and registers them with reg (nil
// means prometheus.DefaultRegisterer):
//
//	claimpipe_stage_processed_total{stage}       deliveries handled successfully
//	claimpipe_stage_failed_total{stage,kind}     deliveries that failed, by error kind
//	claimpipe_stage_duration_seconds{stage}      handler + publish latency
//	claimpipe_stage_in_flight{stage}             deliveries being handled now
//	claimpipe_stage_dead_letters_total{stage}    messages given up on
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	if reg == nil {
		reg = prometheus.DefaultRegisterer
	}
	m := &Metrics{
		processed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimpipe_stage_processed_total", Help: "Deliveries a stage handled successfully.",
		}, []string{"stage"}),
		failed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimpipe_stage_failed_total", Help: "Deliveries a stage failed, by error kind.",
		}, []string{"stage", "kind"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "claimpipe_stage_duration_seconds", Help: "Time to handle a delivery and publish its output.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2.5, 14), // 0.5 ms .. ~75 s
		}, []string{"stage"}),
		inFlight: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "claimpipe_stage_in_flight", Help: "Deliveries being handled now.",
		}, []string{"stage"}),
		deadLetters: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimpipe_stage_dead_letters_total", Help: "Messages a stage gave up on.",
		}, []string{"stage"}),
	}
	for _, c := range []prometheus.Collector{m.processed, m.failed, m.latency, m.inFlight, m.deadLetters} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (m *Metrics) deadLettered(stage string) {
	if m != nil {
		m.deadLetters.WithLabelValues(stage).Inc()
	}
}

// BacklogCollector is a prometheus.Collector that reads, at scrape time, each
// work stream's backlog (claimpipe_stream_messages{stream}: messages waiting
// or in flight), each stage consumer's lag (claimpipe_consumer_pending{stage}:
// not yet delivered; claimpipe_consumer_ack_pending{stage}: delivered, not yet
// acknowledged) and the DLQ size (as claimpipe_stream_messages{stream="CLAIMPIPE_DLQ"}).
type BacklogCollector struct {
	js      jetstream.JetStream
	stages  map[string]Boundary // stage -> its input
	timeout time.Duration
}

var (
	descStream     = prometheus.NewDesc("claimpipe_stream_messages", "Messages in a pipeline stream.", []string{"stream"}, nil)
	descPending    = prometheus.NewDesc("claimpipe_consumer_pending", "Messages not yet delivered to a stage.", []string{"stage"}, nil)
	descAckPending = prometheus.NewDesc("claimpipe_consumer_ack_pending", "Messages delivered to a stage, not yet acknowledged.", []string{"stage"}, nil)
)

// NewBacklogCollector collects the backlog of the given stages (nil means
// the four standard ones). Register it with a registry: prometheus.MustRegister(c).
func NewBacklogCollector(js jetstream.JetStream, stages map[string]Boundary) *BacklogCollector {
	if stages == nil {
		stages = map[string]Boundary{StageFetch: Submitted, StageExtract: Fetched, StageClaims: Annotated, StageStore: Extracted}
	}
	return &BacklogCollector{js: js, stages: stages, timeout: 2 * time.Second}
}

// Describe implements prometheus.Collector.
func (c *BacklogCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- descStream
	ch <- descPending
	ch <- descAckPending
}

// Collect implements prometheus.Collector. A stream or consumer that cannot
// be read is left out of the scrape.
func (c *BacklogCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	for _, name := range append(streamNames(), DLQStream) {
		s, err := c.js.Stream(ctx, name)
		if err != nil {
			continue
		}
		if info, err := s.Info(ctx); err == nil {
			ch <- prometheus.MustNewConstMetric(descStream, prometheus.GaugeValue, float64(info.State.Msgs), name)
		}
	}
	for stage, in := range c.stages {
		cons, err := c.js.Consumer(ctx, in.Stream, stage)
		if err != nil {
			continue // not created yet, or NATS unavailable
		}
		info, err := cons.Info(ctx)
		if err != nil {
			continue
		}
		ch <- prometheus.MustNewConstMetric(descPending, prometheus.GaugeValue, float64(info.NumPending), stage)
		ch <- prometheus.MustNewConstMetric(descAckPending, prometheus.GaugeValue, float64(info.NumAckPending), stage)
	}
}
