package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
)

// ConsumerOptions are the durable pull consumer's settings. Every worker of a
// stage shares one consumer (named after the stage), so every worker should
// run with the same values: the last one to start wins.
type ConsumerOptions struct {
	// AckWait is how long a delivery may go without an ack or a heartbeat
	// before JetStream redelivers it (to this or another worker): how fast
	// the work of a crashed worker comes back. The runner sends InProgress
	// heartbeats every AckWait/3 while a handler runs, so slow handlers are
	// not redelivered. 0 means 30 s.
	AckWait time.Duration
	// BackOff, when set, is the ack wait of successive deliveries instead of
	// AckWait (JetStream semantics; AckWait becomes BackOff[0]): a message
	// whose worker keeps dying comes back later and later. The default is
	// nil, deliberately: JetStream also adds BackOff[n]-BackOff[0] to every
	// NakWithDelay of the n-th redelivery (measured: a 20 ms retry became
	// 2 s), which would make the RetryPolicy of Transient errors unpredictable.
	// When BackOff is set the runner subtracts that offset, so a retry waits
	// max(RetryPolicy delay, BackOff[n]-BackOff[0]). Crash redelivery without
	// BackOff happens every AckWait, and MaxDeliver bounds it.
	// Its length must not exceed MaxDeliver.
	BackOff []time.Duration
	// MaxDeliver is how many times a message is delivered before the stage
	// gives up and dead-letters it: with RetryPolicy, how long a transient
	// failure is retried (RetryPolicy.Span). 0 means DefaultMaxDeliver.
	MaxDeliver int
	// MaxAckPending caps unacknowledged messages across all workers of the
	// stage: the messages in flight and those waiting for a retry (a
	// NakWithDelay keeps its message pending until it is redelivered).
	// When it is reached the stage takes no new message until one is
	// acknowledged; each worker's own bound is Options.Concurrency. 0 means
	// DefaultMaxAckPending.
	MaxAckPending int
}

// Defaults of ConsumerOptions and RetryPolicy, chosen so that an unattended
// pipeline survives ordinary outages (a site or the newsroom's network down
// for minutes or hours, the database restarting): a transient failure is
// retried after 10 s, 20 s, 40 s ... doubling to 30 min, then every 30 min,
// 20 deliveries in all, which spans 6 h 12 min (RetryPolicy.Span) before the
// message is dead-lettered. A short blip costs seconds, a long outage costs
// the site two requests an hour per article. Retries count against
// MaxAckPending, hence its default of 1000 (JetStream's own): a down site
// with hundreds of articles waiting does not stall the stage.
const (
	DefaultMaxDeliver    = 20
	DefaultRetryBase     = 10 * time.Second
	DefaultRetryMax      = 30 * time.Minute
	DefaultMaxAckPending = 1000
)

func (c ConsumerOptions) withDefaults() ConsumerOptions {
	if c.AckWait <= 0 {
		c.AckWait = 30 * time.Second
	}
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = DefaultMaxDeliver
	}
	if len(c.BackOff) > c.MaxDeliver {
		c.BackOff = c.BackOff[:c.MaxDeliver]
	}
	if len(c.BackOff) > 0 {
		c.AckWait = c.BackOff[0] // JetStream requires it
	}
	if c.MaxAckPending <= 0 {
		c.MaxAckPending = DefaultMaxAckPending
	}
	return c
}

// RetryPolicy spaces the retries of Transient and Internal errors
// (NakWithDelay): Base × 2^(attempt-1), capped at Max. The zero value is
// the default schedule: 10 s doubling to 30 min.
type RetryPolicy struct {
	Base time.Duration // 0 means DefaultRetryBase
	Max  time.Duration // 0 means DefaultRetryMax
}

