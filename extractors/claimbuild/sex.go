package claimbuild

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
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
