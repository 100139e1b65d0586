package sources

import (
	"bytes"
	"compress/gzip"
	"testing"
	"time"
)

const rssDoc = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>News</title><link>https://news.example/</link>
<item><title>First story</title><link>https://news.example/2024/first?utm_source=rss</link>
  <pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate></item>
<item><title>Relative link</title><link>/2024/second</link></item>
<item><title>GUID only</title><guid isPermaLink="true">https://news.example/2024/third</guid></item>
<item><title>No link at all</title><description>x</description></item>
</channel></rss>`

const atomDoc = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2024-05-07T10:00:00Z</updated>
<entry><title>Atom story</title><id>urn:1</id><link rel="alternate" href="https://news.example/atom/1"/>
  <published>2024-05-06T08:30:00Z</published><updated>2024-05-07T10:00:00Z</updated></entry>
</feed>`

const jsonFeedDoc = `{"version": "https://jsonfeed.org/version/1.1", "title": "JSON News",
 "items": [{"id": "1", "url": "https://news.example/json/1", "title": "JSON story", "date_published": "2024-05-05T12:00:00Z"}]}`

// A latin-1 RSS document: the parser must honour the XML declaration.
var latin1RSS = []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><title>N</title>" +
	"<item><title>Caf\xe9 prices</title><link>https://news.example/cafe</link></item></channel></rss>")

func TestParseFeed(t *testing.T) {
	for _, tc := range []struct {
		name string
		doc  []byte
		want []Item
	}{
		{"rss", []byte(rssDoc), []Item{
			{URL: "https://news.example/2024/first?utm_source=rss", Title: "First story", Published: time.Date(2024, 5, 7, 10, 0, 0, 0, time.UTC)},
			{URL: "https://news.example/2024/second", Title: "Relative link"},
			{URL: "https://news.example/2024/third", Title: "GUID only"},
		}},
		{"atom", []byte(atomDoc), []Item{
			{URL: "https://news.example/atom/1", Title: "Atom story", Published: time.Date(2024, 5, 6, 8, 30, 0, 0, time.UTC)},
		}},
		{"json feed", []byte(jsonFeedDoc), []Item{
			{URL: "https://news.example/json/1", Title: "JSON story", Published: time.Date(2024, 5, 5, 12, 0, 0, 0, time.UTC)},
		}},
		{"latin-1 rss", latin1RSS, []Item{{URL: "https://news.example/cafe", Title: "Café prices"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if k := DetectKind(tc.doc); k != KindFeed {
				t.Errorf("DetectKind = %q, want feed", k)
			}
			got, err := ParseFeed(tc.doc, "https://news.example/feed.xml")
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("%d items, want %d: %+v", len(got), len(tc.want), got)
			}
			for i := range got {
				if got[i].URL != tc.want[i].URL || got[i].Title != tc.want[i].Title || !got[i].Published.Equal(tc.want[i].Published) {
					t.Errorf("item %d = %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
	if _, err := ParseFeed([]byte("<html><body>not a feed</body></html>"), "https://x.example/f"); err == nil {
		t.Error("HTML parsed as a feed")
	}
}

const urlsetDoc = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://news.example/a</loc><lastmod>2024-05-01</lastmod></url>
  <url><loc> https://news.example/b </loc><lastmod>2024-05-02T10:20:30+02:00</lastmod></url>
  <url><loc>ftp://news.example/c</loc></url>
  <url><loc>https://news.example/d</loc></url>
</urlset>`

const newsSitemapDoc = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://news.example/n1</loc><lastmod>2024-05-09</lastmod>
    <news:news><news:publication><news:name>News</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2024-05-08T09:00:00Z</news:publication_date><news:title>Budget passes</news:title></news:news></url>
</urlset>`

const sitemapIndexDoc = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example/sitemap-2024-04.xml</loc><lastmod>2024-04-30</lastmod></sitemap>
  <sitemap><loc>/sitemap-2024-05.xml</loc><lastmod>2024-05-09</lastmod></sitemap>
</sitemapindex>`

func TestParseSitemap(t *testing.T) {
	sm, err := ParseSitemap([]byte(urlsetDoc), "https://news.example/sitemap.xml")
	if err != nil {
		t.Fatal(err)
	}
	wantURLs := []string{"https://news.example/a", "https://news.example/b", "https://news.example/d"}
	if len(sm.Items) != len(wantURLs) || len(sm.Children) != 0 {
		t.Fatalf("items %+v children %+v", sm.Items, sm.Children)
	}
	for i, u := range wantURLs {
		if sm.Items[i].URL != u {
			t.Errorf("item %d URL %q, want %q", i, sm.Items[i].URL, u)
		}
	}
	if want := time.Date(2024, 5, 2, 8, 20, 30, 0, time.UTC); !sm.Items[1].Published.Equal(want) {
		t.Errorf("lastmod %v, want %v", sm.Items[1].Published, want)
	}
	if !sm.Items[2].Published.IsZero() {
		t.Errorf("undated item has date %v", sm.Items[2].Published)
	}

	sm, err = ParseSitemap([]byte(newsSitemapDoc), "https://news.example/news.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(sm.Items) != 1 || sm.Items[0].Title != "Budget passes" || !sm.Items[0].Published.Equal(time.Date(2024, 5, 8, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("news sitemap items %+v (publication_date must win over lastmod)", sm.Items)
	}

	sm, err = ParseSitemap([]byte(sitemapIndexDoc), "https://news.example/sitemap_index.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(sm.Children) != 2 || sm.Children[1].URL != "https://news.example/sitemap-2024-05.xml" || len(sm.Items) != 0 {
		t.Errorf("index children %+v items %+v", sm.Children, sm.Items)
	}

	for _, doc := range []string{urlsetDoc, newsSitemapDoc, sitemapIndexDoc} {
		if k := DetectKind([]byte(doc)); k != KindSitemap {
			t.Errorf("DetectKind = %q, want sitemap", k)
		}
	}
	if _, err := ParseSitemap([]byte(rssDoc), "https://news.example/feed"); err == nil {
		t.Error("RSS parsed as a sitemap")
	}
	if k := DetectKind([]byte("<html><body>x</body></html>")); k != "" {
		t.Errorf("DetectKind(html) = %q", k)
	}
}

func TestGunzipFile(t *testing.T) {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(urlsetDoc))
	zw.Close()
	out, err := gunzipFile(b.Bytes(), 1<<20)
	if err != nil || string(out) != urlsetDoc {
		t.Fatalf("gunzipFile: %v %.40q", err, out)
	}
	if out, _ := gunzipFile([]byte(urlsetDoc), 1<<20); string(out) != urlsetDoc {
		t.Error("plain document changed")
	}
	if _, err := gunzipFile(b.Bytes(), 100); err == nil {
		t.Error("cap not applied to a .gz sitemap")
	}
}

func TestParseW3CDate(t *testing.T) {
	for _, s := range []string{"2024", "2024-05", "2024-05-07", "2024-05-07T10:20+02:00", "2024-05-07T10:20:30Z", "2024-05-07T10:20:30.123+01:00", "2024-05-07T10:20:30"} {
		if _, ok := parseW3CDate(s); !ok {
			t.Errorf("parseW3CDate(%q) failed", s)
		}
	}
	for _, s := range []string{"", "yesterday", "07/05/2024"} {
		if _, ok := parseW3CDate(s); ok {
			t.Errorf("parseW3CDate(%q) succeeded", s)
		}
	}
}
