package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/desk"
)

// client talks to a running claimpipe over its HTTP API.
type client struct {
	base string
	http *http.Client
}

func newClient(base string) *client {
	return &client{base: strings.TrimRight(base, "/"), http: &http.Client{Timeout: 60 * time.Second}}
}

// do sends a JSON request and decodes a JSON answer; a problem+json answer
// becomes an error carrying its detail.
func (c *client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return claims.Errorf(claims.Invalid, "--server %q: %w", c.base, err)
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if tok := os.Getenv("CLAIMPIPE_TOKEN"); tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return claims.Errorf(claims.Transient, "cannot reach claimpipe at %s (is `claimpipe run` running?): %w", c.base, err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if resp.StatusCode >= 300 {
		var p struct {
			Detail string `json:"detail"`
		}
		msg := fmt.Sprintf("%s %s: %s", method, path, resp.Status)
		if json.Unmarshal(data, &p) == nil && p.Detail != "" {
			msg = p.Detail
		}
		switch k := answerKind(resp.StatusCode); k {
		case claims.Unauthorized:
			// The desk's answer is meant for a browser or an API client;
			// say how this command sends a token.
			hint := "set CLAIMPIPE_TOKEN to an API token of the desk (claimpipe users token NAME, against the desk's --store)"
			if os.Getenv("CLAIMPIPE_TOKEN") != "" {
				hint = "the token in CLAIMPIPE_TOKEN was refused: revoked, or made against another store? " +
					"Make one with claimpipe users token NAME, against the desk's --store"
			}
			return claims.Errorf(k, "%s answered %s: %s; %s", c.base, resp.Status, msg, hint)
		default:
			return claims.Errorf(k, "%s", msg)
		}
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			return fmt.Errorf("%s %s: bad answer: %w", method, path, err)
		}
	}
	return nil
}

// answerKind is the error kind of an HTTP answer's status, as the desk maps
// kinds to statuses.
func answerKind(status int) claims.Kind {
	switch {
	case status == http.StatusUnauthorized:
		return claims.Unauthorized
	case status == http.StatusForbidden:
		return claims.Forbidden
	case status == http.StatusNotFound:
		return claims.NotFound
	case status == http.StatusConflict:
		return claims.Conflict
	case status == http.StatusTooManyRequests, status == http.StatusBadGateway,
		status == http.StatusServiceUnavailable, status == http.StatusGatewayTimeout:
		return claims.Transient
	case status >= 400 && status < 500:
		return claims.Invalid
	}
	return claims.Internal
}

func newIngestCmd(g *globals) *cobra.Command {
	var server, published string
	cmd := &cobra.Command{
		Use:   "ingest [--published DATE] URL|FILE|DIR...",
		Short: "Submit articles (URLs, HTML or text files, directories of them) to a running claimpipe",
		Long: `ingest submits each URL, file, or the .html/.htm/.txt files under each directory (gzipped ones
too: .html.gz), to the claimpipe started with 'claimpipe run' (or any desk given with
--server). Submissions are idempotent: the same URL or the same file twice is processed once. A
file that cannot be an article (empty, all blank, or binary: NUL bytes near its start) is
refused at once, like any submission the desk refuses: it is named on standard error, counted
as failed, and the exit status is 1. Failures later in the pipeline (a 404, a binary page at a
URL) are listed by 'claimpipe dlq list'.

Standard output has a line a submission: its submission ID, a tab, the input. A submission
ID names the work in the pipeline (dlq, status); the article it becomes gets an ID of its
own, from its text, which claims list and the desk show.

A desk with logins (a desk worker, or 'run' without --no-auth) takes an API token from
CLAIMPIPE_TOKEN: export CLAIMPIPE_TOKEN=$(claimpipe users token NAME).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkDate(published); err != nil {
				return err
			}
			var urls, paths []string
			for _, a := range args {
				if l := strings.ToLower(a); strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
					urls = append(urls, a)
				} else {
					paths = append(paths, a)
				}
			}
			files, err := expandFiles(paths)
			if err != nil && len(paths) > 0 {
				// A mistyped argument stops the command before it submits
				// anything, so that it can be run again as a whole.
				return fmt.Errorf("%w; nothing submitted", err)
			}
			c := newClient(server)
			p := newProgress(len(urls)+len(files), "ingesting")
			out := cmd.OutOrStdout()
			submit := func(name string, req desk.SubmissionRequest) {
				req.Published = published
				var resp desk.SubmissionResponse
				err := c.do(cmd.Context(), http.MethodPost, "/api/submissions", req, &resp)
				p.done(err)
				if err != nil {
					g.log.Error("not submitted", zap.String("input", name), zap.Error(err))
					return
				}
				if resp.Deferred != "" {
					g.log.Warn("submitted, not yet in the pipeline", zap.String("input", name), zap.String("why", resp.Deferred))
				}
				fmt.Fprintf(out, "%s\t%s\n", resp.ID, name)
			}
			for _, u := range urls {
				submit(u, desk.SubmissionRequest{URL: u})
			}
			for _, f := range files {
				page, err := readPage(f)
				if err != nil {
					p.done(err)
					g.log.Error("not submitted", zap.String("input", f), zap.Error(err))
					continue
				}
				submit(f, desk.SubmissionRequest{Name: f, Content: page.Body, ContentType: page.ContentType})
			}
			p.summary(cmd.ErrOrStderr(), "submissions")
			if p.fail > 0 {
				return exitError{code: 1, err: fmt.Errorf("%d of %d inputs not submitted", p.fail, p.ok+p.fail)}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&server, "server", envOr("CLAIMPIPE_SERVER", "http://127.0.0.1:8080"), "address of the running claimpipe (env CLAIMPIPE_SERVER)")
	cmd.Flags().StringVar(&published, "published", "", "publication date (YYYY-MM-DD) for the articles submitted")
	return cmd
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
