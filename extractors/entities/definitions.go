package entities

import (
	"sort"
	"strings"
)

// Definitions: a name the text itself says what it is. Encyclopaedic text
// opens with one ("Aisby is a village in ...", "Crazyhead are an English
// punk rock band"), news puts it in apposition ("Cisco , a networking
// company ,"). The semantic classes of the description's head noun
// (WordNet's lexicographer files: noun.person, noun.group, noun.location,
// noun.communication, ...) become features of every occurrence of the
// defined words in the document; the tagger learns from the training
// corpora what each class says about the name's type. No list of head
// nouns is written by hand.

// definition is a defined name: subject tokens [first,last) and the tokens
// [npFirst,npLast) of the description after its determiner.
type definition struct {
	first, last     int
	npFirst, npLast int
	copular         bool // "Subject is a Description", not an apposition
}

// copulas link a subject to its description.
var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true}

// descriptionStops end the noun phrase of a description: prepositions,
// conjunctions, relative pronouns and participles that start a modifier.
var descriptionStops = map[string]bool{
	"of": true, "in": true, "from": true, "by": true, "for": true, "on": true, "at": true, "with": true,
	"that": true, "which": true, "who": true, "whose": true, "and": true, "or": true, "to": true,
	"as": true, "near": true, "between": true, "since": true, "until": true, "where": true,
	"when": true, "during": true, "after": true, "before": true, "than": true, "into": true,
	"under": true, "over": true, "about": true, "within": true, "but": true,
}

// pronouns open sentences without naming anything.
var pronouns = map[string]bool{
	"He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "You": true,
	"This": true, "That": true, "These": true, "Those": true, "There": true, "Here": true,
	"His": true, "Her": true, "Its": true, "Their": true, "Our": true, "My": true,
}

// maxDescription is the most tokens a description's noun phrase is read
// for.
const maxDescription = 8

// nameRun returns the end of the run of name-like tokens starting at a
// (capitalised words and numbers, with connectors such as "of" inside),
// at most 10 tokens and before e; a when there is none.
func nameRun(tok func(int) string, cc []uint8, a, e int) int {
	b := a
	for b < e && b-a < 10 {
		c := cc[b]
		switch {
		case isCap(c) || c == caseDigit:
			b++
			continue
		case b > a && b+1 < e && nameConnectors[tok(b)] && isCap(cc[b+1]):
			b++
			continue
		}
		break
	}
	return b
}

// description returns the end of the noun phrase of a description that
// starts at j, in a sentence ending at e.
func description(tok func(int) string, cc []uint8, j, e int) int {
	k := j
	for k < e && k-j < maxDescription && cc[k] != casePunct && !descriptionStops[tok(k)] {
		k++
	}
	return k
}

// findDefinitions appends to dst the definitions in the sentences sents
// of a document whose tokens tok returns, cc holding their case classes:
//   - "Subject (...) is|was|are|were a|an|the|one of the Description"
//     with the subject opening its sentence (a leading "The" is not part
//     of it);
//   - "Subject , a|an|the Description ," anywhere in a sentence.
func findDefinitions(dst []definition, tok func(int) string, cc []uint8, sents [][2]int) []definition {
	for _, se := range sents {
		s, e := se[0], se[1]
		a := s
		for a < e && isQuote(tok(a)) {
			a++
		}
		if a+1 < e && (tok(a) == "The" || tok(a) == "A" || tok(a) == "An") && isCap(cc[a+1]) {
			a++
		}
		if b := nameRun(tok, cc, a, e); b > a && (isCap(cc[a]) || cc[a] == caseDigit) && !pronouns[tok(a)] {
			j := b
			for skips := 0; j < e && skips < 3; skips++ {
				switch tok(j) {
				case "(":
					k := j + 1
					for k < e && k-j < 40 && tok(k) != ")" {
						k++
					}
					if k >= e || tok(k) != ")" {
						j = e
						break
					}
					j = k + 1
					continue
				case ",":
					j++
					continue
				}
				break
			}
			if j+1 < e && copulas[tok(j)] {
				j++
				switch {
				case tok(j) == "a" || tok(j) == "an" || tok(j) == "the":
					j++
				case j+2 < e && tok(j) == "one" && tok(j+1) == "of" && tok(j+2) == "the":
					j += 3
				default:
					j = e
				}
				if j < e {
					if k := description(tok, cc, j, e); k > j {
						dst = append(dst, definition{a, b, j, k, true})
					}
				}
			}
		}
		// Appositions.
		for i := s; i < e; {
			if !isCap(cc[i]) || (i > s && isCap(cc[i-1])) {
				i++
				continue
			}
			b := nameRun(tok, cc, i, e)
			if b+2 < e && tok(b) == "," && (tok(b+1) == "a" || tok(b+1) == "an" || tok(b+1) == "the") {
				k := description(tok, cc, b+2, e)
				if k > b+2 && k < e && (tok(k) == "," || tok(k) == "." || tok(k) == ")") {
					dst = append(dst, definition{i, b, b + 2, k, false})
				}
			}
			i = max(b, i+1)
		}
	}
	return dst
}

