package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/cobra"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/pipeline"
)

// statusReport is what `claimpipe status` prints.
type statusReport struct {
	Streams     map[string]uint64              `json:"streams,omitempty"`   // messages waiting or in flight per stream
	Consumers   map[string]consumerStatus      `json:"consumers,omitempty"` // per stage
	Submissions map[claims.SubmissionState]int `json:"submissions"`
	Articles    int                            `json:"articles"`
	Claims      int                            `json:"claims"`
	Deadline    time.Duration                  `json:"deadline_ns"`
	Overdue     []claims.SubmissionRecord      `json:"overdue"`       // the oldest, at most --limit
	OverdueAll  int                            `json:"overdue_total"` // all of them
	NATSError   string                         `json:"nats_error,omitempty"`
}

type consumerStatus struct {
	Pending     uint64 `json:"pending"`     // not yet delivered
	AckPending  int    `json:"ack_pending"` // delivered, not acknowledged
	Redelivered int    `json:"redelivered"`
}

func newStatusCmd(g *globals) *cobra.Command {
	var (
		natsURLs, storeDSN string
		deadline           time.Duration
		asJSON             bool
		limit              int
	)
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Articles per stage, submissions per state, and any overdue",
		Long: `status reads the streams (articles waiting in or in flight through each stage) from NATS
at --nats, and from the store at --store the submissions per state (submitted, stored,
failed) and those overdue: still not stored --deadline after their last publication (the
reconciler re-publishes those). Without --nats it reads the streams of the embedded NATS
of the 'claimpipe run' that keeps the SQLite store (its URL is in nats.url beside the
store). It exits with status 3 when any submission is overdue while no stage has messages
waiting or in flight (then it is lost, not late behind a backlog: the reconciler re-publishes
it), so a cron job or a probe can alert on it, and with status 1 when the NATS it was to read (--nats,
or that run's) does not answer within 10s; the report is printed first either way.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := openExistingStore(ctx, storeDSN, storeFlag)
			if err != nil {
				return err
			}
			defer st.Close()
			rep := statusReport{Deadline: deadline}
			urls, fromFile := natsURLs, ""
			if urls == "" && !isPostgres(storeDSN) {
				// The embedded NATS of the 'claimpipe run' that keeps this store.
				if u, _, file, err := embeddedNATSURL(storeDSN); err == nil {
					urls, fromFile = u, file
				}
			}
			if urls != "" {
				rep.Streams, rep.Consumers, err = streamStatus(ctx, urls)
				switch {
				case err != nil && fromFile != "":
					// The error would show the URL, token included.
					rep.NATSError = fmt.Sprintf("the embedded NATS named in %s does not answer: is 'claimpipe run' still running?", fromFile)
				case err != nil:
					rep.NATSError = err.Error()
				}
			}
			if rep.Submissions, err = st.SubmissionCounts(ctx); err != nil {
				return err
			}
			if c, ok := st.(counter); ok {
				if rep.Articles, rep.Claims, err = c.Counts(ctx); err != nil {
					return err
				}
			}
			due := claims.SubmissionFilter{State: claims.StateSubmitted, AttemptBefore: time.Now().Add(-deadline), Limit: limit}
			if rep.Overdue, err = st.Submissions(ctx, due); err != nil {
				return err
			}
			if rep.OverdueAll, err = st.CountSubmissions(ctx, due); err != nil {
				return err
			}
			rep.OverdueAll = max(rep.OverdueAll, len(rep.Overdue)) // one stored between the two reads aside
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				if err := enc.Encode(rep); err != nil {
					return err
				}
				return statusExit(rep)
			}
			printStatus(cmd.OutOrStdout(), rep)
			return statusExit(rep)
		},
	}
	f := cmd.Flags()
	f.StringVar(&natsURLs, "nats", envOr("CLAIMPIPE_NATS", ""), "NATS server URLs (env CLAIMPIPE_NATS); empty: the embedded NATS of the 'claimpipe run' whose store is --store, if it runs, else the store only")
	f.StringVar(&storeDSN, "store", envOr("CLAIMPIPE_STORE", defaultStore("data")), "claims store: postgres://... or a SQLite file (env CLAIMPIPE_STORE)")
	f.DurationVar(&deadline, "deadline", 2*time.Minute, "a submission not stored this long after its last publication is overdue")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	f.IntVar(&limit, "limit", 20, "list at most this many overdue submissions")
	return cmd
}

// backlog is the messages the stages have not yet delivered or not yet had
// acknowledged: while there are any, overdue submissions are late behind
// them, not lost (the reconciler waits too). 0 when NATS was not read.
func (r statusReport) backlog() uint64 {
	var n uint64
	for _, c := range r.Consumers {
		n += c.Pending
		if c.AckPending > 0 {
			n += uint64(c.AckPending)
		}
	}
	return n
}

// statusExit is status's exit: 3 when a submission is overdue and no stage
// has a backlog it could be waiting behind, else 1 when
// the NATS it was to read (--nats, or that of the running 'claimpipe run') does not
// answer, so that a probe does not take a pipeline it cannot see for a
// healthy one; the report is printed first either way.
func statusExit(rep statusReport) error {
	if n := rep.OverdueAll; n > 0 && rep.backlog() == 0 {
		return exitError{code: 3, err: fmt.Errorf("%d %s overdue", n, plural(n, "submissions"))}
	}
	if rep.NATSError != "" {
		return exitError{code: 1, err: claims.Errorf(claims.Transient, "NATS unavailable: %s", rep.NATSError)}
	}
	return nil
}

func streamStatus(ctx context.Context, urls string) (map[string]uint64, map[string]consumerStatus, error) {
	ctx, cancel := context.WithTimeout(ctx, natsAnswerTimeout)
	defer cancel()
	nc, err := pipeline.Connect(ctx, urls, nil)
	if err != nil {
		return nil, nil, err
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, nil, err
	}
	streams, err := pipeline.Backlog(ctx, js)
	if err != nil {
		return nil, nil, err
	}
	cons := map[string]consumerStatus{}
	for stage, b := range map[string]pipeline.Boundary{pipeline.StageFetch: pipeline.Submitted, pipeline.StageExtract: pipeline.Fetched,
		pipeline.StageClaims: pipeline.Annotated, pipeline.StageStore: pipeline.Extracted} {
		c, err := js.Consumer(ctx, b.Stream, stage)
		if err != nil {
			continue // no worker of the stage has started yet
		}
		info, err := c.Info(ctx)
		if err != nil {
			continue
		}
		cons[stage] = consumerStatus{Pending: info.NumPending, AckPending: info.NumAckPending, Redelivered: info.NumRedelivered}
	}
	return streams, cons, nil
}

func printStatus(w io.Writer, rep statusReport) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if rep.Streams != nil {
		fmt.Fprintln(tw, "STAGE\tSTREAM\tIN STREAM\tWAITING\tIN FLIGHT\tREDELIVERED")
		for _, s := range []struct {
			stage string
			b     pipeline.Boundary
		}{{pipeline.StageFetch, pipeline.Submitted}, {pipeline.StageExtract, pipeline.Fetched},
			{pipeline.StageClaims, pipeline.Annotated}, {pipeline.StageStore, pipeline.Extracted}} {
			c, ok := rep.Consumers[s.stage]
			if ok {
				fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\n", s.stage, s.b.Stream, rep.Streams[s.b.Stream], c.Pending, c.AckPending, c.Redelivered)
			} else {
				fmt.Fprintf(tw, "%s\t%s\t%d\t-\t-\t-\n", s.stage, s.b.Stream, rep.Streams[s.b.Stream])
			}
		}
		fmt.Fprintf(tw, "dead letters\t%s\t%d\t\t\t\n", pipeline.DLQStream, rep.Streams[pipeline.DLQStream])
		fmt.Fprintln(tw)
	} else if rep.NATSError != "" {
		fmt.Fprintf(tw, "NATS unavailable: %s\n\n", rep.NATSError)
	}
	fmt.Fprintf(tw, "submissions\tsubmitted %d\tstored %d\tfailed %d\n", rep.Submissions[claims.StateSubmitted],
		rep.Submissions[claims.StateStored], rep.Submissions[claims.StateFailed])
	fmt.Fprintf(tw, "store\tarticles %d\tclaims %d\t\n", rep.Articles, rep.Claims)
	tw.Flush()
	if len(rep.Overdue) == 0 {
		fmt.Fprintf(w, "overdue (not stored %s after publication): none\n", rep.Deadline)
		return
	}
	fmt.Fprintf(w, "overdue (not stored %s after publication): %d, the oldest %d shown (--limit)\n", rep.Deadline, rep.OverdueAll, len(rep.Overdue))
	if b := rep.backlog(); b > 0 {
		fmt.Fprintf(w, "  behind a backlog of %d %s in the stages: late, not lost\n", b, plural(int(b), "messages"))
	}
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tATTEMPTS\tLAST PUBLISHED\tINPUT")
	for _, r := range rep.Overdue {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", r.ID, r.Attempts, r.LastAttemptAt.Format(time.RFC3339), clipText(r.Input, 80))
	}
	tw.Flush()
}
