package money

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  = iota + 1 // letters
	kNum              // digits, with thousands commas and one decimal point
	kSym              // a currency symbol, or '#'
	kPct              // '%'
	kHyph             // '-', en dash, minus sign
	kDot              // '.'
	kPunct            // anything else
)

// tok is one token: byte offsets [s,e), its kind, whether whitespace (or the
// start of text) comes right before it, and for words its lexicon entry.
type tok struct {
	s, e  int32
	kind  uint8
	sp    bool
	known bool // word found in the lexicon
	lx    lex
	code  string // currency symbol's code
}

const maxWord = 24

// tokenize appends the tokens of text to ts and reports whether any token
// could start an amount; when none can, the caller skips matching.
func (t *tables) tokenize(text string, ts []tok) ([]tok, bool) {
	n := len(text)
	sp := true
	trigger := false
	var buf [maxWord]byte
	for i := 0; i < n; {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			sp = true
			i++
			continue
		case c >= '0' && c <= '9':
			j := i + 1
			for j < n && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			dot := false
			if k := dotGroups(text, j); k > j {
				// "1.000.000": dots group thousands (two or more groups)
				ts = append(ts, tok{s: int32(i), e: int32(k), kind: kNum, sp: sp})
				trigger = true
				i = k
				break
			}
			for j < n {
				if text[j] == '.' && !dot && j+1 < n && isDigit(text[j+1]) {
					dot = true
					j++
					for j < n && isDigit(text[j]) {
						j++
					}
					continue
				}
				if text[j] == ',' && !dot && j+3 < n && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) && (j+4 >= n || !isDigit(text[j+4])) {
					j += 4
					continue
				}
				if w := groupSpace(text, j); w > 0 && !dot && j+w+3 <= n && isDigit(text[j+w]) && isDigit(text[j+w+1]) && isDigit(text[j+w+2]) && (j+w+3 == n || !isDigit(text[j+w+3])) {
					j += w + 3 // "5 000 000" grouped with no-break or thin spaces
					continue
				}
				if text[j] == ',' && !dot && t.decimalComma(text, i, j) {
					dot = true
					j++
					for j < n && isDigit(text[j]) {
						j++
					}
					continue
				}
				break
			}
			ts = append(ts, tok{s: int32(i), e: int32(j), kind: kNum, sp: sp})
			trigger = true
			i = j
		case c < utf8.RuneSelf && isLetter(c):
			j := i + 1
			for j < n {
				d := text[j]
				if d < utf8.RuneSelf {
					if !isLetter(d) {
						break
					}
					j++
					continue
				}
				r, size := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += size
			}
			tk := tok{s: int32(i), e: int32(j), kind: kWord, sp: sp}
			if j-i <= maxWord {
				w := buf[:0]
				ascii := true
				for k := i; k < j; k++ {
					d := text[k]
					if d >= utf8.RuneSelf {
						ascii = false
						break
					}
					if d >= 'A' && d <= 'Z' {
						d += 'a' - 'A'
					}
					w = append(w, d)
				}
				if ascii && t.maybe(w) {
					if e, ok := t.words[string(w)]; ok {
						tk.known, tk.lx = true, e
						// an amount needs a number: digits, or a number word
						trigger = trigger || e.flags&(wNum|wHundred|wScale|wPlScale|wHalf|wQuarter|wDozen) != 0
					} else if !trigger && (j-i == 3 || j-i == 4) && c >= 'A' && c <= 'Z' && isoCode(text[j-3:j], false) != "" {
						trigger = true // an ISO code ("USD", "MEUR") may come before a number word
					}
				}
			}
			ts = append(ts, tk)
			i = j
		case c == '$' || c == '#':
			ts = append(ts, tok{s: int32(i), e: int32(i + 1), kind: kSym, sp: sp, code: t.symbols[rune(c)]})
			trigger = trigger || c == '$'
			i++
		case c == '%':
			ts = append(ts, tok{s: int32(i), e: int32(i + 1), kind: kPct, sp: sp})
			i++
		case c == '-':
			ts = append(ts, tok{s: int32(i), e: int32(i + 1), kind: kHyph, sp: sp})
			i++
		case c == '.':
			ts = append(ts, tok{s: int32(i), e: int32(i + 1), kind: kDot, sp: sp})
			i++
		case c < utf8.RuneSelf:
			ts = append(ts, tok{s: int32(i), e: int32(i + 1), kind: kPunct, sp: sp})
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r):
				j := i + size
				for j < n {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += s2
				}
				ts = append(ts, tok{s: int32(i), e: int32(j), kind: kWord, sp: sp})
				i = j
				sp = false
				continue
			case r == 0x00A0 || r == 0x2009 || r == 0x202F || r == 0x2007 || r == 0x3000 || r == 0x200B:
				sp = true
				i += size
				continue
			case r == '–' || r == '−' || r == '—' || r == '‒':
				ts = append(ts, tok{s: int32(i), e: int32(i + size), kind: kHyph, sp: sp})
			case r == '％':
				ts = append(ts, tok{s: int32(i), e: int32(i + size), kind: kPct, sp: sp})
			default:
				if code, ok := t.symbols[r]; ok {
					ts = append(ts, tok{s: int32(i), e: int32(i + size), kind: kSym, sp: sp, code: code})
					trigger = true
				} else {
					ts = append(ts, tok{s: int32(i), e: int32(i + size), kind: kPunct, sp: sp})
				}
			}
			i += size
		}
		sp = false
	}
	return ts, trigger
}

