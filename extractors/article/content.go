package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// el is one element of the page's body as the content pass sees it. Elements
// are kept in document (pre-)order; el i's subtree is els[i : i+size].
type el struct {
	n      *html.Node
	parent int32
	size   int32
	kind   kind
	verd   verdict
	furn   bool // furniture by tag or ARIA role (nav, aside, footer, ...)
	drop   bool // decided boilerplate: neither scored nor rendered
	marked bool // itemprop=articleBody: the page says this is the story

	// For an inline link: the block whose text it flows into (-1 if
	// none) and its own text length.
	block, linkText int32

	// text owned directly (not through a nested block)
	ownText, ownLink int32
	// over the subtree
	text, link int32
	allLink    int32   // links including dropped subtrees
	good       float64 // text of good paragraphs in the subtree
	val        float64 // summed block values in the subtree
}

// scanner builds the el table in one walk of the tree.
type scanner struct {
	els     []el
	verdict map[string]verdict // judge by class or id value: pages repeat their classes
}

// judgeNode judges n by its class and id, each looked up in the cache first.
func (s *scanner) judgeNode(n *html.Node) verdict {
	v := vNeutral
	for _, a := range n.Attr {
		if (a.Key != "class" && a.Key != "id") || a.Val == "" {
			continue
		}
		w, ok := s.verdict[a.Val]
		if !ok {
			w = judge(strings.ToLower(a.Val))
			if s.verdict == nil {
				s.verdict = make(map[string]verdict, 256)
			}
			s.verdict[a.Val] = w
		}
		if w == vContent {
			return vContent
		}
		if w == vBoiler {
			v = vBoiler
		}
	}
	return v
}

// walk adds n's children to the table and returns the text, link text and
// number of links under n that flow into n's block (nested blocks not
// counted).
func (s *scanner) walk(n *html.Node, parent, block int32, inLink bool) (text, link, links int32) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			l := int32(textLen(c.Data))
			if l == 0 || block < 0 {
				continue
			}
			b := &s.els[block]
			b.ownText += l
			text += l
			if inLink {
				b.ownLink += l
				link += l
			}
		case html.ElementNode:
			k := kindOf(c)
			if k == kDrop || k == kBreak || hidden(c) {
				continue
			}
			idx := int32(len(s.els))
			e := el{n: c, parent: parent, kind: k}
			e.verd = s.judgeNode(c)
			e.furn = boilerTag(c.DataAtom) || boilerRole(c)
			if ip := attr(c, "itemprop"); ip == "articleBody" || ip == "reviewBody" {
				e.marked = true
				e.verd = vContent
			}
			s.els = append(s.els, e)
			if k == kBlock {
				s.walk(c, idx, idx, inLink || c.DataAtom == atom.A)
			} else {
				t, l, ls := s.walk(c, idx, block, inLink || c.DataAtom == atom.A)
				if c.DataAtom == atom.A {
					ls++
					s.els[idx].block, s.els[idx].linkText = block, t
				}
				if ls >= 3 && t > 60 && 10*l > 8*t && block >= 0 && t < s.els[block].ownText {
					// An inline link card or hover card inside a
					// paragraph: several links and little else, not all of
					// the paragraph. Drop it and take it out of the counts.
					s.els[idx].drop = true
					s.els[block].ownText -= t
					s.els[block].ownLink -= l
				} else {
					text, link, links = text+t, link+l, links+ls
				}
			}
			s.els[idx].size = int32(len(s.els)) - idx
		}
	}
	return text, link, links
}

// blockValue is how much a block of text argues for its container being the
// article: long link-poor paragraphs for, links against, short text neutral.
func blockValue(text, link int32) (val, good float64) {
	if text == 0 {
		return 0, 0
	}
	t, l := float64(text), float64(link)
	if text < 50 {
		return -l, 0
	}
	if l > 0.5*t {
		return -l, 0
	}
	return t - 2*l - blockCost, t - l
}

