package eval

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors/article"
)

// ArticleScore is the ScrapingHub article-extraction benchmark's result over
// a set of pages: mean page precision (over pages with a non-empty
// prediction), mean page recall (over all pages), F1 of the two means, and
// the share of pages whose token lists equal the gold's exactly.
type ArticleScore struct {
	Precision float64
	Recall    float64
	F1        float64
	Accuracy  float64
	Pages     int
	// PagesPerSec is the extraction speed (HTML to text, parsing included,
	// one goroutine); zero when the score was computed on given predictions.
	PagesPerSec float64
	MBPerSec    float64
}

// PageScore is one page's shingle precision and recall.
type PageScore struct {
	ID        string
	Precision float64
	Recall    float64
	Empty     bool // the prediction has no shingle
	Exact     bool // token lists identical
}

// benchmark tokens: every run of letters, digits and underscore (Unicode, not
// Go's ASCII \w).
var benchToken = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// BenchTokens splits text into the benchmark's tokens.
func BenchTokens(text string) []string { return benchToken.FindAllString(text, -1) }

// shingles is the multiset of 4-token shingles of toks: a text of 1 to 3
// tokens is a single shingle, no tokens no shingle.
func shingles(toks []string) map[string]int {
	m := map[string]int{}
	if len(toks) == 0 {
		return m
	}
	const n = 4
	if len(toks) < n {
		m[strings.Join(toks, "\x00")]++
		return m
	}
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], "\x00")]++
	}
	return m
}

// ScorePage scores one predicted body against the gold body.
func ScorePage(gold, pred string) PageScore {
	gt, pt := BenchTokens(gold), BenchTokens(pred)
	g, p := shingles(gt), shingles(pt)
	var tp, fp, fn int
	for k, a := range g {
		b := p[k]
		tp += min(a, b)
		fn += max(0, a-b)
	}
	for k, b := range p {
		fp += max(0, b-g[k])
	}
	ps := PageScore{Empty: len(p) == 0, Exact: slices.Equal(gt, pt)}
	switch {
	case fp == 0 && fn == 0:
		ps.Precision, ps.Recall = 1, 1
	case tp == 0:
		ps.Precision, ps.Recall = 0, 0
	default:
		ps.Precision = float64(tp) / float64(tp+fp)
		ps.Recall = float64(tp) / float64(tp+fn)
	}
	return ps
}

// ScoreBodies applies the benchmark metric to predictions keyed by page id;
// a page missing from pred counts as an empty prediction.
func ScoreBodies(gold, pred map[string]string) (ArticleScore, []PageScore) {
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var s ArticleScore
	var pages []PageScore
	var sumP, sumR float64
	var nP, exact int
	for _, id := range ids {
		ps := ScorePage(gold[id], pred[id])
		ps.ID = id
		pages = append(pages, ps)
		sumR += ps.Recall
		if !ps.Empty {
			sumP += ps.Precision
			nP++
		}
		if ps.Exact {
			exact++
		}
	}
	s.Pages = len(ids)
	if nP > 0 {
		s.Precision = sumP / float64(nP)
	}
	if s.Pages > 0 {
		s.Recall = sumR / float64(s.Pages)
		s.Accuracy = float64(exact) / float64(s.Pages)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s, pages
}

type benchPage struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// ReadArticleBodies reads a benchmark JSON file, ground truth or predictions,
// in either of its forms: {"<id>": {"articleBody": ...}} or
// {"version": ..., "output": {"<id>": {...}}}. It returns bodies and URLs by id.
func ReadArticleBodies(path string) (bodies, urls map[string]string, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, claims.WrapKind(claims.Invalid, err) // "open PATH: ..."
	}
	var wrapped struct {
		Output map[string]benchPage `json:"output"`
	}
	var flat map[string]json.RawMessage
	if err := json.Unmarshal(data, &flat); err != nil {
		return nil, nil, claims.Errorf(claims.Invalid, "parse %s: %w", path, err)
	}
	pages := map[string]benchPage{}
	if _, ok := flat["output"]; ok {
		if err := json.Unmarshal(data, &wrapped); err != nil {
			return nil, nil, claims.Errorf(claims.Invalid, "parse %s: %w", path, err)
		}
		pages = wrapped.Output
	} else {
		for id, raw := range flat {
			var p benchPage
			if err := json.Unmarshal(raw, &p); err != nil {
				return nil, nil, claims.Errorf(claims.Invalid, "parse %s: page %q: %w", path, id, err)
			}
			pages[id] = p
		}
	}
	bodies, urls = map[string]string{}, map[string]string{}
	for id, p := range pages {
		bodies[id], urls[id] = p.ArticleBody, p.URL
	}
	return bodies, urls, nil
}

