package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"golang.org/x/term"

	"github.com/claimpipe/claimpipe/claims"
)

// globals are the flags every command shares.
type globals struct {
	logFormat string
	logLevel  string
	log       *zap.Logger
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	g := &globals{}
	root := newRoot(g)
	err := root.ExecuteContext(ctx)
	if g.log != nil {
		_ = g.log.Sync()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "claimpipe:", err)
		var ee exitError
		if errors.As(err, &ee) {
			os.Exit(ee.code)
		}
		os.Exit(1)
	}
}

// exitError ends the process with a given code after its message.
type exitError struct {
	code int
	err  error
}

func (e exitError) Error() string { return e.err.Error() }
func (e exitError) Unwrap() error { return e.err }

func newRoot(g *globals) *cobra.Command {
	root := &cobra.Command{
		Use:           "claimpipe",
		Short:         "Read the news and pull out the claims worth checking",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			log, err := newLogger(g.logFormat, g.logLevel)
			if err != nil {
				return err
			}
			g.log = log
			return nil
		},
	}
	root.PersistentFlags().StringVar(&g.logFormat, "log-format", "console", "log format: console (human-readable) or json")
	root.PersistentFlags().StringVar(&g.logLevel, "log-level", "info", "log level: debug, info, warn or error")
	root.AddCommand(
		newRunCmd(g),
		newIngestCmd(g),
		newExtractCmd(g),
		newAnnotateCmd(g),
		newRegressCmd(g),
		newClaimsCmd(g),
		newDLQCmd(g),
		newWorkerCmd(g),
		newStatusCmd(g),
		newEvalCmd(g),
		newRankCmd(g),
		newWatchCmd(g),
		newUsersCmd(g),
	)
	addClaimsExport(root)
	root.InitDefaultCompletionCmd() // now rather than at Execute, so that requireSubcommand sees it
	root.SetHelpCommand(newHelpCmd(root))
	requireSubcommand(root)
	hideSecretDefaults(root)
	return root
}

// hideSecretDefaults keeps the credentials that flags take from the
// environment out of --help: a flag's default is the value of its variable
// (CLAIMPIPE_STORE, CLAIMPIPE_NATS, CLAIMPIPE_ALERT_WEBHOOK...), and cobra
// prints defaults, so `worker --help` in a pod showed the database password,
// the NATS token and the webhook's key. Only what is printed changes.
func hideSecretDefaults(c *cobra.Command) {
	hide := func(f *pflag.Flag) {
		switch f.Name {
		case "store", "nats":
			f.DefValue = redactURLs(f.DefValue)
		case "alert-webhook", "alert-webhook-secret":
			// A webhook URL often holds its key in the path (Slack's do).
			if f.DefValue != "" {
				f.DefValue = "set in the environment"
			}
		}
	}
	c.Flags().VisitAll(hide)
	c.PersistentFlags().VisitAll(hide)
	for _, sub := range c.Commands() {
		hideSecretDefaults(sub)
	}
}

// newHelpCmd is `claimpipe help [COMMAND...]`, cobra's own except that an
// unknown topic is an error (exit 1) rather than a line of text and exit 0.
func newHelpCmd(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: "Help about any command",
		RunE: func(cmd *cobra.Command, args []string) error {
			c, rest, err := root.Find(args)
			if err != nil || c == nil || len(rest) > 0 {
				msg := fmt.Sprintf("unknown help topic %q", strings.Join(args, " "))
				if s := root.SuggestionsFor(args[0]); len(s) > 0 {
					msg += fmt.Sprintf("; did you mean %q?", s[0])
				}
				return claims.Errorf(claims.Invalid, "%s (see %s --help)", msg, root.CommandPath())
			}
			c.InitDefaultHelpFlag()
			return c.Help()
		},
	}
}

// requireSubcommand makes every command under root that only groups others
// (claims, dlq, eval, users, ...) refuse an argument that names none of its
// subcommands, as cobra does for root itself: left to cobra, `claimpipe dlq
// replai 6` printed the help of dlq and exited 0, so a script silently did
// nothing. Alone, such a command still prints its help.
func requireSubcommand(root *cobra.Command) {
	for _, c := range root.Commands() {
		requireSubcommand(c)
		if !c.HasSubCommands() || c.Runnable() {
			continue
		}
		c.SuggestionsMinimumDistance = 2 // cobra's default for root
		c.Args = func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
			if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
				msg += fmt.Sprintf("; did you mean %q?", s[0])
			}
			return claims.Errorf(claims.Invalid, "%s (see %s --help)", msg, cmd.CommandPath())
		}
		c.RunE = func(cmd *cobra.Command, args []string) error { return cmd.Help() }
	}
}

func newLogger(format, level string) (*zap.Logger, error) {
	lvl, err := zapcore.ParseLevel(level)
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "--log-level %q: want debug, info, warn or error", level)
	}
	var cfg zap.Config
	switch format {
	case "json":
		cfg = zap.NewProductionConfig()
	case "console", "":
		cfg = zap.NewDevelopmentConfig()
		cfg.DisableStacktrace = true
		cfg.EncoderConfig.EncodeTime = zapcore.TimeEncoderOfLayout("15:04:05.000")
		if term.IsTerminal(int(os.Stderr.Fd())) {
			cfg.EncoderConfig.EncodeLevel = zapcore.CapitalColorLevelEncoder
		}
	default:
		return nil, claims.Errorf(claims.Invalid, "--log-format %q: want console or json", format)
	}
	cfg.Level = zap.NewAtomicLevelAt(lvl)
	cfg.OutputPaths = []string{"stderr"}
	return cfg.Build()
}
