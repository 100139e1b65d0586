package main

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestUnknownSubcommand: a mistyped subcommand of any command that groups
// others fails with exit 1 and names what was typed and where, instead of
// printing help and exiting 0 (`claimpipe dlq replai 6` did nothing, with
// success); the group alone still prints its help.
func TestUnknownSubcommand(t *testing.T) {
	cases := []struct {
		group string // the command whose subcommand is mistyped
		args  []string
		want  string
	}{
		{"claimpipe", []string{"bogus"}, `unknown command "bogus" for "claimpipe"`},
		{"claimpipe claims", []string{"claims", "bogus"}, `unknown command "bogus" for "claimpipe claims"`},
		{"claimpipe claims", []string{"claims", "lst"}, `did you mean "list"?`},
		{"claimpipe dlq", []string{"dlq", "replai", "6"}, `unknown command "replai" for "claimpipe dlq"; did you mean "replay"?`},
		{"claimpipe eval", []string{"eval", "bogus"}, `unknown command "bogus" for "claimpipe eval"`},
		{"claimpipe users", []string{"users", "bogus", "--store", "x.db"}, `unknown command "bogus" for "claimpipe users"`},
		{"claimpipe completion", []string{"completion", "bogus"}, `unknown command "bogus" for "claimpipe completion"`},
		{"claimpipe help", []string{"help", "bogus"}, `unknown help topic "bogus"`},
		{"claimpipe help", []string{"help", "dlq", "replai"}, `unknown help topic "dlq replai"`},
	}
	// Every command with subcommands has a case.
	covered := map[string]bool{}
	for _, c := range cases {
		covered[c.group] = true
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.HasSubCommands() && !covered[c.CommandPath()] {
			t.Errorf("no case for a mistyped subcommand of %q", c.CommandPath())
		}
		for _, s := range c.Commands() {
			walk(s)
		}
	}
	walk(newRoot(&globals{}))

	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			out, errOut, err := claimpipe(t, c.args...)
			if code := exitCode(err); code != 1 {
				t.Errorf("exit %d, want 1\nstdout: %.300s\nstderr: %s", code, out, errOut)
			}
			if !strings.Contains(errOut, c.want) {
				t.Errorf("stderr %q, want %q", errOut, c.want)
			}
		})
	}
	for _, args := range [][]string{{"help"}, {"help", "dlq"}, {"help", "dlq", "replay"}} {
		if out, errOut, err := claimpipe(t, args...); err != nil || !strings.Contains(out, "Usage:") {
			t.Errorf("claimpipe %s: %v, want help\n%s%s", strings.Join(args, " "), err, out, errOut)
		}
	}
	for _, group := range []string{"claims", "dlq", "eval", "users"} {
		if out, errOut, err := claimpipe(t, group); err != nil || !strings.Contains(out, "Available Commands:") {
			t.Errorf("claimpipe %s alone: %v, want its help\n%s%s", group, err, out, errOut)
		}
	}
}
