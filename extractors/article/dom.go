package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of the attribute key of n, "" when absent.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// kind is what a tag means to the extractor.
type kind uint8

const (
	kInline kind = iota // text flows through it
	kBlock              // starts and ends a paragraph
	kDrop               // never content: scripts, forms controls, media
	kBreak              // <br>: a line break inside a paragraph
)

var tagKind = map[atom.Atom]kind{
	atom.P: kBlock, atom.Div: kBlock, atom.Section: kBlock, atom.Article: kBlock, atom.Main: kBlock,
	atom.Header: kBlock, atom.Footer: kBlock, atom.Nav: kBlock, atom.Aside: kBlock,
	atom.H1: kBlock, atom.H2: kBlock, atom.H3: kBlock, atom.H4: kBlock, atom.H5: kBlock, atom.H6: kBlock,
	atom.Ul: kBlock, atom.Ol: kBlock, atom.Li: kBlock, atom.Dl: kBlock, atom.Dt: kBlock, atom.Dd: kBlock,
	atom.Blockquote: kBlock, atom.Pre: kBlock, atom.Table: kBlock, atom.Tbody: kBlock, atom.Thead: kBlock,
	atom.Tfoot: kBlock, atom.Tr: kBlock, atom.Td: kBlock, atom.Th: kBlock, atom.Caption: kBlock,
	atom.Figure: kBlock, atom.Figcaption: kBlock, atom.Form: kBlock, atom.Fieldset: kBlock,
	atom.Address: kBlock, atom.Details: kBlock, atom.Summary: kBlock, atom.Center: kBlock,
	atom.Hr: kBlock, atom.Body: kBlock, atom.Html: kBlock, atom.Hgroup: kBlock, atom.Menu: kBlock,
	atom.Legend: kBlock, atom.Dialog: kBlock, atom.Picture: kDrop,

	atom.Script: kDrop, atom.Style: kDrop, atom.Noscript: kDrop, atom.Template: kDrop, atom.Svg: kDrop,
	atom.Math: kDrop, atom.Iframe: kDrop, atom.Object: kDrop, atom.Embed: kDrop, atom.Canvas: kDrop,
	atom.Video: kDrop, atom.Audio: kDrop, atom.Img: kDrop, atom.Input: kDrop, atom.Button: kDrop,
	atom.Select: kDrop, atom.Textarea: kDrop, atom.Option: kDrop, atom.Label: kDrop, atom.Head: kDrop,
	atom.Title: kDrop, atom.Meta: kDrop, atom.Link: kDrop, atom.Map: kDrop, atom.Area: kDrop,
	atom.Source: kDrop, atom.Track: kDrop, atom.Frameset: kDrop, atom.Frame: kDrop, atom.Applet: kDrop,

	atom.Br: kBreak,
}

func kindOf(n *html.Node) kind {
	if n.DataAtom == 0 {
		// Custom elements (amp-*, x-foo) and unknown tags: treat as blocks when
		// hyphenated (web components are usually layout), inline otherwise.
		if strings.HasPrefix(n.Data, "amp-img") || strings.HasPrefix(n.Data, "amp-ad") || n.Data == "amp-iframe" {
			return kDrop
		}
		if strings.IndexByte(n.Data, '-') >= 0 {
			return kBlock
		}
		return kInline
	}
	if k, ok := tagKind[n.DataAtom]; ok {
		return k
	}
	return kInline
}

// isSpace reports an HTML white-space byte.
func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
}

// textLen is the length of s with white-space runs counted as one byte and
// the ends not counted: the size of the text a reader sees.
func textLen(s string) int {
	n, space := 0, true
	for i := 0; i < len(s); i++ {
		if isSpace(s[i]) || s[i] == 0xa0 && i > 0 && s[i-1] == 0xc2 {
			space = true
			continue
		}
		if space && n > 0 {
			n++
		}
		space = false
		n++
	}
	return n
}

// hidden reports an element the page hides from readers.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" && n.DataAtom != atom.Span && n.DataAtom != atom.I {
				return true
			}
		case "style":
			if strings.Contains(a.Val, "none") || strings.Contains(a.Val, "hidden") {
				v := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
				if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
					return true
				}
			}
		}
	}
	return false
}
