package claimbuild

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimpipe/claimpipe/claims"
)

// The helpers that make claim building fast must answer exactly as the
// plain code they replace: each is checked against it here, on the fixtures'
// text, on edge cases and on random text.

// fixtureTexts returns the article texts of the fixtures.
func fixtureTexts(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "fixtures", "*", "golden.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var r claims.Result
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, r.Article.Text)
	}
	return out
}

// randomText strings together pieces that make phrases, quotes, capitals,
// digits and non-ASCII runes likely.
func randomText(r *rand.Rand, pieces []string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

var pieces = []string{
	" ", "  ", "\n", "\n\n", ".", ",", "'", "’", "-", "\"", "“", "”", "—", "é", "É", "İ", "\u212a", "ẞ", "\xff",
	"a", "b", "c", "d", "s", "x", "A", "S", "US", "us", "said", "Said", "SAID", "says", "say", "told", "report", "reported",
	"according", "According", "to", "the", "The", "no comment", "comment", "newsletter", "read more", "read mor",
	"contributed to this report", "did not respond to", "could not be independently verified", "sign up", "listen to ",
	"click here", "3", "2019", "3,000", "4.5", "running", "paid", "payments", "ed", "es", "ing", "going", "will",
	"into effect", "into full force", "take effect", "takes effec", "into",
}

// list returns every phrase of the set, its short ones too.
func (p *phraseSet) list() []string {
	if p.short == nil {
		return p.phrases
	}
	return append(append([]string(nil), p.phrases...), p.short.phrases...)
}

func TestPhraseSetMatchesContains(t *testing.T) {
	sets := map[string]*phraseSet{
		"boilerplate":  boilerplatePhrases,
		"legislators":  legislators,
		"namelessCues": namelessCues,
		"inForce":      inForcePhrases,
		"stems":        reportingStems,
		"short":        newPhraseSet("ab", "ba", "abc", "zz"),
		"one":          newPhraseSet("needle in a haystack"),
	}
	texts := append(fixtureTexts(t), "", "a", "ab", "ba", "zz", "abc", "xabx", "read more", "READ MORE", "xread morex",
		"the firm did not respond to", "no commen", "newsletter")
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		texts = append(texts, randomText(r, pieces, r.IntN(40)))
	}
	for name, set := range sets {
		for _, s := range texts {
			for _, s := range []string{s, strings.ToLower(s)} {
				want := false
				for _, p := range set.list() {
					want = want || strings.Contains(s, p)
				}
				if got := set.in(s); got != want {
					t.Fatalf("%s.in(%q) = %v, strings.Contains says %v", name, s, got, want)
				}
			}
		}
	}
}

func TestLowerInPlace(t *testing.T) {
	long := strings.Repeat("The Quick BROWN fox, “quoted” é É. ", 400)
	tests := []struct {
		s  string
		ok bool // lower-casing keeps every rune's length
	}{
		{"", true},
		{"abc", true},
		{"ABC def GHI", true},
		{"Zürich ÉCOLE ДОМ Ωmega “Quotes” it’s", true},
		{long, true},
		{"İstanbul", false},      // İ lower-cases to i and a combining dot
		{"7 \u212a", false},      // the Kelvin sign lower-cases to k
		{"STRASSE ẞ", false},     // capital sharp s: 3 bytes to 2
		{"bad \xff byte", false}, // ToLower writes U+FFFD
		{long + "İ", false},
	}
	// Runes cut by the 4096-byte piece at each offset.
	for pad := 4080; pad < 4100; pad++ {
		tests = append(tests, struct {
			s  string
			ok bool
		}{strings.Repeat("A", pad) + "ÉÀ“X”ÖÜ" + strings.Repeat("b", 10), true})
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		s := randomText(r, []string{"a", "B", "é", "É", "Ж", "ж", "“", " ", "1", "Ω", "\t"}, r.IntN(3000))
		tests = append(tests, struct {
			s  string
			ok bool
		}{s, true})
	}
	for _, tt := range tests {
		got, ok := lowerInPlace(tt.s)
		if ok != tt.ok {
			t.Fatalf("lowerInPlace(%.40q…) ok = %v, want %v", tt.s, ok, tt.ok)
		}
		if ok && got != strings.ToLower(tt.s) {
			t.Fatalf("lowerInPlace(%.40q…) differs from strings.ToLower", tt.s)
		}
	}
}