// Delay returns the wait before redelivering after the given failed attempt
// (1 for the first).
func (p RetryPolicy) Delay(attempt uint64) time.Duration {
	base, ceil := p.Base, p.Max
	if base <= 0 {
		base = DefaultRetryBase
	}
	if ceil <= 0 {
		ceil = DefaultRetryMax
	}
	d := base
	for i := uint64(1); i < attempt && d < ceil; i++ {
		d *= 2
	}
	return min(d, ceil)
}

// Span is how long a message that keeps failing transiently is retried
// before it is dead-lettered, with maxDeliver deliveries (0 means
// DefaultMaxDeliver): the sum of the delays between them, handler time
// aside.
func (p RetryPolicy) Span(maxDeliver int) time.Duration {
	if maxDeliver <= 0 {
		maxDeliver = DefaultMaxDeliver
	}
	var total time.Duration
	for a := 1; a < maxDeliver; a++ {
		total += p.Delay(uint64(a))
	}
	return total
}

// Options configure a stage runner. The zero value works: no metrics, no
// logging, dead letters to the DLQ stream only, DefaultConcurrency deliveries
// in flight with one handler running per CPU.
type Options struct {
	Logger  *zap.Logger
	Metrics *Metrics
	// DeadLetters also receives every dead letter (the store, so that
	// `claimpipe` can list them); nil means the DLQ stream only. When it is
	// also a FailedMarker and a RetryDeferrer (every claims.Store is), a
	// dead letter marks its submission failed and a retry holds off the
	// reconciler.
	DeadLetters DeadLetterSink
	Consumer    ConsumerOptions
	// Retry spaces the retries of transient failures; the zero value is
	// the default schedule (see DefaultRetryBase).
	Retry RetryPolicy
	// Concurrency is how many deliveries this worker has in flight at once:
	// fetched and not yet acknowledged, whether their handler runs, waits for
	// a turn (Parallelism) or waits for JetStream to acknowledge the output.
	// With fsync always that wait is the longer part of a CPU stage's
	// delivery, so in flight should exceed the CPUs. 0 means
	// DefaultConcurrency (FetchConcurrency, StoreConcurrency for those
	// stages).
	Concurrency int
	// Parallelism is how many of those deliveries run their handler (decode,
	// handle, encode) at once. 0 means GOMAXPROCS, or Concurrency for the
	// fetch and store stages, whose handlers wait on I/O.
	Parallelism int
	// DrainTimeout bounds how long in-flight handlers may run on after the
	// run context is cancelled; then their context is cancelled too and
	// their messages are handed back (Nak) for redelivery. 0 means 30 s.
	DrainTimeout time.Duration
	// FetchWait is how long one pull waits for messages; it also bounds how
	// long a cancel takes to stop fetching. 0 means 1 s.
	FetchWait time.Duration
	// Middleware wraps the handler inside the built-in Instrument, Log and
	// Recover, first = outermost.
	Middleware []Middleware
}

// StageRunner runs one stage as a durable JetStream pull consumer. Run any
// number of runners of the same stage, in one process or many: they share the
// consumer and so the work.
type StageRunner struct {
	name    string
	in, out Boundary
	opts    Options
	log     *zap.Logger
	// process decodes data, runs the handler and returns the encoded
	// output (nil when there is none).
	process func(ctx context.Context, data []byte) (out []byte, articleID string, err error)
	// describe names the submission and input of a decoded message when
	// headers do not.
	describe func(data []byte) (subID, input string)
	// turns holds a token per running handler when Parallelism is below
	// Concurrency; nil otherwise.
	turns chan struct{}
}

