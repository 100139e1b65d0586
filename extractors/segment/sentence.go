package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitSentences appends the sentences of the tokenized text to out.
func splitSentences(text string, toks []Token, out []Sentence) []Sentence {
	n := len(toks)
	first := 0
	list := listState{}
	para := paragraph{}
	for i := 0; i < n; i++ {
		if i >= para.end {
			para = scanParagraph(text, toks, i)
		}
		if i > first && breakBefore(text, toks, first, i, list, para) {
			out = append(out, Sentence{toks[first].Start, toks[i-1].End, first, i})
			first = i
		}
		if i == first {
			if toks[i].Flags&ParaBefore != 0 {
				list = listState{}
			}
			if m, ok := listMarker(text, toks, markerPos(text, toks, i)); ok {
				list = listState{next: m.value + 1, style: m.style}
			}
		}
		if !terminal(text, toks[i]) {
			continue
		}
		j := i + 1
		for j < n && absorbed(text, toks[j]) {
			j++
		}
		if endsSentence(text, toks, first, i, j) {
			out = append(out, Sentence{toks[first].Start, toks[j-1].End, first, j})
			first = j
			i = j - 1
		}
	}
	if first < n {
		out = append(out, Sentence{toks[first].Start, toks[n-1].End, first, n})
	}
	return out
}

// listState remembers the list item a list in progress expects next.
type listState struct{ next, style int }

type marker struct{ value, style int }

// Styles of list markers.
const (
	styleDot         = iota + 1 // 1.
	styleParen                  // 1)
	styleDotParen               // 1.)
	styleLetter                 // a.
	styleLetterParen            // a)
)

// markerPos is where a list marker of the sentence starting at i would be:
// at i, or after a leading bullet.
func markerPos(text string, toks []Token, i int) int {
	if i+1 < len(toks) && isBullet(text, toks[i]) {
		return i + 1
	}
	return i
}

// listMarker reports whether toks[k] is a list-item marker such as "2.",
// "2)", "2.)", "b." or "b)" followed by more text.
func listMarker(text string, toks []Token, k int) (marker, bool) {
	if k >= len(toks) {
		return marker{}, false
	}
	t := toks[k]
	w := text[t.Start:t.End]
	at := func(j int, s string) bool {
		return j < len(toks) && toks[j].Flags&SpaceBefore == 0 && text[toks[j].Start:toks[j].End] == s
	}
	switch {
	case t.Kind == Number && len(w) <= 2 && isDigit(w[0]) && (len(w) == 1 || isDigit(w[1])):
		v := int(w[0] - '0')
		if len(w) == 2 {
			v = v*10 + int(w[1]-'0')
		}
		switch {
		case at(k+1, ".") && at(k+2, ")"):
			return marker{v, styleDotParen}, k+3 < len(toks)
		case at(k+1, "."):
			return marker{v, styleDot}, k+2 < len(toks)
		case at(k+1, ")"):
			return marker{v, styleParen}, k+2 < len(toks)
		}
	case t.Flags&Abbrev != 0 && len(w) == 2 && isLowerA(w[0]):
		return marker{int(w[0]-'a') + 1, styleLetter}, k+1 < len(toks)
	case t.Kind == Word && len(w) == 1 && isLowerA(w[0]) && at(k+1, ")"):
		return marker{int(w[0]-'a') + 1, styleLetterParen}, k+2 < len(toks)
	}
	return marker{}, false
}

func isBullet(text string, t Token) bool {
	if t.Kind != Punct && t.Kind != Symbol {
		return false
	}
	if c := text[t.Start]; c < utf8.RuneSelf {
		return (c == '*' || c == '-') && t.End == t.Start+1 && t.Flags&NewlineBefore != 0
	}
	r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
	return isBulletR(r)
}

// paragraph is what scanParagraph learns about a paragraph: where it ends
// (the index of the next paragraph's first token), whether it is
// hard-wrapped prose, and whether it is a list of lines.
type paragraph struct {
	end           int
	wrapped, list bool
}

// minListLines is how many lines a paragraph without any final punctuation
// needs to be read as a list of lines (a menu, a list of features) rather
// than one sentence wrapped over several lines.
const minListLines = 3

