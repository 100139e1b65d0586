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