func TestLowerASCII8(t *testing.T) {
	for c := range utf8.RuneSelf {
		for lane := range 8 {
			v := uint64(c) << (8 * lane)
			want := uint64(asciiLower[c]) << (8 * lane)
			if got := lowerASCII8(v); got != want {
				t.Fatalf("lowerASCII8(%q in byte %d) = %#x, want %#x", rune(c), lane, got, want)
			}
		}
	}
}

func TestQuoteOpen(t *testing.T) {
	plain := func(open bool, s string) bool {
		for _, r := range s {
			switch r {
			case '“':
				open = true
			case '”':
				open = false
			case '"':
				open = !open
			}
		}
		return open
	}
	texts := []string{"", `"`, `""`, "“", "”", "“a”", "a “b", `x "y" z "`, "\xe2\x80", "\xe2\x80\x9c", "\xff\xe2\x80\x9d", "it’s"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		texts = append(texts, randomText(r, pieces, r.IntN(30)))
	}
	for _, s := range texts {
		for _, open := range []bool{false, true} {
			if got, want := quoteOpen(open, s), plain(open, s); got != want {
				t.Fatalf("quoteOpen(%v, %q) = %v, want %v", open, s, got, want)
			}
		}
	}
}

// listed is the word lists as maps, as the shipped code kept them.
func listed() map[string]wordClass {
	m := map[string]wordClass{}
	for c, list := range wordLists {
		for _, w := range list {
			m[w] |= c
		}
	}
	return m
}

func TestWordTable(t *testing.T) {
	want := listed()
	for w, c := range want {
		if got := lexicon.get(w); got != c {
			t.Errorf("lexicon.get(%q) = %b, want %b", w, got, c)
		}
		for _, v := range []string{w + "x", w[:len(w)-1], strings.ToUpper(w), w + "ly", "x" + w} {
			if got := lexicon.get(v); got != want[v] {
				t.Errorf("lexicon.get(%q) = %b, want %b", v, got, want[v])
			}
		}
	}
	for _, text := range fixtureTexts(t) {
		for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !isWordRune(r) }) {
			if got := lexicon.get(w); got != want[w] {
				t.Fatalf("lexicon.get(%q) = %b, want %b", w, got, want[w])
			}
		}
	}
}

var shippedClasses = listed()

// shippedWords is words as shipped (git 4ef58af), returning what the tests
// compare, with the two changes since of where punctAfter is read: past an
// editor's closing bracket and past a percent sign ("20%,”").
func shippedWords(s, lowerAll string, base int) []word {
	var out []word
	sameLen := len(lowerAll) == len(s)
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := rune(s[j]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[j:])
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j += n
				continue
			}
			if (r == '\'' || r == '’' || r == '-' || r == '.' || r == ',') && j+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+n:])
				prev, _ := utf8.DecodeLastRuneInString(s[i:j])
				if (r == '.' || r == ',') && !(unicode.IsDigit(prev) && unicode.IsDigit(r2)) {
					break
				}
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n
					continue
				}
			}
			break
		}
		w := word{start: base + i, end: base + j, digit: strings.ContainsAny(s[i:j], "0123456789")}
		if sameLen {
			w.lower = lowerAll[i:j]
		} else {
			w.lower = strings.ToLower(s[i:j])
		}
		w.cls = shippedClasses[w.lower]
		w.upper = unicode.IsUpper(r)
		k := j
		if k+1 < len(s) && (s[k] == ']' || s[k] == '%') {
			k++
		}
		if k < len(s) {
			switch c := s[k]; c {
			case ',', '.', ';', ':', '"', '?', '!':
				w.punctAfter = c
			default:
				if strings.HasPrefix(s[k:], "”") || strings.HasPrefix(s[k:], "“") {
					w.punctAfter = '"'
				}
			}
		}
		out = append(out, w)
		i = j
	}
	return out
}

