package segment

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimpipe/claimpipe/claims"
)

// checkDoc verifies the span invariants every Doc must satisfy: tokens and
// sentences in range, ordered, non-overlapping, on rune boundaries (for
// valid UTF-8), sentences trimmed and covering exactly their tokens.
func checkDoc(t *testing.T, d *Doc) {
	t.Helper()
	text := d.Text
	valid := utf8.ValidString(text)
	prev := 0
	for i, tk := range d.Tokens {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("token %d [%d,%d) out of order or range (prev end %d, len %d) in %q", i, tk.Start, tk.End, prev, len(text), text)
		}
		if valid {
			if err := claims.CheckSpan(text, tk.Start, tk.End, text[tk.Start:tk.End]); err != nil {
				t.Fatalf("token %d: %v", i, err)
			}
		}
		if strings.TrimSpace(text[tk.Start:tk.End]) == "" {
			t.Fatalf("token %d [%d,%d) is blank in %q", i, tk.Start, tk.End, text)
		}
		prev = tk.End
	}
	next := 0
	prevEnd := 0
	for i, s := range d.Sentences {
		if s.First != next || s.Last <= s.First || s.Last > len(d.Tokens) {
			t.Fatalf("sentence %d tokens [%d,%d) do not follow %d (of %d)", i, s.First, s.Last, next, len(d.Tokens))
		}
		if s.Start != d.Tokens[s.First].Start || s.End != d.Tokens[s.Last-1].End || s.Start < prevEnd {
			t.Fatalf("sentence %d span [%d,%d) does not match its tokens", i, s.Start, s.End)
		}
		if valid {
			if err := claims.CheckSpan(text, s.Start, s.End, d.SentenceText(i)); err != nil {
				t.Fatalf("sentence %d: %v", i, err)
			}
		}
		next, prevEnd = s.Last, s.End
	}
	for i := range d.Sentences {
		if got := d.SentenceTokens(i); len(got) != d.Sentences[i].Last-d.Sentences[i].First {
			t.Fatalf("SentenceTokens(%d) has %d tokens", i, len(got))
		}
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
}

func tokenTexts(d *Doc) []string {
	out := make([]string, len(d.Tokens))
	for i := range d.Tokens {
		out[i] = d.TokenText(i)
	}
	return out
}

