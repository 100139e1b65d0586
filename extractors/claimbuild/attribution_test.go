package claimbuild

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

func TestAttributionConjunctionFirst(t *testing.T) {
	for _, s := range []string{"But says Smith, the plan will cost Ford $5 billion.", "And adds Jones: the deal is dead."} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("attribution(%q) panics: %v", s, r)
				}
			}()
			attribution(s, 0, wordsOf(s, 0), false)
		}()
	}
}

func TestIsCode(t *testing.T) {
	for _, w := range []string{"51-49", "30-year-old", "5-4", "2019-20", "1,000", "10th", "1990s", "3.5%", "5-day"} {
		if isCode(strings.ToLower(w)) {
			t.Errorf("isCode(%q) = true: a vote, an age, a score or a season is a number", w)
		}
	}
	for _, w := range []string{"S-1", "A380", "MH17", "737max", "4g"} {
		if !isCode(strings.ToLower(w)) {
			t.Errorf("isCode(%q) = false, want a code", w)
		}
	}
}

func TestReportingStems(t *testing.T) {
	for _, v := range append(append([]string{}, reportingVerbs...), findingVerbs...) {
		if !mayReport("x " + v + " y") {
			t.Errorf("reporting verb %q is not among reportingStems: mayReport skips its sentences", v)
		}
	}
}

// TestFindingVerbs: a study, a model or an inquiry that finds, projects or
// concludes "that …" is the source of the finding; the same verbs without
// their "that" report nothing.
func TestFindingVerbs(t *testing.T) {
	checkAttribution(t, []attributionCase{
		{"One study in 496 adolescent girls found that fasting was associated with binge eating.", "One study in 496 adolescent girls"},
		{"Several studies have found that a regular eating pattern lowers ghrelin.", "Several studies"},
		{"The Congressional Budget Office projects that the tariffs will reduce output by 0.3 percent.", "The Congressional Budget Office"},
		{"The Tax Foundation projected in May that the tariffs would reduce GDP by 0.25 percent.", "The Tax Foundation"},
		{"The inquiry concluded that the fire started in the kitchen.", "The inquiry"},
		{"Vaughan speculates that it might be part of the body's attempt to repair damage.", "Vaughan"},
		{"But, as Parliament’s Joint Committee on Intelligence and Security has pointed out, it would also be used to find sources.", "Parliament’s Joint Committee on Intelligence and Security"},
		{"Pankaj Pandey, Head of Research at ICICI Securities, pointed out that this is a stock-specific market.", "Pankaj Pandey"},
		{"He pointed to the 40 percent rise in costs since 2019.", ""},
		{"The Press Council is concerned the laws would crush investigative journalism.", "The Press Council"},
		{"The agency is worried that prices will rise in 2020.", "The agency"},
		{"Those concerned were told to leave by 2020.", ""},
		{"The agency is worried about the cost of the program.", ""},
		{"Another study in 103 women noticed that abstaining from certain foods increased cravings.", "Another study in 103 women"},
		{"More than a third of its 12,000 employees will likely receive notice this week that they no longer have a job.", ""},
		{"Ivana Jelić found inspiration for her work in a painting by Van Gogh.", ""},
		{"You'll also find AirPods with a wireless charging case for $150.", ""},
		{"The bacteria is usually found in small mammals and their fleas.", ""},
		{"A cat missing for five years has been found in Santa Fe.", ""},
		{"Elise found contact information for the family, and so, that evening, she called.", ""},
	})
}

// attributionCase is a unit and the text of its attribution, "" for none.
type attributionCase struct{ text, want string }

// checkAttribution runs attribution over units without quotation marks.
func checkAttribution(t *testing.T, cases []attributionCase) {
	t.Helper()
	for _, tc := range cases {
		got := attribution(tc.text, 0, wordsOf(tc.text, 0), false)
		switch {
		case tc.want == "" && got != nil:
			t.Errorf("attribution(%q) = %q, want none", tc.text, got.Text)
		case tc.want != "" && (got == nil || got.Text != tc.want):
			t.Errorf("attribution(%q) = %+v, want %q", tc.text, got, tc.want)
		}
	}
}