func TestWordsAsShipped(t *testing.T) {
	texts := []string{"", "“Said,” said Nix. 3,000.5 troops; U.S.-led well-said it’s", "İstanbul said \u212a 5", "bad\xffbyte According-to"}
	for _, text := range fixtureTexts(t) {
		texts = append(texts, strings.Split(text, "\n")...)
	}
	r := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		texts = append(texts, randomText(r, pieces, r.IntN(30)))
	}
	for _, s := range texts {
		lower := strings.ToLower(s)
		got, want := words(nil, s, lower, 7), shippedWords(s, lower, 7)
		if !slices.Equal(got, want) {
			t.Fatalf("words(%q):\n got %+v\nwant %+v", s, got, want)
		}
	}
}

func TestSortedSet(t *testing.T) {
	plain := func(ss []string) []string {
		ss = slices.Clone(ss)
		sort.Strings(ss)
		var out []string
		for _, s := range ss {
			if s != "" && (len(out) == 0 || out[len(out)-1] != s) {
				out = append(out, s)
			}
		}
		return out
	}
	r := rand.New(rand.NewPCG(9, 10))
	alphabet := []string{"", "a", "b", "ab", "abcdefgh", "abcdefghi", "abcdefgh\x00", "abcdefg", "\x00", "é", "zzzzzzzzzz", "MONEY=USD 5"}
	for range 3000 {
		var ss []string
		for range r.IntN(150) {
			ss = append(ss, randomText(r, alphabet, r.IntN(4)))
		}
		ts := make([]term, len(ss))
		for i, s := range ss {
			ts[i] = termOf(s)
		}
		var got []string
		for _, t := range sortedSet(ts) {
			got = append(got, t.s)
		}
		if want := plain(ss); !slices.Equal(got, want) {
			t.Fatalf("sortedSet(%q) = %q, want %q", ss, got, want)
		}
	}
}

