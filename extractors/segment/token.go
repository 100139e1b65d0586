package segment

import (
	"unicode"
	"unicode/utf8"
)

// Character classes of the scanner.
const (
	cOther uint8 = iota
	cSpace
	cNL
	cLower // a lower-case or uncased letter, or a combining mark
	cUpper
	cDigit
)

// ascii classifies the ASCII bytes; built once, never written after.
var ascii = func() (t [128]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = cUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = cDigit
	}
	t[' '], t['\t'], t['\v'], t['\f'] = cSpace, cSpace, cSpace, cSpace
	t['\n'], t['\r'] = cNL, cNL
	return t
}()

// classAt classifies the character at text[i] and returns its size in
// bytes. Invalid UTF-8 is a one-byte cOther.
func classAt(text string, i int) (cls uint8, r rune, size int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return ascii[c], rune(c), 1
	}
	r, size = utf8.DecodeRuneInString(text[i:])
	switch {
	case r == utf8.RuneError && size <= 1:
		return cOther, r, 1
	case r == 0x85 || r == 0x2028 || r == 0x2029:
		return cNL, r, size
	case r == 0xAD: // soft hyphen: part of the word it hyphenates
		return cLower, r, size
	case unicode.IsSpace(r) || unicode.Is(unicode.Cf, r): // incl. zero-width space, word joiner, BOM
		return cSpace, r, size
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return cUpper, r, size
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return cLower, r, size
	case unicode.IsDigit(r):
		return cDigit, r, size
	}
	return cOther, r, size
}

func isDigit(c byte) bool   { return '0' <= c && c <= '9' }
func isLowerA(c byte) bool  { return 'a' <= c && c <= 'z' }
func isUpperA(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isLetterA(c byte) bool { return isLowerA(c) || isUpperA(c) }
func isAlnumA(c byte) bool  { return isLetterA(c) || isDigit(c) }
func isBulletR(r rune) bool {
	return r == '•' || r == '‣' || r == '⁃' || r == '◦' || r == '▪' || r == '●' || r == '∙' || r == '■' || r == '►'
}
func isQuoteR(r rune) bool {
	return r == '"' || r == '\'' || r == '`' || r == '“' || r == '”' || r == '‘' || r == '’' || r == '«' || r == '»' || r == '„' || r == '‚' || r == '‹' || r == '›'
}
func isOpenGlyph(r rune) bool {
	return r == '“' || r == '‘' || r == '«' || r == '‹' || r == '„' || r == '‚' || r == '`'
}

// alnumAt reports whether text[i] starts a letter or digit.
func alnumAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return isAlnumA(c)
	}
	cls, _, _ := classAt(text, i)
	return cls >= cLower
}

