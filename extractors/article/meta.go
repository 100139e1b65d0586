package article

import (
	"encoding/json"
	"net/url"
	"strconv"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/tailscale/hujson"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what one walk of the document collects for the metadata.
type pageMeta struct {
	lang      string
	title     string // first <title>
	metas     map[string]string
	canonical string
	jsonld    []string
	h1, h2    []string
	bylines   []string // the first byline-looking elements' texts, in page order
	// first <time datetime> with pubdate, inside an <article>, anywhere
	timePub, timeArticle, timeAny string
	itemprops                     map[string]string
}

func (m *pageMeta) setMeta(k, v string) {
	v = strings.TrimSpace(v)
	if k == "" || v == "" {
		return
	}
	k = strings.ToLower(strings.TrimSpace(k))
	if _, ok := m.metas[k]; !ok {
		m.metas[k] = v
	}
}

func collectMeta(root *html.Node) *pageMeta {
	m := &pageMeta{metas: map[string]string{}, itemprops: map[string]string{}}
	var walk func(n *html.Node, inArticle, noByline bool)
	walk = func(n *html.Node, inArticle, noByline bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Html:
				if m.lang == "" {
					m.lang = strings.TrimSpace(attr(c, "lang"))
					if m.lang == "" {
						m.lang = strings.TrimSpace(attr(c, "xml:lang"))
					}
				}
			case atom.Title:
				if m.title == "" && c.Parent != nil && c.Parent.DataAtom != atom.Svg {
					m.title = nodeText(c)
				}
				continue
			case atom.Meta:
				content := attr(c, "content")
				if p := attr(c, "property"); p != "" {
					for _, f := range strings.Fields(p) {
						m.setMeta(f, content)
					}
				}
				if nm := attr(c, "name"); nm != "" {
					m.setMeta(nm, content)
				}
				if he := attr(c, "http-equiv"); strings.EqualFold(he, "content-language") {
					m.setMeta("content-language", content)
				}
				if ip := attr(c, "itemprop"); ip != "" {
					m.setItemprop(ip, content)
				}
				continue
			case atom.Link:
				if m.canonical == "" && hasToken(attr(c, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(attr(c, "href"))
				}
				continue
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(c, "type")), "ld+json") && c.FirstChild != nil {
					m.jsonld = append(m.jsonld, c.FirstChild.Data)
				}
				continue
			case atom.Style, atom.Noscript, atom.Template, atom.Svg:
				continue
			case atom.H1:
				if len(m.h1) < 8 {
					m.h1 = append(m.h1, nodeText(c))
				}
			case atom.H2:
				if len(m.h2) < 16 {
					m.h2 = append(m.h2, nodeText(c))
				}
			case atom.Time:
				if dt := attr(c, "datetime"); dt != "" {
					switch {
					case hasAttr(c, "pubdate") && m.timePub == "":
						m.timePub = dt
					case inArticle && m.timeArticle == "":
						m.timeArticle = dt
					case m.timeAny == "":
						m.timeAny = dt
					}
				}
			}
			// what holds for c's subtree, not for its later siblings
			inArt, noBy := inArticle || c.DataAtom == atom.Article, noByline
			switch c.DataAtom {
			case atom.Nav, atom.Button, atom.Label:
				noBy = true
			}
			if ip := attr(c, "itemprop"); ip != "" {
				v := attr(c, "content")
				if v == "" {
					v = attr(c, "datetime")
				}
				if v == "" && strings.HasPrefix(ip, "date") {
					// only the dates are read from element text
					v = nodeText(c)
				}
				if len(v) < 300 {
					m.setItemprop(ip, v)
				}
			}
			if !noBy && len(m.bylines) < maxBylines {
				if ci := classID(c); strings.Contains(ci, "comment") || strings.Contains(ci, "related") {
					noBy = true
				}
			}
			if len(m.bylines) < maxBylines && !noBy && isBylineElement(c) {
				if t := nodeText(c); len(t) > 0 && len(t) < 100 {
					m.bylines = append(m.bylines, t)
				}
			}
			walk(c, inArt, noBy)
		}
	}
	walk(root, false, false)
	return m
}

// maxBylines is how many byline-looking elements a page's metadata keeps.
const maxBylines = 4

