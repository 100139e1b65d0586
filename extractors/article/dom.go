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

// tagKind says what a known tag is to the extractor (a switch: the compiler
// makes it a binary search, cheaper than a map lookup per element).
func tagKind(a atom.Atom) kind {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer, atom.Nav,
		atom.Aside, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Li,
		atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre, atom.Table, atom.Tbody, atom.Thead,
		atom.Tfoot, atom.Tr, atom.Caption, atom.Figure, atom.Figcaption, atom.Form,
		atom.Fieldset, atom.Address, atom.Details, atom.Summary, atom.Center, atom.Hr, atom.Body,
		atom.Html, atom.Hgroup, atom.Menu, atom.Legend, atom.Dialog:
		return kBlock
	case atom.Picture, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Video, atom.Audio, atom.Img, atom.Input,
		atom.Button, atom.Select, atom.Textarea, atom.Option, atom.Label, atom.Head, atom.Title,
		atom.Meta, atom.Link, atom.Map, atom.Area, atom.Source, atom.Track, atom.Frameset, atom.Frame,
		atom.Applet:
		return kDrop
	case atom.Br:
		return kBreak
	}
	return kInline
}

func kindOf(n *html.Node) kind {
	if n.DataAtom == 0 {
		// Custom elements (amp-*, hl-trusted-source) and unknown tags flow
		// like inline elements: the blocks inside them still break lines.
		if strings.HasPrefix(n.Data, "amp-img") || strings.HasPrefix(n.Data, "amp-ad") || n.Data == "amp-iframe" {
			return kDrop
		}
		return kInline
	}
	return tagKind(n.DataAtom)
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
