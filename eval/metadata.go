package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors/article"
)

// MetadataScore is how well article.Extract's metadata matches the expected
// metadata of the readability-pages set. Each share is over the pages whose
// expected value is non-empty (the N beside it).
type MetadataScore struct {
	Pages      int
	Title      float64 // exact match after white-space folding
	TitleN     int
	Byline     float64 // lenient: case, "By " and containment forgiven
	BylineN    int
	Published  float64 // same calendar date
	PublishedN int
	SiteName   float64 // exact match after white-space folding
	SiteNameN  int
}

// expectedMeta is Readability.js's expected-metadata.json.
type expectedMeta struct {
	Title         *string `json:"title"`
	Byline        *string `json:"byline"`
	SiteName      *string `json:"siteName"`
	PublishedTime *string `json:"publishedTime"`
}

// readabilityBase is the URL the upstream tests parse every page with.
const readabilityBase = "http://fakehost/test/page.html"

// EvalMetadata runs article.Extract on every page of the readability-pages
// set in dataDir and scores title, byline, published date and site name,
// printing the shares (and with CLAIMPIPE_EVAL_VERBOSE set, every miss) to w.
func EvalMetadata(ctx context.Context, dataDir string, w io.Writer) (MetadataScore, error) {
	pages, err := readabilityPages(dataDir)
	if err != nil {
		return MetadataScore{}, err
	}
	verbose := os.Getenv("CLAIMPIPE_EVAL_VERBOSE") != ""
	var s MetadataScore
	var title, byline, pub, site int
	miss := func(page, field, want, got string) {
		if verbose {
			fmt.Fprintf(w, "miss %-28s %-9s want %q got %q\n", page, field, want, got)
		}
	}
	for _, p := range pages {
		if err := ctx.Err(); err != nil {
			return MetadataScore{}, err
		}
		dir := filepath.Join(dataDir, p)
		src, err := os.ReadFile(filepath.Join(dir, "source.html"))
		if err != nil {
			return MetadataScore{}, claims.WrapKind(claims.Invalid, err) // "open PATH: ..."
		}
		raw, err := os.ReadFile(filepath.Join(dir, "expected-metadata.json"))
		if err != nil {
			return MetadataScore{}, claims.WrapKind(claims.Invalid, err)
		}
		var want expectedMeta
		if err := json.Unmarshal(raw, &want); err != nil {
			return MetadataScore{}, claims.Errorf(claims.Invalid, "parse %s/expected-metadata.json: %w", dir, err)
		}
		got, err := article.Extract(src, readabilityBase)
		if err != nil && claims.ErrorKind(err) != claims.Invalid {
			return MetadataScore{}, err
		}
		s.Pages++
		if v := deref(want.Title); foldSpace(v) != "" {
			s.TitleN++
			if foldSpace(v) == foldSpace(got.Title) {
				title++
			} else {
				miss(p, "title", v, got.Title)
			}
		}
		if v := deref(want.Byline); foldSpace(v) != "" {
			s.BylineN++
			if BylineMatch(v, got.Byline) {
				byline++
			} else {
				miss(p, "byline", v, got.Byline)
			}
		}
		if v := deref(want.PublishedTime); foldSpace(v) != "" {
			s.PublishedN++
			if SameDate(v, got.Published) {
				pub++
			} else {
				miss(p, "published", v, got.Published)
			}
		}
		if v := deref(want.SiteName); foldSpace(v) != "" {
			s.SiteNameN++
			if foldSpace(v) == foldSpace(got.SiteName) {
				site++
			} else {
				miss(p, "site", v, got.SiteName)
			}
		}
	}
	s.Title = share(title, s.TitleN)
	s.Byline = share(byline, s.BylineN)
	s.Published = share(pub, s.PublishedN)
	s.SiteName = share(site, s.SiteNameN)
	fmt.Fprintf(w, "== article metadata (%s): %d pages\n", dataDir, s.Pages)
	fmt.Fprintf(w, "title exact      %.3f (%d/%d)\n", s.Title, title, s.TitleN)
	fmt.Fprintf(w, "byline lenient   %.3f (%d/%d)\n", s.Byline, byline, s.BylineN)
	fmt.Fprintf(w, "published date   %.3f (%d/%d)\n", s.Published, pub, s.PublishedN)
	fmt.Fprintf(w, "site name exact  %.3f (%d/%d)\n", s.SiteName, site, s.SiteNameN)
	return s, nil
}

func share(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// readabilityPages lists the page folders: pages.txt when present, else
// every sub-folder holding an expected-metadata.json.
func readabilityPages(dataDir string) ([]string, error) {
	if f, err := os.Open(filepath.Join(dataDir, "pages.txt")); err == nil {
		defer f.Close()
		var out []string
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if p := strings.TrimSpace(sc.Text()); p != "" {
				out = append(out, p)
			}
		}
		return out, sc.Err()
	}
	ents, err := os.ReadDir(dataDir)
	if err != nil {
		return nil, claims.WrapKind(claims.Invalid, err) // "open DIR: ..."
	}
	var out []string
	for _, e := range ents {
		if _, err := os.Stat(filepath.Join(dataDir, e.Name(), "expected-metadata.json")); e.IsDir() && err == nil {
			out = append(out, e.Name())
		}
	}
	if len(out) == 0 {
		return nil, claims.Errorf(claims.Invalid, "%s holds no page folder with an expected-metadata.json (the readability-pages set is ../shared/data/readability-pages)", dataDir)
	}
	return out, nil
}

// BylineMatch is the lenient byline comparison: case and white space
// ignored, a leading "by" dropped, and either name containing the other.
func BylineMatch(want, got string) bool {
	norm := func(s string) string {
		s = strings.ToLower(foldSpace(s))
		s = strings.TrimPrefix(s, "by ")
		return strings.ReplaceAll(strings.Trim(s, " ,.:;|-"), " ", "")
	}
	w, g := norm(want), norm(got)
	if w == "" || g == "" {
		return w == g
	}
	return strings.Contains(w, g) || strings.Contains(g, w)
}

// SameDate reports whether two date strings, in any form article.ParseDate
// reads, name the same calendar day as written (no time-zone conversion).
func SameDate(want, got string) bool {
	w, g := article.ParseDate(want), article.ParseDate(got)
	return w != "" && len(w) >= 10 && len(g) >= 10 && w[:10] == g[:10]
}