// Stage makes a runner for handler h consuming boundary in and publishing to
// out; a zero out (Boundary{}) makes a sink, whose Out must be nil. name is
// the stage's name, its consumer's and its metrics' label.
//
// Each delivery is decoded from JSON into In, handled, and its output encoded
// to JSON and published to out with Nats-Msg-Id "<submission ID>:<stage>",
// so a republish after a crash is dropped by the stream's duplicate window.
// The input is acknowledged only after that publish is acknowledged by
// JetStream (or, for a sink, after the handler returned): a crash at any
// point redelivers, never loses.
func Stage[In, Out any](name string, in, out Boundary, h Handler[In, Out], opts Options) *StageRunner {
	r := &StageRunner{name: name, in: in, out: out, opts: opts}
	r.opts.Consumer = opts.Consumer.withDefaults()
	if r.opts.Logger == nil {
		r.opts.Logger = zap.NewNop()
	}
	if r.opts.Concurrency <= 0 {
		r.opts.Concurrency = DefaultConcurrency
	}
	if r.opts.Parallelism <= 0 {
		r.opts.Parallelism = runtime.GOMAXPROCS(0)
	}
	if r.opts.Parallelism < r.opts.Concurrency {
		r.turns = make(chan struct{}, r.opts.Parallelism)
	}
	if r.opts.DrainTimeout <= 0 {
		r.opts.DrainTimeout = 30 * time.Second
	}
	if r.opts.FetchWait <= 0 {
		r.opts.FetchWait = time.Second
	}
	r.log = r.opts.Logger.With(zap.String("stage", name))
	r.process = func(ctx context.Context, data []byte) ([]byte, string, error) {
		in := new(In)
		if err := json.Unmarshal(data, in); err != nil {
			return nil, "", claims.Errorf(claims.Invalid, "%s: undecodable message (%d bytes): %w", name, len(data), err)
		}
		o, err := h(ctx, in)
		if err != nil || o == nil {
			return nil, "", err
		}
		b, err := json.Marshal(o)
		if err != nil {
			return nil, "", claims.Errorf(claims.Internal, "%s: encode output: %w", name, err)
		}
		return b, articleID(o), nil
	}
	r.describe = func(data []byte) (string, string) {
		in := new(In)
		if json.Unmarshal(data, in) != nil {
			return "", ""
		}
		return describe(in)
	}
	return r
}

// Name is the stage's name.
func (r *StageRunner) Name() string { return r.name }

// Input is the boundary the stage consumes.
func (r *StageRunner) Input() Boundary { return r.in }

// Output is the boundary the stage publishes to; zero for a sink.
func (r *StageRunner) Output() Boundary { return r.out }

// FetchStage fetches submitted articles: Submitted -> Fetched. Fetching
// waits on the network, so a zero Options.Concurrency means FetchConcurrency
// and a zero Parallelism means as many as Concurrency.
func FetchStage(h Handler[claims.Submission, claims.Page], opts Options) *StageRunner {
	return Stage(StageFetch, Submitted, Fetched, h, ioBound(opts, FetchConcurrency))
}

// ioBound gives a stage whose handler waits on I/O its defaults: n deliveries
// in flight, all of them running.
func ioBound(opts Options, n int) Options {
	if opts.Concurrency <= 0 {
		opts.Concurrency = n
	}
	if opts.Parallelism <= 0 {
		opts.Parallelism = opts.Concurrency
	}
	return opts
}

// ExtractStage extracts main text and mentions: Fetched -> Annotated.
func ExtractStage(h Handler[claims.Page, claims.Annotated], opts Options) *StageRunner {
	return Stage(StageExtract, Fetched, Annotated, h, opts)
}

// ClaimsStage builds claims: Annotated -> Extracted.
func ClaimsStage(h Handler[claims.Annotated, claims.Extracted], opts Options) *StageRunner {
	return Stage(StageClaims, Annotated, Extracted, h, opts)
}

// Default deliveries in flight per worker: DefaultConcurrency for the CPU
// stages (their handlers run GOMAXPROCS at a time; the others wait for their
// output's publish acknowledgement, a fsync with sync always), and for the
// stages that wait on I/O rather than the CPU.
const (
	DefaultConcurrency = 16
	FetchConcurrency   = 16
	StoreConcurrency   = 32
)

