package article

import (
	"errors"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

// story is three ordinary paragraphs of news prose, long enough to be found.
const story = `<p>The city council voted on Tuesday to approve a new budget that raises spending on public transport by twelve percent, the largest increase in a decade.</p>
<p>Supporters said the money would pay for more frequent buses and the repair of two bridges, while critics warned that property taxes would have to rise to cover it.</p>
<p>The mayor, who proposed the plan in March, said she expected the first new routes to open before the end of next year, depending on how quickly drivers can be hired.</p>`

func page(inner string) string {
	return `<!doctype html><html lang="en"><head><title>Council approves budget | Example News</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>Council approves budget</h1>` + inner + `</article></main>
<footer><p>Copyright 2019 Example News. All rights reserved. Contact us at desk@example.com for corrections.</p></footer></body></html>`
}

func TestBoilerplateRemoval(t *testing.T) {
	tests := []struct {
		name  string
		inner string
		gone  []string // must not be in the text
		kept  []string // must be in the text
	}{
		{
			name:  "share bar",
			inner: `<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this story</a> <a href="#">Email a friend</a></div>` + story,
			gone:  []string{"Facebook", "Tweet", "Email a friend"},
		},
		{
			name: "related stories box in the middle",
			inner: story[:strings.Index(story, "</p>")+4] +
				`<div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Council members clash over bridge repair costs in heated session</a></li><li><a href="/b">Bus drivers threaten strike over pay as routes expand</a></li></ul></div>` +
				story[strings.Index(story, "</p>")+4:],
			gone: []string{"Council members clash", "Bus drivers threaten", "Related"},
			kept: []string{"largest increase in a decade", "hired"},
		},
		{
			name:  "related box named like the article body",
			inner: story + `<div class="article-body__related"><p>More coverage: the long fight over the transit levy, explained in full by our city hall team.</p></div>`,
			gone:  []string{"More coverage"},
		},
		{
			name:  "figure caption and photo credit",
			inner: story + `<figure><img src="x.jpg"><figcaption>The mayor at the budget vote on Tuesday. Photo: Jane Photographer/Example Images</figcaption></figure>`,
			gone:  []string{"Photo:", "Jane Photographer"},
		},
		{
			name:  "inline link card",
			inner: `<p>The city council voted on Tuesday to approve a new budget.</p><p><strong>READ MORE:</strong> <a href="/x">Why the last budget failed to pass the council</a></p>` + story,
			gone:  []string{"READ MORE", "Why the last budget failed"},
		},
		{
			name:  "hover card inside a paragraph",
			inner: `<p>The budget was drafted by <a href="/p/jane">Jane Doe</a><span class="card"><a href="/a1">Doe wins primary in landslide</a> <a href="/a2">Doe defends transport record at debate</a> <a href="/a3">Profile of the councilwoman</a></span> over three months of hearings with residents and unions.</p>` + story,
			gone:  []string{"landslide", "Profile of the councilwoman"},
			kept:  []string{"drafted by Jane Doe over three months"},
		},
		{
			name: "a link in a sentence keeps its words whatever its class",
			inner: `<p>In return, the city will improve access for aid groups, stop supporting rebels in neighboring <a href="/topics/south-sudan" class="meta-loc">South Sudan</a>, cease the bombing and hire <a class="tag" href="/t/drivers">bus drivers</a> for the new routes.</p>` + story +
				`<p class="meta-footer"><a class="meta-link" href="/x">Follow our coverage</a></p>`,
			kept: []string{"neighboring South Sudan, cease", "hire bus drivers for"},
			gone: []string{"Follow our coverage"},
		},
		{
			name:  "comments",
			inner: story + `<section id="comments"><h2>Comments</h2><div class="comment"><p>This is a disgrace and the council should be ashamed of wasting our money on buses nobody rides, I have lived here thirty years.</p></div></section>`,
			gone:  []string{"disgrace", "Comments"},
		},
		{
			name:  "newsletter prompt",
			inner: story + `<div class="newsletter-signup"><p>Get the morning briefing delivered to your inbox every weekday before seven.</p><input type="email"><button>Sign up</button></div>`,
			gone:  []string{"morning briefing", "Sign up"},
		},
		{
			name:  "ad caption",
			inner: story[:strings.Index(story, "</p>")+4] + `<div class="ad-slot"><span>Advertisement</span></div><p>Advertisement</p>` + story[strings.Index(story, "</p>")+4:],
			gone:  []string{"Advertisement"},
		},
		{
			name:  "navigation and footer outside the article",
			inner: story,
			gone:  []string{"Home", "Politics", "Copyright", "All rights reserved"},
		},
		{
			name:  "byline and date line",
			inner: `<div class="byline">By Jane Reporter</div><time class="date" datetime="2019-11-19">November 19, 2019</time>` + story,
			gone:  []string{"Jane Reporter", "November 19"},
		},
		{
			name:  "hidden and script content",
			inner: `<div style="display: none">Hidden promotional text that readers never see on the page at all.</div><script>var x = "script text";</script>` + story,
			gone:  []string{"Hidden promotional", "script text"},
		},
		{
			name:  "embedded tweet is quoted, not dropped",
			inner: story + `<blockquote class="twitter-tweet"><p>Buses at last! Great news for the east side <a href="https://t.co/x">pic.twitter.com/x</a></p>— Resident (@res) <a href="https://twitter.com/res/1">November 19, 2019</a></blockquote>`,
			kept:  []string{"Buses at last!"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract([]byte(page(tt.inner)), "https://example.com/2019/11/19/budget")
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range []string{"largest increase in a decade", "property taxes", "drivers can be hired"} {
				if !strings.Contains(a.Text, s) {
					t.Errorf("story text %q missing from\n%s", s, a.Text)
				}
			}
			for _, s := range tt.kept {
				if !strings.Contains(a.Text, s) {
					t.Errorf("%q missing from\n%s", s, a.Text)
				}
			}
			for _, s := range tt.gone {
				if strings.Contains(a.Text, s) {
					t.Errorf("boilerplate %q kept in\n%s", s, a.Text)
				}
			}
			if strings.Contains(a.Text, "Council approves budget") {
				t.Errorf("headline repeated in the text:\n%s", a.Text)
			}
		})
	}
}

func TestTextLayout(t *testing.T) {
	html := page(`<p>First paragraph of the story, long enough to count as real prose for the extractor to see.</p>
<h2>What happens next</h2>
<p>Second   paragraph,
 with  odd white space and a line<br>break inside it, plus more words to make it long.</p>
<ul><li>one item in the list</li><li>another item in the list</li></ul>
<table><tr><th>Team</th><th>Points</th></tr><tr><td>Reds</td><td>12</td></tr></table>
<p>Third paragraph closes the story with a final remark from the spokesman on the record.</p>`)
	a, err := Extract([]byte(html), "")
	if err != nil {
		t.Fatal(err)
	}
	want := "First paragraph of the story, long enough to count as real prose for the extractor to see.\n\n" +
		"What happens next\n\n" +
		"Second paragraph, with odd white space and a line\nbreak inside it, plus more words to make it long.\n\n" +
		"one item in the list\nanother item in the list\n\n" +
		"Team\tPoints\nReds\t12\n\n" +
		"Third paragraph closes the story with a final remark from the spokesman on the record."
	if a.Text != want {
		t.Errorf("text =\n%q\nwant\n%q", a.Text, want)
	}
	if a.ID != claims.ArticleID(a.Text) {
		t.Errorf("ID %q is not ArticleID(Text)", a.ID)
	}
}

func TestNoText(t *testing.T) {
	for _, in := range []string{"", "<html></html>", "<html><body><script>x()</script></body></html>", "\x00\xff\xfe"} {
		_, err := Extract([]byte(in), "https://example.com/empty")
		if err == nil {
			t.Errorf("Extract(%q): no error", in)
			continue
		}
		var ce *claims.Error
		if !errors.As(err, &ce) || ce.Kind != claims.Invalid || !strings.Contains(err.Error(), "https://example.com/empty") {
			t.Errorf("Extract(%q) error %v: want kind invalid naming the URL", in, err)
		}
	}
}

func TestMetadata(t *testing.T) {
	html := `<html lang="en_gb"><head>
<title>Ignored title | Site</title>
<meta property="og:title" content="OG headline">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2019-11-19T08:57:40+01:00">
<meta property="article:modified_time" content="2019-11-20T10:00:00Z">
<link rel="canonical" href="/news/budget?id=1">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},
 {"@type":"NewsArticle","headline":"LD headline","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
  "datePublished":"2019-11-19","publisher":{"@type":"Organization","name":"Example Publisher"}}]}</script>
</head><body><article>` + story + `</article></body></html>`
	a, err := Extract([]byte(html), "https://example.com/x")
	if err != nil {
		t.Fatal(err)
	}
	want := claims.Article{
		Title: "LD headline", Byline: "Jane Doe, John Roe", Published: "2019-11-19",
		Modified: "2019-11-20T10:00:00Z", SiteName: "Example News", Language: "en-GB",
		CanonicalURL: "https://example.com/news/budget?id=1", URL: "https://example.com/x",
	}
	got := a
	got.Text, got.ID = "", ""
	if got != want {
		t.Errorf("metadata =\n%+v\nwant\n%+v", got, want)
	}
}

func TestMetadataFallbacks(t *testing.T) {
	tests := []struct {
		name, head, body, url string
		title, byline, pub    string
	}{
		{"title separator", `<title>Council approves budget after long debate | Example News</title>`, "", "",
			"Council approves budget after long debate", "", ""},
		{"meta author and time element", `<title>Council approves budget after long debate</title><meta name="author" content="Jane Doe">`,
			`<time datetime="2019-11-18T09:00:00-05:00">Nov 18</time>`, "", "Council approves budget after long debate", "Jane Doe", "2019-11-18T09:00:00-05:00"},
		{"date from URL", `<title>Council approves budget after long debate</title>`, "", "https://example.com/news/2019/11/17/budget.html",
			"Council approves budget after long debate", "", "2019-11-17"},
		{"date from the canonical URL when the page URL has none", `<title>Council approves budget after long debate</title><link rel="canonical" href="https://example.com/news/2019/11/16/budget.html">`,
			"", "https://mirror.example.net/page.html", "Council approves budget after long debate", "", "2019-11-16"},
		{"byline element", `<title>Council approves budget after long debate</title>`, `<span class="byline__name">Jane Doe</span>`, "",
			"Council approves budget after long debate", "Jane Doe", ""},
		{"the first byline element that reads as names", `<title>Council approves budget after long debate</title>`,
			`<div class="author-tools">Sign In</div><div class="author-name">JANE DOE</div>`, "",
			"Council approves budget after long debate", "JANE DOE", ""},
		{"JSON-LD with trailing commas", `<title>Council approves budget after long debate</title><script type="application/ld+json">
{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe",}, "keywords": ["budget", "council", ],
 "datePublished": "2019-11-18T16:06:51-05:00",}</script>`, "", "", "Council approves budget after long debate", "Jane Doe", "2019-11-18T16:06:51-05:00"},
		{"JSON-LD web page's date, its name not the title", `<title>Council approves budget after long debate</title><script type="application/ld+json">
{"@graph": [{"@type": "WebSite", "name": "Example"}, {"@type": "WebPage", "name": "Budget | Example", "datePublished": "2018-04-18T14:39:09+02:00"}]}</script>`,
			"", "", "Council approves budget after long debate", "", "2018-04-18T14:39:09+02:00"},
		{"day-first date with a zone", `<title>Council approves budget after long debate</title><script type="application/ld+json">
{"@type": "NewsArticle", "datePublished": "20 Nov 2019 08:02 GMT"}</script>`, "", "", "Council approves budget after long debate", "", "2019-11-20T08:02:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := "<html><head>" + tt.head + "</head><body>" + tt.body + "<article>" + story + "</article></body></html>"
			a, err := Extract([]byte(html), tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Byline != tt.byline || a.Published != tt.pub {
				t.Errorf("got title %q byline %q published %q, want %q %q %q", a.Title, a.Byline, a.Published, tt.title, tt.byline, tt.pub)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2015-07-24T05:36:09+01:00", "2015-07-24T05:36:09+01:00"},
		{"2019-11-19T08:57:40.123Z", "2019-11-19T08:57:40Z"},
		{"2017-11-03 03:01:00.000000", "2017-11-03"},
		{"2018-04-05T06:00", "2018-04-05"},
		{"2024-06-25", "2024-06-25"},
		{"November 19, 2019", "2019-11-19"},
		{"19 Nov 2019", "2019-11-19"},
		{"Tue, 19 Nov 2019 08:57:40 +0100", "2019-11-19T08:57:40+01:00"},
		{"1574150260", "2019-11-19T07:57:40Z"},
		{"20 Nov 2019 08:02 GMT", "2019-11-20T08:02:00Z"},
		{"Wed Nov 20 2019 08:00:58 GMT+0000 (Coordinated Universal Time)", "2019-11-20T08:00:58Z"},
		{"Wed Nov 20 2019 23:10:00 GMT-0500", "2019-11-20T23:10:00-05:00"},
		{"November 19, 2019 22:30 EST", "2019-11-19T22:30:00-05:00"},
		{"Tue, 19 Nov 2019 22:30:00 PST", "2019-11-19T22:30:00-08:00"},
		{"19 Nov 2019 08:02 XYZ", ""},
		{"yesterday", ""},
		{"1850-01-01", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ParseDate(tt.in); got != tt.want {
			t.Errorf("ParseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateFromURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.cnbc.com/2019/11/20/emirates-inks-order.html", "2019-11-20"},
		{"https://example.com/news/2019-11-18-story", "2019-11-18"},
		{"https://example.com/a/20191118/story", "2019-11-18"},
		{"https://example.com/2019/11/story", ""},
		{"https://example.com/id/123456789012", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := dateFromURL(tt.in); got != tt.want {
			t.Errorf("dateFromURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormLang(t *testing.T) {
	tests := []struct{ in, want string }{
		{"en", "en"}, {"en_US", "en-US"}, {"EN-gb", "en-GB"}, {"zh-hant-tw", "zh-Hant-TW"}, {"", ""}, {"en, fr", "en"}, {"<script>", ""},
	}
	for _, tt := range tests {
		if got := normLang(tt.in); got != tt.want {
			t.Errorf("normLang(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShortLinesPage(t *testing.T) {
	// A page of short lines only (a results list, a poem): no paragraph is
	// long enough to argue for a container, so the whole body is the text.
	html := "<html><body><nav><a href=/>Home</a> <a href=/a>About</a> <a href=/b>Blog</a></nav>" +
		strings.Repeat("<p>A short line of verse.</p>", 5) + "</body></html>"
	a, err := Extract([]byte(html), "")
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.TrimSuffix(strings.Repeat("A short line of verse.\n\n", 5), "\n\n"); a.Text != want {
		t.Errorf("text = %q, want %q", a.Text, want)
	}
}

func TestCleanByline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"By Joshua Sokol", "Joshua Sokol"},
		{"Joshua Sokol May 20, 2019", "Joshua Sokol"},
		{"by Lucas Nolan 22 Dec 2016 651", "Lucas Nolan"},
		{"Jane Doe Updated 3 hours ago", "Jane Doe"},
		{"Theresa May", "Theresa May"},
		{"Posted by Theresa May | Politics", "Theresa May"},
		{"Sign In", ""},
		{"Katie Couric New Yorkers post their feelings about Trump election in subway", ""},
		{"Jane Doe, contributing writer", "Jane Doe, contributing writer"},
		{"John Smith and Jane Doe", "John Smith and Jane Doe"},
		{"Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read", "Bryan DeArdo"},
		{"admin", ""},
		{"CC7567", ""},
		{"James Akinaka •", "James Akinaka"},
		{"Jane Doe • 2 min read", "Jane Doe"},
		{"Nicolas Perriault —", "Nicolas Perriault"},
		{"por César Salza 1 de diciembre de 2017 3:00 AM PST", "César Salza"},
		{"Par Marie Dupont", "Marie Dupont"},
		{"Jean-Luc Picard", "Jean-Luc Picard"},
		{"Carlos Nadalim 27/09/2018 Comente! Alfabetização", "Carlos Nadalim"},
	}
	for _, tt := range tests {
		if got := cleanByline(tt.in); got != tt.want {
			t.Errorf("cleanByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