// Noun classes: WordNet's lexicographer files of nouns (noun.Tops = 0,
// noun.act, ..., noun.time = 25). A noun's entry holds the classes of all
// its senses as bits 0..25 and 1 + the class of its first (most frequent)
// sense in bits 27..31.
const (
	nNounClass     = 26
	nounFirstShift = 27
	defLaterBit    = 1 << 26 // in a token's cue: a later token of the subject
)

// NameAdjectiveEntry is the entry of a capitalised adjective made from a
// name ("Jewish", "Prussian"), kept in the same table under its capitalised
// form, which no noun lookup (always lower-cased) reaches.
const NameAdjectiveEntry uint32 = 1 << 26

// nounClass returns the entry of the noun w (lower-cased; a plural is
// looked up in the singular too), 0 when it is no known noun.
func nounClass(classes map[string]uint32, w string, buf []byte) (uint32, []byte) {
	buf = lowerInto(buf, w)
	if c, ok := classes[string(buf)]; ok {
		return c, buf
	}
	buf, ok := singularInto(buf)
	if !ok {
		return 0, buf
	}
	return classes[string(buf)], buf
}

// singularInto cuts the plural ending off the lower-case word in buf
// ("companies": "company", "leaders": "leader"); ok is false, and buf
// unchanged, when it ends in neither ("glass", "data").
func singularInto(buf []byte) (_ []byte, ok bool) {
	n := len(buf)
	switch {
	case n > 4 && string(buf[n-3:]) == "ies":
		return append(buf[:n-3], 'y'), true
	case n > 3 && buf[n-1] == 's' && buf[n-2] != 's':
		return buf[:n-1], true
	}
	return buf, false
}

// headClass returns the noun classes of the head of d's description: its
// last word that is a known noun; 0 when none is.
func headClass(d definition, tok func(int) string, classes map[string]uint32, buf []byte) (uint32, []byte) {
	var head uint32
	for k := d.npFirst; k < d.npLast; k++ {
		var c uint32
		c, buf = nounClass(classes, tok(k), buf)
		if c != 0 {
			head = c
		}
	}
	return head, buf
}