func TestStem(t *testing.T) {
	shipped := func(w string) string {
		for _, suf := range []string{"ing", "ed", "es", "s"} {
			if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
				return w[:len(w)-len(suf)]
			}
		}
		return w
	}
	for _, w := range []string{"", "s", "es", "ing", "sing", "bring", "string", "strings", "paid", "paying", "payments",
		"boxes", "boxed", "bused", "uses", "uses", "cats", "cat", "cats's", "running", "ringed", "thinges"} {
		if got, want := stem(w), shipped(w); got != want {
			t.Errorf("stem(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestBoilerplateCapitals(t *testing.T) {
	plain := func(s string) bool {
		upper, letters := 0, 0
		for _, r := range strings.TrimSpace(s) {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		return letters > 0 && upper*10 > letters*8
	}
	r := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		s := randomText(r, []string{"A", "B", "c", " ", "É", "é", "1", "“", "\xff"}, r.IntN(40))
		if boilerplatePhrases.in(strings.ToLower(s)) {
			continue
		}
		if got, want := boilerplate("", s, strings.ToLower(s)), plain(s); got != want {
			t.Fatalf("boilerplate(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestInside(t *testing.T) {
	ms := []claims.Mention{{Start: 0, End: 3}, {Start: 5, End: 9}, {Start: 6, End: 30}, {Start: 10, End: 12}, {Start: 20, End: 22}}
	plain := func(start, end int) []claims.Mention {
		var out []claims.Mention
		for _, m := range ms {
			if m.Start >= start && m.Start < end && m.End <= end {
				out = append(out, m)
			}
		}
		return out
	}
	for start := 0; start < 32; start++ {
		for end := start; end < 32; end++ {
			got := inside(ms, start, end)
			if want := plain(start, end); !slices.Equal(got, want) {
				t.Errorf("inside(%d, %d) = %v, want %v", start, end, got, want)
			}
			before := slices.Clone(ms)
			_ = append(got, claims.Mention{Start: 99, End: 99})
			if !slices.Equal(ms, before) {
				t.Errorf("appending to inside(%d, %d) writes into the article's mentions", start, end)
			}
		}
	}
}

// A scratch back in the pool keeps nothing of the article it served.
func TestScratchReleased(t *testing.T) {
	for _, text := range fixtureTexts(t)[:3] {
		var sents []claims.Span
		start := 0
		for i := 0; i < len(text); i++ {
			if text[i] == '.' || text[i] == '\n' {
				sents = append(sents, claims.Span{Start: start, End: i + 1, Text: text[start : i+1]})
				start = i + 1
			}
		}
		ms := []claims.Mention{{Start: 0, End: 1, Type: claims.TypePerson, Text: text[:1]}}
		Builder{}.Build(Input{ArticleID: "a", Text: text, Sentences: sents, Mentions: ms})
		sc := scratchPool.Get().(*scratch)
		for _, w := range sc.words[:cap(sc.words)] {
			if w != (word{}) {
				t.Fatalf("a released scratch keeps word %+v", w)
			}
		}
		for _, tm := range sc.terms[:cap(sc.terms)] {
			if tm != (term{}) {
				t.Fatalf("a released scratch keeps term %+v", tm)
			}
		}
		for _, u := range sc.units[:cap(sc.units)] {
			if u != (claims.Span{}) {
				t.Fatalf("a released scratch keeps unit %+v", u)
			}
		}
		for _, c := range sc.claims[:cap(sc.claims)] {
			if c.Text != "" || c.Mentions != nil {
				t.Fatalf("a released scratch keeps claim %q", c.Text)
			}
		}
		if sc.lower != "" || sc.wordsUsed != 0 || sc.termsUsed != 0 {
			t.Fatal("a released scratch keeps the article's lower case or its counts")
		}
		scratchPool.Put(sc)
	}
}

// BenchmarkPhraseSets is the phrase sets' search over the fixtures'
// sentences, lower-cased, as the claim rules run it unit by unit.
func BenchmarkPhraseSets(b *testing.B) {
	var units []string
	for _, t := range fixtureTexts(b) {
		for _, u := range strings.SplitAfter(t, ". ") {
			units = append(units, strings.ToLower(u))
		}
	}
	sets := []*phraseSet{boilerplatePhrases, legislators, namelessCues, inForcePhrases, reportingStems, shopWords}
	n := 0
	for b.Loop() {
		for _, p := range sets {
			for _, s := range units {
				if p.in(s) {
					n++
				}
			}
		}
	}
	if n == 0 {
		b.Fatal("no phrase found in the fixtures")
	}
}

// TestAttributionCues holds firstAttribution's shortcut to what it skips: a
// word on no list of verbs of saying nor of attributionCues starts none of
// its tests, in any unit of the fixtures or of random text.
func TestAttributionCues(t *testing.T) {
	texts := append(fixtureTexts(t),
		"The minister was quoted as saying the tax would rise.", "Analysts expected the bank to cut rates.",
		"Economists are forecasting growth of 2%.", "He pointed out that sales fell.", "“We won,” she continued.",
		"“It fell,” Smith recalled.", "As Gleckman has written, the cut costs $1 trillion.",
		"“It is over,” comments Robin Biesbroek of ESA.", "Officials are concerned that prices will rise.",
		"The firm projects a loss of $5 million.", "Investors are worried that rates will rise.",
		"Analysts anticipated a loss of $2 million.", "Economists are projecting growth of 3%.")
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		texts = append(texts, randomText(r, pieces, r.IntN(30)))
	}
	for _, text := range texts {
		for _, unit := range strings.SplitAfter(text, ". ") {
			ws := wordsOf(unit, 0)
			for v, w := range ws {
				if w.is(clReporting | clSetPhrase | clFinding | clAttrCue) {
					continue
				}
				if reports(ws, v) || quoteGoesOn(unit, ws, v) || forecastersExpect(unit, ws, v) != nil || quotedAsSaying(unit, ws, v) != nil {
					t.Fatalf("%q in %q starts an attribution test, but is on no list of attributionCues", w.lower, unit)
				}
			}
		}
	}
}
