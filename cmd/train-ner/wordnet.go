package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/claimpipe/claimpipe/extractors/entities"
)

// readWordNet reads WordNet's noun database (data.noun and index.noun in
// dir, as Debian's wordnet-base installs them) and returns the noun classes
// of every one-word common noun, as entities.NounClassEntry encodes them:
// the lexicographer files of all its senses and of its first sense.
// Senses written capitalised (proper nouns: "Paris") are left out.
func readWordNet(dir string) (map[string]uint32, error) {
	lexfile := map[string]int{}     // synset offset -> lexicographer file
	common := map[string]struct{}{} // "word offset" pairs written in lower case
	err := eachLine(filepath.Join(dir, "data.noun"), func(line string) error {
		f := strings.Fields(line)
		if len(f) < 5 {
			return nil
		}
		lf, err := strconv.Atoi(f[1])
		if err != nil {
			return fmt.Errorf("data.noun %q: %w", f[0], err)
		}
		lexfile[f[0]] = lf
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return fmt.Errorf("data.noun %q: %w", f[0], err)
		}
		for i := 0; i < int(n) && 4+2*i < len(f); i++ {
			if w := f[4+2*i]; isCommonNoun(w) {
				common[w+" "+f[0]] = struct{}{}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := map[string]uint32{}
	err = eachLine(filepath.Join(dir, "index.noun"), func(line string) error {
		f := strings.Fields(line)
		if len(f) < 4 || !isCommonNoun(f[0]) {
			return nil
		}
		nsyn, err1 := strconv.Atoi(f[2])
		nptr, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || len(f) < 6+nptr+nsyn {
			return fmt.Errorf("index.noun %q: bad counts", f[0])
		}
		var classes []int
		for _, off := range f[6+nptr : 6+nptr+nsyn] {
			if _, ok := common[f[0]+" "+off]; !ok {
				continue
			}
			if lf, ok := lexfile[off]; ok {
				classes = append(classes, lf)
			}
		}
		if e := entities.NounClassEntry(classes); e != 0 {
			out[f[0]] = e
		}
		return nil
	})
	return out, err
}

// addNameAdjectives adds to classes the one-word adjectives of WordNet's
// data.adj in dir written capitalised ("Jewish", "Prussian", "Latin"):
// adjectives made from names, which CoNLL-style gold marks MISC. Each gets
// entities.NameAdjectiveEntry; the capitalised keys never meet the
// lower-cased nouns. It returns how many it added.
func addNameAdjectives(dir string, classes map[string]uint32) (int, error) {
	n := 0
	err := eachLine(filepath.Join(dir, "data.adj"), func(line string) error {
		f := strings.Fields(line)
		if len(f) < 5 {
			return nil
		}
		nw, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil || len(f) < 4+2*int(nw) {
			return fmt.Errorf("data.adj %q: bad counts", f[0])
		}
		for i := 0; i < int(nw); i++ {
			w := f[4+2*i]
			if k := strings.IndexByte(w, '('); k > 0 {
				w = w[:k] // "Latin(a)": a syntactic marker
			}
			if !isNameAdjective(w) {
				continue
			}
			if _, ok := classes[w]; !ok {
				classes[w] = entities.NameAdjectiveEntry
				n++
			}
		}
		return nil
	})
	return n, err
}

// addCommonAcronyms adds to classes, under their capitalised form, the
// acronyms WordNet lists only as common nouns: things, holdings, states,
// substances, processes and qualities ("DVD", "SUV", "GDP", "SARS"), none of whose senses is a named individual, a group, a place or
// a person (so not "NATO", "PBS" or "CEO"). Each gets the noun classes of
// its senses; a capitalised lookup tells them from the lower-cased nouns.
// It returns how many it added.
func addCommonAcronyms(dir string, classes map[string]uint32) (int, error) {
	type senses struct {
		lfs  []int
		skip bool
	}
	forms := map[string]*senses{}
	var order []string
	err := eachSynset(dir, func(lf int, words []string, instance bool) error {
		for _, w := range words {
			if !isAcronym(w) {
				continue
			}
			s := forms[w]
			if s == nil {
				s = &senses{}
				forms[w] = s
				order = append(order, w)
			}
			s.lfs = append(s.lfs, lf)
			s.skip = s.skip || instance || !acronymClasses[lf]
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, w := range order {
		if s := forms[w]; !s.skip {
			if _, ok := classes[w]; !ok {
				classes[w] = entities.NounClassEntry(s.lfs)
				n++
			}
		}
	}
	return n, nil
}

// acronymClasses are WordNet's lexicographer files of the senses a common
// acronym may have: noun.artifact, noun.attribute, noun.possession,
// noun.process, noun.state, noun.substance. Acts and ideas are left out:
// broadcasters share their letters ("CBC", a blood count; "ABC", the
// alphabet).
var acronymClasses = map[int]bool{6: true, 7: true, 21: true, 22: true, 26: true, 27: true}

// isAcronym reports whether a WordNet word form is an acronym of two to six
// capitals ("DVD", "R&D" has none in WordNet).
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// eachSynset calls fn with every synset of WordNet's data.noun in dir: its
// lexicographer file, its word forms and whether it is an instance (a
// named individual: "Paris", "Henry Ford").
func eachSynset(dir string, fn func(lf int, words []string, instance bool) error) error {
	return eachLine(filepath.Join(dir, "data.noun"), func(line string) error {
		f := strings.Fields(line)
		if len(f) < 5 {
			return nil
		}
		lf, err1 := strconv.Atoi(f[1])
		nw, err2 := strconv.ParseInt(f[3], 16, 32)
		if err1 != nil || err2 != nil || len(f) < 5+2*int(nw) {
			return fmt.Errorf("data.noun %q: bad counts", f[0])
		}
		instance := false
		if np, err := strconv.Atoi(f[4+2*int(nw)]); err == nil {
			for i, p := 0, 5+2*int(nw); i < np && p < len(f); i, p = i+1, p+4 {
				instance = instance || f[p] == "@i"
			}
		}
		words := make([]string, nw)
		for i := range words {
			words[i] = f[4+2*i]
		}
		return fn(lf, words, instance)
	})
}

// isNameAdjective reports whether a WordNet word form is one capitalised
// word: a capital, then lower-case letters or hyphens ("Anglo-Saxon").
func isNameAdjective(w string) bool {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' && (c < 'A' || c > 'Z' || w[i-1] != '-') {
			return false
		}
	}
	return true
}

// isCommonNoun reports whether a WordNet word form is one lower-case word.
func isCommonNoun(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// eachLine calls fn with every line of a WordNet file that is not part of
// its licence header (those start with a space).
func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("wordnet: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		if err := fn(line); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("wordnet %s: %w", path, err)
	}
	return nil
}

// readWordNetNames reads the capitalised nouns of WordNet's data.noun in
// dir and adds them to b: instances (WordNet's named individuals) by their
// lexicographer file, as a person (names of two or more words only: a
// single "Ford" is also a company), a place (noun.location, noun.object),
// an organisation (noun.group) or another named thing; capitalised common
// nouns as a member of a people, faith or party (noun.person), an
// organisation (noun.group) or another named thing (noun.communication:
// languages). It returns how many names it added.
func readWordNetNames(dir string, b *entities.GazetteerBuilder) (int, error) {
	n := 0
	err := eachSynset(dir, func(lf int, words []string, instance bool) error {
		for _, w := range words {
			if w == "" || w[0] < 'A' || w[0] > 'Z' {
				continue
			}
			multi := strings.Contains(w, "_")
			name := strings.ReplaceAll(w, "_", " ")
			var k entities.GazKind
			switch {
			case instance && lf == 18:
				if !multi {
					continue
				}
				k = entities.GazWNPerson
			case instance && (lf == 15 || lf == 17):
				k = entities.GazWNPlace
			case lf == 14:
				k = entities.GazWNOrg
			case instance:
				k = entities.GazWNOther
			case lf == 18 && !multi:
				k = entities.GazWNMember
			case lf == 10:
				k = entities.GazWNOther
			default:
				continue
			}
			b.Add(name, k)
			n++
		}
		return nil
	})
	return n, err
}
