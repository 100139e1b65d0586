package extractors_test

import (
	"testing"
	"unicode/utf8"

	"github.com/claimpipe/claimpipe/claims"
)

// FuzzAnalyze runs the whole annotate-and-claims path on arbitrary text: it
// must not panic, and what it returns must validate (spans inside the text,
// claim IDs derived from their spans, confidences in [0,1]).
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"But says Smith, the plan will cost Ford $5 billion.",
		"And adds Jones: the deal is dead.",
		"“We are ready,” Smith said. “Costs rose 40% in 2019,” the mayor replied.",
		"Big Machine issued a statement. “We never blocked her,” they said. “She can perform at the AMAs in 2019.”",
		"“Markets run ahead of macros. Now, we expect gains,” said Sanjiv Bhasin, Director, IIFL Securities.",
		"The installation – conceived to present the collection – confirms the use of technology in 2019.",
		"The company, based in Austin, Texas, said it would cut 500 jobs on Oct. 31.",
		"That said, the DEA says that the border remains the primary entry point.",
		"In May, NASA awarded orders; OrbitBeyond canceled its order two months later.",
		"\"", "“", "”", ", said", "said", "But", "The next year.",
	} {
		f.Add(s)
	}
	e := newEngine(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a := claims.Article{ID: claims.ArticleID(text), Text: text, Published: "2019-11-19"}
		ms, cs := e.Analyze(&a)
		r := claims.Result{Article: a, Mentions: ms, Claims: cs}
		if err := r.Validate(); err != nil {
			t.Fatalf("%q: %v", text, err)
		}
	})
}

// FuzzArticle reads arbitrary bytes as a page, in any content type: it must
// not panic, and an article it returns has valid UTF-8 text (pages in
// other encodings are decoded, never passed on as they are).
func FuzzArticle(f *testing.F) {
	for _, s := range []struct{ body, contentType string }{
		{"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Caf\xe9 cr\xe8me \x80 5.</p></body></html>", "text/html"},
		{"<meta charset=\"utf-8\"><p>Caf\xe9</p>", ""},
		{"Caf\xe9 au lait co\xfbte 3 \x80.", "text/plain"},
		{"<p>Caf\xe9</p>", "text/html; charset=shift_jis"},
		{"\xff\xfe<\x00p\x00>\x00", "text/html"},
		{"Plain text in UTF-8: café.", "text/plain; charset=utf-8"},
	} {
		f.Add([]byte(s.body), s.contentType)
	}
	e := newEngine(f)
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		a, err := e.Article(&claims.Page{Name: "fuzz", Body: body, ContentType: contentType})
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("article from %q (%q) is not valid UTF-8: %q", body, contentType, a.Text)
		}
	})
}