// ResultSaver is the part of claims.Store the store stage needs.
type ResultSaver interface {
	SaveResult(ctx context.Context, r *claims.Result) (created bool, err error)
}

// StoredMarker is the part of claims.SubmissionLog the store stage uses,
// when the saver has it, to close the submission's record.
type StoredMarker interface {
	MarkSubmissionStored(ctx context.Context, id, articleID string) (found bool, err error)
}

// SubmissionSaver saves a result and marks its submission stored in one
// transaction (both claims stores can): one commit per article.
type SubmissionSaver interface {
	SaveSubmissionResult(ctx context.Context, submissionID string, r *claims.Result) (created bool, err error)
}

// StoreStage commits extracted results to the store: Extracted -> (sink).
// SaveResult's idempotence makes a redelivery harmless. The submission is
// then marked stored, so the reconciler leaves it alone: in the same
// transaction when s is a SubmissionSaver, else after the save when s is a
// StoredMarker (a failure to mark is retried like a failed save; both are
// idempotent). The stage waits on the database, not the CPU, so a zero
// Options.Concurrency means StoreConcurrency here (and a zero Parallelism as
// many): concurrent saves let the store group-commit.
func StoreStage(s ResultSaver, opts Options) *StageRunner {
	opts = ioBound(opts, StoreConcurrency)
	marker, _ := s.(StoredMarker)
	saver, _ := s.(SubmissionSaver)
	return Stage(StageStore, Extracted, Boundary{}, func(ctx context.Context, in *claims.Extracted) (*struct{}, error) {
		var (
			created bool
			err     error
		)
		switch {
		case saver != nil && in.SubmissionID != "":
			created, err = saver.SaveSubmissionResult(ctx, in.SubmissionID, &in.Result)
		default:
			created, err = s.SaveResult(ctx, &in.Result)
			if err == nil && marker != nil && in.SubmissionID != "" {
				_, err = marker.MarkSubmissionStored(ctx, in.SubmissionID, in.Article.ID)
			}
		}
		if err != nil {
			return nil, err
		}
		Logger(ctx).Debug("stored", zap.String("article_id", in.Article.ID), zap.Bool("created", created),
			zap.Int("claims", len(in.Claims)))
		return nil, nil
	}, opts)
}

// ConsumerConfig is the JetStream consumer the runner creates or updates.
func (r *StageRunner) ConsumerConfig() jetstream.ConsumerConfig {
	c := r.opts.Consumer
	return jetstream.ConsumerConfig{
		Durable:       r.name,
		Description:   "claimpipe stage " + r.name,
		FilterSubject: r.in.Subject,
		AckPolicy:     jetstream.AckExplicitPolicy,
		DeliverPolicy: jetstream.DeliverAllPolicy,
		AckWait:       c.AckWait,
		BackOff:       c.BackOff,
		MaxDeliver:    c.MaxDeliver,
		MaxAckPending: c.MaxAckPending,
		MaxWaiting:    512,
	}
}

// ensureConsumerRetrying sets up the consumer, retrying transient failures
// (a slow or restarting server) with backoff until ctx ends: a worker that
// starts before its NATS is ready waits for it instead of dying.
func (r *StageRunner) ensureConsumerRetrying(ctx context.Context, js jetstream.JetStream) (jetstream.Consumer, error) {
	pause := 100 * time.Millisecond
	for {
		cons, err := r.EnsureConsumer(ctx, js)
		if err == nil || claims.ErrorKind(err) != claims.Transient || ctx.Err() != nil {
			return cons, err
		}
		r.log.Warn("consumer not ready; retrying", zap.Error(err), zap.Duration("in", pause))
		select {
		case <-time.After(pause):
		case <-ctx.Done():
			return nil, err
		}
		pause = min(2*pause, 5*time.Second)
	}
}