// definitionCues sets out[i] for the n tokens of a document: the tokens
// of every occurrence of a defined subject get the noun classes of the
// head of its description (defLaterBit set on all but the first token).
func definitionCues(tok func(int) string, cc []uint8, n int, sents [][2]int, classes map[string]uint32, out []uint32, defs []definition, buf []byte) ([]definition, []byte) {
	clear(out[:n])
	if len(classes) == 0 {
		return defs, buf
	}
	defs = findDefinitions(defs[:0], tok, cc, sents)
	type subj struct {
		first, last int
		class       uint32
	}
	var subjects []subj
	for _, d := range defs {
		c, b := headClass(d, tok, classes, buf)
		buf = b
		if c != 0 {
			subjects = append(subjects, subj{d.first, d.last, c})
		}
	}
	if len(subjects) == 0 {
		return defs, buf
	}
	// Longer subjects first, so that they win where two overlap.
	sort.SliceStable(subjects, func(i, j int) bool {
		return subjects[i].last-subjects[i].first > subjects[j].last-subjects[j].first
	})
	for _, sj := range subjects {
		l := sj.last - sj.first
		first := tok(sj.first)
	scan:
		for i := 0; i+l <= n; i++ {
			if tok(i) != first {
				continue
			}
			for k := 1; k < l; k++ {
				if tok(i+k) != tok(sj.first+k) {
					continue scan
				}
			}
			for k := 0; k < l; k++ {
				if out[i+k] != 0 {
					continue scan
				}
			}
			out[i] = sj.class
			for k := 1; k < l; k++ {
				out[i+k] = sj.class | defLaterBit
			}
		}
	}
	return defs, buf
}

// NounClassEntry encodes the WordNet lexicographer files (noun.Tops = 3
// ... noun.time = 28) of a noun's senses, most frequent first, as the
// model's noun-class entry; 0 when none is a noun file.
func NounClassEntry(lexfiles []int) uint32 {
	var e uint32
	for _, lf := range lexfiles {
		c := lf - 3
		if c < 0 || c >= nNounClass {
			continue
		}
		if e == 0 {
			e = uint32(c+1) << nounFirstShift
		}
		e |= 1 << c
	}
	return e
}

// definedSubjects makes the subject of a copular definition one name where
// the tagger found only part of it ("30 Seconds to Mars is an alternative
// rock band", tagged "Mars"), typed by the description's head (see
// definedType); a subject the tagger split in two or more names, or found
// whole, or whose head says no type, is left alone. fs must be in token
// order; the result is too.
func (r *Recognizer) definedSubjects(fs []found, defs []definition, tok func(int) string, buf []byte) ([]found, []byte) {
	for x := 0; x < len(defs); x++ {
		d := defs[x]
		if d.copular && d.last+3 < d.npFirst && tok(d.last) == "(" && aliasWords[tok(d.last+1)] {
			// "30 Seconds to Mars ( or Thirty Seconds to Mars ) is ...":
			// the name in brackets is defined too.
			e := d.last + 2
			for e < d.npFirst && tok(e) != ")" {
				e++
			}
			// "( also Sunnybower or Sunny Bower )": each name of a list.
			for a := d.last + 2; a < e; {
				b := a
				for b < e && tok(b) != "or" && tok(b) != "and" && tok(b) != "," {
					b++
				}
				if b > a {
					defs = append(defs, definition{a, b, d.npFirst, d.npLast, true})
				}
				a = b + 1
			}
		}
		for d.last-d.first >= 2 && opener(tok(d.first)) {
			d.first++ // "Since Connecticut is a member": the subject is "Connecticut"
		}
		if !d.copular || d.last-d.first < 2 || hasToken(tok, d.first, d.last, "and") || hasToken(tok, d.first, d.last, "&") ||
			hasToken(tok, d.first, d.last, "or") {
			continue // "Smith and Jones are lawyers": two names
		}
		first, last, ok := -1, -1, true
		for i, f := range fs {
			if f.last <= d.first || f.first >= d.last {
				continue
			}
			if f.first < d.first || f.last > d.last || f.first == d.first && f.last == d.last {
				ok = false // crosses the subject, or is the whole
				break
			}
			if first < 0 {
				first = i
			}
			last = i + 1
		}
		if !ok || first < 0 {
			continue
		}
		var c uint32
		c, buf = headClass(d, tok, r.m.nounClasses, buf)
		ty := definedType(c)
		if ty < 0 {
			continue
		}
		fs[first] = found{first: d.first, last: d.last, typ: ty}
		fs = append(fs[:first+1], fs[last:]...)
	}
	return fs, buf
}

