package sources

import (
	"strings"
	"testing"
	"time"
)

// TestRobotsRFC9309 checks the parser and matcher against RFC 9309's rules
// and examples (§2.2, §5) and the cases where libraries commonly differ.
func TestRobotsRFC9309(t *testing.T) {
	for _, tc := range []struct {
		name, body, agent, path string
		want                    bool
	}{
		{"no file content", "", "claimpipe", "/x", true},
		{"disallow all", "User-agent: *\nDisallow: /\n", "claimpipe", "/x", false},
		{"robots.txt always allowed", "User-agent: *\nDisallow: /\n", "claimpipe", "/robots.txt", true},
		{"empty disallow allows", "User-agent: *\nDisallow:\n", "claimpipe", "/x", true},
		{"longest match wins", "User-agent: *\nAllow: /p\nDisallow: /\n", "claimpipe", "/page", true},
		{"tie goes to allow (allow first)", "User-agent: *\nAllow: /folder\nDisallow: /folder\n", "claimpipe", "/folder/page", true},
		{"tie goes to allow (disallow first)", "User-agent: *\nDisallow: /folder\nAllow: /folder\n", "claimpipe", "/folder/page", true},
		{"wildcard longer than plain", "User-agent: *\nAllow: /page\nDisallow: /*.html\n", "claimpipe", "/page.html", false},
		{"wildcard does not match", "User-agent: *\nAllow: /page\nDisallow: /*.html\n", "claimpipe", "/page.php", true},
		{"dollar anchors: root", "User-agent: *\nAllow: /$\nDisallow: /\n", "claimpipe", "/", true},
		{"dollar anchors: below root", "User-agent: *\nAllow: /$\nDisallow: /\n", "claimpipe", "/page.htm", false},
		{"dollar after wildcard", "User-agent: *\nDisallow: /*.php$\n", "claimpipe", "/index.php", false},
		{"dollar after wildcard, query", "User-agent: *\nDisallow: /*.php$\n", "claimpipe", "/index.php?x=1", true},
		{"several wildcards", "User-agent: *\nDisallow: /a*b*c\n", "claimpipe", "/a-x-b-y-c-z", false},
		{"several wildcards, order", "User-agent: *\nDisallow: /a*b*c\n", "claimpipe", "/a-c-b", true},
		{"query matched", "User-agent: *\nDisallow: /foo/bar?baz=quz\n", "claimpipe", "/foo/bar?baz=quz", false},
		{"case-sensitive path", "User-agent: *\nDisallow: /Private\n", "claimpipe", "/private", true},
		{"encoded unreserved equals plain", "User-agent: *\nDisallow: /%7Ejoe\n", "claimpipe", "/~joe/index.html", false},
		{"plain equals encoded unreserved", "User-agent: *\nDisallow: /~joe\n", "claimpipe", "/%7ejoe/index.html", false},
		{"non-ASCII rule encoded", "User-agent: *\nDisallow: /foo/bar/ツ\n", "claimpipe", "/foo/bar/%E3%83%84", false},
		{"reserved escape kept", "User-agent: *\nDisallow: /a%2Fb\n", "claimpipe", "/a/b", true},
		{"own group beats star", "User-agent: *\nDisallow: /\n\nUser-agent: claimpipe\nDisallow: /private\n", "claimpipe", "/news", true},
		{"own group applies", "User-agent: *\nDisallow: /\n\nUser-agent: claimpipe\nDisallow: /private\n", "claimpipe", "/private/x", false},
		{"agent case-insensitive", "User-agent: ClaimPipe\nDisallow: /x\n", "claimpipe", "/x", false},
		{"agent with version", "User-agent: claimpipe/1.0\nDisallow: /x\n", "claimpipe", "/x", false},
		{"no prefix agent match", "User-agent: claim\nDisallow: /\n", "claimpipe", "/x", true},
		{"no match: no group", "User-agent: otherbot\nDisallow: /\n", "claimpipe", "/x", true},
		{"groups for one agent merge", "User-agent: claimpipe\nDisallow: /a\n\nUser-agent: other\nDisallow: /c\n\nUser-agent: claimpipe\nDisallow: /b\n", "claimpipe", "/b", false},
		{"multi-agent group", "User-agent: a\nUser-agent: claimpipe\nDisallow: /b\n", "claimpipe", "/b", false},
		{"star groups merge", "User-agent: *\nDisallow: /a\n\nUser-agent: *\nDisallow: /b\n", "claimpipe", "/b", false},
		{"comments and blank lines", "# hello\nUser-agent: * # all\n\nDisallow: /x # no\n", "claimpipe", "/x/y", false},
		{"CR line ends", "User-agent: *\rDisallow: /x\r", "claimpipe", "/x", false},
		{"CRLF line ends", "User-agent: *\r\nDisallow: /x\r\n", "claimpipe", "/x", false},
		{"keys case-insensitive, typo tolerated", "USER-AGENT: *\ndisalow: /x\n", "claimpipe", "/x", false},
		{"rules before any group ignored", "Disallow: /\nUser-agent: *\nAllow: /\n", "claimpipe", "/x", true},
		{"sitemap does not end group", "User-agent: *\nSitemap: https://e.example/s.xml\nDisallow: /x\n", "claimpipe", "/x", false},
		{"unknown record ignored", "User-agent: a\nHost: e.example\nUser-agent: claimpipe\nDisallow: /x\n", "claimpipe", "/x", false},
		{"garbage", "\x00\xff<html><body>oops</body></html>", "claimpipe", "/x", true},
	} {
		r := parseRobots([]byte(tc.body))
		got := true
		if g, ok := r.group(tc.agent); ok {
			got = g.allowed(tc.path)
		}
		if got != tc.want {
			t.Errorf("%s: %q for %s %s: allowed=%v, want %v", tc.name, tc.body, tc.agent, tc.path, got, tc.want)
		}
	}
}

