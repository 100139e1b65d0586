package entities

import (
	"sort"

	"github.com/claimpipe/claimpipe/claims"
)

// found is a name the tagger or the document pass found: tokens
// [first,last) of the document, type 0..3 (PERSON, ORG, LOC, MISC).
type found struct {
	first, last int
	typ         int
	value       string
}

var typeName = [4]string{claims.TypePerson, claims.TypeOrg, claims.TypeLoc, claims.TypeMisc}

// docPass makes the names of one document consistent:
//   - every occurrence of a surface string gets the type most of its
//     occurrences were tagged with (the first one's on a tie);
//   - a single-word name that is the last word of a multi-word PERSON name
//     in the document ("Nix" after "Alexander Nix") becomes PERSON with the
//     full name as its value (the nearest earlier full name, else the first
//     later one);
//   - capitalised words the tagger left untagged that spell a name found
//     elsewhere in the document, or such a surname, are added.
func (r *Recognizer) docPass(text string, toks []tokSpan, s *scratch) []claims.Mention {
	fs := s.found
	if len(fs) == 0 {
		return nil
	}
	surface := func(f found) string { return text[toks[f.first].start:toks[f.last-1].end] }

	// Majority type per surface string, in order of first appearance.
	type tally struct {
		n     [4]int
		first int
	}
	votes := make(map[string]*tally, len(fs))
	for _, f := range fs {
		k := surface(f)
		t := votes[k]
		if t == nil {
			t = &tally{first: f.typ}
			votes[k] = t
		}
		t.n[f.typ]++
	}
	best := func(t *tally) int {
		b := t.first
		for i, n := range t.n {
			if n > t.n[b] {
				b = i
			}
		}
		return b
	}
	for i := range fs {
		fs[i].typ = best(votes[surface(fs[i])])
	}

	// Short forms: a person's surname, an organisation's first word or its
	// acronym, each pointing to the full names that yield it.
	type full struct {
		pos   int // token index of the full name's first token
		text  string
		typ   int
		first bool // an organisation's first word: retypes tagged names only
	}
	short := map[string][]full{}
	tokText := func(i int) string { return text[toks[i].start:toks[i].end] }
	for _, f := range fs {
		if f.last-f.first < 2 {
			continue
		}
		switch f.typ {
		case 0:
			l := f.last - 1
			for l > f.first+1 && nameSuffix(tokText(l)) {
				l--
			}
			if w := tokText(l); caseClass(w) == caseTitle || caseClass(w) == caseMixed {
				short[w] = append(short[w], full{f.first, surface(f), 0, false})
			}
		case 1:
			w := tokText(f.first)
			if cc := caseClass(w); (cc == caseTitle || cc == caseMixed) && len(w) > 2 {
				short[w] = append(short[w], full{f.first, surface(f), 1, true})
			}
			if a := acronym(tokText, f.first, f.last, s.buf[:0]); len(a) >= 2 {
				short[string(a)] = append(short[string(a)], full{f.first, surface(f), 1, false})
			}
		}
	}
	// linkFull picks the full name a short form w at token pos stands for:
	// the nearest earlier one, else the first later one.
	linkFull := func(w string, pos int, tagged bool) (full, bool) {
		var pick full
		ok := false
		for _, c := range short[w] {
			if c.first && !tagged {
				continue
			}
			if !ok || c.pos < pos {
				pick, ok = c, true
			}
		}
		return pick, ok
	}
	for i := range fs {
		f := &fs[i]
		if f.last-f.first != 1 {
			continue
		}
		if c, ok := linkFull(surface(*f), f.first, true); ok {
			f.typ, f.value = c.typ, c.text
		} else if f.typ != 2 && r.m.gaz.Flags(surface(*f))&(1<<GazCountry) != 0 {
			f.typ = 2 // a country name standing alone is a place
		}
	}

	// Untagged repeats of names found elsewhere.
	s.cover = grow(s.cover, len(toks))
	clear(s.cover)
	for _, f := range fs {
		for i := f.first; i < f.last; i++ {
			s.cover[i] = true
		}
	}
	type known struct {
		text string
		n    int
		typ  int
	}
	byFirst := map[string][]known{}
	seen := make(map[string]bool, len(fs))
	for _, f := range fs {
		k := surface(f)
		if seen[k] {
			continue
		}
		seen[k] = true
		ft := text[toks[f.first].start:toks[f.first].end]
		byFirst[ft] = append(byFirst[ft], known{k, f.last - f.first, f.typ})
	}
	for _, ks := range byFirst {
		sort.Slice(ks, func(i, j int) bool {
			if ks[i].n != ks[j].n {
				return ks[i].n > ks[j].n
			}
			return ks[i].text < ks[j].text
		})
	}
	added := false
	for i := range toks {
		if s.cover[i] {
			continue
		}
		w := text[toks[i].start:toks[i].end]
		if cc := caseClass(w); cc != caseTitle && cc != caseUpper && cc != caseMixed {
			continue
		}
	cand:
		for _, k := range byFirst[w] {
			j := i + k.n
			if j > len(toks) || toks[j-1].end-toks[i].start != len(k.text) || text[toks[i].start:toks[j-1].end] != k.text {
				continue
			}
			for x := i; x < j; x++ {
				if s.cover[x] {
					continue cand
				}
			}
			nf := found{first: i, last: j, typ: k.typ}
			if k.n == 1 {
				if c, ok := linkFull(w, i, true); ok {
					nf.typ, nf.value = c.typ, c.text
				}
			}
			fs = append(fs, nf)
			for x := i; x < j; x++ {
				s.cover[x] = true
			}
			added = true
			break
		}
		if !s.cover[i] {
			if c, ok := linkFull(w, i, false); ok {
				fs = append(fs, found{first: i, last: i + 1, typ: c.typ, value: c.text})
				s.cover[i] = true
				added = true
			}
		}
	}
	if added {
		sort.Slice(fs, func(i, j int) bool { return fs[i].first < fs[j].first })
	}
	s.found = fs

	out := make([]claims.Mention, len(fs))
	for i, f := range fs {
		st, en := toks[f.first].start, toks[f.last-1].end
		out[i] = claims.Mention{Start: st, End: en, Type: typeName[f.typ], Text: text[st:en], Value: f.value}
	}
	return out
}


// nameSuffix reports whether w ends a person's name without being the
// surname: Jr., Sr., II, III.
func nameSuffix(w string) bool {
	switch w {
	case "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", ".", ",":
		return true
	}
	return false
}

// acronym writes into buf the initials of the capitalised words of tokens
// [first,last) ("Singapore Airlines" -> "SA"), skipping "of", "and", "the"
// and "&"; it returns nil when another word is lower case or not a word.
func acronym(tok func(int) string, first, last int, buf []byte) []byte {
	for i := first; i < last; i++ {
		w := tok(i)
		switch w {
		case "of", "and", "the", "&", "for":
			continue
		}
		c := w[0]
		if c < 'A' || c > 'Z' {
			return nil
		}
		buf = append(buf, c)
	}
	return buf
}
