package article_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/eval"
	"github.com/claimpipe/claimpipe/extractors/article"
)

// FuzzExtract checks that no input makes Extract panic (a recovered panic
// comes back as an Internal error) and that every result keeps its
// invariants. The seeds are hand-written edge cases plus the smallest of the
// shared benchmark pages when the shared folder is present.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"<",
		"<html><body><p>Hello, world. This is a sentence of some length for the extractor.</p></body></html>",
		"<table><tr><td>a<td>b</table><p>text text text text text text text text text text text text</p>",
		"<svg><title>x</title></svg><math><mi>y</mi></math><template><p>z</p></template>",
		"<p>x<br><br>y</p><pre>  code\n  block  </pre><blockquote class=twitter-tweet><a>l</a></blockquote>",
		`<script type="application/ld+json">{"@type":"NewsArticle","author":[[[{"name":1}]]],"datePublished":["x"]}</script>`,
		`<meta property="article:published_time" content="9999-99-99T99:99"><p lang="` + strings.Repeat("x", 100) + `">t</p>`,
		"<div class=\"share comment related\"><p>" + strings.Repeat("word ", 200) + "</p></div>",
		"\xff\xfe<p>\x00bad \xc3 utf8</p>",
		strings.Repeat("<div>", 3000) + "deep" + strings.Repeat("</div>", 3000),
	} {
		f.Add([]byte(s), "https://example.com/2019/11/20/x")
	}
	if shared, ok := eval.SharedDir(); ok {
		if pages, err := eval.LoadArticlePages(shared + "/data/article-extraction"); err == nil {
			slices.SortFunc(pages, func(a, b eval.ArticlePage) int { return len(a.HTML) - len(b.HTML) })
			for _, p := range pages[:min(6, len(pages))] {
				f.Add(p.HTML, p.URL)
			}
		}
	} else {
		f.Log("shared data absent: fuzzing from the hand-written seeds only")
	}
	f.Fuzz(func(t *testing.T, page []byte, pageURL string) {
		a, err := article.Extract(page, pageURL)
		if err != nil {
			if k := claims.ErrorKind(err); k != claims.Invalid {
				t.Fatalf("error of kind %s: %v", k, err)
			}
			return
		}
		if !utf8.ValidString(a.Text) || a.Text == "" {
			t.Fatalf("text not valid non-empty UTF-8: %q", a.Text)
		}
		if strings.TrimSpace(a.Text) != a.Text || strings.Contains(a.Text, "\n\n\n") {
			t.Fatalf("text has stray white space: %q", a.Text)
		}
		if a.ID != claims.ArticleID(a.Text) {
			t.Fatalf("ID %q != ArticleID(Text)", a.ID)
		}
		if a.URL != pageURL {
			t.Fatalf("URL %q, want %q", a.URL, pageURL)
		}
	})
}
