package main

import (
	"bytes"
	"os"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/sources"
)

// fileConfig is the optional YAML configuration (--config). Flags given on
// the command line win over it.
//
//	http: ":8080"
//	data: data
//	fetch:
//	  allow: ["10.0.0.0/8"]   # addresses opened despite the SSRF guard
//	  timeout: 30s
//	  ignore_robots: false
//	watch:
//	  max_age: 168h            # skip feed items dated older (default 7 days; 0: none)
//	sources:
//	  - name: example
//	    url: https://example.com/feed.xml
//	    kind: feed             # feed or sitemap; detected when empty
//	    interval: 10m
type fileConfig struct {
	HTTP  string `yaml:"http"`
	Data  string `yaml:"data"`
	Fetch struct {
		Allow        []string      `yaml:"allow"`
		Timeout      time.Duration `yaml:"timeout"`
		IgnoreRobots bool          `yaml:"ignore_robots"`
	} `yaml:"fetch"`
	Watch struct {
		// MaxAge skips feed and sitemap items dated older than it, so that
		// a first poll does not submit a site's archive; nil is the
		// default, 0 no limit. Undated items always pass.
		MaxAge *time.Duration `yaml:"max_age"`
	} `yaml:"watch"`
	Sources []sourceConfig `yaml:"sources"`
}

// defaultMaxAge is how old a feed item may be to be submitted, when the
// configuration does not say: a week.
const defaultMaxAge = 7 * 24 * time.Hour

// maxAge is the configured watch.max_age, defaultMaxAge if unset.
func (c *fileConfig) maxAge() time.Duration {
	if c.Watch.MaxAge == nil {
		return defaultMaxAge
	}
	return *c.Watch.MaxAge
}

type sourceConfig struct {
	Name     string        `yaml:"name"`
	URL      string        `yaml:"url"`
	Kind     string        `yaml:"kind"`
	Interval time.Duration `yaml:"interval"`
}

// loadConfig reads path; an empty path is an empty configuration.
func loadConfig(path string) (*fileConfig, error) {
	cfg := &fileConfig{}
	if path == "" {
		return cfg, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "--config %s: %w", path, err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil && err.Error() != "EOF" {
		return nil, claims.Errorf(claims.Invalid, "--config %s: %w", path, err)
	}
	if cfg.Watch.MaxAge != nil && *cfg.Watch.MaxAge < 0 {
		return nil, claims.Errorf(claims.Invalid, "--config %s: watch.max_age %s: want 0 (no limit) or more", path, *cfg.Watch.MaxAge)
	}
	for i, s := range cfg.Sources {
		if s.URL == "" {
			return nil, claims.Errorf(claims.Invalid, "--config %s: source %d (%q) has no url", path, i+1, s.Name)
		}
		if s.Kind != "" && s.Kind != string(sources.KindFeed) && s.Kind != string(sources.KindSitemap) {
			return nil, claims.Errorf(claims.Invalid, "--config %s: source %q: kind %q, want feed or sitemap", path, s.URL, s.Kind)
		}
	}
	return cfg, nil
}

func (c *fileConfig) sources() []sources.Source {
	out := make([]sources.Source, len(c.Sources))
	for i, s := range c.Sources {
		out[i] = sources.Source{Name: s.Name, URL: s.URL, Kind: sources.SourceKind(s.Kind), Interval: s.Interval}
	}
	return out
}
