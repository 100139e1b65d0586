package sources

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"net/netip"
	"net/url"
	"sort"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/idna"
)

// trackingParams are query parameters that identify a campaign, a click or
// a share rather than the document; CanonicalURL drops them. Keys are
// lower case; any key starting with "utm_" is dropped too.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "ttclid": true, "igshid": true, "li_fat_id": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "_hsenc": true, "_hsmi": true,
	"hsctatracking": true, "mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true, "vero_id": true,
	"wickedid": true, "rb_clickid": true, "s_cid": true, "ref_src": true, "ref_url": true,
	"cmpid": true, "ncid": true, "sr_share": true, "smid": true, "at_medium": true, "at_campaign": true,
	"wt.mc_id": true, "__s": true, "ocid": true, "spm": true,
}

// CanonicalURL normalises an absolute http(s) URL so that the addresses one
// article is shared under compare equal: scheme and host lower case, the
// host in ASCII (IDNA) without a trailing dot, default ports dropped, an
// empty path made "/", dot segments resolved, percent-encoding normalised
// (unreserved characters decoded, hex upper case), the fragment dropped,
// tracking parameters (utm_*, fbclid, gclid, mc_cid, ...) removed and the
// remaining query parameters sorted. A trailing slash and the case of the
// path are kept: servers may treat them as different documents.
func CanonicalURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", claims.Errorf(claims.Invalid, "canonical URL of %q: %w", raw, err)
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return "", claims.Errorf(claims.Invalid, "canonical URL of %q: not an absolute http or https URL", raw)
	}
	host := strings.TrimRight(strings.ToLower(u.Hostname()), ".") // "example.com." is example.com
	if host == "" {
		return "", claims.Errorf(claims.Invalid, "canonical URL of %q: no host", raw)
	}
	if a, err := idna.Lookup.ToASCII(host); err == nil {
		host = strings.TrimRight(a, ".") // ToASCII may leave a dot of an empty label behind
	}
	if strings.Contains(host, ":") { // IPv6 literal, without a zone
		ip, err := netip.ParseAddr(host)
		if err != nil || ip.Zone() != "" {
			return "", claims.Errorf(claims.Invalid, "canonical URL of %q: bad IPv6 host", raw)
		}
		host = "[" + ip.String() + "]"
	} else if strings.IndexFunc(host, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.' || r == '_')
	}) >= 0 {
		return "", claims.Errorf(claims.Invalid, "canonical URL of %q: host %q is not a valid host name", raw, host)
	}
	if port := u.Port(); port != "" && !(scheme == "http" && port == "80") && !(scheme == "https" && port == "443") {
		host += ":" + port
	}
	var b strings.Builder
	b.WriteString(scheme)
	b.WriteString("://")
	if u.User != nil {
		b.WriteString(u.User.String())
		b.WriteByte('@')
	}
	b.WriteString(host)
	p := removeDotSegments(normalizeEscapes(u.EscapedPath()))
	if p == "" || p[0] != '/' {
		p = "/" + p
	}
	b.WriteString(p)
	if q := canonicalQuery(u.RawQuery); q != "" {
		b.WriteByte('?')
		b.WriteString(q)
	}
	return b.String(), nil
}

// canonicalQuery drops tracking parameters and empty pairs and sorts the
// rest by key, then value, keeping each pair's (normalised) encoding.
func canonicalQuery(raw string) string {
	if raw == "" {
		return ""
	}
	type pair struct{ key, kv string }
	var pairs []pair
	for _, kv := range strings.FieldsFunc(raw, func(r rune) bool { return r == '&' || r == ';' }) {
		kv = normalizeEscapes(kv)
		k, _, _ := strings.Cut(kv, "=")
		dk, err := url.QueryUnescape(k)
		if err != nil {
			dk = k
		}
		lk := strings.ToLower(dk)
		if k == "" || strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		pairs = append(pairs, pair{dk, kv})
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		if pairs[i].key != pairs[j].key {
			return pairs[i].key < pairs[j].key
		}
		return pairs[i].kv < pairs[j].kv
	})
	parts := make([]string, len(pairs))
	for i, p := range pairs {
		parts[i] = p.kv
	}
	return strings.Join(parts, "&")
}

