package main

import (
	"context"
	"net/http"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/desk"
	"github.com/claimpipe/claimpipe/sources"
)

func newWatchCmd(g *globals) *cobra.Command {
	var configPath, server, seenPath string
	var interval, maxAge, fetchTimeout time.Duration
	var allow []string
	cmd := &cobra.Command{
		Use:   "watch [--config FILE] [FEED_OR_SITEMAP_URL...]",
		Short: "Poll feeds and sitemaps and submit new articles to a running claimpipe",
		Long: `watch polls RSS, Atom and JSON feeds, sitemaps, sitemap indexes and news sitemaps (the URLs
given, and the sources section of --config) every --interval, and submits each new article to the
claimpipe at --server. What was submitted is remembered in --seen, so a restart never submits the
same article twice. Items a feed or sitemap dates older than --max-age (a week; 0: no limit;
watch.max_age in --config) are skipped, so that a first poll does not submit a site's archive;
undated ones always pass. Of --config, watch reads sources, watch and fetch (its http and data
are run's). (claimpipe run polls the sources of its --config itself.) A desk with logins takes
an API token from CLAIMPIPE_TOKEN, as for ingest.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(configPath)
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("max-age") {
				maxAge = cfg.maxAge()
			}
			if maxAge < 0 {
				return claims.Errorf(claims.Invalid, "--max-age %s: want 0 (no limit) or more", maxAge)
			}
			srcs := cfg.sources()
			for _, u := range args {
				srcs = append(srcs, sources.Source{URL: u})
			}
			if len(srcs) == 0 {
				return claims.Errorf(claims.Invalid, "nothing to watch: give feed or sitemap URLs, or a --config with sources")
			}
			seen, err := sources.OpenFileSeen(seenPath, 90*24*time.Hour)
			if err != nil {
				return err
			}
			defer seen.Close()
			c := newClient(server)
			if !cmd.Flags().Changed("fetch-timeout") && cfg.Fetch.Timeout > 0 {
				fetchTimeout = cfg.Fetch.Timeout
			}
			fetcher := sources.NewFetcher(sources.FetchConfig{Allow: append(cfg.Fetch.Allow, allow...), IgnoreRobots: cfg.Fetch.IgnoreRobots,
				ConnectTimeout: fetchTimeout, HeaderTimeout: fetchTimeout, BodyTimeout: fetchTimeout}, g.log.Named("fetch"))
			w := &sources.Watcher{
				Sources:         srcs,
				Fetcher:         fetcher,
				Seen:            seen,
				Cache:           sources.NewMemoryCache(),
				Log:             g.log.Named("watch"),
				DefaultInterval: interval,
				MaxAge:          maxAge,
				Submit: func(ctx context.Context, s *claims.Submission) error {
					var resp desk.SubmissionResponse
					err := c.do(ctx, http.MethodPost, "/api/submissions", desk.SubmissionRequest{URL: s.URL, Published: s.Published, FeedPublished: s.FeedPublished, Source: s.Source}, &resp)
					if err == nil {
						g.log.Info("submitted", zap.String("url", s.URL), zap.String("id", resp.ID), zap.String("source", s.Source))
					}
					return err
				},
			}
			g.log.Info("watching", zap.Int("sources", len(srcs)), zap.Duration("interval", interval))
			if err := w.Run(cmd.Context()); err != nil && cmd.Context().Err() == nil {
				return err
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&configPath, "config", envOr("CLAIMPIPE_CONFIG", ""), "YAML configuration with a sources section (env CLAIMPIPE_CONFIG)")
	f.StringVar(&server, "server", envOr("CLAIMPIPE_SERVER", "http://127.0.0.1:8080"), "address of the running claimpipe (env CLAIMPIPE_SERVER)")
	f.StringVar(&seenPath, "seen", filepath.Join("data", "watch-seen.jsonl"), "file remembering the articles already submitted")
	f.DurationVar(&interval, "interval", 10*time.Minute, "poll interval of sources that set none")
	f.DurationVar(&maxAge, "max-age", defaultMaxAge, "skip items a feed dates older than this (0: no limit)")
	f.DurationVar(&fetchTimeout, "fetch-timeout", 30*time.Second, "time limit of each step of a fetch (connect, headers, body)")
	f.StringSliceVar(&allow, "fetch-allow", nil, "hosts or CIDRs the fetcher may reach despite the SSRF guard")
	return cmd
}