// tokenize appends the tokens of text to toks.
func tokenize(text string, toks []Token) []Token {
	n := len(text)
	var fl Flags
	nl := 0
	dqOpen := false // a straight double quote is open in this paragraph
	for i := 0; i < n; {
		c := text[i]
		cls, r, size := uint8(0), rune(c), 1
		if c < utf8.RuneSelf {
			cls = ascii[c]
		} else {
			cls, r, size = classAt(text, i)
		}
		switch cls {
		case cSpace:
			fl |= SpaceBefore
			i += size
			continue
		case cNL:
			if c == '\r' && i+1 < n && text[i+1] == '\n' {
				size = 2
			}
			nl++
			fl |= SpaceBefore | NewlineBefore
			if nl >= 2 {
				fl |= ParaBefore
			}
			i += size
			continue
		}
		if len(toks) == 0 {
			fl |= NewlineBefore // the start of the text is the start of a line
		}
		if fl&ParaBefore != 0 {
			dqOpen = false
		}
		tok := Token{Start: i, Flags: fl}
		fl, nl = 0, 0
		if cls >= cLower {
			if (c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'f' || c == 'F') && urlPrefix(text, i) {
				tok.End = scanURL(text, i)
				tok.Kind = URL
				toks = append(toks, tok)
				i = tok.End
				continue
			}
			toks = scanWord(text, tok, toks)
			i = toks[len(toks)-1].End
			continue
		}
		tok.Kind, tok.End = Punct, i+size
		switch {
		case c == '.':
			switch {
			case i+1 < n && text[i+1] == '.':
				j := i + 1
				for j < n && text[j] == '.' {
					j++
				}
				tok.Kind, tok.End = Ellipsis, j
			case (tok.Flags&SpaceBefore != 0 || len(toks) == 0) && i+2 < n && text[i+1] == ' ' && text[i+2] == '.':
				j, dots := i+1, 1
				for j+1 < n && text[j] == ' ' && text[j+1] == '.' {
					j += 2
					dots++
				}
				if dots >= 3 {
					tok.Kind, tok.End = Ellipsis, j
				}
			}
		case c == '!' || c == '?':
			j := i + 1
			for j < n && (text[j] == '!' || text[j] == '?') {
				j++
			}
			tok.End = j
		case r == '…':
			j := i + size
			for j < n && (text[j] == '.' || (j+3 <= n && text[j:j+3] == "…")) {
				if text[j] == '.' {
					j++
				} else {
					j += 3
				}
			}
			tok.Kind, tok.End = Ellipsis, j
		case isQuoteR(r):
			toks = quoteOrClitic(text, tok, r, size, toks, &dqOpen)
			i = toks[len(toks)-1].End
			continue
		case c == '(' || c == '[' || c == '{':
			tok.Flags |= Open
		case c == ')' || c == ']' || c == '}':
			tok.Flags |= Close
		case c == '-' || r == '–' || r == '—':
			j := i + size
			for j < n && text[j] == c && c == '-' {
				j++
			}
			tok.End = j
		case c == ',' || c == ';' || c == ':' || isBulletR(r):
		case c < utf8.RuneSelf:
			tok.Kind = Symbol
		case unicode.IsPunct(r):
		default:
			tok.Kind = Symbol
		}
		toks = append(toks, tok)
		i = tok.End
	}
	return toks
}

// urlPrefix reports whether a URL starts at text[i].
func urlPrefix(text string, i int) bool {
	s := text[i:]
	for _, p := range [...]string{"http://", "https://", "ftp://", "www."} {
		if len(s) > len(p) && eqFoldASCII(s[:len(p)], p) && alnumAt(s, len(p)) {
			return true
		}
	}
	return false
}

// scanURL returns the end of the URL starting at text[i]: the run of
// non-space characters, less trailing punctuation and unbalanced brackets.
func scanURL(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if ascii[c] == cSpace || ascii[c] == cNL || c == '"' || c == '<' || c == '>' {
				break
			}
			j++
			continue
		}
		cls, r, size := classAt(text, j)
		if cls == cSpace || cls == cNL || isQuoteR(r) || r == '…' {
			break
		}
		j += size
	}
	for j > i {
		c := text[j-1]
		switch c {
		case '.', ',', ';', ':', '!', '?', '\'', '*':
			j--
			continue
		case ')', ']':
			open := byte('(')
			if c == ']' {
				open = '['
			}
			bal := 0
			for k := i; k < j; k++ {
				switch text[k] {
				case open:
					bal++
				case c:
					bal--
				}
			}
			if bal < 0 {
				j--
				continue
			}
		}
		break
	}
	return j
}

