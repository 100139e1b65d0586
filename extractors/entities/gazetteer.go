package entities

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
)

// GazKind is one gazetteer list a name can belong to; a name's kinds are a
// bit set. The numbering is part of the model format.
type GazKind uint8

// Gazetteer lists, derived from ../shared/data/training/gazetteers and from
// WordNet 3.0's proper nouns (see NOTICE).
const (
	GazFirstTop    GazKind = iota // among the 1,000 most frequent US first names
	GazFirst                      // a US first name (SSA)
	GazSurTop                     // among the 2,000 most frequent US surnames
	GazSur                        // a US surname (Census 1990)
	GazCountry                    // a country name or alias
	GazCapital                    // a national capital
	GazCityLarge                  // a city of 100,000 people or more
	GazCity                       // a city of 15,000 people or more
	GazAdmin1                     // a state, province or region
	GazNationality                // a nationality adjective
	GazLegalForm                  // a company legal form (Ltd, Inc., GmbH)
	GazWNPerson                   // WordNet: a named person of two or more words ("Henry Ford")
	GazWNPlace                    // WordNet: a named place or natural object ("Danube", "Gascony")
	GazWNOrg                      // WordNet: a named organisation or group ("Roman Catholic Church")
	GazWNOther                    // WordNet: another named thing: an event, a work, a language ("French Revolution", "Latin")
	GazWNMember                   // WordNet: a capitalised noun for a member of a people, faith or party ("Goth", "Christian")
)

const nGaz = int(GazWNMember) + 1

type multiEntry struct {
	rest  []string // tokens after the first
	flags uint16
}

// Gazetteer answers which lists a token, or a run of tokens, belongs to.
// Matching is case-sensitive: "US" is a country, "us" is not.
type Gazetteer struct {
	single map[string]uint16
	multi  map[string][]multiEntry // keyed by the first token, longest first
}

// Flags returns the lists the single token w belongs to.
func (g *Gazetteer) Flags(w string) uint16 {
	if g == nil {
		return 0
	}
	return g.single[w]
}

// capsPlaceLists are the lists a word written in capitals takes from its
// title-case form.
const capsPlaceLists = 1<<GazCountry | 1<<GazCapital | 1<<GazCityLarge | 1<<GazCity | 1<<GazAdmin1 | 1<<GazNationality

// wordFlags returns the lists of the word w as its features see them: its
// own; and for a word of four or more capital letters that is in no list
// ("LONDON" opening a dateline), the place lists of its title-case form
// ("London"). buf is scratch space.
func (g *Gazetteer) wordFlags(w string, buf []byte) (uint16, []byte) {
	f := g.Flags(w)
	if f != 0 || len(w) < 4 {
		return f, buf
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'A' || c > 'Z' {
			return f, buf
		}
	}
	buf = append(buf[:0], w[0])
	for i := 1; i < len(w); i++ {
		buf = append(buf, w[i]+'a'-'A')
	}
	return g.Flags(string(buf)) & capsPlaceLists, buf
}

// MatchAt returns the length in tokens and the lists of the longest
// multi-word entry starting at token i of a sentence of n tokens, whose
// texts tok returns; 0 when none starts there.
func (g *Gazetteer) MatchAt(tok func(int) string, i, n int) (int, uint16) {
	if g == nil || len(g.multi) == 0 {
		return 0, 0
	}
	es, ok := g.multi[tok(i)]
	if !ok {
		return 0, 0
	}
next:
	for _, e := range es {
		if i+1+len(e.rest) > n {
			continue
		}
		for k, r := range e.rest {
			if tok(i+1+k) != r {
				continue next
			}
		}
		return 1 + len(e.rest), e.flags
	}
	return 0, 0
}

// GazetteerBuilder collects names into the compact embedded form.
type GazetteerBuilder struct {
	names map[string]uint16
}

// Add records that name (tokens separated by single spaces) is in list k.
func (b *GazetteerBuilder) Add(name string, k GazKind) {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" || strings.ContainsAny(name, "\t\n") {
		return
	}
	if b.names == nil {
		b.names = map[string]uint16{}
	}
	b.names[name] |= 1 << k
}

// Len returns the number of distinct names.
func (b *GazetteerBuilder) Len() int { return len(b.names) }

// Bytes returns the gazetteer as gzip'd "name TAB hex-flags" lines, sorted.
func (b *GazetteerBuilder) Bytes() []byte {
	keys := make([]string, 0, len(b.names))
	for k := range b.names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	for _, k := range keys {
		fmt.Fprintf(zw, "%s\t%x\n", k, b.names[k])
	}
	zw.Close()
	return buf.Bytes()
}

// Gazetteer returns the names collected so far as a Gazetteer.
func (b *GazetteerBuilder) Gazetteer() *Gazetteer {
	g := &Gazetteer{single: map[string]uint16{}, multi: map[string][]multiEntry{}}
	for k, f := range b.names {
		g.add(k, f)
	}
	g.sortMulti()
	return g
}

func (g *Gazetteer) add(name string, f uint16) {
	if !strings.Contains(name, " ") {
		g.single[name] |= f
		return
	}
	toks := strings.Split(name, " ")
	g.multi[toks[0]] = append(g.multi[toks[0]], multiEntry{rest: toks[1:], flags: f})
}

func (g *Gazetteer) sortMulti() {
	for _, es := range g.multi {
		sort.Slice(es, func(i, j int) bool {
			if len(es[i].rest) != len(es[j].rest) {
				return len(es[i].rest) > len(es[j].rest)
			}
			return strings.Join(es[i].rest, " ") < strings.Join(es[j].rest, " ")
		})
	}
}

// ParseGazetteer reads the form GazetteerBuilder.Bytes writes.
func ParseGazetteer(data []byte) (*Gazetteer, error) {
	raw, err := gunzip(data)
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "gazetteer: %w", err)
	}
	text := string(raw) // names are substrings of one copy
	g := &Gazetteer{single: make(map[string]uint16, strings.Count(text, "\n")), multi: map[string][]multiEntry{}}
	for n := 1; len(text) > 0; n++ {
		nl := strings.IndexByte(text, '\n')
		if nl < 0 {
			nl = len(text)
		}
		line := text[:nl]
		text = text[min(nl+1, len(text)):]
		tab := strings.LastIndexByte(line, '\t')
		if tab <= 0 {
			return nil, claims.Errorf(claims.Invalid, "gazetteer line %d %q: no flags", n, line)
		}
		f, err := strconv.ParseUint(line[tab+1:], 16, 16)
		if err != nil {
			return nil, claims.Errorf(claims.Invalid, "gazetteer line %d %q: %w", n, line, err)
		}
		g.add(line[:tab], uint16(f))
	}
	g.sortMulti()
	return g, nil
}

// hyphenFirstName reports whether w is a hyphenated first name that no list
// spells: two or three parts, each in title case and a listed first name
// ("Pierre-Luc", "Jean-Gabriel", "Marc-André"), where "Rolls-Royce",
// "Mercedes-Benz" and "Saint-Denis" have a part that is not.
func (r *Recognizer) hyphenFirstName(w string) bool {
	if r.m.gaz.Flags(w) != 0 || strings.Count(w, "-") < 1 || strings.Count(w, "-") > 2 {
		return false
	}
	for part := range strings.SplitSeq(w, "-") {
		if caseClass(part) != caseTitle || r.m.gaz.Flags(part)&(1<<GazFirst|1<<GazFirstTop) == 0 {
			return false
		}
	}
	return true
}