// EnsureConsumer creates or updates the stage's durable consumer.
func (r *StageRunner) EnsureConsumer(ctx context.Context, js jetstream.JetStream) (jetstream.Consumer, error) {
	cons, err := js.CreateOrUpdateConsumer(ctx, r.in.Stream, r.ConsumerConfig())
	if err != nil {
		if errors.Is(err, jetstream.ErrStreamNotFound) {
			return nil, errNoStream(r.in, err)
		}
		return nil, claims.Errorf(claims.Transient, "pipeline: %s: consumer: %w", r.name, err)
	}
	return cons, nil
}

// Run consumes the stage's input until ctx is cancelled, then stops fetching,
// lets in-flight handlers finish (for up to Options.DrainTimeout), and
// returns. Messages not acknowledged by then stay in the stream and are
// redelivered after a restart. Run returns nil after a cancel, or an error
// when the consumer cannot be set up. Close the connection only after Run
// returned.
func (r *StageRunner) Run(ctx context.Context, js jetstream.JetStream) error {
	cons, err := r.ensureConsumerRetrying(ctx, js)
	if err != nil {
		if ctx.Err() != nil {
			return nil // cancelled before the consumer was ready: nothing to drain
		}
		return err
	}
	unwatch, err := r.watchMaxDeliveries(ctx, js)
	if err != nil {
		return err
	}
	defer unwatch()

	// Handlers get a context that outlives ctx by DrainTimeout.
	hctx, hcancel := context.WithCancel(context.WithoutCancel(ctx))
	defer hcancel()
	stopDrain := context.AfterFunc(ctx, func() {
		t := time.NewTimer(r.opts.DrainTimeout)
		defer t.Stop()
		select {
		case <-t.C:
			r.log.Warn("drain timeout: cancelling in-flight handlers", zap.Duration("after", r.opts.DrainTimeout))
			hcancel()
		case <-hctx.Done():
		}
	})
	defer stopDrain()

	r.log.Info("stage running", zap.String("stream", r.in.Stream), zap.String("out", r.out.Subject),
		zap.Int("concurrency", r.opts.Concurrency), zap.Int("parallelism", min(r.opts.Parallelism, r.opts.Concurrency)),
		zap.Int("max_deliver", r.opts.Consumer.MaxDeliver), zap.Duration("retries_for", r.opts.Retry.Span(r.opts.Consumer.MaxDeliver)))
	var wg sync.WaitGroup
	slots := make(chan struct{}, r.opts.Concurrency)
	pause := 50 * time.Millisecond
	for ctx.Err() == nil {
		// Wait for one free slot, then take all free ones for this pull.
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			continue
		}
		n := 1
	more:
		for n < r.opts.Concurrency {
			select {
			case slots <- struct{}{}:
				n++
			default:
				break more
			}
		}
		batch, err := cons.Fetch(n, jetstream.FetchMaxWait(r.opts.FetchWait))
		got := 0
		if err == nil {
			for msg := range batch.Messages() {
				got++
				wg.Add(1)
				go func() {
					defer wg.Done()
					defer func() { <-slots }()
					r.handle(hctx, js, msg)
				}()
			}
			err = batch.Error()
		}
		for range n - got {
			<-slots
		}
		if err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
			r.log.Warn("fetch failed; retrying", zap.Error(err), zap.Duration("in", pause))
			if errors.Is(err, jetstream.ErrConsumerNotFound) || errors.Is(err, jetstream.ErrConsumerDeleted) ||
				errors.Is(err, nats.ErrNoResponders) || errors.Is(err, jetstream.ErrNoHeartbeat) {
				// Deleted behind our back (a stream recreated), or not
				// answering: make it again (idempotent when it exists).
				if c, err := r.EnsureConsumer(ctx, js); err == nil {
					cons = c
				}
			}
			select {
			case <-time.After(pause):
			case <-ctx.Done():
			}
			pause = min(2*pause, 5*time.Second)
		} else {
			pause = 50 * time.Millisecond
		}
	}
	r.log.Info("stage draining")
	drained := make(chan struct{})
	go func() { wg.Wait(); close(drained) }()
	select {
	case <-drained:
		r.log.Info("stage stopped")
	case <-time.After(r.opts.DrainTimeout + abandonAfter):
		// A handler ignores its cancelled context. Its message was not
		// acknowledged and will be redelivered; stop waiting for it.
		r.log.Error("stage stopped with handlers still running; their messages will be redelivered")
	}
	return nil
}