// TestForecastersExpect: analysts or economists who expect a figure are
// its source; a passive "was expected" and anyone else's expectation name
// none.
func TestForecastersExpect(t *testing.T) {
	checkAttribution(t, []attributionCase{
		{"Wall Street analysts surveyed by Refinitiv were expecting $2.52 a share on revenue of $27.53 billion.", "Wall Street analysts surveyed by Refinitiv"},
		{"Economists polled by Reuters had forecast a rise of 0.3% in October.", "Economists polled by Reuters"},
		{"Analysts expect the number of electric vehicles for sale to grow to 80 by 2022.", "Analysts"},
		{"The bank's chief economist expects growth of 1.8% next year.", "The bank's chief economist"},
		{"Earnings were expected to reach $2.52 a share.", ""},
		{"The company expects revenue of $3 billion next year.", ""},
		{"Analysts were expected to raise their targets to $300.", ""},
	})
}

// TestSharedSubject: a verb of saying after "and" or "but" has the subject
// of the verb before it, a name or a pronoun, never an article that opens
// the unit.
func TestSharedSubject(t *testing.T) {
	checkAttribution(t, []attributionCase{
		{"She did not give a date, but said the deal would close in 2020.", "She"},
		{"Smith rejected the offer and said the bank paid $5 million.", "Smith"},
		{"The plan was to build and tell stories for Google in 2020.", ""},
	})
}

// TestPerSource: "per" set off before a name, an article, a possessive or
// evidence names the source as "according to" does; a rate's "per" does
// not. An acronym that spells a stop word ("WHO") ends no source.
func TestPerSource(t *testing.T) {
	checkAttribution(t, []attributionCase{
		{"Yersinia pestis, per the WHO, is often found in 12 species of small mammals.", "the WHO"},
		{"Yersinia pestis, according to the WHO, is often found in 12 species of small mammals.", "the WHO"},
		{"Per the CDC, 4,000 people died of the flu in Ohio last year.", "the CDC"},
		{"Tesla delivered 500,000 cars in 2020, per Reuters.", "Reuters"},
		{"The company earned $2 a share in 2019, per its annual report.", "its annual report"},
		{"Sales at Macy's rose 5% last year, per data from the Commerce Department.", "data from the Commerce Department"},
		{"Hilton charges $5 per person per night in Paris.", ""},
		{"Hilton charges $5, per person, in Paris.", ""},
		{"Income per capita in Ohio rose 3% in 2019.", ""},
		{"Drivers in Ohio earned $20 per Uber ride in 2019.", ""},
	})
}

// TestPledgeNoSource: who promised or vowed, in a relative clause, to do
// something did not report the unit's claim; who promised that something
// holds did.
func TestPledgeNoSource(t *testing.T) {
	checkAttribution(t, []attributionCase{
		{"The ruling is a major setback for Biden, who had promised to cancel student debt in 2020.", ""},
		{"The fine hit Acme, which vowed to fight the ruling of 2019.", ""},
		{"Johnson promised that the NHS would get £34 billion.", "Johnson"},
	})
}

// TestQuotedAsSaying: who "was quoted as saying" is the source.
func TestQuotedAsSaying(t *testing.T) {
	checkAttribution(t, []attributionCase{
		{"The minister was quoted by the state news agency as saying exports grew 9% last year.", "The minister"},
		{"Putin was quoted as saying the talks had failed.", "Putin"},
		{"The poem was quoted in full at the funeral.", ""},
	})
}

// TestSpeakerAfterClosingQuote: a verb right after a closing quotation mark
// has its speaker after it, whatever the quotation's last words look like.
func TestSpeakerAfterClosingQuote(t *testing.T) {
	for _, text := range []string{
		"“We worked on the architecture of the spacecraft in 2018,” comments Sanjiv Bhasin of the European Space Agency.",
		`"Therefore, we see growth coming back. Now, we expect broader markets to outperform," said Sanjiv Bhasin, Director, IIFL Securities.`,
		"“Space exploration, and especially humans becoming multi-planetary, requires an ecosystem,” said Sanjiv Bhasin.",
	} {
		if got := attribution(text, 0, wordsOf(text, 0), true); got == nil || got.Text != "Sanjiv Bhasin" {
			t.Errorf("attribution(%q) = %+v, want Sanjiv Bhasin", text, got)
		}
	}
}

