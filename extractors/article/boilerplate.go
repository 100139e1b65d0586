package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Class and id patterns. A pattern in negSubstr anywhere in the lower-cased
// class and id marks the element as boilerplate; a whole word (split at
// anything not a letter or digit) in negWord does the same. posSubstr names
// article containers and overrides both.
var (
	negSubstr = []string{
		"comment", "disqus", "replies", "remark", "shoutbox", "respond", "share", "sharing", "social", "related", "newsletter",
		"signup", "sign-up", "subscribe", "sidebar", "breadcrumb", "promo", "sponsor",
		"advert", "outbrain", "taboola", "recommend", "trending", "popular", "mostread",
		"most-read", "more-stories", "morestories", "read-more", "readmore", "footer",
		"masthead", "navbar", "navigation", "menu", "pagination", "pager", "cookie",
		"consent", "gdpr", "modal", "popup", "banner", "widget", "toolbar", "tag-list",
		"taglist", "article-tags", "post-tags", "author-bio", "authorbio", "byline",
		"timestamp", "skip-link", "skiplink", "visually-hidden", "visuallyhidden",
		"sr-only", "screen-reader", "screenreader", "print-only", "paywall", "login",
		"follow-us", "followus", "donate", "affiliate", "disclaimer-ad", "ad-slot",
		"adslot", "ad-container", "adcontainer", "ad-wrapper", "adwrapper", "dfp",
		"gpt-ad", "native-ad", "newsletter", "inline-link", "see-also", "seealso",
		"also-read", "alsoread", "more-from", "recirc", "up-next", "upnext", "next-article",
		"prev-next", "author-info", "author-box", "authorbox", "contributor", "rating",
		"hidden", "playlist", "gallery-", "lightbox", "jump-link",
		"tooltip", "overlay", "headline-list", "newsfeed", "carousel", "slider",
		"storyline", "card-list", "feed-", "rail", "teaser", "dateline-", "meta-",
		"-meta", "byl", "credit", "caption",
	}
	negWord = []string{
		"ad", "ads", "adv", "advertisement", "nav", "meta", "date", "time", "author",
		"authors", "tag", "tags", "aside", "header", "hide", "print", "email", "rss",
		"bio", "links", "more", "extra", "supplemental", "source", "sources", "topics",
		"keywords", "categories", "category", "headline", "kicker", "eyebrow",
		"byline", "posted", "published", "updated",
		"share", "tools", "utility", "actions", "icons", "follow", "lede-meta", "foot",
	}
	posSubstr = []string{
		"article-body", "articlebody", "article__body", "article_body", "story-body",
		"storybody", "story__body", "post-body", "postbody", "entry-content",
		"entrycontent", "post-content", "postcontent", "article-content",
		"articlecontent", "article__content", "content-body", "body-text", "bodytext",
		"article-text", "articletext", "story-text", "storytext", "story-content",
		"main-content", "maincontent", "post-entry", "blog-post", "article-main",
		"paywall-article", "rich-text", "richtext", "text-body", "page-content",
	}
)

// substrIndex maps the first two bytes of every negSubstr and posSubstr
// pattern to the patterns that start with them, so that one pass over a
// class string finds them all.
var substrIndex = func() map[uint16][]substrPat {
	m := map[uint16][]substrPat{}
	add := func(ps []string, pos bool) {
		for _, p := range ps {
			k := uint16(p[0])<<8 | uint16(p[1])
			m[k] = append(m[k], substrPat{s: p, pos: pos, strong: !pos && strongNeg[p]})
		}
	}
	add(posSubstr, true)
	add(negSubstr, false)
	return m
}()

// substrSlot maps the first two bytes of a pattern to 1 + its index in
// substrLists, 0 when no pattern starts with them: a table lookup per byte of
// the class string.
var substrSlot, substrLists = func() (slot *[1 << 16]uint8, lists [][]substrPat) {
	slot = new([1 << 16]uint8)
	for k, ps := range substrIndex {
		lists = append(lists, ps)
		slot[k] = uint8(len(lists))
	}
	return slot, lists
}()

type substrPat struct {
	s      string
	pos    bool
	strong bool // a negative pattern that wins over a positive one
}

// strongNeg are the negSubstr patterns that win over an article-container
// name in the same class list.
var strongNeg = map[string]bool{
	"comment": true, "disqus": true, "related": true, "share": true, "sharing": true,
	"social": true, "newsletter": true, "promo": true, "recommend": true, "sidebar": true,
	"advert": true, "outbrain": true, "taboola": true, "signup": true, "subscribe": true,
}

// substrMatch reports whether ci contains a negSubstr pattern (a strong
// one) and a posSubstr pattern.
func substrMatch(ci string) (neg, strong, pos bool) {
	for i := 0; i+1 < len(ci); i++ {
		slot := substrSlot[uint16(ci[i])<<8|uint16(ci[i+1])]
		if slot == 0 {
			continue
		}
		ps := substrLists[slot-1]
		for _, p := range ps {
			if strings.HasPrefix(ci[i:], p.s) {
				switch {
				case p.pos:
					pos = true
				case p.strong:
					strong, neg = true, true
				default:
					neg = true
				}
			}
		}
	}
	return neg, strong, pos
}

// classID is the lower-cased class and id of n joined by a space, or "" when
// n has neither.
func classID(n *html.Node) string {
	var c, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			c = a.Val
		case "id":
			id = a.Val
		}
	}
	if c == "" && id == "" {
		return ""
	}
	return strings.ToLower(c + " " + id)
}

// verdict is the judgement of an element by its class and id.
type verdict uint8

const (
	vNeutral verdict = iota
	vBoiler          // boilerplate: drop
	vContent         // names an article container
)

func judge(ci string) verdict {
	if ci == "" {
		return vNeutral
	}
	if strings.Contains(ci, "tweet") || strings.Contains(ci, "embed") && !strings.Contains(ci, "share") {
		// embedded posts quoted by the story: kept like any quotation
		return vNeutral
	}
	neg, strong, pos := substrMatch(ci)
	if strong {
		// "article-body__related", "post-content-share": the part of the
		// article container that is not story
		return vBoiler
	}
	if pos {
		return vContent
	}
	if neg {
		return vBoiler
	}
	// whole words
	start := -1
	for i := 0; i <= len(ci); i++ {
		alnum := i < len(ci) && (ci[i] >= 'a' && ci[i] <= 'z' || ci[i] >= '0' && ci[i] <= '9')
		if alnum {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := ci[start:i]
			for _, p := range negWord {
				if w == p {
					return vBoiler
				}
			}
			start = -1
		}
	}
	return vNeutral
}

// boilerTag reports tags whose content is page furniture, not story.
func boilerTag(a atom.Atom) bool {
	switch a {
	case atom.Nav, atom.Aside, atom.Footer, atom.Header, atom.Menu, atom.Dialog,
		// Figures and their captions: photo credits and picture
		// descriptions, which annotators leave out of the story.
		atom.Figure, atom.Figcaption:
		return true
	}
	return false
}

// boilerRole reports ARIA roles of page furniture.
func boilerRole(n *html.Node) bool {
	switch attr(n, "role") {
	case "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
		"dialog", "alertdialog", "toolbar", "tablist", "button":
		return true
	}
	return false
}