// abandonAfter is how long Run waits, after cancelling in-flight handlers'
// context, for handlers that do not return.
const abandonAfter = 5 * time.Second

// handle runs one delivery to its end: ack, nak with delay, or dead letter
// and term. It is the one place where error kinds become JetStream actions.
func (r *StageRunner) handle(ctx context.Context, js jetstream.JetStream, msg jetstream.Msg) {
	d := r.delivery(msg)
	step := chain(r.core(js, msg), append([]Middleware{Instrument(r.opts.Metrics), Log(r.opts.Logger), Recover(r.opts.Logger)}, r.opts.Middleware...)...)

	stopBeat := r.heartbeat(msg)
	err := step(ctx, d)
	stopBeat()

	log := r.log.With(zap.String("submission_id", d.SubmissionID), zap.String("input", d.Input), zap.Uint64("attempt", d.Attempt))
	switch {
	case err == nil:
		if aerr := msg.Ack(); aerr != nil {
			// The work is done and its output published (deduplicated);
			// the redelivery this causes is harmless.
			log.Warn("ack failed", zap.Error(aerr))
		}
	case ctx.Err() != nil:
		// Shut down mid-handler: hand the message back untouched.
		log.Info("handing back in-flight message at shutdown", zap.Error(err))
		_ = msg.Nak()
	case permanent(claims.ErrorKind(err)):
		r.giveUp(ctx, js, msg, d, err, log)
	case d.Attempt >= uint64(d.MaxDeliver):
		r.giveUp(ctx, js, msg, d, claims.WrapKind(claims.Transient,
			fmt.Errorf("gave up after %d attempts: %w", d.Attempt, err)), log)
	default:
		nak, wait := r.retryDelay(d.Attempt)
		r.deferSubmission(ctx, d, wait, log)
		log.Info("retrying later", zap.String("kind", string(claims.ErrorKind(err))), zap.Int("max_deliver", d.MaxDeliver),
			zap.Duration("in", wait), zap.Error(err))
		_ = msg.NakWithDelay(nak)
	}
}

// nakDelay is the NakWithDelay argument that makes the message come back
// after the RetryPolicy delay, undoing JetStream's BackOff offset (see
// ConsumerOptions.BackOff).
func (r *StageRunner) nakDelay(attempt uint64) time.Duration {
	nak, _ := r.retryDelay(attempt)
	return nak
}

// retryDelay returns the NakWithDelay argument after the given failed
// attempt (see nakDelay) and the wait it makes: the RetryPolicy delay, or
// JetStream's BackOff offset when that is longer.
func (r *StageRunner) retryDelay(attempt uint64) (nak, wait time.Duration) {
	d := r.opts.Retry.Delay(attempt)
	var offset time.Duration
	c := r.opts.Consumer
	if n := len(c.BackOff); n > 0 && attempt > 0 {
		offset = c.BackOff[min(int(attempt)-1, n-1)] - c.AckWait
	}
	nak = max(d-offset, time.Millisecond)
	return nak, nak + offset
}

// deferSubmission tells the submission log, when the dead-letter sink keeps
// one (RetryDeferrer), that the delivery's submission is waiting for a retry
// in wait, so the reconciler does not re-publish it meanwhile. A failure
// only costs a needless re-publication: it is logged, the retry goes ahead.
func (r *StageRunner) deferSubmission(ctx context.Context, d *Delivery, wait time.Duration, log *zap.Logger) {
	rd, ok := r.opts.DeadLetters.(RetryDeferrer)
	if !ok || d.SubmissionID == "" {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, deferTimeout)
	defer cancel()
	if _, err := rd.DeferSubmission(ctx, d.SubmissionID, time.Now().Add(wait)); err != nil {
		log.Warn("could not tell the reconciler to wait for the retry", zap.Error(err))
	}
}