func (m *pageMeta) setItemprop(k, v string) {
	v = strings.TrimSpace(v)
	for _, f := range strings.Fields(k) {
		if _, ok := m.itemprops[f]; !ok && v != "" {
			m.itemprops[f] = v
		}
	}
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// isBylineElement reports an element that names the author by its rel,
// itemprop, class or id.
func isBylineElement(n *html.Node) bool {
	if hasToken(attr(n, "rel"), "author") {
		return true
	}
	if strings.Contains(attr(n, "itemprop"), "author") {
		return true
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && a.Val != "" {
			v := a.Val
			if hasUpper(v) {
				v = strings.ToLower(v)
			}
			if strings.Contains(v, "byline") || strings.Contains(v, "author") || strings.Contains(v, "writtenby") {
				return true
			}
		}
	}
	return false
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// nodeText is the text under n with white space folded, scripts left out.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
				b.WriteByte(' ')
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Noscript, atom.Template:
					continue
				}
				walk(c)
			}
		}
	}
	if n.FirstChild != nil && n.FirstChild == n.LastChild && n.FirstChild.Type == html.TextNode {
		return collapse(n.FirstChild.Data)
	}
	walk(n)
	return collapse(b.String())
}

// collapse folds runs of white space to one space and trims the ends.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// ldInfo is what the JSON-LD article object says.
type ldInfo struct {
	name, headline, authors, published, created, modified, publisher, lang, url string
	found                                                                       bool
}

var articleTypes = map[string]bool{
	"Article": true, "AdvertiserContentArticle": true, "NewsArticle": true, "AnalysisNewsArticle": true,
	"AskPublicNewsArticle": true, "BackgroundNewsArticle": true, "OpinionNewsArticle": true,
	"ReportageNewsArticle": true, "ReviewNewsArticle": true, "Report": true, "SatiricalArticle": true,
	"ScholarlyArticle": true, "MedicalScholarlyArticle": true, "SocialMediaPosting": true,
	"BlogPosting": true, "LiveBlogPosting": true, "DiscussionForumPosting": true, "TechArticle": true,
	"APIReference": true,
}

// readJSONLD finds the first article object in the page's JSON-LD blocks.
// A block with trailing commas or comments, as hand-written templates leave
// them, is read after hujson standardises it. A page without an article
// object gives the dates of its WebPage object (Yoast's graph puts them
// there), and nothing else of it: a web page's name is not a headline.
func readJSONLD(blocks []string) ldInfo {
	var docs []any
	for _, blk := range blocks {
		blk = strings.TrimSpace(blk)
		blk = strings.TrimPrefix(blk, "<!--")
		blk = strings.TrimSuffix(blk, "-->")
		blk = strings.TrimPrefix(strings.TrimSpace(blk), "<![CDATA[")
		blk = strings.TrimSuffix(strings.TrimSpace(blk), "]]>")
		blk = strings.TrimSuffix(strings.TrimSpace(blk), ";")
		var v any
		if err := json.Unmarshal([]byte(blk), &v); err != nil {
			std, err := hujson.Standardize([]byte(blk))
			if err != nil || json.Unmarshal(std, &v) != nil {
				continue
			}
		}
		if m, ok := findLD(v, isArticleType, 0); ok {
			return ldFrom(m)
		}
		docs = append(docs, v)
	}
	for _, v := range docs {
		if m, ok := findLD(v, isWebPageType, 0); ok {
			return ldInfo{published: str(m["datePublished"]), created: str(m["dateCreated"]), modified: str(m["dateModified"])}
		}
	}
	return ldInfo{}
}

// findLD finds the first object whose @type is, to want, the one sought:
// in an array, a @graph or a mainEntity, six levels deep at most.
func findLD(v any, want func(any) bool, depth int) (map[string]any, bool) {
	if depth > 6 {
		return nil, false
	}
	switch t := v.(type) {
	case []any:
		for _, x := range t {
			if m, ok := findLD(x, want, depth+1); ok {
				return m, true
			}
		}
	case map[string]any:
		if want(t["@type"]) {
			return t, true
		}
		for _, k := range [...]string{"@graph", "mainEntity"} {
			if g, ok := t[k]; ok {
				if m, ok := findLD(g, want, depth+1); ok {
					return m, true
				}
			}
		}
	}
	return nil, false
}

// isWebPageType reports whether a JSON-LD @type is a web page.
func isWebPageType(t any) bool {
	switch x := t.(type) {
	case string:
		return x == "WebPage" || x == "ItemPage"
	case []any:
		for _, y := range x {
			if isWebPageType(y) {
				return true
			}
		}
	}
	return false
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[x]
	case []any:
		for _, y := range x {
			if s, ok := y.(string); ok && articleTypes[s] {
				return true
			}
		}
	}
	return false
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	case map[string]any:
		if s := str(x["@value"]); s != "" {
			return s
		}
	}
	return ""
}

