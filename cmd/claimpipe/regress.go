package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimpipe/claimpipe/extractors"
	"github.com/claimpipe/claimpipe/fixtures"
)

func newRegressCmd(g *globals) *cobra.Command {
	var update bool
	cmd := &cobra.Command{
		Use:   "regress [--update] [DIR]",
		Short: "Check the fixture suite: must-haves and snapshots",
		Long: `regress extracts every fixture under DIR (default: fixtures), checks the must-haves in each
expect.json and compares the result with golden.json, printing a per-field diff. Every folder
under DIR is a fixture (folders named .x, _x and testdata excepted); the files are described by
'go doc ./fixtures'.

Known gaps (expect.json "todo") are listed as "todo" lines without failing; one the extraction
now meets is listed as "todo met": move it out of todo so that it stays met.

--update rewrites the snapshots (golden.json) that differ or are missing, and lists each one it
rewrote with what changed; must-haves are hand-written and never rewritten, and are still checked.

Exit status: 0 when every fixture passes; 1 when a must-have is not met or a snapshot differs;
2 when the suite cannot be checked (DIR missing, a fixture file missing or malformed, an article
that cannot be extracted, a snapshot that cannot be written).`,
		Args: func(cmd *cobra.Command, args []string) error {
			if err := cobra.MaximumNArgs(1)(cmd, args); err != nil {
				return exitError{code: 2, err: err}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "fixtures"
			if len(args) == 1 {
				dir = args[0]
			}
			fs, err := fixtures.Load(dir)
			if err != nil {
				return exitError{code: 2, err: err}
			}
			engine, err := extractors.New()
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			p := newProgress(len(fs), "regress")
			var failed, updated []fixtures.Outcome
			todo, todoMet, errored := 0, 0, 0
			for _, f := range fs {
				o := fixtures.Check(f, engine.Extract, update)
				if o.Failed() {
					failed = append(failed, o)
					p.done(fmt.Errorf("failed"))
				} else {
					p.done(nil)
				}
				if o.Err != nil {
					errored++
				}
				if o.Updated {
					updated = append(updated, o)
				}
				for _, m := range o.Todo {
					fmt.Fprintf(out, "todo %s: %s\n", o.Fixture.Name, m)
					todo++
				}
				for _, m := range o.TodoMet {
					fmt.Fprintf(out, "todo met %s: %s (move it out of todo in expect.json)\n", o.Fixture.Name, m)
					todoMet++
				}
			}
			p.summary(cmd.ErrOrStderr(), "fixtures")
			for _, o := range updated {
				if o.Created {
					fmt.Fprintf(out, "wrote %s: new golden.json (%d mentions, %d claims)\n", o.Fixture.Name, len(o.Result.Mentions), len(o.Result.Claims))
					continue
				}
				fmt.Fprintf(out, "updated %s: golden.json rewritten; what changed:\n", o.Fixture.Name)
				for _, d := range o.Diff {
					fmt.Fprintf(out, "    snapshot: %s\n", d)
				}
			}
			for _, o := range failed {
				fmt.Fprintf(out, "FAIL %s\n", o.Fixture.Name)
				if o.Err != nil {
					fmt.Fprintf(out, "    error: %v\n", o.Err)
				}
				for _, m := range o.Missing {
					fmt.Fprintf(out, "    must-have: %s\n", m)
				}
				if !o.Updated {
					for _, d := range o.Diff {
						fmt.Fprintf(out, "    snapshot: %s\n", d)
					}
				}
			}
			if update {
				var names []string
				for _, o := range updated {
					names = append(names, o.Fixture.Name)
				}
				if len(names) > 0 {
					fmt.Fprintf(out, "%d snapshots rewritten: %s\n", len(names), strings.Join(names, ", "))
				} else {
					fmt.Fprintf(out, "0 snapshots rewritten\n")
				}
			}
			if todo > 0 {
				fmt.Fprintf(out, "%d known gaps (expect.json todo) still open\n", todo)
			}
			if todoMet > 0 {
				fmt.Fprintf(out, "%d known gaps now met: move them out of todo in expect.json so that they stay met\n", todoMet)
			}
			fmt.Fprintf(out, "%d passed, %d failed\n", len(fs)-len(failed), len(failed))
			switch {
			case errored > 0:
				return exitError{code: 2, err: fmt.Errorf("%d of %d fixtures could not be checked", errored, len(fs))}
			case len(failed) > 0:
				return exitError{code: 1, err: fmt.Errorf("%d of %d fixtures failed", len(failed), len(fs))}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&update, "update", false, "rewrite the golden.json snapshots that differ or are missing, listing what changed (must-haves are still checked)")
	return cmd
}