// normalizeEscapes decodes percent-escapes of unreserved characters
// (RFC 3986 §6.2.2.2) and upper-cases the hex of the others.
func normalizeEscapes(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	const hexd = "0123456789ABCDEF"
	unhex := func(c byte) (byte, bool) {
		switch {
		case '0' <= c && c <= '9':
			return c - '0', true
		case 'a' <= c && c <= 'f':
			return c - 'a' + 10, true
		case 'A' <= c && c <= 'F':
			return c - 'A' + 10, true
		}
		return 0, false
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			h, ok1 := unhex(s[i+1])
			l, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				c := h<<4 | l
				if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
					b.WriteByte(c)
				} else {
					b.WriteByte('%')
					b.WriteByte(hexd[h])
					b.WriteByte(hexd[l])
				}
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// removeDotSegments is RFC 3986 §5.2.4 on an absolute path.
func removeDotSegments(p string) string {
	if !strings.Contains(p, ".") {
		return p
	}
	segs := strings.Split(p, "/")
	out := make([]string, 0, len(segs))
	for i, s := range segs {
		last := i == len(segs)-1
		switch s {
		case ".":
			if last {
				out = append(out, "")
			}
		case "..":
			if len(out) > 1 {
				out = out[:len(out)-1]
			}
			if last {
				out = append(out, "")
			}
		default:
			out = append(out, s)
		}
	}
	r := strings.Join(out, "/")
	if !strings.HasPrefix(r, "/") {
		r = "/" + r
	}
	return r
}

// PageCanonicalURL returns the canonical URL of the page at pageURL (its
// final URL after redirects) whose HTML is page: the <link rel="canonical">
// if the head gives one, else <meta property="og:url">, resolved against
// pageURL and passed through CanonicalURL; failing those, CanonicalURL of
// pageURL itself.
//
// A declared canonical that points to the site's home page while pageURL
// does not is ignored: it is a common CMS misconfiguration, and trusting it
// would collapse every article of the site into one.
func PageCanonicalURL(page []byte, pageURL string) (string, error) {
	self, err := CanonicalURL(pageURL)
	if err != nil {
		return "", err
	}
	base, _ := url.Parse(self)
	canonical, ogURL := declaredCanonical(page)
	for _, c := range []string{canonical, ogURL} {
		if c == "" {
			continue
		}
		ref, err := url.Parse(strings.TrimSpace(c))
		if err != nil {
			continue
		}
		cu, err := CanonicalURL(base.ResolveReference(ref).String())
		if err != nil {
			continue
		}
		if pu, _ := url.Parse(cu); pu != nil && pu.Path == "/" && pu.RawQuery == "" && base.Path != "/" {
			continue
		}
		return cu, nil
	}
	return self, nil
}

// declaredCanonical scans the head of an HTML document for rel=canonical
// and og:url, stopping at </head> or <body>.
func declaredCanonical(page []byte) (canonical, ogURL string) {
	headLinks(page, func(a atom.Atom, attrs map[string]string) {
		if a == atom.Link && canonical == "" && hasToken(attrs["rel"], "canonical") {
			canonical = attrs["href"]
		}
		if a == atom.Meta && ogURL == "" && (strings.EqualFold(attrs["property"], "og:url") || strings.EqualFold(attrs["name"], "og:url")) {
			ogURL = attrs["content"]
		}
	})
	return canonical, ogURL
}

// DiscoverFeeds returns the feeds an HTML page advertises in its head
// (<link rel="alternate"> of an RSS, Atom or JSON Feed type), resolved
// against pageURL, in document order.
func DiscoverFeeds(page []byte, pageURL string) []string {
	base, _ := url.Parse(pageURL)
	var out []string
	headLinks(page, func(a atom.Atom, attrs map[string]string) {
		if a != atom.Link || !hasToken(attrs["rel"], "alternate") {
			return
		}
		switch strings.ToLower(strings.TrimSpace(attrs["type"])) {
		case "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml":
			if u := resolveHTTP(base, attrs["href"]); u != "" {
				out = append(out, u)
			}
		}
	})
	return out
}

// headLinks calls fn for each <link> and <meta> in the head of an HTML
// document, with its attributes (names lower case), stopping at </head> or
// <body>.
func headLinks(page []byte, fn func(atom.Atom, map[string]string)) {
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return
		case html.EndTagToken:
			if name, _ := z.TagName(); atom.Lookup(name) == atom.Head {
				return
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Body {
				return
			}
			if !hasAttr || (a != atom.Link && a != atom.Meta) {
				continue
			}
			attrs := map[string]string{}
			for {
				k, v, more := z.TagAttr()
				attrs[strings.ToLower(string(k))] = string(v)
				if !more {
					break
				}
			}
			fn(a, attrs)
		}
	}
}

// hasToken reports whether the space-separated list has tok (case-insensitive).
func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// SubmissionID is the deterministic submission ID of a URL: SHA-256 of its
// canonical form, 32 hex digits, as claims.ArticleID is for content. It is
// the Nats-Msg-Id of the submission, so resubmitting the same article
// (under any tracking-decorated variant of its URL) is deduplicated. A URL
// that does not canonicalise is hashed as given.
func SubmissionID(rawURL string) string {
	c, err := CanonicalURL(rawURL)
	if err != nil {
		c = rawURL
	}
	h := sha256.Sum256([]byte(c))
	return hex.EncodeToString(h[:16])
}