func names(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return str(x["name"])
	case []any:
		var out []string
		for _, y := range x {
			if n := names(y); n != "" {
				out = append(out, n)
			}
		}
		return strings.Join(out, ", ")
	}
	return ""
}

func ldFrom(m map[string]any) ldInfo {
	info := ldInfo{found: true}
	info.name = collapse(str(m["name"]))
	info.headline = collapse(str(m["headline"]))
	info.authors = collapse(names(m["author"]))
	if info.authors == "" {
		info.authors = collapse(names(m["creator"]))
	}
	info.published = str(m["datePublished"])
	info.created = str(m["dateCreated"])
	info.modified = str(m["dateModified"])
	if p, ok := m["publisher"].(map[string]any); ok {
		info.publisher = str(p["name"])
	}
	info.lang = str(m["inLanguage"])
	info.url = str(m["url"])
	if info.url == "" {
		if me, ok := m["mainEntityOfPage"].(map[string]any); ok {
			info.url = str(me["@id"])
		}
	}
	return info
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// readMeta fills an Article's metadata from the page.
func readMeta(root *html.Node, pageURL string) claims.Article {
	m := collectMeta(root)
	ld := readJSONLD(m.jsonld)
	a := claims.Article{URL: pageURL}

	a.Title = pickTitle(m, ld)
	a.Byline = pickByline(m, ld)

	a.Published = firstDate(ld.published, m.metas["article:published_time"], m.metas["og:published_time"],
		m.itemprops["datePublished"], m.metas["parsely-pub-date"], m.metas["pubdate"], m.metas["publishdate"],
		m.metas["publish-date"], m.metas["pub_date"], m.metas["date"], m.metas["dc.date"], m.metas["dc.date.issued"],
		m.metas["dcterms.created"], m.metas["dcterms.date"], m.metas["sailthru.date"], m.metas["article.published"],
		m.metas["og:article:published_time"], m.metas["article_date_original"], m.metas["cxenseparse:recs:publishtime"],
		m.timePub, m.timeArticle, ld.created)
	for _, u := range []string{pageURL, m.canonical, m.metas["og:url"]} {
		// The first URL that carries a date: a page fetched from a short
		// or mirrored address still has it in its canonical URL.
		if a.Published != "" {
			break
		}
		a.Published = dateFromURL(u)
	}
	if a.Published == "" {
		a.Published = parseDate(m.timeAny)
	}
	a.Modified = firstDate(ld.modified, m.metas["article:modified_time"], m.metas["og:updated_time"],
		m.itemprops["dateModified"], m.metas["last-modified"], m.metas["dcterms.modified"])

	a.SiteName = firstOf(m.metas["og:site_name"], ld.publisher, m.metas["application-name"], m.metas["al:ios:app_name"])
	a.Language = normLang(firstOf(m.lang, m.metas["content-language"], ld.lang, m.metas["og:locale"], m.metas["dc.language"]))
	a.CanonicalURL = resolve(pageURL, firstOf(m.canonical, m.metas["og:url"], ld.url))
	for _, f := range []*string{&a.Title, &a.Byline, &a.SiteName, &a.CanonicalURL} {
		*f = strings.ToValidUTF8(*f, "\uFFFD")
	}
	return a
}

func firstDate(vals ...string) string {
	for _, v := range vals {
		if d := parseDate(v); d != "" {
			return d
		}
	}
	return ""
}

// normLang turns "en_US", "EN-us" into "en-US"; "" when it is no language tag.
func normLang(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 35 {
		return ""
	}
	parts := strings.Split(s, "-")
	for i, p := range parts {
		if p == "" {
			return ""
		}
		for j := 0; j < len(p); j++ {
			c := p[j]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return ""
			}
		}
		switch {
		case i == 0:
			parts[i] = strings.ToLower(p)
		case len(p) == 2:
			parts[i] = strings.ToUpper(p)
		case len(p) == 4:
			parts[i] = strings.ToUpper(p[:1]) + strings.ToLower(p[1:])
		default:
			parts[i] = strings.ToLower(p)
		}
	}
	return strings.Join(parts, "-")
}

