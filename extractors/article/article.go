package article

import (
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"github.com/claimpipe/claimpipe/claims"
	"golang.org/x/net/html"
)

// Extract returns the article in an HTML page: main text and metadata. pageURL may be empty.
//
// The text keeps every paragraph of the story, separated by a blank line
// ("\n\n"); headings stand as their own paragraphs and the items of a list
// are one to a line. It is the text every later span points into, and ID is
// claims.ArticleID of it. An error of kind claims.Invalid names pageURL when
// the page has no text.
func Extract(page []byte, pageURL string) (a claims.Article, err error) {
	defer func() {
		// The parser and the walks are written not to panic; this is the last
		// line of defence for a pipeline that must not die on one page.
		if p := recover(); p != nil {
			a = claims.Article{}
			err = claims.Errorf(claims.Internal, "extract %q: panic: %v", pageURL, p)
		}
	}()
	root, perr := html.Parse(stripReader(page))
	if perr != nil {
		return claims.Article{}, claims.Errorf(claims.Invalid, "extract %q: parse HTML: %w", pageURL, perr)
	}
	return ExtractDocument(goquery.NewDocumentFromNode(root), pageURL)
}

// ExtractDocument is Extract on a page already parsed with goquery, for
// callers that query the page themselves. It does not change doc.
func ExtractDocument(doc *goquery.Document, pageURL string) (a claims.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a = claims.Article{}
			err = claims.Errorf(claims.Internal, "extract %q: panic: %v", pageURL, p)
		}
	}()
	if doc == nil || len(doc.Nodes) == 0 {
		return claims.Article{}, claims.Errorf(claims.Invalid, "extract %q: empty document", pageURL)
	}
	root := doc.Nodes[0]
	a = readMeta(root, pageURL)
	a.Text = strings.ToValidUTF8(mainText(root, a.Title), "\uFFFD")
	if !hasWord(a.Text) {
		a.Text = ""
		return a, claims.Errorf(claims.Invalid, "extract %q: no article text found", pageURL)
	}
	a.ID = claims.ArticleID(a.Text)
	return a, nil
}

// mainText finds the article container under root and renders its text.
func mainText(root *html.Node, title string) string {
	body := findBody(root)
	if body == nil {
		return ""
	}
	s := &scanner{els: make([]el, 0, 1024)}
	s.els = append(s.els, el{n: body, parent: -1, kind: kBlock})
	s.walk(body, 0, 0, false)
	s.els[0].size = int32(len(s.els))
	els := s.els
	aggregate(els)
	markDrops(els)
	aggregate(els)
	best := bestContainer(els)
	return render(els, int32(best), fold(title))
}

// hasWord reports whether s has a letter or a digit.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func findBody(n *html.Node) *html.Node {
	var body func(*html.Node) *html.Node
	body = func(n *html.Node) *html.Node {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "body" {
				return c
			}
			if c.Type == html.ElementNode || c.Type == html.DocumentNode {
				if b := body(c); b != nil {
					return b
				}
			}
		}
		return nil
	}
	return body(n)
}
