package temporal

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  = iota + 1 // a run of letters (and internal apostrophes: "o'clock")
	kNum              // a run of ASCII digits
	kPunct            // any other single non-space rune
)

// token is one unit of the text: a letter run, a digit run or one other
// rune. Multi-part forms ("16:08", "7/8/07", "8am", "1990s") are several
// tokens with glued set, which the rules read.
type token struct {
	s, e  int    // byte offsets, half-open
	kind  uint8  // kWord, kNum, kPunct
	glued bool   // no white space between this token and the previous one
	nl    bool   // a line break precedes the token (paragraph or title end)
	lower string // lower-case form of known words; other words as written
	num   int    // value of digit runs (saturated), 0 otherwise
	lex   *lexeme
}

// tokenize splits text into tokens; toks is reused to avoid allocation.
func tokenize(text string, toks []token, lx *lexicon, buf []byte) ([]token, []byte) {
	toks = toks[:0]
	glued := false
	nl := true
	i := 0
	for i < len(text) {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			glued = false
			i++
			continue
		case c == '\n':
			glued, nl = false, true
			i++
			continue
		case c >= '0' && c <= '9':
			j, v := i, 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if v < 1e8 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			toks = append(toks, token{s: i, e: j, kind: kNum, glued: glued, nl: nl, num: v})
			i = j
		case c < utf8.RuneSelf && isASCIILetter(c):
			j := i
			upper := false
			for j < len(text) {
				d := text[j]
				if isASCIILetter(d) {
					if d <= 'Z' {
						upper = true
					}
					j++
					continue
				}
				// internal apostrophe: o'clock, New Year's (kept apart: "'s")
				if d == '\'' && j+1 < len(text) && isASCIILetter(text[j+1]) && j+2 <= len(text) &&
					!(text[j+1] == 's' && (j+2 == len(text) || !isASCIILetter(text[j+2]))) {
					j++
					continue
				}
				if d >= utf8.RuneSelf {
					r, n := utf8.DecodeRuneInString(text[j:])
					if unicode.IsLetter(r) {
						j += n
						continue
					}
				}
				break
			}
			w := text[i:j]
			if upper {
				buf = buf[:0]
				for k := 0; k < len(w); k++ {
					d := w[k]
					if d >= 'A' && d <= 'Z' {
						d += 'a' - 'A'
					}
					buf = append(buf, d)
				}
				// Look the word up without allocating; keep the interned
				// key as the lower form when it is a known word.
				if e, ok := lx.words[string(buf)]; ok {
					toks = append(toks, token{s: i, e: j, kind: kWord, glued: glued, nl: nl, lower: e.word, lex: e})
				} else {
					toks = append(toks, token{s: i, e: j, kind: kWord, glued: glued, nl: nl, lower: w})
				}
			} else {
				toks = append(toks, token{s: i, e: j, kind: kWord, glued: glued, nl: nl, lower: w, lex: lx.words[w]})
			}
			i = j
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				glued = false
				if r == 0x2028 || r == 0x2029 || r == 0x85 {
					nl = true
				}
				i += n
				continue
			}
			if unicode.IsLetter(r) {
				j := i + n
				for j < len(text) {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) && !(r2 < utf8.RuneSelf && isASCIILetter(byte(r2))) {
						break
					}
					j += n2
				}
				toks = append(toks, token{s: i, e: j, kind: kWord, glued: glued, nl: nl, lower: text[i:j]})
				i = j
			} else {
				toks = append(toks, token{s: i, e: i + n, kind: kPunct, glued: glued, nl: nl, lower: text[i : i+n]})
				i += n
			}
		}
		glued, nl = true, false
	}
	return toks, buf
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