// TestSubjectOfTheVerb: the source is the verb's subject past what stands
// between them, and a noun or a participle that looks like a reporting verb
// names no source.
func TestSubjectOfTheVerb(t *testing.T) {
	checkAttribution(t, []attributionCase{
		// A name ending in -ly is no adverb.
		{"Few games have been announced (only three so far), Early says there is a possibility of more in 2020.", "Early"},
		{"U.S. businesses find it harder to compete, Lovely said.", "Lovely"},
		{"Exports fell sharply in 2019, the ministry separately said.", "the ministry"},
		// A phrase set off by dashes stands between subject and verb.
		{"The installation – conceived to present the new ‘Arrangements’ collection of chandeliers – confirms the clever use of technology.", "The installation"},
		// Nouns and participles.
		{"Vietnam is one of the critics of China’s sweeping territorial claims in the South China Sea.", ""},
		{"Coty acquired a 51% ownership position in the portfolio, a deal announced at the beginning of the week.", ""},
		{"She was shocked to find the receptor in kidney cells, a finding that she reported in 2009.", "she"},
		// A phrase with an amount and no name before a participle is what was announced.
		{"The union threatened strikes if ministers do not offer more than the 5.5% pay rise announced in July.", ""},
		{"The $2 billion plan announced last week would cut taxes for 10 million families.", ""},
		{"The company reported in March that sales rose 5%.", "The company"},
		{"The 3 firms announced in March that they would merge.", "The 3 firms"},
	})
}

// TestAttributionLongQuotation checks that a quotation longer than 64 words
// still has its speaker outside it.
func TestAttributionLongQuotation(t *testing.T) {
	long := "\"" + strings.Repeat("word ", 70) + "preliminary reports do not indicate damage,\" the statement said."
	if got := attribution(long, 0, wordsOf(long, 0), true); got == nil || got.Text != "the statement" {
		t.Errorf("long quotation: attribution %+v, want the statement", got)
	}
}

// TestQuoteSpeakerNotCarried checks that a quotation followed by words of its
// own (another speaker, a title in quotes) does not take the previous
// speaker.
func TestQuoteSpeakerNotCarried(t *testing.T) {
	text := "“We are ready for this fight,” Smith said. “Costs at Ford rose 40% in 2019,” the mayor replied. " +
		"“Endgame” earned $2.8 billion for Disney in 2019."
	ms := []claims.Mention{
		mentionOf(t, text, "Smith", claims.TypePerson, ""),
		mentionOf(t, text, "Ford", claims.TypeOrg, ""),
		mentionOf(t, text, "40%", claims.TypePercent, "40"),
		mentionOf(t, text, "$2.8 billion", claims.TypeMoney, "USD 2800000000"),
		mentionOf(t, text, "Disney", claims.TypeOrg, ""),
	}
	ms = append(ms, mentionsOf(t, text, "2019", claims.TypeDate, "2019")...)
	for _, c := range buildChecked(t, Builder{}, text, ms) {
		if c.Source == "Smith" && !strings.Contains(c.Text, "Smith") {
			t.Errorf("claim %q took the previous speaker Smith", c.Text)
		}
	}
}

