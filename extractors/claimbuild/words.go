package claimbuild

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordClass says which of the package's word lists a lower-cased word is on,
// one bit a list, so that each word is looked up once however many lists
// the claim's rules consult.
type wordClass uint16

const (
	clReporting   wordClass = 1 << iota // reportingVerbs
	clAuxiliary                         // auxiliaries
	clNPStop                            // npStops
	clStopword                          // stopwords
	clPrediction                        // predictionCues
	clCausation                         // causationCues
	clLaw                               // lawCues
	clQuantity                          // quantityCues
	clFirstPerson                       // firstPerson
)

// lexicon maps each listed word to its classes; built once, never written
// after.
var lexicon = func() map[string]wordClass {
	m := map[string]wordClass{}
	for c, list := range map[wordClass][]string{
		clReporting: reportingVerbs, clAuxiliary: auxiliaries, clNPStop: npStops, clStopword: stopwords,
		clPrediction: predictionCues, clCausation: causationCues, clLaw: lawCues, clQuantity: quantityCues,
		clFirstPerson: firstPerson,
	} {
		for _, w := range list {
			m[w] |= c
		}
	}
	return m
}()

// maxListed is the length of the longest listed word: longer words are not
// looked up.
var maxListed = func() int {
	n := 0
	for w := range lexicon {
		n = max(n, len(w))
	}
	return n
}()

// word is one word of a unit with its article offsets and lower-case form.
type word struct {
	start, end int
	text       string
	lower      string
	cls        wordClass // the lists lower is on
	upper      bool      // starts with a capital letter
	digit      bool      // holds an ASCII digit
	punctAfter byte      // ',', '.', ';', ':' or a quote immediately after, 0 otherwise
}

// is reports whether the word is on any of the lists in c.
func (w word) is(c wordClass) bool { return w.cls&c != 0 }

// words appends to out the words of s (which starts at article offset base):
// runs of letters, digits, apostrophes and inner hyphens/dots/commas between
// digits. lowerAll is strings.ToLower(s): words slice into it when it keeps
// every byte offset (always for ASCII).
func words(out []word, s, lowerAll string, base int) []word {
	sameLen := len(lowerAll) == len(s)
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i
		digit := false
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf && asciiWord[c] {
				digit = digit || c <= '9'
				j++
				continue
			}
			r, n := rune(c), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[j:])
			}
			if isWordRune(r) {
				j += n
				continue
			}
			if (r == '\'' || r == '’' || r == '-' || r == '.' || r == ',') && j+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+n:])
				prev, _ := utf8.DecodeLastRuneInString(s[i:j])
				if (r == '.' || r == ',') && !(unicode.IsDigit(prev) && unicode.IsDigit(r2)) {
					break
				}
				if isWordRune(r2) {
					j += n
					continue
				}
			}
			break
		}
		w := word{start: base + i, end: base + j, text: s[i:j], digit: digit}
		if sameLen {
			w.lower = lowerAll[i:j]
		} else {
			w.lower = strings.ToLower(w.text)
		}
		if len(w.lower) <= maxListed {
			w.cls = lexicon[w.lower]
		}
		w.upper = unicode.IsUpper(r)
		if j < len(s) {
			switch c := s[j]; c {
			case ',', '.', ';', ':', '"', '?', '!':
				w.punctAfter = c
			default:
				if strings.HasPrefix(s[j:], "”") || strings.HasPrefix(s[j:], "“") {
					w.punctAfter = '"'
				}
			}
		}
		out = append(out, w)
		i = j
	}
	return out
}

// asciiWord marks the ASCII letters and digits; digits sort before letters.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordsOf is words for a text not lower-cased yet.
func wordsOf(s string, base int) []word { return words(nil, s, strings.ToLower(s), base) }

// lowerText lower-cases an article once for all its units. ok is true when
// every rune keeps its length in UTF-8 (always for ASCII, nearly always
// otherwise): then strings.ToLower of any unit is the slice of lower at the
// unit's offsets. When ok is false, each unit must be lower-cased on its own.
func lowerText(s string) (lower string, ok bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || utf8.RuneLen(unicode.ToLower(r)) != n {
			return "", false
		}
		i += n
	}
	return strings.ToLower(s), true
}