func sentenceTexts(d *Doc) []string {
	out := make([]string, len(d.Sentences))
	for i := range d.Sentences {
		out[i] = d.SentenceText(i)
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in, want string // want: tokens joined by "|"
	}{
		{"simple", "Hello, world!", "Hello|,|world|!"},
		{"contractions", "I don't know, can't say, won't go.", "I|do|n't|know|,|ca|n't|say|,|wo|n't|go|."},
		{"curly contraction", "We’d buy it; it’s theirs.", "We|’d|buy|it|;|it|’s|theirs|."},
		{"pretokenised clitics", "The United States 's largest ; they 're here", "The|United|States|'s|largest|;|they|'re|here"},
		{"possessive", "Clinton's aide and the players' union", "Clinton|'s|aide|and|the|players|'|union"},
		{"capital clitics", "DON'T I'M WE'RE", "DO|N'T|I|'M|WE|'RE"},
		{"apostrophe names", "O'Brien met o'clock rock'n'roll", "O'Brien|met|o'clock|rock'n'roll"},
		{"abbreviations", "Mr. Smith of Acme Inc. met Dr. Jones in the U.S.", "Mr.|Smith|of|Acme|Inc.|met|Dr.|Jones|in|the|U.S."},
		{"initials", "J. R. R. Tolkien", "J.|R.|R.|Tolkien"},
		{"abbrev possessive", "JFK Jr.'s book", "JFK|Jr.|'s|book"},
		{"money", "$5.9 billion, 1,000.50 euros, 3.5%", "$|5.9|billion|,|1,000.50|euros|,|3.5|%"},
		{"number end", "It cost 1,000. Then", "It|cost|1,000|.|Then"},
		{"times and fractions", "at 10:30 on 9/11 for 24/7", "at|10:30|on|9/11|for|24/7"},
		{"ranges", "in 2009-2010 and 1957-58, won 2-1 with 3-D F-16s and 20-year-olds", "in|2009|-|2010|and|1957|-|58|,|won|2|-|1|with|3-D|F-16s|and|20-year-olds"},
		{"hyphens", "a U.S.-led, state-run cease-fire -- ok", "a|U.S.-led|,|state-run|cease-fire|--|ok"},
		{"dashes", "yes—no – maybe", "yes|—|no|–|maybe"},
		{"url", "See https://www.example.50.com/new-site/awesome_content.html. Then", "See|https://www.example.50.com/new-site/awesome_content.html|.|Then"},
		{"url parens", "(see www.example.com/a_(b)) now", "(|see|www.example.com/a_(b)|)|now"},
		{"email", "Mail Jane.Doe@example.com. Now", "Mail|Jane.Doe@example.com|.|Now"},
		{"domain", "on Amazon.com today", "on|Amazon.com|today"},
		{"quotes", `He said, "Go." 'Yes.'`, `He|said|,|"|Go|.|"|'|Yes|.|'`},
		{"curly quotes", "“the laws,” he said", "“|the|laws|,|”|he|said"},
		{"ptb quotes", "`` Hello '' he", "``|Hello|''|he"},
		{"ellipses", "wait... what . . . no… ok", "wait|...|what|. . .|no|…|ok"},
		{"brackets", "[...] (Smith 55).", "[|...|]|(|Smith|55|)|."},
		{"glued title", "Mr.Smith and Dr.Jones", "Mr.|Smith|and|Dr.|Jones"},
		{"no space sentences", "Hello world.Today is Tuesday.Mr. Smith", "Hello|world|.|Today|is|Tuesday|.|Mr.|Smith"},
		{"geo", "at N°. 1026.253.553.", "at|N°.|1026.253.553|."},
		{"ampersand", "AT&T and S&P & Co.", "AT&T|and|S&P|&|Co."},
		{"double punct", "Hello?! Really!!", "Hello|?!|Really|!!"},
		{"camel names", "ClintonHillary Diane Rodham Clinton", "Clinton|Hillary|Diane|Rodham|Clinton"},
		{"camel three", "ObamaBarackMichelle", "Obama|Barack|Michelle"},
		{"camel brands", "McDonald iPhone MacBook YouTube PayPal WordPress LeBron", "McDonald|iPhone|MacBook|YouTube|PayPal|WordPress|LeBron"},
		{"camel compounds", "BlackRock PowerPoint JavaScript DreamWorks StackAdapt", "BlackRock|PowerPoint|JavaScript|DreamWorks|StackAdapt"},
		{"camel names that are words", "TrumpDonald BushGeorge KimJong-un", "Trump|Donald|Bush|George|Kim|Jong-un"},
		{"camel tail not a name", "SciSpacE", "SciSpacE"},
		{"unicode", "Zürich’s Ångström café €50 in Côte d’Ivoire and l’État", "Zürich|’s|Ångström|café|€|50|in|Côte|d’Ivoire|and|l’État"},
		{"nbsp", "10\u00a0km\u2009away", "10|km|away"},
		{"degrees", "It was 30°C.", "It|was|30|°|C|."},
		{"decades", "the '90s and ’80s, 5'11\"", "the|'90s|and|’80s|,|5|'|11|\""},
		{"state abbreviation", "Ocasio-Cortez (D-N.Y.) said", "Ocasio-Cortez|(|D-N.Y.|)|said"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Split(tc.in)
			checkDoc(t, d)
			if got := strings.Join(tokenTexts(d), "|"); got != tc.want {
				t.Errorf("tokens of %q\n got %s\nwant %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestTokenKindsAndFlags(t *testing.T) {
	d := Split("Mr. Smith's \"deal\" cost $5 at http://x.org or a@b.com...\n\nClintonHillary won't")
	checkDoc(t, d)
	want := []struct {
		text  string
		kind  Kind
		flags Flags // flags that must be set
	}{
		{"Mr.", Word, Abbrev | NewlineBefore},
		{"Smith", Word, SpaceBefore},
		{"'s", Clitic, 0},
		{`"`, Quote, Open | SpaceBefore},
		{"deal", Word, 0},
		{`"`, Quote, Close},
		{"cost", Word, SpaceBefore},
		{"$", Symbol, SpaceBefore},
		{"5", Number, 0},
		{"at", Word, SpaceBefore},
		{"http://x.org", URL, SpaceBefore},
		{"or", Word, SpaceBefore},
		{"a@b.com", Email, SpaceBefore},
		{"...", Ellipsis, 0},
		{"Clinton", Word, ParaBefore | NewlineBefore | SpaceBefore},
		{"Hillary", Word, CamelSplit},
		{"wo", Word, SpaceBefore},
		{"n't", Clitic, 0},
	}
	if len(d.Tokens) != len(want) {
		t.Fatalf("got %d tokens %q, want %d", len(d.Tokens), tokenTexts(d), len(want))
	}
	for i, w := range want {
		tk := d.Tokens[i]
		if d.TokenText(i) != w.text || tk.Kind != w.kind || tk.Flags&w.flags != w.flags {
			t.Errorf("token %d = %q %v %07b, want %q %v with flags %07b", i, d.TokenText(i), tk.Kind, tk.Flags, w.text, w.kind, w.flags)
		}
	}
}

func TestWordsAndKindNames(t *testing.T) {
	d := Split("Mr. Smith's deal, worth $5, is at http://x.org (see a@b.com)...")
	// Mr. Smith deal worth 5 is at http://x.org see a@b.com
	if got := d.Words(); got != 10 {
		t.Errorf("Words() = %d, want 10 in %q", got, tokenTexts(d))
	}
	for k, want := range map[Kind]string{Word: "Word", Clitic: "Clitic", URL: "URL", Kind(200): "Kind(?)"} {
		if k.String() != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, k.String(), want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"blank", " \n\t \n ", nil},
		{"one word", "Hello", []string{"Hello"}},
		{"trimmed", "  Hi there.  ", []string{"Hi there."}},
		{"blank line always ends", "Breaking news\n\nthe market fell", []string{"Breaking news", "the market fell"}},
		{"headline", "Mary Barra appointed as General Motors chief\nDecember 10, 2013\nThe largest car maker named her.",
			[]string{"Mary Barra appointed as General Motors chief", "December 10, 2013", "The largest car maker named her."}},
		{"wrapped line", "It was a cold \nnight in the city.", []string{"It was a cold \nnight in the city."}},
		{"hard-wrapped prose", "The CDC said Michael\nJhung of Atlanta would\nlead the effort. He\nstarted Monday.\n\nHeadline Here\nBody text.",
			[]string{"The CDC said Michael\nJhung of Atlanta would\nlead the effort.", "He\nstarted Monday.", "Headline Here", "Body text."}},
		{"wrap after function word", "the bank said that\nReuters had it wrong.", []string{"the bank said that\nReuters had it wrong."}},
		{"abbrev mid", "Gov. Jerry Brown and Sen. Smith met at 5 p.m. on Jan. 5 at Acme Inc. headquarters.",
			[]string{"Gov. Jerry Brown and Sen. Smith met at 5 p.m. on Jan. 5 at Acme Inc. headquarters."}},
		{"abbrev end", "He works for Acme Inc. The company is big.", []string{"He works for Acme Inc.", "The company is big."}},
		{"U.S. end", "Sales rose in the U.S. But not in Europe.", []string{"Sales rose in the U.S.", "But not in Europe."}},
		{"U.S. mid", "The U.S. Senate voted.", []string{"The U.S. Senate voted."}},
		{"initials", "J. R. R. Tolkien wrote it. He died.", []string{"J. R. R. Tolkien wrote it.", "He died."}},
		{"quote end", "“It is over.” She left.", []string{"“It is over.”", "She left."}},
		{"quote continues", "“It is over,” she said. “Go.”", []string{"“It is over,” she said.", "“Go.”"}},
		{"question in quote", `"Why?" he asked.`, []string{`"Why?" he asked.`}},
		{"decimal", "Growth was 3.5 percent. Inflation was 2.", []string{"Growth was 3.5 percent.", "Inflation was 2."}},
		{"next starts with number", "He won in 2008. 2012 was harder.", []string{"He won in 2008.", "2012 was harder."}},
		{"next starts with quote", `He left. "Bye," he said.`, []string{"He left.", `"Bye," he said.`}},
		{"ellipsis mid", "I think... maybe not.", []string{"I think... maybe not."}},
		{"bullets", "Highlights:\n• Sales rose\n• Costs fell", []string{"Highlights:", "• Sales rose", "• Costs fell"}},
		{"numbered list", "1. Sales rose 2. Costs fell", []string{"1. Sales rose", "2. Costs fell"}},
		{"No. before number", "He is No. 1 in the world. No. He is not.", []string{"He is No. 1 in the world.", "No.", "He is not."}},
		{"etc", "apples, pears, etc. Then we left.", []string{"apples, pears, etc.", "Then we left."}},
		{"parenthetical", "He said (quietly.) and left.", []string{"He said (quietly.) and left."}},
		{"whitespace-less", "Hello world.Today is Tuesday.", []string{"Hello world.", "Today is Tuesday."}},
		{"pretokenised quotes", "She said : `` It is over . '' He left . \" Go . \" They went .",
			[]string{"She said : `` It is over . ''", "He left .", "\" Go . \"", "They went ."}},
		{"lower-case brand starts sentence", "Apple updated it. iTunes is next. eBay fell. it rose.", []string{"Apple updated it.", "iTunes is next.", "eBay fell. it rose."}},
		{"crlf paragraphs", "One.\r\n\r\ntwo", []string{"One.", "two"}},
		{"unicode line separator", "Headline here\u2028Body starts. Then.", []string{"Headline here", "Body starts.", "Then."}},
		{"list of lines", "features\ncontact manager\nevents, activities\n", []string{"features", "contact manager", "events, activities"}},
		{"list of lines, then prose", "apples\npears\nplums\n\nThe fruit is\nripe now.", []string{"apples", "pears", "plums", "The fruit is\nripe now."}},
		{"two lines without punctuation stay wrapped", "the talks went\non and on", []string{"the talks went\non and on"}},
		{"three wrapped lines with a full stop", "It was a cold\nnight in the\ncity.", []string{"It was a cold\nnight in the\ncity."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Split(tc.in)
			checkDoc(t, d)
			got := sentenceTexts(d)
			if strings.Join(got, "\x00") != strings.Join(tc.want, "\x00") {
				t.Errorf("sentences of %q\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestGoldenRules runs the Golden Rules from prose's testdata (MIT, see
// testdata/LICENSE.prose). Rules whose expected sentences do not occur in
// their input (five list rules lost their first marker) are reported but
// cannot be passed by any segmenter; every other rule must pass.
func TestGoldenRules(t *testing.T) {
	testGoldenRules(t, "golden_rules_en.json")
}

// TestGoldenRulesExtra runs the rules that make prose's 49 up to the 52 of
// pragmatic_segmenter: 18 and 52, which prose keeps in its segment_test.go
// (commented out) but not in its JSON file, 42, which it leaves out, and
// 31-35 with the inputs pragmatic_segmenter publishes (prose's copies lost
// their first list marker).
func TestGoldenRulesExtra(t *testing.T) {
	testGoldenRules(t, "golden_rules_en_extra.json")
}

func testGoldenRules(t *testing.T, file string) {
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	var rules []struct {
		Name   string
		Input  string
		Output []string
	}
	if err := json.Unmarshal(b, &rules); err != nil {
		t.Fatal(err)
	}
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	pass, reachable := 0, 0
	for _, r := range rules {
		ok := true
		for _, o := range r.Output {
			ok = ok && strings.Contains(norm(r.Input), norm(o))
		}
		d := Split(r.Input)
		checkDoc(t, d)
		got := sentenceTexts(d)
		match := len(got) == len(r.Output)
		for i := 0; match && i < len(got); i++ {
			match = norm(got[i]) == norm(r.Output[i])
		}
		if match {
			pass++
		}
		if ok {
			reachable++
			if !match {
				t.Errorf("%s: got %q, want %q", r.Name, got, r.Output)
			}
		}
	}
	t.Logf("golden rules: %d/%d right (%d reachable)", pass, len(rules), reachable)
}

func TestEdgeCases(t *testing.T) {
	long := strings.Repeat("The U.S. economy grew 3.5% in Q3, Mr. Powell said. ", 20000)
	tests := []string{
		"", " ", "\n\n\n", ".", "...", "'", "\"", "''", "``", "n't", "'s", "-", "--", "a.", "A.", "U.S.",
		"\xff\xfe\xfd", "abc\xffdef. Ghi", "\xe2\x80", "Hello\xe2\x80.", "www.", "http://", "a@", "@b", "1,", "1,00", "1.",
		"ClintonHillary", "N°", "’", "…", "• ", "1.)", "a)", strings.Repeat("a", 100000), strings.Repeat(". ", 5000),
		long,
	}
	for _, in := range tests {
		d := Split(in)
		checkDoc(t, d)
		if strings.TrimSpace(in) != "" && utf8.ValidString(in) && len(d.Sentences) == 0 {
			t.Errorf("no sentence in %.40q", in)
		}
	}
	if d := Split(long); len(d.Sentences) != 20000 {
		t.Errorf("long input: %d sentences, want 20000", len(d.Sentences))
	}
}

func TestConcurrentSplit(t *testing.T) {
	in := "ClintonHillary met Mr. Smith in the U.S. He left. She stayed."
	want := strings.Join(tokenTexts(Split(in)), "|")
	done := make(chan string, 8)
	for range 8 {
		go func() { done <- strings.Join(tokenTexts(Split(in)), "|") }()
	}
	for range 8 {
		if got := <-done; got != want {
			t.Errorf("concurrent Split gave %s, want %s", got, want)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"Hello World. My name is Jonas.", "Mr. Smith's U.S.-led $5.9 deal...", "“Go.” she said",
		"ClintonHillary", "a. b. c.", "1. x 2. y", "\xff\n\n'", "don't O'Brien", "https://x.org/(a)."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDoc(t, Split(s))
	})
}