func TestRobotsExtras(t *testing.T) {
	r := parseRobots([]byte("Sitemap: https://e.example/a.xml\nUser-agent: *\nCrawl-delay: 2.5\nDisallow: /x\nsitemap: https://e.example/b.xml\n"))
	if strings.Join(r.Sitemaps, " ") != "https://e.example/a.xml https://e.example/b.xml" {
		t.Errorf("sitemaps %v", r.Sitemaps)
	}
	g, ok := r.group("claimpipe")
	if !ok || g.crawlDelay != 2500*time.Millisecond {
		t.Errorf("crawl-delay %v", g.crawlDelay)
	}
}

func TestMatchRobotsPattern(t *testing.T) {
	for _, tc := range []struct {
		pat, path string
		want      bool
	}{
		{"/", "/", true}, {"/a", "/", false}, {"/a", "/abc", true},
		{"/*", "/", true}, {"*", "/x", true}, {"/a*", "/a", true},
		{"/a*c", "/abbbc", true}, {"/a*c", "/ab", false},
		{"/a*c$", "/abcx", false}, {"/a*c$", "/abcxc", true},
		{"/a$", "/a", true}, {"/a$", "/ab", false}, {"$", "", true},
		{"/*a*a*a*b", "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac", false},
	} {
		if got := matchRobotsPattern(tc.pat, tc.path); got != tc.want {
			t.Errorf("match(%q, %q) = %v, want %v", tc.pat, tc.path, got, tc.want)
		}
	}
}

func FuzzParseRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /*.php$\nAllow: /a*b\n"), "/a/b.php")
	f.Add([]byte("user-agent: claimpipe\r\ndisallow: /%7e\r"), "/~x")
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		r := parseRobots(body)
		if g, ok := r.group("claimpipe"); ok {
			g.allowed("/" + path)
		}
	})
}
