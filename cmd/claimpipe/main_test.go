package main

import (
	"os/exec"
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

func TestRedactURLs(t *testing.T) {
	cases := []struct{ in, want string }{
		{"postgres://claimpipe:s3cret@db:5432/claims?sslmode=disable", "postgres://claimpipe:xxx@db:5432/claims?sslmode=disable"},
		{"postgres://postgres@127.0.0.1:5432/test?sslmode=disable", "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"},
		{"postgresql://u@db/claims?password=s3cret", "postgresql://u@db/claims?password=xxx"},
		{"host=db user=u password=s3cret dbname=claims", "host=db user=u password=xxx dbname=claims"},
		{"host=db password='s3 cret' dbname=claims", "host=db password=xxx dbname=claims"},
		{"nats://tok3n@n1:4222,nats://u:s3cret@n2:4222,nats://n3:4222", "nats://xxx@n1:4222,nats://u:xxx@n2:4222,nats://n3:4222"},
		// A password not escaped as a URL's must not show either.
		{"postgres://u:p%zz@h/db", "postgres://u:xxx@h/db"},
		{"postgres://u:pa/ss@h/db", "postgres://u:xxx@h/db"},
		{"postgres://u:pa#ss@h/db", "postgres://u:xxx@h/db"},
		{"postgres://u:pa?ss@h/db?sslmode=disable", "postgres://u:xxx@h/db?sslmode=disable"},
		{"nats://to/k#en@n1:4222", "nats://xxx@n1:4222"},
		{"data/claimpipe.db", "data/claimpipe.db"},
		{"", ""},
	}
	for _, c := range cases {
		if got := redactURLs(c.in); got != c.want {
			t.Errorf("redactURLs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// --help prints each flag's default, which is its environment variable's
// value when that is set: the credentials in CLAIMPIPE_STORE, CLAIMPIPE_NATS
// and the alert webhook's variables must not show.
func TestHelpHidesSecretsFromTheEnvironment(t *testing.T) {
	secrets := map[string]string{
		"CLAIMPIPE_STORE":                "postgres://claimpipe:pgS3cret@db:5432/claims",
		"CLAIMPIPE_NATS":                 "nats://natsT0ken@n1:4222,nats://u:natsS3cret@n2:4222",
		"CLAIMPIPE_ALERT_WEBHOOK":        "https://hooks.example/services/T0/B0/hookS3cret",
		"CLAIMPIPE_ALERT_WEBHOOK_SECRET": "hmacS3cret",
	}
	for _, args := range [][]string{{"worker", "--help"}, {"run", "--help"}, {"status", "--help"}, {"dlq", "replay", "--help"},
		{"users", "add", "--help"}, {"claims", "list", "--help"}} {
		cmd := exec.Command(binPath, args...)
		cmd.Env = cmd.Environ()
		for k, v := range secrets {
			cmd.Env = append(cmd.Env, k+"="+v)
		}
		out, errOut, err := runCmd(cmd, "")
		if err != nil || !strings.Contains(out, "Usage:") {
			t.Errorf("claimpipe %s: %v\n%s%s", strings.Join(args, " "), err, out, errOut)
			continue
		}
		for _, s := range []string{"pgS3cret", "natsT0ken", "natsS3cret", "hookS3cret", "hmacS3cret"} {
			if strings.Contains(out+errOut, s) {
				t.Errorf("claimpipe %s shows %q from the environment:\n%s", strings.Join(args, " "), s, out)
			}
		}
	}
}