// aliasWords open the other name of a definition's subject in brackets:
// "( or Thirty Seconds to Mars )", "( also Agotes )".
var aliasWords = map[string]bool{"or": true, "also": true, "formerly": true, "aka": true}

// WordNet noun classes (lexicographer file - 3) that say a defined name's
// type, or that a capitalised term is no name (see termClasses).
const (
	classAct           = 1  // noun.act: games, sports, activities
	classAnimal        = 2  // noun.animal
	classArtifact      = 3  // noun.artifact
	classAttribute     = 4  // noun.attribute
	classCognition     = 6  // noun.cognition
	classCommunication = 7  // noun.communication: works, songs, languages
	classEvent         = 8  // noun.event
	classFeeling       = 9  // noun.feeling
	classFood          = 10 // noun.food
	classGroup         = 11 // noun.group: organisations, bands, peoples
	classLocation      = 12 // noun.location
	classObject        = 14 // noun.object: natural objects
	classPerson        = 15 // noun.person
	classPlant         = 17 // noun.plant
	classPossession    = 18 // noun.possession: money, "sterling"
	classProcess       = 19 // noun.process
	classQuantity      = 20 // noun.quantity: units, "dollar", "rand"
	classShape         = 22 // noun.shape
	classState         = 23 // noun.state
	classSubstance     = 24 // noun.substance
	classTime          = 25 // noun.time
)

// definedType returns the type (0 PERSON, 1 ORG, 2 LOC, 3 MISC) that a
// description's noun classes say by the first sense of its head; -1 when
// they say none. An act, event or work whose head also names a group in
// another sense ("newspaper") says nothing.
func definedType(c uint32) int {
	switch int(c>>nounFirstShift) - 1 {
	case classPerson:
		return 0
	case classGroup:
		return 1
	case classLocation:
		return 2
	case classAct, classEvent, classCommunication:
		if c&(1<<classGroup) == 0 {
			return 3
		}
	}
	return -1
}

// peopleHeads head descriptions of a people, a faith or a caste, whose
// names are MISC, not organisations: "Agotes or Cagots were a
// discriminated minority".
var peopleHeads = map[string]bool{
	"minority": true, "minorities": true, "people": true, "peoples": true, "tribe": true,
	"tribes": true, "caste": true, "castes": true, "sect": true, "sects": true, "ethnicity": true,
	"nation": false, "diaspora": true, "clan": true, "clans": true,
}

// definedPeoples adds to set (made when nil) the names that a sentence
// opens with, one or several joined by "or", "and" or commas, and says are
// a people or the like ("Agotes or Cagots were a discriminated minority").
// sents are the sentences' token ranges, cc the tokens' case classes;
// span returns the text of tokens [a,b).
func (r *Recognizer) definedPeoples(set map[string]bool, sents [][2]int, cc []uint8, tok func(int) string, span func(a, b int) string) map[string]bool {
	for _, se := range sents {
		var names [][2]int
		i := se[0]
		for i < se[1] && isCap(cc[i]) {
			j := i
			for j < se[1] && isCap(cc[j]) {
				j++
			}
			names = append(names, [2]int{i, j})
			if j < se[1] && (tok(j) == "or" || tok(j) == "and" || tok(j) == ",") && j+1 < se[1] && isCap(cc[j+1]) {
				i = j + 1
				continue
			}
			i = j
			break
		}
		if len(names) == 0 || i+1 >= se[1] || !copulas[tok(i)] {
			continue
		}
		if d := tok(i + 1); d != "a" && d != "an" && d != "the" {
			continue
		}
		e := i + 2
		for e < se[1] && e-i < 2+maxDescription && cc[e] != casePunct && !descriptionStops[tok(e)] {
			e++
		}
		if e == i+2 || !peopleHeads[strings.ToLower(tok(e-1))] {
			continue
		}
		if set == nil {
			set = map[string]bool{}
		}
		for _, n := range names {
			set[span(n[0], n[1])] = true
		}
	}
	return set
}