// dotGroups returns the end of two or more ".ddd" groups starting at j
// (European thousands), or j.
func dotGroups(text string, j int) int {
	k, groups := j, 0
	for k+3 < len(text) && text[k] == '.' && isDigit(text[k+1]) && isDigit(text[k+2]) && isDigit(text[k+3]) &&
		(k+4 == len(text) || !isDigit(text[k+4])) {
		k += 4
		groups++
	}
	if groups < 2 {
		return j
	}
	return k
}

// groupSpace returns the byte length of a no-break, narrow no-break or thin
// space at j (the thousands separators of typeset numbers), or 0.
func groupSpace(text string, j int) int {
	switch {
	case strings.HasPrefix(text[j:], "\u00a0"):
		return 2
	case strings.HasPrefix(text[j:], "\u202f"), strings.HasPrefix(text[j:], "\u2009"):
		return 3
	}
	return 0
}

// decimalComma reports whether the comma at j, in the number that starts
// at i, is a decimal comma: one or two digits after it (so no thousands
// group) and a percent sign or word (the lexicon's: "percent", "pct",
// "per cent"), or a currency symbol, code or name, around the number:
// "8,26 %", "3,45 percent", "9,99 €", "2,50 $", "€9,99", "12,50 euros"
// (not "In 2008,50 people").
func (t *tables) decimalComma(text string, i, j int) bool {
	k := j + 1
	for k < len(text) && k-j <= 3 && isDigit(text[k]) {
		k++
	}
	if d := k - j - 1; d < 1 || d > 2 {
		return false
	}
	for k < len(text) && text[k] == ' ' {
		k++
	}
	if k < len(text) && text[k] == '%' {
		return true
	}
	if w := k; w < len(text) && isLetter(text[w]) {
		// a currency name or code after it: "12,50 euros", "9,99 EUR"
		for w < len(text) && w-k < maxWord && isLetter(text[w]) {
			w++
		}
		if w == len(text) || !isLetter(text[w]) {
			word, lw := text[k:w], strings.ToLower(text[k:w])
			if e := t.words[lw]; e.flags&wPercent != 0 || e.flags&wPer != 0 && strings.HasPrefix(text[w:], " cent") {
				return true // "3,45 percent", "3,45 pct", "3,45 per cent"
			}
			if isoCode(word, false) != "" {
				return true
			}
			if c, ok := t.names[lw]; ok && c.words == 1 && !c.weak {
				return true
			}
		}
	}
	if k < len(text) && text[k] == '$' {
		return true // "2,50 $", as French and Canadian French write it
	}
	if k < len(text) && text[k] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRuneInString(text[k:]); t.symbols[r] != "" && r != '¢' {
			return true
		}
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:i]); r >= utf8.RuneSelf && t.symbols[r] != "" && r != '¢' {
		return true
	}
	return false
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