// scanParagraph looks at the paragraph starting at toks[i]. It is
// hard-wrapped prose when some line of it continues a sentence in lower
// case: there a line break is only a space. It is a list of lines when it
// has minListLines lines or more and not one mark that can end a sentence
// ("features\ncontact manager\nevents, activities"): there every line is a
// sentence of its own. Elsewhere a line without final punctuation before a
// capitalised line is a headline or list line of its own.
func scanParagraph(text string, toks []Token, i int) paragraph {
	wrapped, lines := false, 1
	j := i + 1
	for ; j < len(toks) && toks[j].Flags&ParaBefore == 0; j++ {
		t := toks[j]
		if t.Flags&NewlineBefore != 0 {
			lines++
			if p := toks[j-1]; !wrapped && t.Kind == Word && !terminal(text, p) && p.Flags&Close == 0 {
				if cls, _, _ := classAt(text, t.Start); cls == cLower {
					wrapped = true
				}
			}
		}
	}
	list := false
	if lines >= minListLines {
		// most paragraphs are one line: look for final punctuation only
		// in those with several
		list = true
		for k := i; k < j && list; k++ {
			list = !terminal(text, toks[k])
		}
	}
	return paragraph{end: j, wrapped: wrapped && !list, list: list}
}

// breakBefore reports whether a sentence ends before toks[i] for a reason
// other than punctuation: a blank line, a bullet, the next item of a list,
// every line of a list of lines, or, outside wrapped prose, a line break
// after a headline.
func breakBefore(text string, toks []Token, first, i int, list listState, para paragraph) bool {
	t := toks[i]
	switch {
	case t.Flags&ParaBefore != 0:
		return true
	case isBullet(text, t):
		return true
	case list.next > 0 && t.Flags&SpaceBefore != 0:
		if m, ok := listMarker(text, toks, i); ok && m == (marker{list.next, list.style}) {
			return true
		}
	}
	if t.Flags&NewlineBefore == 0 || para.wrapped {
		return false
	}
	if para.list {
		return true
	}
	p := toks[i-1]
	pw := text[p.Start:p.End]
	switch p.Kind {
	case Word:
		if continuers[pw] || p.Flags&Abbrev != 0 {
			return false
		}
	case Number, URL, Email, Clitic:
	case Quote, Punct:
		if p.Flags&Close == 0 && pw != ":" {
			return false
		}
	case Symbol:
		if pw != "%" {
			return false
		}
	default:
		return false
	}
	c := caseAt(text, toks, i)
	return c == caseUpper || c == caseDigit
}

// terminal reports whether t can end a sentence.
func terminal(text string, t Token) bool {
	switch t.Kind {
	case Ellipsis:
		return true
	case Punct:
		c := text[t.Start]
		return c == '.' || c == '!' || c == '?'
	case Word:
		return t.Flags&Abbrev != 0
	}
	return false
}

// absorbed reports whether t, following sentence-final punctuation, belongs
// to the same sentence: closing quotes and brackets and more final
// punctuation glued to it.
func absorbed(text string, t Token) bool {
	if t.Flags&SpaceBefore != 0 {
		// A spaced closing quote or bracket, as pre-tokenised text has
		// them (". ''"), when it is not glued to the word after it either.
		return (t.Kind == Quote || t.Kind == Punct) && t.Flags&Close != 0 && t.Flags&NewlineBefore == 0 &&
			(t.End == len(text) || text[t.End] == ' ' || text[t.End] == '\n')
	}
	switch t.Kind {
	case Quote:
		return t.Flags&Close != 0
	case Punct:
		if t.Flags&Close != 0 {
			return true
		}
		c := text[t.Start]
		return c == '.' || c == '!' || c == '?'
	}
	return false
}

type letterCase uint8

const (
	caseNone letterCase = iota
	caseUpper
	caseLower
	caseDigit
)

// caseAt returns the case of the first letter of toks[k], looking through
// opening quotes and brackets.
func caseAt(text string, toks []Token, k int) letterCase {
	for ; k < len(toks); k++ {
		t := toks[k]
		if (t.Kind == Quote || t.Kind == Punct) && t.Flags&Open != 0 {
			continue
		}
		switch t.Kind {
		case Number:
			return caseDigit
		case Word, URL, Email:
			cls, _, _ := classAt(text, t.Start)
			switch cls {
			case cUpper:
				return caseUpper
			case cDigit:
				return caseDigit
			}
			if t.End-t.Start > 2 && isLowerA(text[t.Start]) && isUpperA(text[t.Start+1]) {
				return caseUpper // iPhone, eBay: names that start sentences in lower case
			}
			return caseLower
		}
		return caseNone
	}
	return caseNone
}

// wordAt returns toks[k] looked at through opening quotes and brackets.
func wordAt(text string, toks []Token, k int) (Token, bool) {
	for ; k < len(toks); k++ {
		t := toks[k]
		if (t.Kind == Quote || t.Kind == Punct) && t.Flags&Open != 0 {
			continue
		}
		return t, true
	}
	return Token{}, false
}