// ArticlePage is one page of the article-extraction set.
type ArticlePage struct {
	ID   string
	URL  string
	HTML []byte
	Gold string
}

// LoadArticlePages reads the pages of an article-extraction folder
// (ground-truth.json and html/<id>.html.gz), sorted by id.
func LoadArticlePages(dataDir string) ([]ArticlePage, error) {
	gold, urls, err := ReadArticleBodies(filepath.Join(dataDir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var pages []ArticlePage
	for id, body := range gold {
		raw, err := readGzip(filepath.Join(dataDir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		pages = append(pages, ArticlePage{ID: id, URL: urls[id], HTML: raw, Gold: body})
	}
	slices.SortFunc(pages, func(a, b ArticlePage) int { return strings.Compare(a.ID, b.ID) })
	return pages, nil
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, claims.WrapKind(claims.Invalid, err) // "open PATH: ..."
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "gunzip %s: %w", path, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "gunzip %s: %w", path, err)
	}
	return data, nil
}

// EvalArticles runs article.Extract on every page of the article-extraction
// set in dataDir and scores the bodies with the benchmark metric. It prints
// the score, the page count and the speed (one goroutine, parsing included)
// to w; with CLAIMPIPE_EVAL_VERBOSE set it also prints each page's P and R.
func EvalArticles(ctx context.Context, dataDir string, w io.Writer) (ArticleScore, error) {
	pages, err := LoadArticlePages(dataDir)
	if err != nil {
		return ArticleScore{}, err
	}
	gold, pred := map[string]string{}, map[string]string{}
	var bytes int
	var elapsed time.Duration
	for _, p := range pages {
		if err := ctx.Err(); err != nil {
			return ArticleScore{}, err
		}
		gold[p.ID] = p.Gold
		start := time.Now()
		a, err := article.Extract(p.HTML, p.URL)
		elapsed += time.Since(start)
		bytes += len(p.HTML)
		if err != nil && claims.ErrorKind(err) != claims.Invalid {
			return ArticleScore{}, err
		}
		pred[p.ID] = a.Text
	}
	s, per := ScoreBodies(gold, pred)
	if secs := elapsed.Seconds(); secs > 0 {
		s.PagesPerSec = float64(len(pages)) / secs
		s.MBPerSec = float64(bytes) / 1e6 / secs
	}
	if os.Getenv("CLAIMPIPE_EVAL_VERBOSE") != "" {
		for _, ps := range per {
			fmt.Fprintf(w, "%s P=%.3f R=%.3f exact=%v\n", ps.ID[:12], ps.Precision, ps.Recall, ps.Exact)
		}
	}
	PrintArticleScore(w, "article extraction ("+dataDir+")", s)
	return s, nil
}

// PrintArticleScore writes s as one table row under an optional heading.
func PrintArticleScore(w io.Writer, name string, s ArticleScore) {
	if name != "" {
		fmt.Fprintf(w, "== %s\n", name)
	}
	fmt.Fprintf(w, "pages %d  P %.6f  R %.6f  F1 %.6f  accuracy %.6f", s.Pages, s.Precision, s.Recall, s.F1, s.Accuracy)
	if s.PagesPerSec > 0 {
		fmt.Fprintf(w, "  %.0f pages/s  %.1f MB/s", s.PagesPerSec, s.MBPerSec)
	}
	fmt.Fprintln(w)
}