const (
	// Chosen in the middle of the plateau of a sweep on the dev pages
	// (F1 within 0.001 for costs 0-40 and weights 0.5-1).
	blockCost      = 30   // a paragraph must be this long to argue for its container
	dropLinkWeight = 0.75 // how much dropped links count against the container
)

// aggregate recomputes the subtree sums, leaving dropped subtrees out.
func aggregate(els []el) {
	for i := range els {
		e := &els[i]
		e.text, e.link, e.allLink = e.ownText, e.ownLink, e.ownLink
		e.val, e.good = blockValue(e.ownText, e.ownLink)
	}
	for i := len(els) - 1; i > 0; i-- {
		e := &els[i]
		if e.parent < 0 {
			continue
		}
		p := &els[e.parent]
		p.allLink += e.allLink
		if e.drop {
			// Dropped boilerplate is not rendered, but its links still say
			// that the region around it is page furniture.
			if !p.drop {
				p.val -= dropLinkWeight * float64(e.allLink)
			}
			continue
		}
		p.text += e.text
		p.link += e.link
		p.val += e.val
		p.good += e.good
	}
}

// markDrops decides which subtrees are boilerplate. A class, id, tag or role
// that says "boilerplate" is believed unless the element holds most of the
// page's good text (a body class of "has-sidebar", a <header> wrapping the
// whole page).
func markDrops(els []el) {
	if len(els) == 0 {
		return
	}
	total := els[0].good
	for i := 1; i < len(els); i++ {
		e := &els[i]
		if els[e.parent].drop {
			e.drop = true
			continue
		}
		if e.verd == vBoiler && !e.furn && inSentence(els, e) {
			// A link in running text is the sentence's words, whatever
			// its class says: NYT's place links (class "meta-loc") in
			// "rebels in neighboring <a>South Sudan</a>, cease…".
			continue
		}
		if e.verd == vBoiler || e.furn {
			if e.good < 0.35*total || e.good < 200 {
				e.drop = true
			}
		}
	}
}

// inSentence reports whether e is a short link inside a paragraph whose
// own text, the link aside, is at least twice the link's and runs on both
// sides of it.
func inSentence(els []el, e *el) bool {
	if e.n.DataAtom != atom.A || e.kind == kBlock || e.block <= 0 || e.linkText == 0 || e.linkText > 60 {
		return false
	}
	rest := els[e.block].ownText - e.linkText
	return rest >= 2*e.linkText && rest >= 40 && textBeside(e.n.PrevSibling, true) && textBeside(e.n.NextSibling, false)
}

// textBeside reports whether the sibling run starting at n (walking back
// when back is set) opens with words, not white space or nothing.
func textBeside(n *html.Node, back bool) bool {
	for ; n != nil; n = sibling(n, back) {
		switch n.Type {
		case html.TextNode:
			if strings.TrimSpace(n.Data) != "" {
				return true
			}
		case html.ElementNode:
			return kindOf(n) != kBlock && kindOf(n) != kBreak
		}
	}
	return false
}

// sibling is the node before n when back is set, else the node after it.
func sibling(n *html.Node, back bool) *html.Node {
	if back {
		return n.PrevSibling
	}
	return n.NextSibling
}

// bestContainer returns the index of the element whose subtree has the best
// total block value: the article.
func bestContainer(els []el) int {
	best, bestVal := 0, -1e18
	for i := range els {
		e := &els[i]
		if e.drop {
			continue
		}
		v := e.val
		if e.marked {
			v += e.good
		} else if e.verd == vContent {
			v += 0.25 * e.good
		}
		if v > bestVal || v == bestVal && i > best {
			best, bestVal = i, v
		}
	}
	if bestVal <= 0 {
		// No paragraph argues for any container (a page of short lines):
		// take the whole body, less its boilerplate.
		return 0
	}
	return best
}
