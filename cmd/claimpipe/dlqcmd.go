package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/cobra"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/pipeline"
)

// dlqListCmd lists dead letters: those not replayed, or with --all every
// one and when it was replayed.
func dlqListCmd(storeDSN *string) *cobra.Command {
	var (
		limit int
		all   bool
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List dead letters not replayed yet, newest first (--all: replayed ones too)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkLimit(limit); err != nil {
				return err
			}
			st, err := openExistingStore(cmd.Context(), *storeDSN, storeFlag)
			if err != nil {
				return err
			}
			defer st.Close()
			list := st.DeadLetters
			if all {
				list = st.AllDeadLetters
			}
			ds, err := list(cmd.Context(), limit+1)
			if err != nil {
				return err
			}
			more := len(ds) > limit
			if more {
				ds = ds[:limit]
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			head := "ID\tWHEN\tSTAGE\tKIND\tINPUT\tERROR"
			if all {
				head = "ID\tWHEN\tREPLAYED\tSTAGE\tKIND\tINPUT\tERROR"
			}
			fmt.Fprintln(tw, head)
			replayed, since := 0, 0
			for _, d := range ds {
				// A dead letter whose input a later submission got into
				// the store (the site fixed, the file ingested again) needs
				// no replay: say so.
				if claims.StoredSince(cmd.Context(), st, d) {
					d.Error = "stored since, by a later submission; was: " + d.Error
					since++
				}
				fmt.Fprintf(tw, "%d\t%s\t", d.ID, d.At.UTC().Format(time.DateTime))
				if all {
					when := "-"
					if !d.ReplayedAt.IsZero() {
						when = d.ReplayedAt.UTC().Format(time.DateTime)
						replayed++
					}
					fmt.Fprintf(tw, "%s\t", when)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", d.Stage, d.Kind, clipText(d.Input, 60), clipText(d.Error, 120))
			}
			tw.Flush()
			switch {
			case more:
				printShown(cmd.ErrOrStderr(), len(ds), "dead letters", limit, more, "raise --limit")
			case all:
				fmt.Fprintf(cmd.ErrOrStderr(), "%d %s, %d of them replayed\n", len(ds), plural(len(ds), "dead letters"), replayed)
			default:
				fmt.Fprintf(cmd.ErrOrStderr(), "%d %s not replayed (--all lists the replayed ones too)\n", len(ds), plural(len(ds), "dead letters"))
			}
			if since > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "%d of them stored since, by a later submission of the same input: nothing to replay\n", since)
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 100, "at most this many")
	cmd.Flags().BoolVar(&all, "all", false, "list replayed dead letters too, with when they were replayed")
	return cmd
}

// dlqShowCmd prints one dead letter, its message included.
func dlqShowCmd(storeDSN *string) *cobra.Command {
	return &cobra.Command{
		Use:   "show ID",
		Short: "Print one dead letter as JSON, with the message it gave up on",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil {
				return claims.Errorf(claims.Invalid, "dead letter ID %q: want a number from `claimpipe dlq list`", args[0])
			}
			st, err := openExistingStore(cmd.Context(), *storeDSN, storeFlag)
			if err != nil {
				return err
			}
			defer st.Close()
			d, err := st.DeadLetter(cmd.Context(), id)
			if err != nil {
				return err
			}
			// The message is shown as JSON when it is JSON (every stage's
			// input is), base64 otherwise.
			out := struct {
				*claims.DeadLetter
				Data    json.RawMessage `json:"data,omitempty"`
				RawData []byte          `json:"raw_data,omitempty"`
			}{DeadLetter: d}
			if json.Valid(d.Data) {
				out.Data = d.Data
			} else {
				out.RawData = d.Data
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(out)
		},
	}
}

// dlqReplayCmd re-publishes dead letters' messages to their stages.
func dlqReplayCmd(storeDSN *string) *cobra.Command {
	var natsURLs string
	cmd := &cobra.Command{
		Use:   "replay ID...",
		Short: "Publish dead letters' messages again to the stage that gave up on them",
		Long: `replay re-publishes each dead letter's input message to its stage's input subject, so the
stage tries it afresh (after a fix, or once the outside cause is gone). A submission is
recorded again in the store, so the reconciler watches it. The pipeline must be running:
replay needs its NATS. Against 'claimpipe run' nothing needs saying: replay finds its embedded
NATS in ` + natsURLFile + ` beside the store (--store DATA/claimpipe.db). Otherwise --nats is the
pipeline's NATS (the workers' cluster, or nats://127.0.0.1:N for 'run --nats-port N').`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := openExistingStore(ctx, *storeDSN, storeFlag)
			if err != nil {
				return err
			}
			defer st.Close()
			nc, err := replayNATS(ctx, natsURLs, *storeDSN)
			if err != nil {
				return err
			}
			defer nc.Close()
			js, err := jetstream.New(nc)
			if err != nil {
				return err
			}
			failed := 0
			for _, a := range args {
				id, err := strconv.ParseInt(a, 10, 64)
				if err != nil {
					return claims.Errorf(claims.Invalid, "dead letter ID %q: want a number from `claimpipe dlq list`", a)
				}
				d, err := st.DeadLetter(ctx, id)
				var before time.Time
				if err == nil {
					before = d.ReplayedAt
					err = pipeline.ReplayRecorded(ctx, js, st, d)
				}
				if err != nil {
					failed++
					fmt.Fprintln(cmd.ErrOrStderr(), err) // each error names the dead letter
					continue
				}
				again := ""
				if !before.IsZero() {
					// Allowed (a second fix), but said: it was replayed before.
					again = fmt.Sprintf(" again (it was replayed at %s)", before.UTC().Format(time.RFC3339))
				}
				fmt.Fprintf(cmd.OutOrStdout(), "replayed %d (%s) to %s%s; `claimpipe dlq list --all` shows it replayed\n", id, d.Input, d.Subject, again)
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d dead letters not replayed", failed, len(args))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&natsURLs, "nats", envOr("CLAIMPIPE_NATS", ""), "NATS server URLs, comma-separated (env CLAIMPIPE_NATS); default: the embedded NATS of the 'claimpipe run' whose store is --store")
	return cmd
}

// natsAnswerTimeout bounds how long the commands that need a NATS for a
// moment (dlq replay, status) wait for it to answer.
const natsAnswerTimeout = 10 * time.Second

// natsURLFile is where `claimpipe run` writes the URL of its embedded NATS:
// in its data directory, beside the SQLite store.
const natsURLFile = "nats.url"

// embeddedNATSURL reads the URL of the embedded NATS of the `claimpipe run`
// whose SQLite store is storeDSN, from natsURLFile beside the store; it also
// returns that directory and file, for messages. A NotFound error: no run
// serves one there.
func embeddedNATSURL(storeDSN string) (url, dir, file string, err error) {
	dir = filepath.Dir(strings.TrimPrefix(storeDSN, "sqlite://"))
	file = filepath.Join(dir, natsURLFile)
	url, err = pipeline.ReadURLFile(file)
	return url, dir, file, err
}

// replayNATS connects to natsURLs or, when that is empty, to the embedded
// NATS of the `claimpipe run` whose SQLite store is storeDSN.
func replayNATS(ctx context.Context, natsURLs, storeDSN string) (*nats.Conn, error) {
	if natsURLs != "" {
		cctx, cancel := context.WithTimeout(ctx, natsAnswerTimeout)
		defer cancel()
		nc, err := pipeline.Connect(cctx, natsURLs, nil)
		if err != nil {
			// pipeline.Connect retries until its context ends: without a
			// limit a wrong --nats hung here for ever, silently.
			return nil, claims.Errorf(claims.Transient, "no NATS answers at --nats %s within %s: is the pipeline's NATS running, and is that its URL? (%w)",
				natsURLs, natsAnswerTimeout, err)
		}
		return nc, nil
	}
	if isPostgres(storeDSN) {
		return nil, claims.Errorf(claims.Invalid, "--nats is required with a PostgreSQL store: the URL of the workers' NATS (or env CLAIMPIPE_NATS)")
	}
	u, dir, file, err := embeddedNATSURL(storeDSN)
	if claims.ErrorKind(err) == claims.NotFound {
		return nil, claims.Errorf(claims.Invalid, "no NATS to replay to: --nats is not set, and no 'claimpipe run --data %[1]s' serves its embedded NATS (no %[2]s). "+
			"Start 'claimpipe run --data %[1]s' (by default its embedded NATS listens on a loopback port it writes to %[2]s) and run this again, "+
			"or, for a run started with --nats-port N, pass --nats nats://127.0.0.1:N (one started with --nats-port 0 serves no other process; "+
			"for workers, --nats is their NATS)", dir, file)
	}
	if err != nil {
		return nil, err
	}
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	nc, err := pipeline.Connect(cctx, u, nil)
	if err != nil {
		// The error would show the URL, token included.
		return nil, claims.Errorf(claims.Transient, "the embedded NATS named in %s does not answer: is 'claimpipe run --data %s' still running? "+
			"(a run that was killed leaves the file behind; restart it, or pass --nats)", file, dir)
	}
	return nc, nil
}