// deferTimeout bounds deferSubmission, so that a slow store (the store
// stage's retries are often about it) delays the retry's Nak little.
const deferTimeout = 2 * time.Second

// permanent reports whether an error of kind k can never succeed on retry.
func permanent(k claims.Kind) bool {
	switch k {
	case claims.Invalid, claims.NotFound, claims.Conflict, claims.Unauthorized, claims.Forbidden:
		return true
	}
	return false
}

// giveUp dead-letters the message and terminates it. If the dead letter
// cannot be recorded, the message is retried instead of dropped.
func (r *StageRunner) giveUp(ctx context.Context, js jetstream.JetStream, msg jetstream.Msg, d *Delivery, cause error, log *zap.Logger) {
	dl := r.deadLetter(d, msg.Data(), cause, dataLimit(js.Conn()))
	if err := r.recordDeadLetter(ctx, js, msg.Headers(), dl); err != nil {
		log.Error("dead letter not recorded; will retry", zap.Error(err), zap.NamedError("cause", cause))
		_ = msg.NakWithDelay(r.nakDelay(d.Attempt))
		return
	}
	log.Warn("dead-lettered", zap.String("kind", string(dl.Kind)), zap.String("error", dl.Error))
	if err := terminate(js.Conn(), msg, string(dl.Kind)); err != nil {
		log.Warn("term failed", zap.Error(err))
	}
}

// terminate tells JetStream never to deliver msg again, which on a
// work-queue stream also removes it. The reason (shown in the server's
// terminated advisory) needs nats-server 2.10.4 or later: an older server
// ignores a "+TERM reason" acknowledgement altogether, so the message stayed
// pending, came back after AckWait and was dead-lettered again at every
// delivery up to MaxDeliver, then stuck in its stream. Those get a plain Term.
func terminate(nc *nats.Conn, msg jetstream.Msg, reason string) error {
	if nc != nil && termReasonSupported(nc.ConnectedServerVersion()) {
		return msg.TermWithReason(reason)
	}
	return msg.Term()
}

// termReasonSupported reports whether a nats-server of this version
// ("2.10.4", "v2.11.0-RC.1") honours TermWithReason: 2.10.4 and later. An
// unknown version is taken as too old, since a plain Term works everywhere.
func termReasonSupported(version string) bool {
	v := strings.TrimPrefix(version, "v")
	if i := strings.IndexAny(v, "-+"); i >= 0 {
		v = v[:i]
	}
	parts := strings.Split(v, ".")
	if len(parts) != 3 {
		return false
	}
	var n [3]int
	for i, p := range parts {
		x, err := strconv.Atoi(p)
		if err != nil || x < 0 {
			return false
		}
		n[i] = x
	}
	want := [3]int{2, 10, 4}
	for i := range n {
		if n[i] != want[i] {
			return n[i] > want[i]
		}
	}
	return true
}

