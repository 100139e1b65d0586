package main

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/cobra"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/pipeline"
)

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
recorded again in the store, so the reconciler watches it. --nats is the NATS of the
running pipeline (for 'claimpipe run', start it with --nats-port).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if natsURLs == "" {
				return claims.Errorf(claims.Invalid, "--nats is required (the pipeline's NATS)")
			}
			st, err := openExistingStore(ctx, *storeDSN, storeFlag)
			if err != nil {
				return err
			}
			defer st.Close()
			nc, err := pipeline.Connect(ctx, natsURLs, nil)
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
				if err == nil {
					err = pipeline.ReplayRecorded(ctx, js, st, d)
				}
				if err != nil {
					failed++
					fmt.Fprintf(cmd.ErrOrStderr(), "dead letter %d: %v\n", id, err)
					continue
				}
				fmt.Fprintf(cmd.OutOrStdout(), "replayed %d (%s) to %s\n", id, d.Input, d.Subject)
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d dead letters not replayed", failed, len(args))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&natsURLs, "nats", envOr("CLAIMPIPE_NATS", ""), "NATS server URLs, comma-separated (env CLAIMPIPE_NATS)")
	return cmd
}
