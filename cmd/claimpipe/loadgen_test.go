package main

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpus is the paragraphs of every fixture's extracted text (its
// golden.json), the material load articles are made of.
type corpus struct {
	titles []string
	paras  [][]string // per fixture
}

func loadCorpus(t testing.TB) *corpus {
	t.Helper()
	files, err := filepath.Glob("../../fixtures/*/golden.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	c := &corpus{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Article struct {
				Title string `json:"title"`
				Text  string `json:"text"`
			} `json:"article"`
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var ps []string
		for _, p := range strings.Split(g.Article.Text, "\n\n") {
			if p = strings.TrimSpace(p); len(p) > 40 {
				ps = append(ps, p)
			}
		}
		if len(ps) >= 3 {
			c.titles = append(c.titles, g.Article.Title)
			c.paras = append(c.paras, ps)
		}
	}
	return c
}

// text is load article i: a dateline that makes it unique, then three
// consecutive paragraphs of one fixture, the fixture and the starting
// paragraph varying with i. Every article has a distinct ID; the content is
// real news prose, so every stage does real work on it.
func (c *corpus) text(i int) string {
	f := i % len(c.paras)
	ps := c.paras[f]
	k := (i / len(c.paras)) % len(ps)
	var b strings.Builder
	fmt.Fprintf(&b, "Dispatch %d, desk %d.\n\n", i, i%7)
	for j := range 3 {
		b.WriteString(ps[(k+j)%len(ps)])
		b.WriteString("\n\n")
	}
	return b.String()
}

// html is load article i as a small HTML page with boilerplate around it
// (navigation, a footer, a script) for the extractor to remove.
func (c *corpus) html(i int) string {
	f := i % len(c.paras)
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><meta charset=utf-8><title>%s</title>"+
		"<script>var tracking=%d;</script></head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav>"+
		"<article><h1>%s</h1>", html.EscapeString(c.titles[f]), i, html.EscapeString(c.titles[f]))
	for _, p := range strings.Split(strings.TrimSpace(c.text(i)), "\n\n") {
		b.WriteString("<p>" + html.EscapeString(p) + "</p>")
	}
	b.WriteString("</article><footer>© The Paper. All rights reserved.</footer></body></html>")
	return b.String()
}

func TestLoadArticlesAreDistinct(t *testing.T) {
	c := loadCorpus(t)
	seen := map[string]int{}
	for i := range 2000 {
		s := c.text(i)
		if j, ok := seen[s]; ok {
			t.Fatalf("articles %d and %d are the same", j, i)
		}
		seen[s] = i
	}
}
