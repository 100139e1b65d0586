package claimbuild

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordClass says which of the package's word lists a lower-cased word is on,
// one bit a list, so that each word is looked up once however many lists
// the claim's rules consult.
type wordClass uint32

const (
	clReporting    wordClass = 1 << iota // reportingVerbs
	clAuxiliary                          // auxiliaries
	clNPStop                             // npStops
	clStopword                           // stopwords
	clPrediction                         // predictionCues
	clCausation                          // causationCues
	clLaw                                // lawCues
	clQuantity                           // quantityCues
	clFirstPerson                        // firstPerson
	clBe                                 // beForms
	clPronoun                            // pronouns
	clTime                               // timeWords
	clTitle                              // titleWords
	clOpener                             // openers
	clCount                              // countWords
	clHearsay                            // hearsay
	clFeeling                            // feelings
	clSubordinator                       // subordinators
	clModal                              // modals
	clAdverb                             // parentheticals
	clFiniteAux                          // finiteAuxiliaries
	clOpinionVerb                        // opinionVerbs
	clFinding                            // findingVerbs
	clNumberWord                         // numberWords
	clSetPhrase                          // setPhraseVerbs
	clKindHead                           // kindHeads
	clHedge                              // hedges
	clRanked                             // rankWords
	clFeelSubject                        // feelSubjects
	clAttrCue                            // attributionCues
	clKindWord                           // kindWords
)

// wordLists are the package's word lists by class.
var wordLists = map[wordClass][]string{
	clReporting: reportingVerbs, clAuxiliary: auxiliaries, clNPStop: npStops, clStopword: stopwords,
	clPrediction: predictionCues, clCausation: causationCues, clLaw: lawCues, clQuantity: quantityCues,
	clFirstPerson: firstPerson, clBe: beForms, clPronoun: pronouns, clTime: timeWords, clTitle: titleWords,
	clOpener: openers, clCount: countWords, clHearsay: hearsay, clFeeling: feelings,
	clSubordinator: subordinators, clModal: modals, clAdverb: parentheticals, clFiniteAux: finiteAuxiliaries,
	clOpinionVerb: opinionVerbs, clFinding: findingVerbs, clNumberWord: numberWords, clSetPhrase: setPhraseVerbs,
	clKindHead: kindHeads, clHedge: hedges, clRanked: rankWords, clFeelSubject: feelSubjects,
	clAttrCue: attributionCues, clKindWord: kindWords,
}

// lexicon gives the classes of each listed word; built once, never written
// after.
var lexicon = func() *wordTable {
	lists := wordLists
	n := 0
	for _, list := range lists {
		n += len(list)
	}
	size, shift := 64, uint(64-6)
	for size < 8*n {
		size, shift = size*2, shift-1
	}
	t := &wordTable{used: make([]uint64, size/64), slots: make([]wordSlot, size), keys: make([]string, size), shift: shift}
	for c, list := range lists {
		for _, w := range list {
			i := t.slot(signature(w), w)
			t.slots[i].sig, t.keys[i] = signature(w), w
			t.slots[i].cls |= c
			t.used[i/64] |= 1 << (i % 64)
		}
	}
	return t
}()

// maxListed is the length of the longest listed word: longer words are not
// looked up.
var maxListed = func() int {
	n := 0
	for _, w := range lexicon.keys {
		n = max(n, len(w))
	}
	return n
}()

// wordTable maps words to their classes: open addressing, linear probing, at
// most an eighth full. Every word of every unit is looked up, most of them
// in vain, while the other extractors' data push the table out of the
// cache: a bit a slot says which are used, so that most words not listed
// are told so by a few hundred bytes. A slot is told apart by a signature of
// the word, which for words of up to 7 bytes is the word itself.
type wordTable struct {
	used  []uint64 // bit i%64 of used[i/64]: slot i holds a word
	slots []wordSlot
	keys  []string // the word in each slot, compared for words of 8 bytes or more
	shift uint     // 64 - log2(len(slots))
}

type wordSlot struct {
	sig uint64    // signature of the word in the slot
	cls wordClass // 0 marks an empty slot: a listed word is on a list
}

// signature packs the length of w (not empty) and its first 8 bytes: words
// shorter than 8 bytes have signatures of their own.
func signature(w string) uint64 {
	var sig uint64
	if len(w) >= 8 {
		sig = binary.LittleEndian.Uint64([]byte(w[:8]))
	} else {
		for i := len(w) - 1; i >= 0; i-- {
			sig = sig<<8 | uint64(w[i])
		}
	}
	return sig ^ uint64(len(w))<<59
}

// home is the first slot probed for a word with signature sig.
func (t *wordTable) home(sig uint64) uint64 { return (sig * 0x9e3779b97f4a7c15) >> t.shift }

// slot returns the slot that holds w (not empty, with signature sig), or
// the empty slot where it would go.
func (t *wordTable) slot(sig uint64, w string) uint64 {
	mask := uint64(len(t.slots) - 1)
	for i := t.home(sig); ; i = (i + 1) & mask {
		if sl := &t.slots[i]; sl.cls == 0 || sl.sig == sig && (len(w) < 8 || t.keys[i] == w) {
			return i
		}
	}
}

// get returns the classes of w, 0 if it is on no list.
func (t *wordTable) get(w string) wordClass {
	sig := signature(w)
	if i := t.home(sig); t.used[i/64]&(1<<(i%64)) == 0 {
		return 0 // probing would stop at once
	}
	return t.slots[t.slot(sig, w)].cls
}

// word is one word of a unit with its article offsets and lower-case form.
type word struct {
	start, end int       // article offsets
	lower      string    // the word lower-cased
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
		if r < utf8.RuneSelf {
			if byteClass[r] == 0 {
				i++
				continue
			}
		} else if r, n = utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += n
			continue
		}
		j := i
		var seen uint8 // the byteClass bits of the word's ASCII bytes
		for j < len(s) {
			c := s[j]
			if cl := byteClass[c]; cl != 0 {
				seen |= cl
				j++
				continue
			}
			r, n := rune(c), 1
			if r >= utf8.RuneSelf {
				if r, n = utf8.DecodeRuneInString(s[j:]); isWordRune(r) {
					j += n
					continue
				}
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
		w := word{start: base + i, end: base + j, digit: seen&asciiDigit != 0}
		if sameLen {
			w.lower = lowerAll[i:j]
		} else {
			w.lower = strings.ToLower(s[i:j])
		}
		if len(w.lower) <= maxListed {
			w.cls = lexicon.get(w.lower)
		}
		w.upper = 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
		k := j
		if k+1 < len(s) && (s[k] == ']' || s[k] == '%') {
			// An editor's bracket inside a quotation ("our shot
			// [again],” Heyward said"), a percent sign ("taxes fell
			// 20%,” Johnson said"): the punctuation after it is the word's.
			k++
		}
		if k < len(s) {
			switch c := s[k]; c {
			case ',', '.', ';', ':', '"', '?', '!':
				w.punctAfter = c
			case 0xE2:
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

// byteClass marks the bytes that are words on their own: ASCII letters
// (asciiLetter) and digits (asciiDigit).
var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = asciiLetter, asciiLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = asciiDigit
	}
	return t
}()

const (
	asciiLetter uint8 = 1 << iota
	asciiDigit
)

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if 0x2000 <= r && r <= 0x206F {
		// General Punctuation (dashes, curly quotes, ellipses, common in
		// news text) holds no letter or digit: no search of the tables.
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordsOf is words for a text not lower-cased yet.
func wordsOf(s string, base int) []word { return words(nil, s, strings.ToLower(s), base) }
