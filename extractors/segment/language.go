package segment

import (
	"unicode"
	"unicode/utf8"
)

// English reports whether text reads as English: among its first
// englishSample words, at least one in ten is one of the commonest English
// function words (about one in three are in English news; French, German,
// Portuguese, Indonesian pages score under one in twenty, and scripts
// without Latin letters none). A text too short to judge counts as English.
// The claim rules read English prose only; a table of scores or a list of
// products is not English by this test either, but it is not Foreign.
func English(text string) bool {
	english, _ := judgeLanguage(text)
	return english
}

// Foreign reports whether text is known to be in another language than
// English: it fails English, and either one word in twenty is a
// lower-case function word of French, German, Spanish, Portuguese, Italian,
// Dutch or Indonesian, or half its words are in another script. The entity
// rules read English capitalisation: on a German page every noun looked
// like a name. A table of sports scores fails English but keeps its names.
func Foreign(text string) bool {
	_, foreign := judgeLanguage(text)
	return foreign
}

// judgeLanguage reads the first englishSample words of text once for
// English and Foreign.
func judgeLanguage(text string) (english, foreign bool) {
	n, hits, other, script := 0, 0, 0, 0
	var buf [maxFunctionWord]byte
	for i := 0; i < len(text) && n < englishSample; {
		c := lowerASCII(text[i])
		if !latinLetter(c) {
			if c >= utf8.RuneSelf {
				// A letter of another script is a word of its own kind:
				// count it, so that Chinese or Russian text is not English.
				r, size := utf8.DecodeRuneInString(text[i:])
				if unicode.IsLetter(r) {
					n++
					script++
				}
				i += size
				continue
			}
			i++
			continue
		}
		j := i
		lower := true
		for j < len(text) && (latinLetter(lowerASCII(text[j])) || text[j] == '\'') {
			lower = lower && !(text[j] >= 'A' && text[j] <= 'Z')
			j++
		}
		if j < len(text) && text[j] >= utf8.RuneSelf {
			// A word with accented letters ("été", "für") is not English;
			// skip the rest of it.
			for j < len(text) && (latinLetter(lowerASCII(text[j])) || text[j] >= utf8.RuneSelf) {
				r, size := utf8.DecodeRuneInString(text[j:])
				if r >= utf8.RuneSelf && !unicode.Is(unicode.Latin, r) {
					break // "Kindleや": the word of another script is counted on its own
				}
				j += size
			}
		} else if j-i <= len(buf) {
			for k := i; k < j; k++ {
				buf[k-i] = lowerASCII(text[k])
			}
			w := string(buf[:j-i])
			if englishFunctionWords[w] {
				hits++
			} else if lower && foreignFunctionWords[w] {
				other++ // lower case only: "Los Angeles", "Van der Berg" are names in English text
			}
		}
		n++
		i = j
		if n >= englishSure && hits*5 >= n {
			return true, false // twice the share asked for, over enough words: no need to read on
		}
	}
	if n < minEnglishSample || hits*10 >= n {
		return true, false
	}
	return false, other*20 >= n || script*2 >= n
}

// englishSample bounds the words English reads; minEnglishSample is the
// fewest it judges; englishSure words at twice the share asked for settle
// it early (English prose runs at about four in ten).
const (
	englishSample    = 2000
	minEnglishSample = 20
	englishSure      = 100
)

// maxFunctionWord is the length of the longest function word listed.
const maxFunctionWord = 7

// englishFunctionWords are the commonest English words, none of them a word
// of French, German, Spanish, Portuguese, Italian, Dutch or Indonesian.
var englishFunctionWords = map[string]bool{"the": true, "of": true, "and": true, "to": true,
	"that": true, "for": true, "it": true, "was": true, "with": true, "by": true, "he": true,
	"be": true, "at": true, "are": true, "this": true, "from": true, "have": true, "has": true, "said": true,
	"his": true, "they": true, "were": true, "been": true, "which": true, "their": true, "its": true, "will": true,
	"would": true, "not": true, "but": true, "or": true, "we": true, "you": true, "she": true}

// foreignFunctionWords are common function words of French, German,
// Spanish, Portuguese, Italian, Dutch and Indonesian that are no English
// word ("die", "was", "van", "per", "met" and "con" are left out).
var foreignFunctionWords = map[string]bool{
	// German
	"der": true, "und": true, "das": true, "ist": true, "nicht": true, "mit": true, "auf": true,
	"ein": true, "eine": true, "einen": true, "dem": true, "den": true, "des": true, "sich": true,
	"auch": true, "von": true, "zu": true, "wird": true, "sind": true, "werden": true, "oder": true,
	"bei": true, "nach": true, "wie": true, "noch": true, "nur": true, "aus": true, "aber": true,
	// French
	"le": true, "les": true, "et": true, "est": true, "une": true, "du": true, "pour": true,
	"qui": true, "dans": true, "pas": true, "sur": true, "avec": true, "sont": true, "mais": true,
	"cette": true, "ces": true, "aux": true,
	// Spanish, Portuguese, Italian
	"los": true, "las": true, "es": true, "del": true, "por": true, "para": true, "una": true,
	"que": true, "como": true, "pero": true, "esta": true, "da": true, "dos": true,
	"em": true, "com": true, "uma": true, "na": true, "nos": true, "pelo": true, "pela": true,
	"ao": true, "foi": true, "il": true, "di": true, "che": true, "della": true,
	"sono": true, "gli": true, "nel": true, "alla": true, "anche": true,
	// Dutch
	"het": true, "een": true, "niet": true, "zijn": true, "voor": true, "ook": true, "maar": true,
	"wordt": true,
	// Indonesian
	"yang": true, "dan": true, "ini": true, "itu": true, "dengan": true, "untuk": true, "dari": true,
	"dalam": true, "tidak": true, "akan": true, "ke": true, "pada": true, "adalah": true, "juga": true,
	"atau": true, "karena": true, "sudah": true, "mereka": true,
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func latinLetter(c byte) bool { return c >= 'a' && c <= 'z' }
