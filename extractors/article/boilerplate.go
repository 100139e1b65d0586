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
		"comment", "disqus", "share", "sharing", "social", "related", "newsletter",
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
		"tooltip", "overlay", "headline-list", "newsfeed", "carousel", "slider", "ticker",
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
	for _, p := range posSubstr {
		if strings.Contains(ci, p) {
			return vContent
		}
	}
	if strings.Contains(ci, "tweet") || strings.Contains(ci, "embed") && !strings.Contains(ci, "share") {
		// embedded posts quoted by the story: kept like any quotation
		return vNeutral
	}
	for _, p := range negSubstr {
		if strings.Contains(ci, p) {
			return vBoiler
		}
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
	case atom.Nav, atom.Aside, atom.Footer, atom.Header, atom.Menu, atom.Dialog:
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