// scanWord appends the word, number or e-mail address starting at tok.Start,
// with an abbreviation's period, split at camel-case run-togethers.
func scanWord(text string, tok Token, toks []Token) []Token {
	n := len(text)
	start := tok.Start
	digitStart := isDigit(text[start])
	j := start
	segStart, maxSeg := start, 0
	hasDot, hasAt, plain, camel, prevLower, clitic := false, false, true, false, false, false
loop:
	for j < n {
		c := text[j]
		if c < utf8.RuneSelf {
			switch ascii[c] {
			case cLower:
				prevLower = true
				j++
				continue
			case cUpper:
				if prevLower {
					camel = true
				}
				prevLower = false
				j++
				continue
			case cDigit:
				prevLower, plain = false, false
				j++
				continue
			}
			prevLower = false
			switch c {
			case '.':
				if j+1 >= n {
					break loop
				}
				d := text[j+1]
				if alnumAt(text, j+1) {
					if digitStart && !isDigit(d) {
						break loop
					}
					if !digitStart && isUpperA(d) && j+2 < n && isLowerA(text[j+2]) && !atAhead(text, j) {
						if j-segStart >= 3 && isLowerA(text[j-1]) {
							break loop // "world.Today": two sentences run together
						}
						if segStart == start && j-start >= 2 && abbrevClass(text[start:j]) == abbrTitle {
							break loop // "Mr.Smith"
						}
					}
					maxSeg = max(maxSeg, j-segStart)
					hasDot, plain = true, false
					j++
					segStart = j
					continue
				}
				if d == '-' && hasDot && alnumAt(text, j+2) { // U.S.-led
					j += 2
					continue
				}
				break loop
			case ',':
				if digitStart && j+3 < n && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) && (j+4 == n || !isDigit(text[j+4])) {
					j += 4
					continue
				}
				break loop
			case '-':
				if digitStart && isDigit(text[j-1]) && j+1 < n && isDigit(text[j+1]) {
					break loop // a range or score: 2009-2010, 1957-58, 2-1
				}
				if alnumAt(text, j+1) {
					maxSeg = max(maxSeg, j-segStart)
					j++ // a hyphenated word stays plain for camel splitting
					segStart = j
					continue
				}
				break loop
			case '\'':
				end, cont, nt := apostrophe(text, start, j, 1)
				if !cont {
					if end < j {
						j = end
					}
					break loop
				}
				clitic = clitic || nt
				plain = false
				j = end
				continue
			case '@':
				if !digitStart && !hasAt && alnumAt(text, j+1) {
					hasAt, plain = true, false
					j++
					segStart = j
					continue
				}
				break loop
			case '_':
				if alnumAt(text, j+1) {
					plain = false
					j++
					continue
				}
				break loop
			case '&':
				if j > start && isUpperA(text[j-1]) && j+1 < n && isUpperA(text[j+1]) {
					plain = false
					j++
					continue
				}
				break loop
			case ':', '/':
				if digitStart && isDigit(text[j-1]) && j+1 < n && isDigit(text[j+1]) {
					j++
					continue
				}
				break loop
			}
			break loop
		}
		cls, r, size := classAt(text, j)
		if cls >= cLower {
			prevLower, plain = false, false
			j += size
			continue
		}
		prevLower = false
		if r == '’' {
			end, cont, nt := apostrophe(text, start, j, size)
			if !cont {
				if end < j {
					j = end
				}
				break
			}
			clitic = clitic || nt
			plain = false
			j = end
			continue
		}
		if (r == '°' || r == 'º') && j == start+1 && (text[start] == 'N' || text[start] == 'n') {
			plain = false
			j += size
			continue
		}
		break
	}
	tok.End = j
	switch {
	case clitic:
		tok.Kind = Clitic
	case digitStart:
		tok.Kind = Number
	case hasAt && segStart > start && hasDot:
		tok.Kind = Email
	default:
		tok.Kind = Word
	}
	if camel && plain {
		if out, ok := splitCamel(text, tok, toks); ok {
			return out
		}
	}
	if tok.Kind == Word && j < n && text[j] == '.' && (j+1 == n || text[j+1] != '.') {
		maxSeg = max(maxSeg, j-segStart)
		unit := len(toks) > 0 && toks[len(toks)-1].End == start && (toks[len(toks)-1].Kind == Number || toks[len(toks)-1].Kind == Symbol) // 30°C.
		if (hasDot && maxSeg <= 2 && !hasAt) || (isSingleLetter(text[start:j]) && !unit) || isAbbrev(text, start, j) {
			tok.End = j + 1
			tok.Flags |= Abbrev
		}
	}
	return append(toks, tok)
}

// apostrophe decides what an apostrophe of alen bytes at text[j], inside
// the word starting at start, does. With cont the word goes on to end;
// otherwise the word ends at end (before the apostrophe, or before the
// "n" of "n't") and the clitic becomes a token of its own.
func apostrophe(text string, start, j, alen int) (end int, cont, nt bool) {
	k := j + alen
	m := k
	for m < len(text) && isLetterA(text[m]) {
		m++
	}
	if m == k {
		if k < len(text) && text[k] >= utf8.RuneSelf {
			if cls, _, _ := classAt(text, k); cls == cLower || cls == cUpper {
				return k, true, false // l’État: a non-ASCII letter follows
			}
		}
		return j, false, false // players' ; a closing quote
	}
	if alnumAt(text, m) {
		return m, true, false // O'Brien-like word with more letters after
	}
	suf := text[k:m]
	if isCliticSuffix(suf) {
		return j, false, false
	}
	if (suf == "t" || suf == "T") && (text[j-1] == 'n' || text[j-1] == 'N') {
		if j-1 > start {
			return j - 1, false, false // do|n't
		}
		return m, true, true // the token is n't itself
	}
	return m, true, false // O'Brien, o'clock
}

