package sources

import (
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

func TestCanonicalURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"HTTP://Example.COM/News/Story.html", "http://example.com/News/Story.html"},
		{"https://example.com", "https://example.com/"},
		{"https://example.com:443/a", "https://example.com/a"},
		{"http://example.com:80/a", "http://example.com/a"},
		{"http://example.com:8080/a", "http://example.com:8080/a"},
		{"https://example.com./a", "https://example.com/a"},
		{"https://example.com/a#comments", "https://example.com/a"},
		{"https://example.com/a?utm_source=tw&utm_medium=social&id=7", "https://example.com/a?id=7"},
		{"https://example.com/a?UTM_Campaign=x&fbclid=abc&gclid=1&mc_cid=2&mc_eid=3", "https://example.com/a"},
		{"https://example.com/a?b=2&a=1&c=3", "https://example.com/a?a=1&b=2&c=3"},
		{"https://example.com/a?b=2&a=3&a=1", "https://example.com/a?a=1&a=3&b=2"},
		{"https://example.com/a?", "https://example.com/a"},
		{"https://example.com/a/./b/../c", "https://example.com/a/c"},
		{"https://example.com/a/b/", "https://example.com/a/b/"},
		{"https://example.com/%7euser/%e2%82%ac", "https://example.com/~user/%E2%82%AC"},
		{"https://example.com/a?q=caf%c3%a9&x=%41", "https://example.com/a?q=caf%C3%A9&x=A"},
		{"https://bücher.example/a", "https://xn--bcher-kva.example/a"},
		{"  https://example.com/a  ", "https://example.com/a"},
		{"https://[2001:DB8::1]:443/a", "https://[2001:db8::1]/a"},
		{"https://example.com/search?q=a+b&utm_term=x", "https://example.com/search?q=a+b"},
	} {
		got, err := CanonicalURL(tc.in)
		if err != nil {
			t.Errorf("CanonicalURL(%q): %v", tc.in, err)
			continue
		}
		if got != tc.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
		// Canonicalisation is idempotent.
		if again, _ := CanonicalURL(got); again != got {
			t.Errorf("CanonicalURL(%q) = %q, not a fixed point", got, again)
		}
	}
	for _, bad := range []string{"", "example.com/a", "/a", "mailto:x@example.com", "javascript:alert(1)", "http://", "http://a b/"} {
		if _, err := CanonicalURL(bad); claims.ErrorKind(err) != claims.Invalid {
			t.Errorf("CanonicalURL(%q): err %v, want Invalid", bad, err)
		}
	}
}

func TestSubmissionID(t *testing.T) {
	a := SubmissionID("https://Example.com/a?utm_source=x#top")
	b := SubmissionID("https://example.com/a")
	if a != b {
		t.Errorf("tracking-decorated URL gets ID %s, plain %s", a, b)
	}
	if len(a) != 32 {
		t.Errorf("ID %q is not 32 hex digits", a)
	}
	if SubmissionID("https://example.com/b") == b {
		t.Error("different URLs share an ID")
	}
}

func TestPageCanonicalURL(t *testing.T) {
	const page = "https://www.example.com/2024/05/story.html?utm_source=rss"
	for _, tc := range []struct{ name, html, want string }{
		{"rel canonical", `<html><head><link rel="canonical" href="https://example.com/story?utm_medium=x"></head><body></body></html>`, "https://example.com/story"},
		{"relative canonical", `<head><link href="/2024/05/story.html" rel="Canonical"></head>`, "https://www.example.com/2024/05/story.html"},
		{"og:url", `<head><meta property="og:url" content="https://example.com/og-story"></head>`, "https://example.com/og-story"},
		{"canonical beats og:url", `<head><meta property="og:url" content="https://example.com/og"><link rel="canonical" href="https://example.com/canon"></head>`, "https://example.com/canon"},
		{"none: the page's own URL", `<head><title>x</title></head><body><link rel="canonical" href="https://example.com/in-body"></body>`, "https://www.example.com/2024/05/story.html"},
		{"home page canonical ignored", `<head><link rel="canonical" href="https://www.example.com/"></head>`, "https://www.example.com/2024/05/story.html"},
		{"non-http canonical ignored", `<head><link rel="canonical" href="javascript:void(0)"></head>`, "https://www.example.com/2024/05/story.html"},
		{"not HTML", "\x00\x01binary", "https://www.example.com/2024/05/story.html"},
	} {
		got, err := PageCanonicalURL([]byte(tc.html), page)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
	if _, err := PageCanonicalURL([]byte("<p>x"), "not a url"); claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("bad page URL: %v", err)
	}
}

func TestDiscoverFeeds(t *testing.T) {
	page := `<html><head><title>Site</title>
<link rel="stylesheet" href="/s.css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.rss">
<link rel="alternate" hreflang="fr" href="/fr/">
<link rel="Alternate" type="application/atom+xml" href="https://cdn.example/atom.xml">
<link rel="alternate" type="application/feed+json" href="feed.json">
</head><body><link rel="alternate" type="application/rss+xml" href="/in-body.rss"></body></html>`
	got := DiscoverFeeds([]byte(page), "https://news.example/section/")
	want := []string{"https://news.example/feed.rss", "https://cdn.example/atom.xml", "https://news.example/section/feed.json"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("feed %d = %q, want %q", i, got[i], want[i])
		}
	}
	if f := DiscoverFeeds([]byte("<p>no head"), "https://x.example/"); len(f) != 0 {
		t.Errorf("feeds in a page without any: %v", f)
	}
}

// FuzzCanonicalURL: whatever it accepts, CanonicalURL returns an absolute
// http(s) URL that is its own canonical form.
func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{"https://Example.com/a/../b?utm_x=1&b=2&a=%7e#f", "http://[::1]:80/%zz", "https://bücher.example/./?;a=b", "http://a.example/%2541"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		c, err := CanonicalURL(raw)
		if err != nil {
			return
		}
		again, err := CanonicalURL(c)
		if err != nil {
			t.Fatalf("CanonicalURL(%q) = %q, which fails: %v", raw, c, err)
		}
		if again != c {
			t.Fatalf("CanonicalURL(%q) = %q, then %q: not a fixed point", raw, c, again)
		}
	})
}
