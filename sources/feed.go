package sources

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// SourceKind says how a source is read.
type SourceKind string

const (
	KindFeed    SourceKind = "feed"    // RSS, Atom or JSON Feed
	KindSitemap SourceKind = "sitemap" // sitemap, sitemap index or news sitemap
)

// Item is one entry of a feed or a sitemap: an article to submit.
type Item struct {
	URL       string    // absolute, as the source gives it (resolved against the source URL)
	Title     string    // when the source gives one
	Published time.Time // zero when unknown; for sitemaps, news:publication_date or lastmod
}

// Sitemap is a parsed sitemap document: a urlset has Items, a sitemap index
// has Children (the URLs of the sitemaps it lists, with their lastmod).
type Sitemap struct {
	Items    []Item
	Children []Item
}

// DetectKind tells a feed from a sitemap by the document's root: urlset or
// sitemapindex is a sitemap; rss, feed, RDF or a JSON object is a feed. It
// returns "" when the document is neither.
func DetectKind(doc []byte) SourceKind {
	doc = bytes.TrimLeft(bytes.TrimPrefix(doc, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(doc) > 0 && doc[0] == '{' {
		return KindFeed
	}
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.CharsetReader = xmlCharsetReader
	d.Strict = false
	for {
		tok, err := d.Token()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			switch strings.ToLower(se.Name.Local) {
			case "urlset", "sitemapindex":
				return KindSitemap
			case "rss", "feed", "rdf":
				return KindFeed
			}
			return ""
		}
	}
}

// ParseFeed parses an RSS, Atom or JSON Feed document fetched from feedURL
// and returns its items in document order, with links resolved against the
// feed's URL. An item's URL is its link, else its first link, else its
// GUID when that is an http(s) URL; items with none are skipped.
func ParseFeed(doc []byte, feedURL string) ([]Item, error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(doc))
	if err != nil {
		return nil, fmt.Errorf("feed %q: %w", feedURL, err)
	}
	base, _ := url.Parse(feedURL)
	var items []Item
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		cands := append([]string{it.Link}, it.Links...)
		if strings.HasPrefix(it.GUID, "http://") || strings.HasPrefix(it.GUID, "https://") {
			cands = append(cands, it.GUID)
		}
		link := ""
		for _, c := range cands {
			if l := resolveHTTP(base, c); l != "" {
				link = l
				break
			}
		}
		if link == "" {
			continue
		}
		item := Item{URL: link, Title: strings.TrimSpace(it.Title)}
		if it.PublishedParsed != nil {
			item.Published = *it.PublishedParsed
		} else if it.UpdatedParsed != nil {
			item.Published = *it.UpdatedParsed
		}
		items = append(items, item)
	}
	return items, nil
}

// resolveHTTP resolves ref against base and returns it when it is an
// absolute http(s) URL, else "".
func resolveHTTP(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		r = base.ResolveReference(r)
	}
	if s := strings.ToLower(r.Scheme); (s != "http" && s != "https") || r.Host == "" {
		return ""
	}
	return r.String()
}

// sitemapDoc covers urlset and sitemapindex, with the news extension
// (https://www.google.com/schemas/sitemap-news/0.9). Element names are
// matched on their local part, so any namespace prefix works.
type sitemapDoc struct {
	XMLName  xml.Name
	URLs     []sitemapEntry `xml:"url"`
	Sitemaps []sitemapEntry `xml:"sitemap"`
}

type sitemapEntry struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
	News    struct {
		PublicationDate string `xml:"publication_date"`
		Title           string `xml:"title"`
	} `xml:"news"`
}

// ParseSitemap parses a sitemap (urlset, with or without the news
// extension) or a sitemap index fetched from sitemapURL. Locations are
// resolved against sitemapURL and non-http(s) ones skipped. The item date is
// news:publication_date when present, else lastmod.
func ParseSitemap(doc []byte, sitemapURL string) (*Sitemap, error) {
	var sd sitemapDoc
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.CharsetReader = xmlCharsetReader
	d.Strict = false
	if err := d.Decode(&sd); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("sitemap %q: %w", sitemapURL, err)
	}
	switch strings.ToLower(sd.XMLName.Local) {
	case "urlset", "sitemapindex":
	default:
		return nil, fmt.Errorf("sitemap %q: root element <%s> is neither urlset nor sitemapindex", sitemapURL, sd.XMLName.Local)
	}
	base, _ := url.Parse(sitemapURL)
	sm := &Sitemap{}
	for _, e := range sd.URLs {
		loc := resolveHTTP(base, e.Loc)
		if loc == "" {
			continue
		}
		it := Item{URL: loc, Title: strings.TrimSpace(e.News.Title)}
		if t, ok := parseW3CDate(e.News.PublicationDate); ok {
			it.Published = t
		} else if t, ok := parseW3CDate(e.LastMod); ok {
			it.Published = t
		}
		sm.Items = append(sm.Items, it)
	}
	for _, e := range sd.Sitemaps {
		loc := resolveHTTP(base, e.Loc)
		if loc == "" {
			continue
		}
		it := Item{URL: loc}
		if t, ok := parseW3CDate(e.LastMod); ok {
			it.Published = t
		}
		sm.Children = append(sm.Children, it)
	}
	return sm, nil
}

// parseW3CDate reads the W3C Datetime profile of ISO 8601 that sitemaps use,
// from a bare year to a full timestamp with fractional seconds.
func parseW3CDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
