package pipeline

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimpipe/claimpipe/claims"
)

// Boundary is one arrow of the pipeline: a JetStream stream and the subject
// its messages are published on. The stage before a boundary publishes to it;
// the stage after it consumes it with a durable pull consumer.
type Boundary struct {
	Stream  string
	Subject string
}

// IsZero reports whether b names no boundary: a sink stage's output.
func (b Boundary) IsZero() bool { return b.Stream == "" && b.Subject == "" }

// The four boundaries of the standard pipeline, one stream each, and the
// dead-letter stream. Subjects are versionless on purpose: a change of
// message shape is handled by the JSON decoders (new fields optional), not by
// a new subject.
var (
	Submitted = Boundary{Stream: "CLAIMPIPE_SUBMITTED", Subject: "claimpipe.submitted"} // claims.Submission
	Fetched   = Boundary{Stream: "CLAIMPIPE_FETCHED", Subject: "claimpipe.fetched"}     // claims.Page
	Annotated = Boundary{Stream: "CLAIMPIPE_ANNOTATED", Subject: "claimpipe.annotated"} // claims.Annotated
	Extracted = Boundary{Stream: "CLAIMPIPE_EXTRACTED", Subject: "claimpipe.extracted"} // claims.Extracted
)

// Boundaries lists the work streams in pipeline order.
var Boundaries = []Boundary{Submitted, Fetched, Annotated, Extracted}

// DLQStream holds one claims.DeadLetter record (JSON) per message a stage gave
// up on, on subject DLQSubjectPrefix + "." + stage, until it is replayed
// (ReplayRecorded deletes it) or StreamConfig.DLQMaxAge has passed.
const (
	DLQStream        = "CLAIMPIPE_DLQ"
	DLQSubjectPrefix = "claimpipe.dlq"
)

// DLQSubject is the dead-letter subject of a stage.
func DLQSubject(stage string) string { return DLQSubjectPrefix + "." + stage }

// Names of the standard stages; each is also its durable consumer's name.
const (
	StageFetch   = "fetch"   // Submitted -> Fetched
	StageExtract = "extract" // Fetched -> Annotated
	StageClaims  = "claims"  // Annotated -> Extracted
	StageStore   = "store"   // Extracted -> the store
)

// Message headers the pipeline sets on every message it publishes, so that
// logs and dead letters can name the article even when a payload cannot be
// decoded.
const (
	HeaderSubmissionID = "Claimpipe-Submission-Id"
	HeaderInput        = "Claimpipe-Input"      // the URL or file name the message is about
	HeaderArticleID    = "Claimpipe-Article-Id" // once known: set from the extract stage on
	// HeaderAttempt numbers re-submissions (absent on the first): stages
	// copy it to their output and put it in the output's Nats-Msg-Id, so a
	// re-submission is not dropped as a duplicate of the lost original.
	HeaderAttempt = "Claimpipe-Attempt"
)

// attemptMsgID is the Nats-Msg-Id stem of a submission's n-th publication:
// its ID for the first, "<ID>#<n>" after.
func attemptMsgID(subID string, n int) string {
	if n <= 1 {
		return subID
	}
	return subID + "#" + strconv.Itoa(n)
}

func submitAttempt(h nats.Header) int {
	n, err := strconv.Atoi(h.Get(HeaderAttempt))
	if err != nil || n < 1 {
		return 1
	}
	return n
}

// StreamConfig sets up the streams. The zero value is the single-node
// embedded default.
type StreamConfig struct {
	// Replicas per stream: 1 on one node, 3 on a cluster. 0 means 1.
	Replicas int
	// Storage is jetstream.FileStorage (the zero value) or MemoryStorage.
	// Memory storage loses everything on restart; use it in benchmarks only.
	Storage jetstream.StorageType
	// Duplicates is the Nats-Msg-Id deduplication window. It must cover the
	// longest span over which a message is republished: a stage that
	// published its output and then died republishes it when the input is
	// redelivered, up to the sum of the consumer BackOff later. 0 means 20 min.
	Duplicates time.Duration
	// MaxAge bounds how long unprocessed work is kept. 0 means 7 days.
	MaxAge time.Duration
	// Retain, when set, switches the work streams from work-queue retention
	// (a message is deleted when its stage acknowledges it) to limits
	// retention: every message, processed or not, is kept for Retain and then
	// expires (MaxAge is ignored). With fsync always this saves the synced
	// delete each work-queue acknowledgement costs: BenchmarkChain on the
	// shared 2-core machine gave 150–230 articles/s against 120–165 for the
	// work queue (noisy: other jobs loaded the disk and CPUs), at the price
	// of disk (every page kept for Retain)
	// and of losing work that waits longer than Retain (the reconciler of
	// issue 7 resubmits it from the store). The retention of an existing
	// stream cannot be changed: delete the streams (their unprocessed work
	// with them) to switch. 0, the default, keeps the work queue.
	Retain time.Duration
	// MaxBytes bounds each work stream; when full, publishing fails (the
	// stream discards new messages, never old work) and the publishing stage
	// retries: backpressure, not loss. 0 means no limit beyond the server's.
	MaxBytes int64
	// DLQMaxAge is how long dead letters are kept in the DLQ stream (the
	// store keeps its own record). 0 means 30 days.
	DLQMaxAge time.Duration
}

