// Package pipeline carries articles through claimpipe's stages on NATS
// JetStream: it turns stage handlers — plain functions that know nothing of
// NATS — into durable pull consumers, and owns everything about the broker:
// streams, consumers, the embedded server, retries, dead letters, metrics.
//
// # Topology
//
// One work-queue stream per stage boundary, one durable consumer per stage:
//
//	Submit ─▶ CLAIMPIPE_SUBMITTED  claimpipe.submitted  (claims.Submission)
//	 fetch ─▶ CLAIMPIPE_FETCHED    claimpipe.fetched    (claims.Page)
//	extract ─▶ CLAIMPIPE_ANNOTATED claimpipe.annotated  (claims.Annotated)
//	claims ─▶ CLAIMPIPE_EXTRACTED  claimpipe.extracted  (claims.Extracted)
//	 store ─▶ claims.Store (sink)
//	any stage ─▶ CLAIMPIPE_DLQ     claimpipe.dlq.<stage> (claims.DeadLetter)
//
// Work-queue retention removes a message once its stage acknowledges or
// terminates it, so a stream's size is the stage's backlog (see Backlog), and
// a stream admits only its stage's consumer: inspect it with stream info, not
// with a second consumer.
//
// Messages are JSON. Every message carries Nats-Msg-Id (the submission ID for
// Submit, "<submission ID>:<stage>" for a stage's output) so a republish
// within the stream's duplicate window is dropped, and the headers
// Claimpipe-Submission-Id and Claimpipe-Input (URL or file name), and from the
// extract stage on Claimpipe-Article-Id, so that logs and dead letters name
// the article even when a payload is undecodable.
//
// # Delivery guarantees
//
// A stage acknowledges its input only after JetStream acknowledged its
// output (or, for the store sink, after the store committed). A crash at any
// point therefore redelivers; the duplicate window and the store's idempotent
// SaveResult make the redelivery harmless: at-least-once delivery, exactly-once
// effect in the store.
//
// Error kinds (claims.ErrorKind) are mapped to JetStream in one place, the
// runner: Transient and Internal → NakWithDelay with exponential backoff
// (RetryPolicy) until MaxDeliver, then dead letter; Invalid, NotFound and the
// other permanent kinds → dead letter at once. The default schedule, 10 s
// doubling to 30 min over 20 deliveries, retries for 6 h 12 min
// (RetryPolicy.Span), so a site or a database that is down for hours costs
// no article; each retry is logged with its attempt and the delay before the
// next. A message waiting for its retry stays pending on the consumer (it
// counts against MaxAckPending, default 1000), and the stage tells the
// submission log (RetryDeferrer) so the Reconciler does not re-publish it
// meanwhile. A dead letter is published to
// the DLQ stream and handed to a DeadLetterSink (the store), then the message
// is terminated; if recording fails the message is retried, never dropped.
// Messages that run out of deliveries without the runner deciding (a worker
// that crashes on them every time) are dead-lettered from JetStream's
// max-deliveries advisory. Slow handlers send InProgress heartbeats every
// AckWait/3. Replay puts a dead letter's message back on its subject;
// ReplayRecorded also marks the dead letter replayed in the store (which
// lists it no more) and deletes its record from the DLQ stream.
//
// Shutdown: cancelling Run's context stops fetching; in-flight handlers
// finish (up to DrainTimeout, then their context is cancelled and their
// messages are handed back with Nak). Unacknowledged messages stay in their
// stream and are redelivered after a restart.
//
// # Durability
//
// StartEmbedded runs nats-server in-process with sync_interval "always":
// every stored message is fsynced before its publish is acknowledged.
// JetStream's default (fsync every 2 minutes) loses acknowledged messages on
// power loss, as Jepsen showed for NATS 2.12.1. The same setting belongs in
// every server config under deploy/. Its cost here is one fsync per stored
// message and per work-queue acknowledgement, and a stream does not batch
// them: a publish waits for its fsync (BenchmarkSubmit: ~1,100 stored
// messages/s per stream with 8 concurrent publishers, against ~45,000 with a
// 2-minute interval). A stage therefore keeps more deliveries in flight
// (Options.Concurrency, default 16) than it runs handlers at once
// (Options.Parallelism, GOMAXPROCS for the CPU stages), so that its CPU works
// while earlier outputs are being fsynced: BenchmarkChain (trivial handlers)
// rose from 270–290 to ~600 articles/s with it. StreamConfig.Retain trades
// disk for fewer syncs. deploy/README.md has the end-to-end figures.
//
// # The store is the system of record
//
// Recorder records every submission in the store (claims.SubmissionLog)
// before publishing it; the store stage marks it stored in the article's own
// transaction (SubmissionSaver); a dead letter marks it failed (FailedMarker).
// The Reconciler re-publishes any submission still submitted a deadline
// after its last publication (or its stage's pending retry), as attempt n
// with Nats-Msg-Id "<ID>#<n>" and the Claimpipe-Attempt header, which every stage copies into its output's
// message ID, so neither the re-submission nor its stages' outputs are
// dropped by the duplicate window of a publication the broker lost. It
// waits while a stage has messages not yet delivered: those submissions are
// late, not lost. Replay publishes a dead letter's message again.
//
// # Scale-out
//
// Streams take a replica count (StreamConfig.Replicas: 3 on a cluster).
// Any number of runners of one stage, in any processes, share its durable
// consumer; MaxAckPending bounds the stage's work in flight across all of
// them. Connect dials a comma-separated list of servers and reconnects for
// ever. An embedded server can serve other processes too: on a random
// loopback port behind a token, both written to a file only its owner reads
// (EmbeddedOptions.URLFile, ReadURLFile), which is how `claimpipe dlq
// replay` and `claimpipe status` reach the NATS of `claimpipe run`. One
// process at a time works on a data directory: LockDir takes an exclusive
// lock on its LockFile, released when the process ends, however it ends.
//
// What must not live here: extraction logic (extractors), SQL (claims/sqlite,
// claims/postgres), HTTP handlers other than what metrics need. This package
// imports claims, never extractors.
package pipeline