func isCliticSuffix(s string) bool {
	switch len(s) {
	case 1:
		c := s[0] | 0x20
		return c == 's' || c == 'd' || c == 'm'
	case 2:
		a, b := s[0]|0x20, s[1]|0x20
		return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')
	}
	return false
}

// atAhead reports whether an '@' follows in the run of non-space bytes after j.
func atAhead(text string, j int) bool {
	for ; j < len(text); j++ {
		c := text[j]
		if c == '@' {
			return true
		}
		if c < utf8.RuneSelf && (ascii[c] == cSpace || ascii[c] == cNL) {
			return false
		}
	}
	return false
}

// isSingleLetter reports whether s is one letter.
func isSingleLetter(s string) bool {
	if len(s) == 1 {
		return isLetterA(s[0])
	}
	if len(s) == 0 || s[0] < utf8.RuneSelf {
		return false
	}
	r, size := utf8.DecodeRuneInString(s)
	return size == len(s) && unicode.IsLetter(r)
}

// quoteOrClitic appends the quotation mark r (size bytes) at tok.Start, or
// the clitic ('s, 're, ...) it begins when it is glued to a preceding word.
// dqOpen tracks whether a straight double quote is open.
func quoteOrClitic(text string, tok Token, r rune, size int, toks []Token, dqOpen *bool) []Token {
	i, n := tok.Start, len(text)
	glued := tok.Flags&SpaceBefore == 0 && len(toks) > 0 && toks[len(toks)-1].End == i
	// A clitic glued to its word, or spaced off it as in pre-tokenised text
	// ("States 's").
	if (r == '\'' || r == '’') && len(toks) > 0 && tok.Flags&NewlineBefore == 0 {
		if p := toks[len(toks)-1]; (p.Kind == Word || p.Kind == Number) && (glued || p.End+1 == i) {
			m := i + size
			for m < n && isLetterA(text[m]) {
				m++
			}
			if m > i+size && !alnumAt(text, m) && isCliticSuffix(text[i+size:m]) {
				tok.Kind, tok.End = Clitic, m
				return append(toks, tok)
			}
		}
	}
	if (r == '\'' || r == '’') && !glued { // '90s
		k := i + size
		if k+1 < n && isDigit(text[k]) && isDigit(text[k+1]) {
			m := k + 2
			if m < n && text[m] == 's' {
				m++
			}
			if !alnumAt(text, m) {
				tok.Kind, tok.End = Number, m
				return append(toks, tok)
			}
		}
	}
	tok.Kind, tok.End = Quote, i+size
	if (r == '`' || r == '\'') && i+1 < n && text[i+1] == byte(r) {
		tok.End = i + 2
	}
	if glued {
		p := toks[len(toks)-1]
		glued = p.Flags&Open == 0
	}
	right := false
	if tok.End < n {
		cls, rr, _ := classAt(text, tok.End)
		right = cls >= cLower || rr == '$' || rr == '(' || rr == '[' || rr == '#' || rr == '£' || rr == '€'
	}
	switch {
	case glued && !right:
		tok.Flags |= Close
	case !glued && right:
		tok.Flags |= Open
	case isOpenGlyph(r):
		tok.Flags |= Open
	case r == '"' && !glued && !right:
		// Spaced on both sides, as in pre-tokenised text: the parity of the
		// straight quotes so far in the paragraph decides.
		if *dqOpen {
			tok.Flags |= Close
		} else {
			tok.Flags |= Open
		}
	case r == '"' && !glued:
		tok.Flags |= Open
	default:
		tok.Flags |= Close
	}
	if text[i:tok.End] == "``" {
		tok.Flags = tok.Flags&^Close | Open
	}
	if r == '"' {
		*dqOpen = tok.Flags&Open != 0
	}
	return append(toks, tok)
}

func eqFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if isUpperA(x) {
			x |= 0x20
		}
		if isUpperA(y) {
			y |= 0x20
		}
		if x != y {
			return false
		}
	}
	return true
}
