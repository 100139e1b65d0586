package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderer writes the text of the chosen container, walking the tree in the
// same order and with the same skips as the scanner so that its counter
// indexes the el table.
type renderer struct {
	els   []el
	next  int32
	para  []byte
	space bool // para ends in folded white space
	out   []string
	lists []int32 // per emitted paragraph: its list or table when it is an item or row (one a line), else -1
	title string  // folded page title, to drop a repeated headline
	quote int     // depth of <blockquote>: quoted posts keep their links
}

func (r *renderer) text(s string, pre bool) {
	if pre {
		r.para = append(r.para, s...)
		r.space = len(s) > 0 && isSpace(s[len(s)-1])
		return
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isSpace(c) {
			r.space = true
			continue
		}
		if c == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0 {
			i++
			r.space = true
			continue
		}
		if r.space && len(r.para) > 0 && r.para[len(r.para)-1] != '\n' && r.para[len(r.para)-1] != '\t' {
			r.para = append(r.para, ' ')
		}
		r.space = false
		r.para = append(r.para, c)
	}
}

func (r *renderer) cellBreak() {
	if n := len(r.para); n > 0 && r.para[n-1] != '\n' && r.para[n-1] != '\t' {
		r.para = append(r.para, '\t')
	}
	r.space = false
}

func (r *renderer) lineBreak() {
	if len(r.para) > 0 && r.para[len(r.para)-1] != '\n' {
		r.para = append(r.para, '\n')
	}
	r.space = false
}

// flush ends the paragraph being built, owned by block b, and keeps it unless
// the block is link-dense or it repeats the title.
func (r *renderer) flush(b int32) {
	p := strings.TrimSpace(trimLines(r.para))
	r.para, r.space = r.para[:0], false
	if p == "" || b < 0 {
		return
	}
	e := &r.els[b]
	if linkDense(e.ownText, e.ownLink) && r.quote == 0 {
		return
	}
	switch e.n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if r.title != "" && (sameTitle(p, r.title) || len(r.out) == 0 && similarity(r.title, p) > 0.75) {
			return
		}
	}
	if boilerLine(p) || promoLine(p, false) {
		return
	}
	r.out = append(r.out, p)
	r.lists = append(r.lists, r.group(b))
}

// group returns the list or table that block b is an item or row of, -1
// when it is neither.
func (r *renderer) group(b int32) int32 {
	switch r.els[b].n.DataAtom {
	case atom.Li, atom.Tr, atom.Dt, atom.Dd:
	default:
		return -1
	}
	for p := r.els[b].parent; p >= 0; p = r.els[p].parent {
		switch r.els[p].n.DataAtom {
		case atom.Ul, atom.Ol, atom.Menu, atom.Table, atom.Dl:
			return p
		}
	}
	return -1
}

// linkDense reports a block that is mostly links: more than half its text,
// unless a sentence's worth of plain text runs between them (prose that
// links its nouns) and the links are not nearly all of it.
func linkDense(text, link int32) bool {
	if text == 0 || 2*link <= text {
		return false
	}
	return text-link < 30 || 10*link > 8*text
}

// trimLines removes white space around the line breaks in b.
func trimLines(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	s := string(b)
	if strings.IndexByte(s, '\n') < 0 {
		return s
	}
	lines := strings.Split(s, "\n")
	k := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l != "" {
			lines[k] = l
			k++
		}
	}
	return strings.Join(lines[:k], "\n")
}

func (r *renderer) walk(n *html.Node, block int32, pre bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			r.text(c.Data, pre)
		case html.ElementNode:
			k := kindOf(c)
			if k == kBreak {
				r.lineBreak()
				continue
			}
			if k == kDrop || hidden(c) {
				continue
			}
			idx := r.next
			if int(idx) >= len(r.els) {
				return
			}
			r.next++
			e := &r.els[idx]
			if e.drop {
				r.next = idx + e.size
				continue
			}
			isPre := pre || c.DataAtom == atom.Pre
			if k == kBlock {
				r.flush(block)
				q := c.DataAtom == atom.Blockquote
				if q {
					r.quote++
				}
				r.walk(c, idx, isPre)
				r.flush(idx)
				if q {
					r.quote--
				}
			} else {
				if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
					// cells of a row share its line, a tab apart
					r.cellBreak()
				}
				r.walk(c, block, isPre)
			}
			r.next = idx + e.size
		}
	}
}