func (c StreamConfig) withDefaults() StreamConfig {
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	if c.Duplicates <= 0 {
		c.Duplicates = 20 * time.Minute
	}
	if c.MaxAge <= 0 {
		c.MaxAge = 7 * 24 * time.Hour
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = -1
	}
	if c.DLQMaxAge <= 0 {
		c.DLQMaxAge = 30 * 24 * time.Hour
	}
	if c.Duplicates > c.MaxAge {
		c.Duplicates = c.MaxAge
	}
	return c
}

// EnsureStreams creates the work streams and the dead-letter stream, or
// updates them to cfg. It is idempotent and safe to call from every worker at
// start-up.
//
// Work streams use work-queue retention (a message is removed once its stage
// acknowledges or terminates it, so a stream's size is its backlog; see
// StreamConfig.Retain for the alternative) and discard-new (a full stream
// pushes back on its producer rather than dropping work). The DLQ stream
// keeps records by age.
func EnsureStreams(ctx context.Context, js jetstream.JetStream, cfg StreamConfig) error {
	cfg = cfg.withDefaults()
	for _, b := range Boundaries {
		sc := jetstream.StreamConfig{
			Name:        b.Stream,
			Description: "claimpipe work queue " + b.Subject,
			Subjects:    []string{b.Subject},
			Retention:   jetstream.WorkQueuePolicy,
			Discard:     jetstream.DiscardNew,
			MaxAge:      cfg.MaxAge,
			MaxBytes:    cfg.MaxBytes,
			Storage:     cfg.Storage,
			Replicas:    cfg.Replicas,
			Duplicates:  cfg.Duplicates,
		}
		if cfg.Retain > 0 {
			sc.Description = "claimpipe stage input " + b.Subject
			sc.Retention = jetstream.LimitsPolicy
			sc.MaxAge = cfg.Retain
			sc.Duplicates = min(cfg.Duplicates, cfg.Retain)
		}
		if _, err := js.CreateOrUpdateStream(ctx, sc); err != nil {
			return claims.Errorf(claims.Transient, "pipeline: ensure stream %s: %w", b.Stream, err)
		}
	}
	dlq := jetstream.StreamConfig{
		Name:        DLQStream,
		Description: "claimpipe dead letters",
		Subjects:    []string{DLQSubjectPrefix + ".>"},
		Retention:   jetstream.LimitsPolicy,
		Discard:     jetstream.DiscardOld,
		MaxAge:      cfg.DLQMaxAge,
		Storage:     cfg.Storage,
		Replicas:    cfg.Replicas,
		Duplicates:  min(cfg.Duplicates, cfg.DLQMaxAge),
	}
	if _, err := js.CreateOrUpdateStream(ctx, dlq); err != nil {
		return claims.Errorf(claims.Transient, "pipeline: ensure stream %s: %w", DLQStream, err)
	}
	return nil
}

// Backlog reports, per stream, how many messages wait: for a work stream,
// those its stage has not acknowledged yet (queued or in flight), read from
// the stage's consumer (or the stream's size before the consumer exists);
// for the DLQ stream, the dead letters it holds.
func Backlog(ctx context.Context, js jetstream.JetStream) (map[string]uint64, error) {
	out := make(map[string]uint64, len(Boundaries)+1)
	for _, name := range append(streamNames(), DLQStream) {
		if stage := consumerOf[name]; stage != "" {
			cons, err := js.Consumer(ctx, name, stage)
			if err == nil {
				info, err := cons.Info(ctx)
				if err != nil {
					return nil, claims.Errorf(claims.Transient, "pipeline: consumer %s info: %w", stage, err)
				}
				out[name] = info.NumPending + uint64(info.NumAckPending)
				continue
			}
			if !errors.Is(err, jetstream.ErrConsumerNotFound) {
				return nil, claims.Errorf(claims.Transient, "pipeline: consumer %s: %w", stage, err)
			}
		}
		s, err := js.Stream(ctx, name)
		if err != nil {
			return nil, claims.Errorf(claims.Transient, "pipeline: stream %s: %w", name, err)
		}
		info, err := s.Info(ctx)
		if err != nil {
			return nil, claims.Errorf(claims.Transient, "pipeline: stream %s info: %w", name, err)
		}
		out[name] = info.State.Msgs
	}
	return out, nil
}

// consumerOf names the standard stage consuming each work stream.
var consumerOf = map[string]string{
	Submitted.Stream: StageFetch,
	Fetched.Stream:   StageExtract,
	Annotated.Stream: StageClaims,
	Extracted.Stream: StageStore,
}

func streamNames() []string {
	var out []string
	for _, b := range Boundaries {
		out = append(out, b.Stream)
	}
	return out
}

func errNoStream(b Boundary, err error) error {
	return claims.Errorf(claims.Transient, "pipeline: stream %s (%s) unavailable; was EnsureStreams called? %w", b.Stream, b.Subject, err)
}
