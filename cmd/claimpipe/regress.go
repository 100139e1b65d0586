package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimpipe/claimpipe/extractors"
	"github.com/claimpipe/claimpipe/fixtures"
)

func newRegressCmd(g *globals) *cobra.Command {
	var update, asJSON bool
	cmd := &cobra.Command{
		Use:   "regress [--update] [--json] [DIR]",
		Short: "Check the fixture suite: must-haves and snapshots",
		Long: `regress extracts every fixture under DIR (default: fixtures), checks the must-haves in each
expect.json and compares the result with golden.json, printing a per-field diff. Every folder
under DIR is a fixture (folders named .x, _x and testdata excepted); a DIR that is itself a
fixture folder (it holds meta.json) is checked alone. The files are described by
'go doc ./fixtures'.

Known gaps (expect.json "todo") are listed as "todo" lines without failing; one the extraction
now meets is listed as "todo met": move it out of todo so that it stays met.

--update rewrites the snapshots (golden.json) that differ or are missing, and lists each one it
rewrote with what changed; must-haves are hand-written and never rewritten, and are still checked.

Exit status: 0 when every fixture passes; 1 when a must-have is not met or a snapshot differs;
2 when the suite cannot be checked (DIR missing, a fixture file missing or malformed, an article
that cannot be extracted, a snapshot that cannot be written).

--json prints one JSON object for a CI system instead of the text report, with the same exit
status: {"passed", "failed", "errors", "updated", "todo", "todo_met", "fixtures": [{"name",
"status" (pass, fail or error), "error", "missing", "diff", "todo", "todo_met", "updated",
"created"}]}, fixtures in name order, empty fields left out. When the suite cannot be loaded at
all (exit 2) it prints nothing and the error goes to standard error.`,
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
			var all, failed, updated []fixtures.Outcome
			todo, todoMet, errored := 0, 0, 0
			for _, f := range fs {
				o := fixtures.Check(f, engine.Extract, update)
				all = append(all, o)
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
				todo += len(o.Todo)
				todoMet += len(o.TodoMet)
			}
			p.summary(cmd.ErrOrStderr(), "fixtures")
			if asJSON {
				if err := writeRegressJSON(out, all, update); err != nil {
					return err
				}
			} else {
				writeRegressText(out, all, failed, updated, update, todo, todoMet)
			}
			switch {
			case errored > 0:
				return exitError{code: 2, err: fmt.Errorf("%d of %d fixtures could not be checked", errored, len(fs))}
			case len(failed) > 0:
				return exitError{code: 1, err: fmt.Errorf("%d of %d fixtures failed", len(failed), len(fs))}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object (counts and a record per fixture) instead of the text report")
	cmd.Flags().BoolVar(&update, "update", false, "rewrite the golden.json snapshots that differ or are missing, listing what changed (must-haves are still checked)")
	return cmd
}

// writeRegressText prints the human report: known gaps, rewritten snapshots,
// failures with their diffs, then the counts.
func writeRegressText(out io.Writer, all, failed, updated []fixtures.Outcome, update bool, todo, todoMet int) {
	for _, o := range all {
		for _, m := range o.Todo {
			fmt.Fprintf(out, "todo %s: %s\n", o.Fixture.Name, m)
		}
		for _, m := range o.TodoMet {
			fmt.Fprintf(out, "todo met %s: %s (move it out of todo in expect.json)\n", o.Fixture.Name, m)
		}
	}
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
			fmt.Fprintf(out, "%d %s rewritten: %s\n", len(names), plural(len(names), "snapshots"), strings.Join(names, ", "))
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
	fmt.Fprintf(out, "%d passed, %d failed\n", len(all)-len(failed), len(failed))
}

// regressFixtureJSON is one fixture's record in regress --json.
type regressFixtureJSON struct {
	Name    string   `json:"name"`
	Status  string   `json:"status"` // pass, fail or error
	Error   string   `json:"error,omitempty"`
	Missing []string `json:"missing,omitempty"`
	Diff    []string `json:"diff,omitempty"`
	Todo    []string `json:"todo,omitempty"`
	TodoMet []string `json:"todo_met,omitempty"`
	Updated bool     `json:"updated,omitempty"`
	Created bool     `json:"created,omitempty"`
}

// writeRegressJSON prints the report as one JSON object.
func writeRegressJSON(out io.Writer, all []fixtures.Outcome, update bool) error {
	rep := struct {
		Passed   int                  `json:"passed"`
		Failed   int                  `json:"failed"`
		Errors   int                  `json:"errors"`
		Updated  int                  `json:"updated"`
		Todo     int                  `json:"todo"`
		TodoMet  int                  `json:"todo_met"`
		Fixtures []regressFixtureJSON `json:"fixtures"`
	}{Fixtures: []regressFixtureJSON{}}
	for _, o := range all {
		r := regressFixtureJSON{Name: o.Fixture.Name, Status: "pass", Missing: o.Missing, Diff: o.Diff,
			Todo: o.Todo, TodoMet: o.TodoMet, Updated: o.Updated, Created: o.Created}
		switch {
		case o.Err != nil:
			r.Status, r.Error = "error", o.Err.Error()
			rep.Errors++
		case o.Failed():
			r.Status = "fail"
		}
		if o.Failed() {
			rep.Failed++
		} else {
			rep.Passed++
		}
		if o.Updated {
			rep.Updated++
		}
		rep.Todo += len(o.Todo)
		rep.TodoMet += len(o.TodoMet)
		rep.Fixtures = append(rep.Fixtures, r)
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep); err != nil {
		return fmt.Errorf("regress --json: %w", err)
	}
	return nil
}