// core decodes, handles, and publishes the output; it returns only after
// JetStream acknowledged the publish.
func (r *StageRunner) core(js jetstream.JetStream, msg jetstream.Msg) Step {
	return func(ctx context.Context, d *Delivery) error {
		out, aid, err := r.processInTurn(ctx, msg.Data())
		if err != nil || out == nil {
			return err
		}
		if r.out.IsZero() {
			return claims.Errorf(claims.Internal, "%s: sink stage produced output", r.name)
		}
		m := nats.NewMsg(r.out.Subject)
		m.Data = out
		m.Header.Set(HeaderSubmissionID, d.SubmissionID)
		m.Header.Set(HeaderInput, d.Input)
		if d.SubmitAttempt > 1 {
			m.Header.Set(HeaderAttempt, strconv.Itoa(d.SubmitAttempt))
		}
		if aid = firstNonEmpty(aid, d.ArticleID); aid != "" {
			m.Header.Set(HeaderArticleID, aid)
		}
		_, err = js.PublishMsg(ctx, m, jetstream.WithMsgID(attemptMsgID(d.SubmissionID, d.SubmitAttempt)+":"+r.name),
			jetstream.WithExpectStream(r.out.Stream))
		if err != nil {
			if errors.Is(err, nats.ErrMaxPayload) {
				return claims.Errorf(claims.Invalid, "%s: output for %s is %d bytes, over the message size limit: %w",
					r.name, d.Input, len(out), err)
			}
			return claims.Errorf(claims.Transient, "%s: publish to %s: %w", r.name, r.out.Subject, err)
		}
		return nil
	}
}

// processInTurn runs process once one of the Parallelism turns is free.
func (r *StageRunner) processInTurn(ctx context.Context, data []byte) ([]byte, string, error) {
	if r.turns != nil {
		select {
		case r.turns <- struct{}{}:
			defer func() { <-r.turns }()
		case <-ctx.Done():
			return nil, "", claims.Errorf(claims.Transient, "%s: waiting for a turn: %w", r.name, ctx.Err())
		}
	}
	return r.process(ctx, data)
}

// delivery reads what the message is about from its metadata, headers and,
// failing those, its payload.
func (r *StageRunner) delivery(msg jetstream.Msg) *Delivery {
	d := &Delivery{Stage: r.name, Subject: msg.Subject(), MaxDeliver: r.opts.Consumer.MaxDeliver, Size: len(msg.Data())}
	var seq uint64
	if md, err := msg.Metadata(); err == nil {
		d.Attempt = md.NumDelivered
		seq = md.Sequence.Stream
	}
	h := msg.Headers()
	d.SubmissionID = h.Get(HeaderSubmissionID)
	d.Input = h.Get(HeaderInput)
	d.MsgID = h.Get(jetstream.MsgIDHeader)
	d.SubmitAttempt = submitAttempt(h)
	d.ArticleID = h.Get(HeaderArticleID)
	if d.SubmissionID == "" || d.Input == "" {
		sub, in := r.describe(msg.Data())
		if d.SubmissionID == "" {
			d.SubmissionID = sub
		}
		if d.Input == "" {
			d.Input = in
		}
	}
	if d.MsgID == "" {
		d.MsgID = r.in.Stream + ":" + strconv.FormatUint(seq, 10)
	}
	if d.SubmissionID == "" {
		d.SubmissionID = d.MsgID
	}
	if d.Input == "" {
		d.Input = "message " + d.MsgID
	}
	return d
}

// heartbeat tells JetStream the message is being worked on every third of
// the ack wait, until the returned stop is called.
func (r *StageRunner) heartbeat(msg jetstream.Msg) (stop func()) {
	every := max(r.opts.Consumer.AckWait/3, 10*time.Millisecond)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				_ = msg.InProgress()
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// describe names the submission and the input (URL or file) of the standard
// message types.
func describe(v any) (subID, input string) {
	switch m := v.(type) {
	case *claims.Submission:
		return m.ID, firstNonEmpty(m.Name, m.URL)
	case *claims.Page:
		return m.SubmissionID, firstNonEmpty(m.Name, m.URL, m.FinalURL)
	case *claims.Annotated:
		return m.SubmissionID, m.Article.URL
	case *claims.Extracted:
		return m.SubmissionID, m.Article.URL
	}
	return "", ""
}

// articleID is the article ID of the standard output types that carry one.
func articleID(v any) string {
	switch m := v.(type) {
	case *claims.Annotated:
		return m.Article.ID
	case *claims.Extracted:
		return m.Article.ID
	}
	return ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
