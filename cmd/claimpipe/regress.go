package main

import (
	"fmt"

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
expect.json and compares the result with golden.json, printing a per-field diff. It exits 1 when
anything is missing or changed. --update rewrites the snapshots (golden.json) only; must-haves
are hand-written and never rewritten.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "fixtures"
			if len(args) == 1 {
				dir = args[0]
			}
			fs, err := fixtures.Load(dir)
			if err != nil {
				return err
			}
			engine, err := extractors.New()
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			p := newProgress(len(fs), "regress")
			var failed []fixtures.Outcome
			updated, todo, todoMet := 0, 0, 0
			for _, f := range fs {
				o := fixtures.Check(f, engine.Extract, update)
				if o.Failed() {
					failed = append(failed, o)
					p.done(fmt.Errorf("failed"))
				} else {
					p.done(nil)
				}
				if o.Updated {
					updated++
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
			for _, o := range failed {
				fmt.Fprintf(out, "FAIL %s\n", o.Fixture.Name)
				if o.Err != nil {
					fmt.Fprintf(out, "    error: %v\n", o.Err)
				}
				for _, m := range o.Missing {
					fmt.Fprintf(out, "    must-have: %s\n", m)
				}
				for _, d := range o.Diff {
					fmt.Fprintf(out, "    snapshot: %s\n", d)
				}
			}
			if update {
				fmt.Fprintf(out, "%d snapshots rewritten\n", updated)
			}
			if todo > 0 {
				fmt.Fprintf(out, "%d known gaps (expect.json todo) still open\n", todo)
			}
			if todoMet > 0 {
				fmt.Fprintf(out, "%d known gaps now met: move them out of todo in expect.json so that they stay met\n", todoMet)
			}
			fmt.Fprintf(out, "%d passed, %d failed\n", len(fs)-len(failed), len(failed))
			if len(failed) > 0 {
				return exitError{code: 1, err: fmt.Errorf("%d of %d fixtures failed", len(failed), len(fs))}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&update, "update", false, "rewrite golden.json snapshots (must-haves are still checked)")
	return cmd
}
