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
	Sources []sourceConfig `yaml:"sources"`
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