// resolve makes ref absolute against base; ref unchanged when either does
// not parse, "" when ref is empty.
func resolve(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base == "" {
		if r.IsAbs() {
			return r.String()
		}
		return ref
	}
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

// pickByline prefers what the page declares (JSON-LD, author meta tags) over
// an element that looks like a byline, and of those the first that reads as
// names: an empty "author" box or a "Sign In" link before the byline does
// not hide it.
func pickByline(m *pageMeta, ld ldInfo) string {
	for _, v := range append([]string{ld.authors, m.metas["dc.creator"], m.metas["dcterm:creator"], m.metas["author"],
		m.metas["parsely-author"], m.metas["sailthru.author"], m.metas["byl"], m.metas["article:author"],
		m.itemprops["author"]}, m.bylines...) {
		v = cleanByline(v)
		if v == "" || strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") || len(v) > 200 {
			continue
		}
		return v
	}
	return ""
}

// cleanByline folds white space, drops a leading "By" (or "por", "par") and
// cuts what follows a separator (a date, a job title after "|") or trails
// the name ("Nicolas Perriault —").
func cleanByline(v string) string {
	v = collapse(v)
	for _, p := range []string{"posted by ", "written by ", "by ", "por ", "par "} {
		if len(v) > len(p) && strings.EqualFold(v[:len(p)], p) {
			v = v[len(p):]
			break
		}
	}
	for _, sep := range []string{" | ", " — ", " - ", " • ", " · "} {
		if i := strings.Index(v, sep); i > 0 {
			v = v[:i]
		}
	}
	v = cutBylineDate(v)
	if strings.Contains(v, "@") {
		// A social handle beside the name: "Bryan DeArdo @BryanDeArdo".
		ws := strings.Fields(v)
		kept := ws[:0]
		for _, w := range ws {
			if !strings.HasPrefix(w, "@") {
				kept = append(kept, w)
			}
		}
		v = strings.Join(kept, " ")
	}
	v = strings.TrimSpace(strings.TrimRight(v, ",;:|—–-•· "))
	if notAByline(v) {
		return ""
	}
	return v
}

// bylineMonths are the month names and abbreviations a date after a byline
// opens or holds.
var bylineMonths = map[string]bool{"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true,
	"apr": true, "april": true, "may": true, "jun": true, "june": true, "jul": true, "july": true, "aug": true, "august": true,
	"sep": true, "sept": true, "september": true, "oct": true, "october": true, "nov": true, "november": true,
	"dec": true, "december": true}

// cutBylineDate drops a date and what follows it from a byline: "Joshua
// Sokol May 20, 2019" → "Joshua Sokol", "Lucas Nolan 22 Dec 2016 651" →
// "Lucas Nolan", "Jane Doe Updated 3 hours ago" → "Jane Doe", and so from any
// number on. A month name counts only beside a day number, so "Theresa May"
// stays whole.
func cutBylineDate(v string) string {
	ws := strings.Fields(v)
	isDay := func(w string) bool {
		w = strings.TrimRight(w, ",.")
		n, err := strconv.Atoi(strings.TrimRight(w, "stndrh"))
		return err == nil && n >= 1 && n <= 31
	}
	for i := 1; i < len(ws); i++ {
		w := strings.ToLower(strings.TrimRight(ws[i], ",."))
		switch {
		case w == "updated" || w == "published" || w == "posted":
		case strings.Trim(w, "0123456789/.-") == "" && strings.ContainsAny(w, "0123456789") || isDay(ws[i]):
			// "César Salza 1 de diciembre de 2017", "Carlos Nadalim
			// 27/09/2018 Comente!": a name holds no number
		case bylineMonths[w] && i+1 < len(ws) && isDay(ws[i+1]):
		case isDay(ws[i]) && i+1 < len(ws) && bylineMonths[strings.ToLower(strings.TrimRight(ws[i+1], ",."))]:
		default:
			continue
		}
		return strings.Join(ws[:i], " ")
	}
	return v
}

// notAByline reports whether a candidate byline is page furniture ("Sign
// In"), a user name with digits, or a sentence, such as a linked headline,
// rather than names: three or more lower-case words of four letters or more.
func notAByline(v string) bool {
	switch strings.ToLower(v) {
	case "sign in", "log in", "login", "sign up", "subscribe", "register", "menu", "share", "search", "home", "admin":
		return true
	}
	if !strings.ContainsAny(v, " \t") && strings.ContainsAny(v, "0123456789") {
		return true // a user name ("CC7567"), where the page shows the author's name elsewhere
	}
	lower := 0
	for _, w := range strings.Fields(v) {
		if len(w) >= 4 && w[0] >= 'a' && w[0] <= 'z' {
			lower++
		}
	}
	return lower >= 3
}