func isStarter(text string, toks []Token, k int) bool {
	t, ok := wordAt(text, toks, k)
	return ok && t.Kind == Word && starters[text[t.Start:t.End]]
}

// endsSentence decides whether the sentence-final candidate toks[i], with
// the tokens up to j absorbed, ends the sentence that began at first.
func endsSentence(text string, toks []Token, first, i, j int) bool {
	if j >= len(toks) {
		return true
	}
	t, next := toks[i], toks[j]
	if next.Flags&ParaBefore != 0 {
		return true
	}
	nw := text[next.Start:next.End]
	switch next.Kind {
	case Clitic:
		return false
	case Punct:
		if c := nw[0]; c == ',' || c == ';' || c == ':' || c == ')' || c == ']' {
			return false
		}
	}
	nc := caseAt(text, toks, j)
	if nc == caseLower {
		return false
	}
	w := text[t.Start:t.End]
	switch t.Kind {
	case Ellipsis:
		if i == first {
			return false
		}
		dots := 0
		for k := 0; k < len(w); k++ {
			if w[k] == '.' {
				dots++
			} else if w[k] == 0xE2 { // …
				dots += 3
			}
		}
		if dots >= 4 {
			return nc == caseUpper || nc == caseDigit
		}
		return nc == caseUpper && isStarter(text, toks, j) && nw != "I"
	case Punct:
		if w[0] != '.' {
			return true // ! ?
		}
		if i > first && i-1 == markerPos(text, toks, first) && t.Flags&SpaceBefore == 0 {
			if _, ok := listMarker(text, toks, i-1); ok {
				return false
			}
		}
		if next.Kind == Ellipsis {
			return caseAt(text, toks, j+1) == caseUpper
		}
		return true
	}
	// An abbreviation or initial with its period.
	if next.Flags&NewlineBefore != 0 && (nc == caseUpper || nc == caseDigit) {
		return abbrevClass(w[:len(w)-1]) != abbrTitle
	}
	if i == markerPos(text, toks, first) {
		if _, ok := listMarker(text, toks, i); ok {
			return false
		}
	}
	body := w[:len(w)-1]
	if isSingleLetter(body) {
		r, _ := utf8.DecodeRuneInString(body)
		if !unicode.IsUpper(r) {
			return nc == caseUpper && isStarter(text, toks, j) // p. 5, Palm Bay d. Rockledge, and co. They
		}
		if nc != caseUpper {
			return false
		}
		prevCap := false
		if i > first {
			p := toks[i-1]
			if p.Kind == Word {
				cls, _, _ := classAt(text, p.Start)
				prevCap = cls == cUpper
			}
		}
		if body == "I" {
			return !prevCap
		}
		if prevCap || i == first {
			return false
		}
		nt, _ := wordAt(text, toks, j)
		return isStarter(text, toks, j) && !(nt.Flags&Abbrev != 0 && nt.End-nt.Start == 2)
	}
	cls := abbrevClass(body)
	switch cls {
	case abbrTitle:
		return false
	case abbrNumber:
		if nc == caseDigit {
			return false
		}
	case abbrEtc:
		return nc == caseUpper
	}
	if nc != caseUpper {
		return false
	}
	if isStarter(text, toks, j) {
		return true
	}
	// "at 6 p.m. Mr. Smith then left", "Acme Inc. Dr. Jones said": a
	// personal title after an abbreviation that ends phrases starts a new
	// sentence, unless all before is an opening phrase ("At 5 a.m. Mr.").
	return cls == abbrPost && personalTitle(text, next) && !openingPhrase(text, toks, first, i)
}

// personalTitle reports whether t is Mr., Mrs., Ms., Dr. or Prof.
func personalTitle(text string, t Token) bool {
	if t.Flags&Abbrev == 0 {
		return false
	}
	switch text[t.Start : t.End-1] {
	case "Mr", "Mrs", "Ms", "Dr", "Prof":
		return true
	}
	return false
}

// openingPhrase reports whether toks[first:i] is a short prepositional
// phrase that opens a sentence ("At 5", "By Jan").
func openingPhrase(text string, toks []Token, first, i int) bool {
	if i-first > 3 || i == first {
		return false
	}
	t := toks[first]
	switch strings.ToLower(text[t.Start:t.End]) {
	case "at", "by", "until", "till", "before", "after", "from", "since", "around", "about", "on", "in", "starting":
		return true
	}
	return false
}
