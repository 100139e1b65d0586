package segment

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// commonWordsText holds lower-case English words, sorted, one a line, that
// are far more often ordinary words than names. A camel-case part that is
// one of them ("Book" in "MacBook", "You" in "YouTube") makes the word a
// brand or compound rather than two run-together names. Derived by
// gen_common.go from the SCOWL word list and the GMB corpus text; see
// NOTICE.
//
//go:embed commonwords.txt
var commonWordsText string

// commonWords is the sorted word list, split once on first use.
var commonWords = sync.OnceValue(func() []string {
	return strings.Fields(commonWordsText)
})

// isCommon reports whether the lower-cased w is a common word.
func isCommon(w string) bool {
	_, ok := slices.BinarySearch(commonWords(), strings.ToLower(w))
	return ok
}

// namePrefixes are surname prefixes written with an inner capital.
var namePrefixes = map[string]bool{"Mc": true, "Mac": true, "O": true, "De": true, "Di": true, "Da": true,
	"Du": true, "La": true, "Le": true, "Van": true, "Von": true, "Fitz": true, "St": true, "Al": true,
	"El": true, "Ben": true, "Bin": true, "Abu": true, "Ibn": true, "Del": true, "Della": true, "Des": true,
	"Dos": true, "Das": true, "Mo": true, "Lo": true, "Ter": true, "Ten": true, "Vander": true, "Vanden": true}

// camelBrands are camel-case names whose parts are not common words and so
// would otherwise be split: those of camelwords.txt and a hand-made list.
var camelBrands = map[string]bool{}

// camelWordsText lists camel-case names seen in the GMB news text
// ("PetroChina", "DaimlerChrysler"), one a line; see gen_common.go.
//
//go:embed camelwords.txt
var camelWordsText string

func init() {
	for _, w := range strings.Fields(camelWordsText) {
		camelBrands[w] = true
	}
	for _, w := range strings.Fields(`AstraZeneca GlaxoSmithKline SmithKline HarperCollins ExxonMobil
		ConocoPhillips PricewaterhouseCoopers TikTok WhatsApp GitHub HuffPost DuPont LexisNexis ArcelorMittal
		ThyssenKrupp WalMart AmerisourceBergen StubHub ZipRecruiter DoorDash GoPro KitKat SeaWorld
		CinemaScore MasterCard LinkedIn PayPal YouTube FedEx MacBook iPhone QAnon BioNTech AirBnb
		JetBlue BlackRock KeyCorp NextEra PepsiCo ChevronTexaco ConAgra AmeriCorps AmTrak TripAdvisor
		WikiLeaks BuzzFeed MoveOn PolitiFact FactCheck FiveThirtyEight RealClearPolitics NewsGuard
		InfoWars SoundCloud SnapChat WeChat WordPress PowerPoint JavaScript PlayStation DreamWorks
		HarperCollins McGraw LaGuardia DeVos DeSantis DiCaprio LeBron McConnell McCain McDonald
		MacArthur FitzGerald OxyContin EpiPen VoIP TechCrunch NatWest HSBCs SpaceX OpenAI DeepMind
		SolarWinds CrowdStrike SoftBank GlobalFoundries CenturyLink ZipCar MySpace YouGov SurveyMonkey`) {
		camelBrands[w] = true
	}
}

// splitCamel cuts the word tok, letters and hyphens only, at lower-to-upper transitions
// where both sides look like names ("ClintonHillary" -> "Clinton",
// "Hillary") and appends the pieces. ok is false when no cut was made.
func splitCamel(text string, tok Token, toks []Token) (out []Token, ok bool) {
	w := text[tok.Start:tok.End]
	if camelBrands[w] || !isUpperA(w[0]) {
		return toks, false
	}
	segStart := 0
	out = toks
	for p := 1; p < len(w); p++ {
		if !(isLowerA(w[p-1]) && isUpperA(w[p])) {
			continue
		}
		q := p + 1
		for q < len(w) && isLowerA(w[q]) {
			q++
		}
		left, right := w[segStart:p], w[p:q]
		if !nameLike(left) || !nameLike(right) || namePrefixes[left] {
			continue
		}
		if q < len(w) && w[q] != '-' && !(isUpperA(w[q]) && q+1 < len(w) && isLowerA(w[q+1])) {
			continue // "SciSpacE": the next part is no name either
		}
		if isCommon(left) || isCommon(right) {
			continue
		}
		piece := tok
		piece.Start, piece.End = tok.Start+segStart, tok.Start+p
		if segStart > 0 {
			piece.Flags = CamelSplit
		}
		out = append(out, piece)
		segStart = p
		ok = true
	}
	if !ok {
		return toks, false
	}
	piece := tok
	piece.Start, piece.Flags = tok.Start+segStart, CamelSplit
	return append(out, piece), true
}

// nameLike reports whether s is a capitalised word of at least three
// letters ending in two lower-case ones.
func nameLike(s string) bool {
	return len(s) >= 3 && isUpperA(s[0]) && isLowerA(s[len(s)-1]) && isLowerA(s[len(s)-2])
}
