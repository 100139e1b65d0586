package claimbuild

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/claimpipe/claimpipe/claims"
)

//go:generate go run ./internal/gensex -in us-name-data.sqlite -out given_names.txt.gz

// givenNamesGz holds the given names that nearly always belong to one sex,
// derived from US Social Security data (see NOTICE and internal/gensex).
//
//go:embed given_names.txt.gz
var givenNamesGz []byte

// sex is the grammatical sex a pronoun agrees with.
type sex uint8

const (
	sexUnknown sex = iota
	sexFemale
	sexMale
)

// givenNames maps a lower-cased given name to its sex; read once, on first use.
var givenNames = sync.OnceValue(func() map[string]sex {
	zr, err := gzip.NewReader(bytes.NewReader(givenNamesGz))
	if err != nil {
		panic("claimbuild: given_names.txt.gz: " + err.Error()) // embedded at build time
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		panic("claimbuild: given_names.txt.gz: " + err.Error())
	}
	out := make(map[string]sex, bytes.Count(raw, []byte{'\n'}))
	for line := range strings.SplitSeq(string(raw), "\n") {
		name, s, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		if s == "F" {
			out[name] = sexFemale
		} else {
			out[name] = sexMale
		}
	}
	return out
})

// honorificSex are titles that tell a person's sex.
var honorificSex = map[string]sex{
	"mr": sexMale, "sir": sexMale, "lord": sexMale, "king": sexMale, "prince": sexMale, "duke": sexMale,
	"father": sexMale, "brother": sexMale, "uncle": sexMale, "mister": sexMale,
	"mrs": sexFemale, "ms": sexFemale, "miss": sexFemale, "madam": sexFemale, "dame": sexFemale, "lady": sexFemale,
	"queen": sexFemale, "princess": sexFemale, "duchess": sexFemale, "sister": sexFemale, "aunt": sexFemale,
}

// personSex tells the sex of the person mention m from a title before or
// in it ("Mr. Reeves", "Queen Elizabeth") or from its given name, taken
// from its canonical value when it has one ("Nix" = "Alexander Nix");
// sexUnknown when neither tells.
func personSex(text string, m claims.Mention) sex {
	// The word before the mention: "Mr. Reeves", "Ms Ardern".
	if before := strings.TrimRight(text[max(0, m.Start-16):m.Start], " ."); before != "" {
		i := strings.LastIndexAny(before, " \n\t(“\"")
		if s, ok := honorificSex[strings.ToLower(before[i+1:])]; ok {
			return s
		}
	}
	for _, w := range strings.Fields(canonical(m)) {
		w = strings.ToLower(strings.TrimRight(w, "."))
		if s, ok := honorificSex[w]; ok {
			return s
		}
		if len(w) <= 1 {
			continue // an initial: "J. K. Rowling"
		}
		return givenNames()[w] // the first word that is not a title or an initial
	}
	return sexUnknown
}

// pronounSex is the sex "he" or "she" agrees with.
func pronounSex(p string) sex {
	switch p {
	case "he", "He":
		return sexMale
	case "she", "She":
		return sexFemale
	}
	return sexUnknown
}

// epithets are the nouns that, after "the", stand for a person the story
// has just named, with the sex they imply: "the actor said" after "James
// Van Der Beek", "the British royal denied" after "Prince Andrew". Offices
// ("the president", "the senator") are left out: news names the holder of
// an office by it without naming them nearby, and "the man", "the
// patient" are as often someone never named.
var epithets = map[string]sex{
	"actor": sexUnknown, "actress": sexFemale, "singer": sexUnknown, "star": sexUnknown, "royal": sexUnknown,
	"prince": sexMale, "princess": sexFemale, "duke": sexMale, "duchess": sexFemale, "rapper": sexUnknown,
	"comedian": sexUnknown, "billionaire": sexUnknown, "businessman": sexMale, "businesswoman": sexFemale,
	"entrepreneur": sexUnknown, "novelist": sexUnknown, "tycoon": sexUnknown, "mogul": sexUnknown,
	"footballer": sexUnknown, "quarterback": sexUnknown, "striker": sexUnknown, "golfer": sexUnknown,
	"boxer": sexUnknown, "filmmaker": sexUnknown, "songwriter": sexUnknown, "musician": sexUnknown,
	"guitarist": sexUnknown, "drummer": sexUnknown, "bassist": sexUnknown, "pianist": sexUnknown,
	"vocalist": sexUnknown, "keyboardist": sexUnknown, "frontman": sexMale, "frontwoman": sexFemale,
}

// epithetPerson resolves a source that is "the" and an epithet, with at
// most two words between ("the British royal", "the 52-year-old actor"), to
// the person of the sex the epithet implies named in the nearest unit
// before offset at that names one, its own unit or the two before it, and
// in that unit the first ("Prince Andrew, … brother of … Charles, has
// told friends …. In it, the British royal denied": Andrew); "" when the
// source is something else or no such person was named there.
func epithetPerson(phrase, text string, all []claims.Mention, at, unitStart int, units []claims.Span) string {
	rest, ok := withoutThe(phrase)
	f := strings.Fields(rest)
	if !ok || len(f) == 0 || len(f) > 3 {
		return ""
	}
	want, ok := epithets[strings.ToLower(f[len(f)-1])]
	if !ok {
		return ""
	}
	from := unitStart
	if k := sort.Search(len(units), func(k int) bool { return units[k].End > unitStart }); k < len(units) {
		from = units[max(0, k-2)].Start
	}
	agrees := func(m claims.Mention) bool {
		if m.Type != claims.TypePerson {
			return false
		}
		s := personSex(text, m)
		return want == sexUnknown || s == sexUnknown || s == want
	}
	last := lastBefore(all, from, at, agrees)
	if last < 0 {
		return ""
	}
	// Not someone a quotation names: "“My wife Kimberly and I …,” Van Der
	// Beek said" is Van Der Beek's unit.
	first, _ := firstInUnit(all, units, last, func(m claims.Mention, unitStart int) bool {
		return agrees(m) && !quoteOpen(false, text[unitStart:m.Start])
	})
	return canonical(all[first])
}
