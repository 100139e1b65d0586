package claimbuild

import (
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

func TestAttributionHardCases(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"The company, based in Austin, Texas, said it would cut 500 jobs.", "The company"},
		{"The plant will open next year in Austin, Texas, said John Smith, the chief executive.", "John Smith"},
		{"Labour leader Jeremy Corbyn says May should resign over the Brexit deal.", "Labour leader Jeremy Corbyn"},
		{"The company says May sales rose sharply across Europe.", "The company"},
		{"Preliminary reports do not indicate any damage at the plant in Ohio.", "Preliminary reports"},
		{"Tensions rose sharply among the Gulf states, officials said on Monday.", "officials"},
		{"The company that runs the AMAs, Dick Clark Productions, denies that anything was sorted.", "Dick Clark Productions"},
		{"The news organization, citing an anonymous government source, reported that talks stalled.", "The news organization"},
		{"Despite parliamentary reports urging new regulations, the party did nothing.", ""},
		{"Earlier this year, GateHouse reportedly laid off more than 60 employees (the company reports such moves rarely).", "the company"},
		{"Sudan remains on the government’s list of state sponsors of terrorism.", ""},
		{"While there are estimates for the amount coming through, the official figure is lower.", ""},
		{"There would be a code including, according to the explanatory notes of the bill, limits.", "the explanatory notes of the bill"},
		{"The company reports record profits for the third quarter.", "The company"},
		{"The company notes that sales rose in May.", "The company"},
		{"That is smaller than what McKinley said, but close.", "McKinley"},
		{"“There is no reason to believe they changed,” said Mr. Reeves, a senior fellow.", "Mr. Reeves"},
	}
	for _, tt := range tests {
		ws := wordsOf(tt.sentence, 0)
		got := attribution(tt.sentence, 0, ws, hasQuote(tt.sentence))
		g := ""
		if got != nil {
			g = got.Text
		}
		if g != tt.want {
			t.Errorf("attribution(%q) = %q, want %q", tt.sentence, g, tt.want)
		}
	}
}

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
	for _, v := range reportingVerbs {
		if !mayReport("x " + v + " y") {
			t.Errorf("reporting verb %q is not among reportingStems: mayReport skips its sentences", v)
		}
	}
}

func TestQuotesAndRulings(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"Robert Mugabe ruled Zimbabwe for 37 years before he was ousted.", ""},
		{"The judge ruled that the policy was unlawful and must end.", "The judge"},
		{"The official divulged that the program had been quietly cancelled.", "The official"},
		{"But says Smith, the plan will cost Ford $5 billion.", "Smith"},
	}
	for _, tt := range tests {
		ws := wordsOf(tt.sentence, 0)
		g := ""
		if got := attribution(tt.sentence, 0, ws, hasQuote(tt.sentence)); got != nil {
			g = got.Text
		}
		if g != tt.want {
			t.Errorf("attribution(%q) = %q, want %q", tt.sentence, g, tt.want)
		}
	}
	// A quotation longer than 64 words still has its speaker outside it.
	long := "\"" + strings.Repeat("word ", 70) + "preliminary reports do not indicate damage,\" the statement said."
	ws := wordsOf(long, 0)
	if got := attribution(long, 0, ws, true); got == nil || got.Text != "the statement" {
		t.Errorf("long quotation: attribution %+v, want the statement", got)
	}
	for _, tt := range []struct {
		sentence string
		want     string
	}{
		{"Bill Gates has long admired the company.", "other"},
		{"The bill would ban the sale of such data.", "laws_rules"},
		{"Mugabe ruled Zimbabwe for 37 years.", "other"},
	} {
		ws := wordsOf(tt.sentence, 0)
		if got := kind(tt.sentence, ws, false, nil); got != tt.want {
			t.Errorf("kind(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
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
	for i, y := 0, 0; i < 2; i++ {
		k := strings.Index(text[y:], "2019")
		ms = append(ms, claims.Mention{Start: y + k, End: y + k + 4, Type: claims.TypeDate, Text: "2019", Value: "2019"})
		y += k + 4
	}
	slicesSortByStart(ms)
	in := Input{ArticleID: claims.ArticleID(text), Text: text, Sentences: sentencesOf(text), Mentions: ms}
	for _, c := range (Builder{}).Build(in) {
		if c.Source == "Smith" && !strings.Contains(c.Text, "Smith") {
			t.Errorf("claim %q took the previous speaker Smith", c.Text)
		}
	}
}

func slicesSortByStart(ms []claims.Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
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
	text := "Gwynne Shotwell of SpaceX spoke. Later, he said the lander would fly. It said so too."
	all := []claims.Mention{
		mentionOf(t, text, "Gwynne Shotwell", claims.TypePerson, ""),
		mentionOf(t, text, "SpaceX", claims.TypeOrg, ""),
	}
	tests := []struct {
		pronoun string
		at      int
		want    string
	}{
		{"he", strings.Index(text, "he said"), "Gwynne Shotwell"},
		{"It", strings.Index(text, "It said"), ""},
		{"they", strings.Index(text, "It said"), ""},
		{"he", 0, ""}, // nobody named before
	}
	for _, tt := range tests {
		if got := antecedent(tt.pronoun, all, tt.at); got != tt.want {
			t.Errorf("antecedent(%q at %d) = %q, want %q", tt.pronoun, tt.at, got, tt.want)
		}
	}
}