// render returns the text of container els[root].
func render(els []el, root int32, title string) string {
	r := &renderer{els: els, next: root + 1, title: title}
	r.walk(els[root].n, root, els[root].n.DataAtom == atom.Pre)
	r.flush(root)
	// Plugs for newsletters, apps and the author's social accounts close
	// many stories: trim them from the end.
	for n := 0; n < 3 && len(r.out) > 1 && promoLine(r.out[len(r.out)-1], true); n++ {
		r.out, r.lists = r.out[:len(r.out)-1], r.lists[:len(r.lists)-1]
	}
	var b strings.Builder
	for i, p := range r.out {
		if i > 0 {
			if r.lists[i] >= 0 && r.lists[i] == r.lists[i-1] {
				b.WriteByte('\n')
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// fold lower-cases s and folds its white space, for comparisons.
func fold(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// sameTitle reports a heading that repeats the page title.
func sameTitle(heading, title string) bool {
	h := fold(heading)
	if h == title {
		return true
	}
	return len(h) > 15 && (strings.HasPrefix(title, h) || strings.HasPrefix(h, title))
}

// boilerLine reports a short line that is page furniture wherever it stands.
func boilerLine(p string) bool {
	if len(p) > 60 {
		return false
	}
	switch fold(strings.Trim(p, " .:!|-–—»›>")) {
	case "advertisement", "advertisment", "ad", "sponsored", "sponsored content", "share", "share this",
		"share this article", "share this story", "share on facebook", "share on twitter", "tweet",
		"email", "print", "comments", "comment", "read more", "continue reading", "related",
		"related articles", "related stories", "related content", "you may also like",
		"recommended", "more stories", "trending", "most popular", "most read",
		"sign up", "subscribe", "follow us", "skip to content", "skip advertisement",
		"story continues below advertisement", "article continues below advertisement",
		"continue reading below", "advertisement - continue reading below", "scroll to continue with content",
		"loading", "loading...", "close", "menu", "search", "back to top", "see also", "image", "photo",
		"advert", "explore further", "related news", "related posts", "related links", "also read", "read also", "this slideshow requires javascript", "click to enlarge",
		"enlarge this image", "toggle caption", "hide caption", "view gallery", "watch", "listen",
		"play video", "video", "related video", "more", "next", "previous", "top", "iklan", "topics", "tags",
		"don't miss", "dont miss", "next article", "previous article", "next story", "comments (+)",
		"sponsored links", "recommended for you", "more from", "what to read next", "up next":
		return true
	}
	return false
}

// promoStart are openings of lines that sell, file or point elsewhere
// rather than tell the story; promoWords mark a closing line as a plug.
var (
	promoStart = []string{
		"subscribe to", "sign up for", "sign up to", "follow us", "get the latest",
		"filed under", "tags:", "topics:", "related:", "read more:", "see also:", "also read:",
		"recommended:", "more:", "don't miss:", "watch:", "listen:", "get our", "download our",
		"related articles", "related stories", "related coverage", "more on this", "you might also like",
		"you may also like", "sponsored by", "share this", "share on",
		"download the", "join our", "like us on",
	}
	promoWords = []string{
		"subscribe", "newsletter", "sign up", "follow him", "follow her", "follow them", "follow us",
		"click here", "have a tip", "download the app", "our app", "all rights reserved",
	}
)

// promoLine reports a short paragraph that opens like a plug ("Subscribe
// to ...", "Filed under: ..."); atEnd also counts plugs anywhere in the
// line, for the last paragraphs of a story.
func promoLine(p string, atEnd bool) bool {
	if len(p) > 300 {
		return false
	}
	l := strings.ToLower(p)
	for _, s := range promoStart {
		if strings.HasPrefix(l, s) {
			return true
		}
	}
	if len(l) < 60 && strings.IndexAny(l, "0123456789") >= 0 {
		// a time stamp line: "Updated at 1:23 p.m.", "Published 19 Nov 2019"
		for _, s := range []string{"updated", "published", "posted", "last updated", "last modified", "first published"} {
			if strings.HasPrefix(l, s) {
				return true
			}
		}
	}
	if atEnd {
		for _, s := range promoWords {
			if strings.Contains(l, s) {
				return true
			}
		}
	}
	return false
}