func TestSourceName(t *testing.T) {
	text := "Labour leader Jeremy Corbyn said"
	span := claims.Span{Start: 0, End: 27, Text: text[:27]}
	ms := []claims.Mention{
		{Start: 0, End: 6, Type: claims.TypeOrg, Text: "Labour"},
		{Start: 14, End: 27, Type: claims.TypePerson, Text: "Jeremy Corbyn"},
	}
	if got := sourceName(span, ms); got != "Jeremy Corbyn" {
		t.Errorf("sourceName = %q, want the person heading the phrase, Jeremy Corbyn", got)
	}
	if got := sourceName(span, ms[:1]); got != "Labour" {
		t.Errorf("sourceName = %q, want the organisation when no person is named", got)
	}
	if got := sourceName(span, nil); got != span.Text {
		t.Errorf("sourceName = %q, want the attribution's own text", got)
	}
	// A body of a person's own speaks for itself; the person's spokesman
	// speaks for the person.
	for _, tt := range []struct{ text, want string }{
		{"Obama administration officials", "Obama administration officials"},
		{"the Trump campaign", "Trump campaign"},
		{"Johnson’s spokesman", "Boris Johnson"},
		{"Obama", "Barack Obama"},
	} {
		name := strings.TrimPrefix(tt.text, "the ")
		name, _, _ = strings.Cut(name, " ")
		name, _, _ = strings.Cut(name, "’")
		start := strings.Index(tt.text, name)
		full := map[string]string{"Obama": "Barack Obama", "Trump": "Donald Trump", "Johnson": "Boris Johnson"}[name]
		span := claims.Span{Start: 0, End: len(tt.text), Text: tt.text}
		ms := []claims.Mention{{Start: start, End: start + len(name), Type: claims.TypePerson, Text: name, Value: full}}
		if got := sourceName(span, ms); got != tt.want {
			t.Errorf("sourceName(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	owned := "Parliament’s Joint Committee on Intelligence and Security"
	span = claims.Span{Start: 0, End: len(owned), Text: owned}
	ms = []claims.Mention{
		{Start: 0, End: 10, Type: claims.TypeOrg, Text: "Parliament"},
		{Start: 15, End: len(owned), Type: claims.TypeOrg, Text: owned[15:]},
	}
	if got := sourceName(span, ms); got != "Joint Committee on Intelligence and Security" {
		t.Errorf("sourceName = %q, want what Parliament owns, the committee", got)
	}
	// A body of its own that the organisation has speaks for itself; its
	// spokesman speaks for it.
	for _, tt := range []struct{ text, want string }{
		{"The European Union's top court", "The European Union's top court"},
		{"Apple’s spokesman", "Apple"},
		{"Apple’s board", "Apple’s board"},
	} {
		org, _, _ := strings.Cut(strings.TrimPrefix(tt.text, "The "), "'")
		org, _, _ = strings.Cut(org, "’")
		start := strings.Index(tt.text, org)
		span := claims.Span{Start: 0, End: len(tt.text), Text: tt.text}
		ms := []claims.Mention{{Start: start, End: start + len(org), Type: claims.TypeOrg, Text: org}}
		if got := sourceName(span, ms); got != tt.want {
			t.Errorf("sourceName(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestEnglish(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Red flags for investors included that Neumann had borrowed against his WeWork shares.", true},
		{"Die zusammen mit IBM entwickelte eGA ermöglicht es den Versicherten, alle Daten zu sehen.", false},
		{"Menghina Siti Aisyah ra, Abu Bakar ra, dan Umar bin Khoththob ra tidak dibenarkan apa pun alasannya.", false},
	} {
		if got := english(wordsOf(tt.s, 0)); got != tt.want {
			t.Errorf("english(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestAntecedent(t *testing.T) {
	text := "Chris Shotwell of SpaceX spoke. Later, he said the lander would fly. It said so too. " +
		"Prince Andrew ended his friendship with Jeffrey Epstein in 2010. He told the BBC he regretted nothing. " +
		"Ellen Fetter worked for Edward Lorenz. She said he carried a lot in his head. " +
		"Mrs. Smith met Lorenz. She left. " +
		"Prince Andrew claims that he visited Jeffrey Epstein to end it. During the visit, he was photographed with Jeffrey Epstein in the park. He instead told the BBC it was over. " +
		"Mark Hill met Tom Ford. Later, Ford said he had met him. " +
		"Keir Starmer named Rachel Reeves. She spoke. Scooter Braun met Kanye West. He denied it."
	all := []claims.Mention{
		mentionOf(t, text, "Chris Shotwell", claims.TypePerson, ""),
		mentionOf(t, text, "SpaceX", claims.TypeOrg, ""),
		mentionOf(t, text, "Prince Andrew", claims.TypePerson, "Prince Andrew"),
		mentionOf(t, text, "Jeffrey Epstein", claims.TypePerson, ""),
		mentionOf(t, text, "BBC", claims.TypeOrg, ""),
		mentionOf(t, text, "Ellen Fetter", claims.TypePerson, ""),
		mentionOf(t, text, "Edward Lorenz", claims.TypePerson, ""),
		mentionOf(t, text, "Smith", claims.TypePerson, ""),
		mentionOf(t, text, "Lorenz", claims.TypePerson, "Edward Lorenz"),
	}
	at := strings.Index(text, "Prince Andrew claims")
	for _, n := range []string{"Prince Andrew", "Jeffrey Epstein", "Jeffrey Epstein", "BBC", "Mark Hill", "Tom Ford", "Ford"} {
		k := at + strings.Index(text[at:], n)
		typ := claims.TypePerson
		if n == "BBC" {
			typ = claims.TypeOrg
		}
		value := ""
		if n == "Ford" {
			value = "Tom Ford"
		}
		all = append(all, claims.Mention{Start: k, End: k + len(n), Type: typ, Text: n, Value: value})
		at = k + len(n)
	}
	for _, n := range []string{"Keir Starmer", "Rachel Reeves", "Scooter Braun", "Kanye West"} {
		all = append(all, mentionOf(t, text, n, claims.TypePerson, ""))
	}
	slices.SortFunc(all, byStart)
	units := sentencesOf(text)
	tests := []struct {
		pronoun string
		at      int
		want    string
	}{
		{"he", strings.Index(text, "he said"), "Chris Shotwell"}, // no sex known: any person
		{"It", strings.Index(text, "It said"), ""},
		{"they", strings.Index(text, "It said"), ""},
		{"he", 0, ""}, // nobody named before
		{"He", strings.Index(text, "He told"), "Prince Andrew"}, // the sentence's subject, not its last name
		{"She", strings.Index(text, "She said"), "Ellen Fetter"},
		{"he", strings.Index(text, "he carried"), "Edward Lorenz"}, // not Ellen, the first of the sentence
		{"She", strings.Index(text, "She left"), "Smith"},          // "Mrs." says so
		// A sentence that goes on about "he" hands him on: not Epstein,
		// named after its "he", but Prince Andrew before it.
		{"He", strings.Index(text, "He instead"), "Prince Andrew"},
		{"he", strings.Index(text, "he had met"), "Tom Ford"},      // a name before the "he" decides
		{"She", strings.Index(text, "She spoke"), "Rachel Reeves"}, // a woman's name before one of unknown sex
		{"He", strings.Index(text, "He denied"), "Scooter Braun"},  // for "he", the subject of unknown sex stays first
	}
	for _, tt := range tests {
		if got := antecedent(tt.pronoun, text, all, tt.at, units); got != tt.want {
			t.Errorf("antecedent(%q at %d) = %q, want %q", tt.pronoun, tt.at, got, tt.want)
		}
	}
}

func TestWorthAsking(t *testing.T) {
	m := func(text, typ string) claims.Mention { return claims.Mention{Type: typ, Text: text} }
	per, loc := claims.TypePerson, claims.TypeLoc
	tests := []struct {
		ms    []claims.Mention
		actor bool
		want  bool
	}{
		{[]claims.Mention{m("Neumann", per), m("WeWork", claims.TypeOrg)}, true, true},
		{[]claims.Mention{m("Neumann", per), m("Neumann", per)}, true, false}, // one name twice
		{[]claims.Mention{m("Sudan", loc), m("Iran", loc)}, false, false},
		{[]claims.Mention{m("Sudan", loc), m("Iran", loc), m("Iran", loc), m("Syria", loc)}, false, true},
		{[]claims.Mention{m("2019", claims.TypeDate), m("Sudan", loc)}, false, false},
	}
	for i, tt := range tests {
		if got := worthAsking(tt.ms, tt.actor); got != tt.want {
			t.Errorf("case %d: worthAsking = %v, want %v", i, got, tt.want)
		}
	}
}
