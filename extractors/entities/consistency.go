package entities

import (
	"sort"
	"strings"

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
//   - a single-word name that is a short form of a multi-word name in the
//     document becomes that name's type and carries it as value: a person's
//     last word ("Nix" after "Alexander Nix"), an organisation's acronym
//     ("SIA" for "Singapore Airlines"), the first word of an
//     organisation's name when the tagger marked it as a name ("Ford" for
//     "Ford Motor Company"), or a paper's last word after "the" ("the
//     Journal" for "The Wall Street Journal"); a place name is a person's
//     short form only where the tagger read it as a person ("Warren said"
//     after "Elizabeth Warren"), and never an organisation's. The nearest
//     earlier full name wins, else the first later one;
//   - a single word that is a country name and no short form is a LOC;
//   - capitalised words the tagger left untagged that spell a name found
//     elsewhere in the document, a surname or an acronym, are added.
func (r *Recognizer) docPass(text string, toks []tokSpan, s *scratch) []claims.Mention {
	tokText := func(i int) string { return text[toks[i].start:toks[i].end] }
	fs := cleanSpans(s.found, text, toks)
	scoreEnds(fs, len(toks), tokText)
	fs = r.joinGivenNames(fs, text, toks)
	r.openingGivenNames(fs, s.sents, tokText)
	fs = r.legalFormNames(fs, text, toks)
	r.placeStarts(fs, tokText)
	fs = r.placeBodies(fs, text, toks)
	fs = r.areaBodies(fs, tokText)
	fs = r.ofPlaceBodies(fs, tokText)
	channelNumbers(fs, len(toks), tokText)
	fs = r.placeEvents(fs, text, toks)
	fs = r.possessiveCompanies(fs, len(toks), tokText)
	fs = r.splitOwners(fs, len(toks), tokText)
	fs = r.splitRoles(fs, tokText)
	fs = r.officeTitles(fs, len(toks), tokText)
	r.titledPersons(fs, tokText)
	r.trimCommonPlurals(fs, tokText)
	fs = r.officeHolders(fs, tokText)
	fs = r.envoys(fs, tokText)
	fs = quotedTitles(fs, s.sents, tokText)
	fs = r.yearTitles(fs, s.sents, tokText)
	surface := func(f found) string { return text[toks[f.first].start:toks[f.last-1].end] }
	exclaimedNames(fs, len(toks), tokText, surface)
	fs = ampersandNames(fs, len(toks), tokText)
	fs = r.splitCoordinated(fs, surface, tokText)
	fs = trimOpeners(fs, s.sents, tokText)
	partyNames(fs, tokText)
	headsAtStart(fs, s.sents, tokText)
	fs = ofNames(fs, tokText)
	fs = r.notNames(fs, len(toks), tokText)
	fs = r.discourseWords(fs, s.sents, len(toks), tokText)
	fs, s.buf = r.commonTerms(fs, len(toks), tokText, s.buf)
	fs, s.buf = r.headerRows(fs, text, toks, s.buf)
	fs = nicknames(fs, len(toks), tokText)
	fs = r.personParts(fs, len(toks), tokText)
	fs, s.buf = r.definedSubjects(fs, s.defl, tokText, s.buf)
	r.trimDescriptors(fs, tokText)
	s.cover = grow(s.cover, len(toks))
	markCover(s.cover, fs)
	spaced := func(i int) bool { return i > 0 && text[toks[i-1].end:toks[i].start] == " " }
	added := r.cueNames(&fs, s.sents, s.cover, s.cc, tokText, spaced)
	added = headedCompanies(&fs, s.sents, s.cover, tokText) || added
	added = r.publishedIn(&fs, s.sents, s.cover, tokText) || added
	added = r.untaggedShortForms(&fs, s.sents, s.cover, s.cc, tokText) || added
	added = countyNames(&fs, s.sents, s.cover, s.cc, tokText) || added
	added = r.kindNames(&fs, s.sents, s.cover, s.cc, tokText) || added
	added = r.listMembers(&fs, s.sents, s.cover, tokText) || added
	r.peoplesNames(fs, s.cover, tokText)
	if eventNames(&fs, s.sents, s.cover, s.cc, tokText) || added {
		sort.Slice(fs, func(i, j int) bool { return fs[i].first < fs[j].first })
	}
	teams := r.sportsTeams(&fs, s.sents, s.cover, s.cc, tokText) // first tokens of the sides of a game's result
	fs = r.hyphenNames(fs, len(toks), tokText, spaced)
	fs = r.nationalCompanies(fs, len(toks), tokText)
	r.andNames(fs, s.sents, s.cover, tokText)
	fs, models := modelNames(fs, len(toks), tokText, spaced, s.cover)

	for i := range fs {
		f := &fs[i]
		if f.typ == 0 && companyCamel(tokText(f.first)) {
			f.typ = 1 // "JPMorgan Chase", "BlackRock": no person's name is written so
		}
		if f.typ == 0 && f.last-f.first >= 2 {
			// A name WordNet knows as an organisation or a thing, not a
			// person: "the Dow Jones", "the American Stock Exchange".
			switch fl := r.spanFlags(*f, tokText); {
			case fl&(1<<GazWNPerson) != 0:
			case fl&(1<<GazWNOrg) != 0:
				f.typ = 1
			case fl&(1<<GazWNOther) != 0:
				f.typ = 3
			}
		}
		if f.typ == 2 && f.last-f.first == 2 && tokText(f.first+1) == "City" && r.spanFlags(*f, tokText)&(placeFlags|1<<GazCity|1<<GazWNPlace) == 0 &&
			r.m.gaz.Flags(tokText(f.first))&(1<<GazCity|1<<GazCityLarge|1<<GazCapital) != 0 {
			f.typ = 1 // "Manchester City", "Leicester City": a club, where "Kansas City" and "Jersey City" are places
		}
		if f.typ == 0 && r.clubName(tokText, f.first, f.last) {
			f.typ = 1 // "Aston Villa", "Charlton Athletic": a club, not a given name and a surname
		}
		if k := stormBefore(tokText, f.first); k >= 0 && (i == 0 || fs[i-1].last <= k) {
			f.first, f.typ, f.value = k, 3, "" // "Hurricane Milton": a storm, not a person
		} else if stormWords[tokText(f.first)] && f.last-f.first > 1 {
			f.typ, f.value = 3, ""
		}
		if f.typ == 2 && f.last-f.first == 2 && r.orgBeforeCountry(tokText(f.first), tokText(f.first+1)) &&
			!(strings.Contains(tokText(f.first), "-") && r.placeUse(tokText, len(toks), f.first)) {
			// Not a hyphened name used as a place: "born in
			// Baden-Württemberg Germany", "the village of Villers-Bocage
			// France" (but "acquired by Faber-Castell USA").
			f.typ = 1
		}
		if f.typ == 2 && r.namedAfterPlace(tokText, f.first, f.last) {
			f.typ = 1
		}
		if f.first > 0 && clubPrefixes[tokText(f.first-1)] && (i == 0 || fs[i-1].last < f.first) &&
			r.m.gaz.Flags(tokText(f.first))&(placeFlags|1<<GazCity) != 0 {
			f.first, f.typ, f.value = f.first-1, 1, "" // "Real Madrid", "Inter Milan": a club, not the city
		} else if f.last-f.first == 2 && clubPrefixes[tokText(f.first)] && r.m.gaz.Flags(tokText(f.first+1))&(placeFlags|1<<GazCity) != 0 {
			f.typ = 1
		}
		if tokText(f.first) == "Bowl" && f.first > 0 && tokText(f.first-1) == "Super" && (i == 0 || fs[i-1].last < f.first) {
			f.first, f.typ, f.value = f.first-1, 3, "" // "Super Bowl LVII": the game
		} else if tokText(f.first) == "Super" && f.last-f.first >= 2 && tokText(f.first+1) == "Bowl" {
			f.typ = 3
		}
		if f.last-f.first == 1 && apStates[tokText(f.first)] {
			f.typ = 2 // "CUPERTINO, Calif.": a state, written as the AP writes it
		}
		if f.last-f.first == 1 && f.first >= 2 && tokText(f.first) == "Nasdaq" && tokText(f.first-1) == "the" && tokText(f.first-2) == "on" {
			f.typ = 1 // "fell 1.7% on the Nasdaq", "listed on the Nasdaq": the exchange
		}
		if f.last-f.first == 2 && tokText(f.first) == "Air" && r.m.gaz.Flags(tokText(f.first+1))&placeFlags != 0 {
			f.typ = 1 // "Air Astana", "Air France": an airline
		}
	}
	// A storm's given name and a club's last word alone stand for them.
	lastWordForms(fs, tokText, surface, 3, func(f found) bool { return stormWords[tokText(f.first)] })
	lastWordForms(fs, tokText, surface, 1, func(f found) bool { return clubWords[tokText(f.last-1)] })

	// Majority type per surface string, in order of first appearance.
	type tally struct {
		n       [4]int32
		product int32 // strength of the product cues of its occurrences (productCue)
		first   int8
		listed  bool // already among the known names below
		org     bool // an occurrence has a company cue
		company bool // an occurrence has one of orgCue's, which a person's name does not outweigh
	}
	// Stems: names of two or more words that an organisation's name extends
	// by its legal form or kind ("Eberhard Faber" of "Eberhard Faber
	// GmbH"), or a place's by what kind of place it is ("Elm Coulee" of
	// "Elm Coulee Field").
	var orgStem, placeStem, productStem map[string]bool
	for _, f := range fs {
		if f.last-f.first >= 2 && productSuffixes[tokText(f.last-1)] {
			// "Macbook" of "Macbook Pro".
			if productStem == nil {
				productStem = map[string]bool{}
			}
			productStem[text[toks[f.first].start:toks[f.last-2].end]] = true
		}
		if f.last-f.first >= 2 && tokText(f.first+1) == "OS" {
			// "Mac" of "Mac OS X", "Chrome" of "Chrome OS": a line of
			// products, not their maker.
			if productStem == nil {
				productStem = map[string]bool{}
			}
			productStem[tokText(f.first)] = true
		}
		l := f.last
		for l-f.first > 2 && (orgNameHeads[tokText(l-1)] || legalForms[tokText(l-1)]) {
			l--
			if orgStem == nil {
				orgStem = map[string]bool{}
			}
			orgStem[text[toks[f.first].start:toks[l-1].end]] = true
		}
		if h := tokText(f.last - 1); f.last-f.first > 2 && placeHeads[h] && !ambiguousPlaceHeads[h] {
			if placeStem == nil {
				placeStem = map[string]bool{}
			}
			placeStem[text[toks[f.first].start:toks[f.last-2].end]] = true
		}
	}
	// Names a copular definition calls a game, sport or event by the first
	// sense of its head (WordNet's noun.act, noun.event: "Connecticut
	// Classic Lotto is one of the games"), and the same without a leading
	// place name ("Classic Lotto").
	var definedMisc map[string]bool
	var definedOther map[int]bool // the first tokens of names a definition calls no person
	var definedPlace map[string]bool
	for _, d := range s.defl {
		if !d.copular {
			continue
		}
		var c uint32
		c, s.buf = headClass(d, tokText, r.m.nounClasses, s.buf)
		if t := definedType(c); t > 0 {
			if definedOther == nil {
				definedOther = map[int]bool{}
			}
			definedOther[d.first] = true // "Aero Gare was a kitplane manufacturer"
			if t == 2 {
				if definedPlace == nil {
					definedPlace = map[string]bool{}
				}
				definedPlace[text[toks[d.first].start:toks[d.last-1].end]] = true // "Bank Hey is a suburb of Blackburn"
			}
		}
		if first := int(c>>nounFirstShift) - 1; first != classAct && first != classEvent || definedType(c) != 3 {
			continue // a work's head ("figure", "network") misleads too often
		}
		if definedMisc == nil {
			definedMisc = map[string]bool{}
		}
		definedMisc[text[toks[d.first].start:toks[d.last-1].end]] = true
		if d.last-d.first >= 3 && r.m.gaz.Flags(tokText(d.first))&datelinePlaces != 0 {
			definedMisc[text[toks[d.first+1].start:toks[d.last-1].end]] = true
		}
	}
	definedMisc = r.definedPeoples(definedMisc, s.sents, s.cc, tokText, func(a, b int) string { return text[toks[a].start:toks[b-1].end] })
	fs, listed, listedPersons := r.listedCompanies(fs, s.sents, s.cover, s.cc, len(toks), tokText)
	votes := make(map[string]tally, len(fs))
	orgSaid := orgNounSources(s.sents, len(toks), tokText)
	// personal reports whether the document shows the name f to be a
	// person's: after a title or a role ("Governor Gavin Newsom", "Tesla
	// CEO Elon Musk"), or its last word alone referred to as "he" or "she"
	// ("Musk said he"). What news says mostly of companies
	// (softOrgCue) does not outweigh that: "Gavin Newsom cut 500 jobs",
	// "London-based Jane Smith … Smith said she" stay persons. The
	// names are gathered at the first call.
	var persons map[string]bool
	personal := func(f found) bool {
		if persons == nil {
			persons = map[string]bool{}
			for _, g := range fs {
				if g.typ != 0 {
					continue
				}
				if g.first > 0 && (titleWord(tokText(g.first-1)) || roleWords[tokText(g.first-1)] || roleBefore(tokText, g.first)) {
					persons[surface(g)] = true
				}
				if g.last-g.first == 1 && personReference(tokText, len(toks), g.first) {
					persons[tokText(g.first)] = true // not a full name's: "Morgan Stanley hired him"
				}
			}
		}
		return persons[surface(f)] || f.last-f.first >= 2 && persons[tokText(f.last-1)]
	}
	for _, f := range fs {
		k := surface(f)
		t, ok := votes[k]
		if f.typ == 0 && f.last-f.first == 1 && orgSaid[f.first] {
			// "Ford will cut 7,000 jobs, the automaker said": the one-word
			// name that opens a sentence its company attributes is the
			// company, though it be a given name too.
			t.n[1] += 3
		}
		if listed[f.first] || teams[f.first] && f.typ == 1 {
			// "the five companies — Blue Origin, …, SpaceX and Tyvak";
			// "Liverpool beat Manchester City 2-0"
			t.n[1] += 3
			t.org = true
		}
		if listedPersons[f.first] {
			t.n[0] += 3 // "Biden, Macron and other leaders", Macron read as a place
		}
		if !ok {
			t.first = int8(f.typ)
		}
		t.n[f.typ]++
		flags, head := r.spanFlags(f, tokText), tokText(f.last-1)
		strong := flags&placeFlags == 0 && orgCue(tokText, len(toks), f.first, f.last)
		if strong {
			var skip uint8
			region := r.regionName(f, flags, tokText)
			if softOrgCue(tokText, len(toks), f.first, f.last) && (personal(f) || region && (f.typ == 2 || f.last-f.first >= 2)) {
				// "Asia fell 2 %": a region the tagger and WordNet place,
				// or one made of place words ("North Asia fell 2 %"), its
				// markets.
				skip |= skipSoft
			}
			if (f.typ == 2 || flags&(1<<GazCity|1<<GazWNPlace) != 0) && foundedAt(tokText, len(toks), f.first, f.last) {
				skip |= skipFounded // "Kalamazoo was incorporated in 1838", "Aisby was founded": a town
			}
			if region && f.last < len(toks) && (flags&(1<<GazWNPlace) != 0 && companyFigures[tokText(f.last)] || regionFigures(tokText(f.last))) {
				skip |= skipFigures // "Europe sales fell 3 %", "Latin America revenue rose 8 %", "Asia Pacific revenue rose 8 %": a region's
			}
			if skip != 0 {
				strong = orgCueExcept(tokText, len(toks), f.first, f.last, skip)
			}
		}
		if strong ||
			flags&placeFlags == 0 && f.typ != 0 && weakOrgCue(tokText, len(toks), f.first, f.last) {
			// The words around it say it is a company: that outweighs
			// three tags the tagger gave without such evidence.
			t.n[1] += 3
			t.org = true
			t.company = t.company || strong
		}
		if flags&(placeFlags|1<<GazCity|1<<GazWNPlace) == 0 && (ofOrgCue(tokText, len(toks), f.first, f.last) || companysPeer(fs, f, tokText, len(toks))) {
			t.n[1] += 3 // "the board of Thames Water", read as a place; "Lockheed Martin, Boeing's rival", read as a person
			t.org = true
		}
		if f.typ == 2 && flags&placeFlags == 0 && worksOwner(tokText, len(toks), f.last) {
			// "a cover of Kanye West's " Stronger "": whose song or film
			// it is, a person (a given name first) or a company or band,
			// no place.
			if r.m.gaz.Flags(tokText(f.first))&(1<<GazFirst|1<<GazFirstTop) != 0 {
				t.n[0] += 3
			} else {
				t.n[1] += 3
			}
		}
		if f.last-f.first == 1 && r.memberPlural(tokText(f.first)) && !(f.last < len(toks) && teamVerbs[tokText(f.last)]) {
			// "Goths", "Saracens", "Protestants": members of a people or
			// faith, MISC, not an organisation.
			t.n[3] += 3
		}
		if f.typ == 0 && f.last-f.first == 1 && partyMembers[head] && f.value == "" && flags&(1<<GazSur|1<<GazSurTop) == 0 &&
			(f.first == 0 || !personTitles[tokText(f.first-1)]) {
			// "Tory MPs", "The Tory said": a party's member alone names
			// the party, no person, where no title says otherwise.
			t.n[1] += 3
		}
		if f.last < len(toks) && tokText(f.last) == "crude" {
			// "Brent crude futures", "West Texas Intermediate crude": a
			// benchmark oil, not a person or a company.
			t.n[3] += 3
		}
		if f.typ == 2 && f.last < len(toks) && agentVerbs[tokText(f.last)] && flags&placeFlags == 0 && !placeHeads[head] {
			// A "place" no gazetteer knows that sues, sells or hires is an
			// organisation: "Cisco sues Apple", "Halliburton hired".
			t.n[1] += 3
		} else if f.typ == 2 && f.last-f.first == 1 && flags == 0 && r.m.nounClasses[strings.ToLower(head)] == 0 && companyVerb(tokText, len(toks), f.last) {
			// A one-word "place" that no list or dictionary here knows at
			// all and that did what companies do is a company the tagger
			// misread after a fronted time ("Earlier this month Ryanair
			// cut its fares", "Last week Nvidia overtook Microsoft").
			t.n[1] += 3
		}
		if f.typ == 2 && f.last-f.first == 2 && flags&placeFlags == 0 && !placeHeads[head] &&
			r.m.gaz.Flags(tokText(f.first))&(1<<GazFirstTop) != 0 && r.m.gaz.Flags(head)&(1<<GazSur|1<<GazSurTop) != 0 &&
			r.m.nounClasses[strings.ToLower(head)] == 0 && !(f.first > 1 && tokText(f.first-1) == "at" && staffAt[strings.ToLower(tokText(f.first-2))]) {
			// A common first name and a surname that is no common noun
			// and that no gazetteer knows as a place name a person,
			// whatever "in" before them suggests: "a stake in Kylie
			// Jenner's company" (but "Sandy Creek", "Clarence Dock", and
			// "analysts at Morgan Stanley" is where they work).
			t.n[0] += 3
		} else if f.typ != 0 && !definedOther[f.first] && r.givenAndSurname(f, flags, tokText, len(toks)) {
			t.n[0] += 3 // "Novak Djokovic", "Casey Affleck", "Aidan Gantenbein"
		}
		if f.typ != 2 && f.last-f.first >= 2 && f.last < len(toks) && regionFigures(tokText(f.last)) &&
			flags&(1<<GazWNOrg|1<<GazWNPerson|1<<GazWNOther) == 0 && r.m.gaz.Flags(head)&peopleFlags == 0 && r.regionName(f, flags, tokText) {
			// "North Asia sales fell 3 %", "Asia Pacific revenue rose":
			// a region of place words before what is sold or earned
			// there, which the tagger read as a company, is the region
			// (but "Cathay Pacific shares": a place has no shares; and
			// "North American sales" are its people's: an adjective).
			t.n[2] += 3
		}
		if sharesOf(tokText, f.first, "of") && f.typ != 0 {
			// "Shares of Toyota and Honda fell": companies, though both
			// are also towns the gazetteer lists, which outweighs other
			// cues ("Toyota said" stays as the tagger reads it).
			t.n[1] += 3
			t.org = true
		} else if sharesOf(tokText, f.first, "in") && f.typ != 0 && flags&(placeFlags|1<<GazCity|1<<GazWNPlace) == 0 {
			// "Shares in Zomato jumped", "shares in Nvidia and
			// Broadcom", which the tagger reads as places after "in";
			// but "Shares in Asia rose", "shares in Tokyo fell" are the
			// markets there.
			t.n[1] += 3
			t.org = true
		}
		if f.typ != 0 && f.last-f.first == 2 && flags&placeFlags == 0 && r.hyphenFirstName(tokText(f.first)) &&
			caseClass(head) == caseTitle && r.m.gaz.Flags(head)&placeFlags == 0 && !orgCue(tokText, len(toks), f.first, f.last) {
			// A hyphenated first name whose parts are each a first name,
			// and a surname: "Pierre-Luc Dubois", "Jean-Gabriel Pageau"
			// are people, though the tagger, which sees the hyphenated
			// word as unknown, read them as a place, a company or a team.
			t.n[0] += 3
		}
		if (f.typ == 1 || f.typ == 2 && flags&(1<<GazCity|1<<GazWNPlace) == 0) && flags&placeFlags == 0 && !orgKindHead(head) &&
			(roleBefore(tokText, f.first) || personVerb(tokText, len(toks), f.last) ||
				saysOfHimself(tokText, len(toks), f.last) && !orgCue(tokText, len(toks), f.first, f.last)) {
			// A name after what a person does ("Ukrainian president
			// Zelensky", "director Kogonada", "Brazil star Neymar"), or
			// before what only a person does ("“…?” Schiff asked."), is a
			// person's, not the organisation or place the tagger took it
			// for.
			t.n[0] += 3
		}
		if f.last-f.first == 1 && flags&placeFlags == 0 && (f.typ != 1 && r.m.nounClasses[head] == NameAdjectiveEntry && !nounUse(tokText, len(toks), f.first) || ism(head)) {
			// "Slavic", "Latin" alone, "Catholicism": an adjective made
			// from a name, or a faith or doctrine, not a place or a person
			// (an organisation's may be an adjective: "Allied", "Union").
			t.n[3] += 3
		}
		if f.last-f.first == 2 && regionWord(tokText(f.first)) && r.m.gaz.Flags(head)&peopleFlags != 0 &&
			flags&(1<<GazWNOrg|1<<GazWNPlace|1<<GazCountry|1<<GazAdmin1) == 0 {
			// "East Asian customers", "Northern European buyers": a
			// region's people, which the tagger read as a company.
			t.n[3] += 3
		}
		if f.first > 0 && caseClass(tokText(f.first)) == caseTitle && placeCueBefore(tokText, f.first) && flags&(1<<GazFirst|1<<GazFirstTop) == 0 {
			// "the nature park Kopački Rit", "the town of Aisby".
			t.n[2] += 3
		}
		if f.last-f.first >= 2 && (flags&(1<<GazCountry) != 0 ||
			flags&(1<<GazAdmin1) != 0 && flags&(1<<GazWNOrg|1<<GazWNPerson|1<<GazWNOther|1<<GazFirst|1<<GazFirstTop) == 0) {
			// "United Arab Emirates vice president": a country's name is
			// its place, whatever the words around one occurrence; so is
			// a state's or a province's that names nothing else ("Tamil
			// Nadu said", which the tagger reads as an organisation).
			t.n[2] += 2
		}
		if f.last-f.first >= 2 && (orgNameHeads[head] || legalForms[head] || f.typ == 0 && innerOrgHead(tokText, f.first, f.last)) {
			// "Cesaroni Design Associates", "Eberhard Faber GmbH",
			// "Warner Bros. Discovery".
			t.n[1] += 3
		}
		if f.last-f.first >= 2 && orgStem[k] {
			// "Cesaroni Design" where "Cesaroni Design Associates" is
			// the company's full name.
			t.n[1] += 3
		}
		if f.last-f.first >= 2 && placeStem[k] {
			t.n[2] += 3 // "Elm Coulee" of "Elm Coulee Field"
		}
		if f.last-f.first >= 2 && placeHeads[head] && !ambiguousPlaceHeads[head] {
			// "Ilocos Region", "Seminole County", "Elm Coulee Valley": a
			// place, whatever the tagger made of its first words.
			t.n[2] += 3
		}
		if f.last-f.first >= 2 && miscHeads[head] && flags&(placeFlags|1<<GazCity|1<<GazWNPlace) == 0 {
			// A name headed by an event, law or award word is neither a
			// company nor a place: "the Dubai Air Show", "the Data
			// Retention Bill", "the MTV Video Music Awards".
			t.n[3] += 3
		}
		if f.typ == 1 && f.last-f.first == 2 && f.first > 0 && tokText(f.first) == "The" && tokText(f.first-1) == "at" &&
			r.groundNoun(head) && !weakOrgCue(tokText, len(toks), f.first, f.last) && !orgCue(tokText, len(toks), f.first, f.last) {
			// "played at The Oval": a ground named by a shape or a place
			// (not "at The Times", "worked at The Sun").
			t.n[2] += 3
		}
		if flags&placeFlags == 0 && legislatures[head] {
			// "the Lok Sabha", "the State Duma": a parliament is an
			// organisation, though one sits "in" it.
			t.n[1] += 3
		}
		if f.last-f.first >= 2 && craftHeads[head] {
			t.n[3] += 3 // "the James Webb Space Telescope", read as a person
		}
		if definedMisc[k] {
			t.n[3] += 3
		}
		if definedPlace[k] {
			t.n[2] += 3 // what the text says is a suburb, a village or a region, though it reads as a person's name
		}
		if flags&placeFlags == 0 {
			// "the MacBook Air laptops", "the web browser Safari".
			t.product += productCue(tokText, len(toks), f.first, f.last, f.typ == 2, models)
		}
		if productStem[k] || f.last-f.first >= 2 && productSuffixes[head] && flags&placeFlags == 0 {
			// "Macbook Pro", and "Macbook" where "Macbook Pro" is named.
			t.product += 2
		}
		if f.typ == 3 && f.last-f.first >= 2 && modelCode(head) || hasToken(tokText, f.first, f.last, "OS") {
			// "Airbus A380", "Mac OS X": a model, not its maker.
			t.n[3] += 3
		}
		votes[k] = t
	}
	// Cues at the occurrences of a one-word name the tagger did not tag
	// count too: "the new 787 Dreamliner" where only "the Dreamliner" was
	// tagged.
	for i := range toks {
		if s.cover[i] || !isCap(s.cc[i]) {
			continue
		}
		t, ok := votes[tokText(i)]
		if !ok {
			continue
		}
		t.product += productCue(tokText, len(toks), i, i+1, false, models)
		if r.m.gaz.Flags(tokText(i))&placeFlags == 0 &&
			(orgCue(tokText, len(toks), i, i+1) || t.first != 0 && weakOrgCue(tokText, len(toks), i, i+1) ||
				t.first == 2 && i+1 < len(toks) && agentVerbs[tokText(i+1)]) {
			t.n[1] += 3
			t.org = true
		}
		votes[tokText(i)] = t
	}
	majority := func(t tally) int {
		b := int(t.first)
		for i, n := range t.n {
			if n > t.n[b] {
				b = i
			}
		}
		if t.org && t.n[1] == t.n[b] {
			// A tie with a company's cue among the votes goes to the
			// company: "investigate Burisma" twice, read as a place,
			// against "energy company Burisma".
			b = 1
		}
		return b
	}
	// A name said to be a product (a cue before it, or two after it: "the
	// web browser Safari", "MacBook Air laptops" twice) and never a company
	// is MISC, however often the tagger read it as a person, a place or a
	// company; one noun after it is as often its maker's ("a Ford sedan",
	// "Apple laptops").
	product := func(t tally) bool { return t.product >= 2 && !t.org }
	best := func(t tally) int {
		if product(t) {
			return 3
		}
		return majority(t)
	}
	for i := range fs {
		fs[i].typ = best(votes[surface(fs[i])])
	}
	for i := range fs {
		// A maker's name before a product's is the product's full name:
		// "Ford Falcon" where "Falcon" is a model.
		f := &fs[i]
		if t, ok := votes[tokText(f.last-1)]; ok && f.last-f.first >= 2 && f.typ != 2 && product(t) {
			f.typ = 3
		}
	}
	fs = r.listedPeoples(fs, tokText)
	r.demonyms(fs, tokText)

	// Short forms: a person's surname, an organisation's first word or its
	// acronym, each pointing to the full names that yield it.
	type full struct {
		pos   int // token index of the full name's first token
		text  string
		typ   int
		first bool // an organisation's first word: retypes tagged names only
		paper bool // a paper's last word: stands for it only after "the"
		place bool // a surname that also names a place: stands for the person only where tagged one
		given bool // a given name: stands for the person only where read as a person
	}
	short := map[string][]full{}
	givenOf := map[string]int{} // how many full names of people open with each given name
	for _, f := range fs {
		if f.typ == 0 && f.last-f.first >= 2 {
			givenOf[tokText(f.first)]++
		}
	}
	for _, f := range fs {
		if f.last-f.first < 2 {
			continue
		}
		switch f.typ {
		case 0:
			if fl := r.m.gaz.Flags(tokText(f.first)); fl&regionFlags != 0 && fl&(1<<GazFirst) == 0 {
				// "Michigan Ford" is a list run together, not a person
				// whose surname stands for them later.
				continue
			}
			l := f.last - 1
			for l > f.first+1 && nameSuffix(tokText(l)) {
				l--
			}
			w := tokText(l)
			if stem := particleStem(w); stem != "" {
				w = stem // "al-Bashir": "Mr. Bashir" stands for "Omar Hassan al-Bashir"
			}
			if caseClass(w) == caseTitle || caseClass(w) == caseMixed {
				// A surname that is also a place ("Warren", "Vaughan",
				// "Houston") stands for the person only where the tagger
				// read it as a person: "Warren said", not "in Warren".
				place := r.m.gaz.Flags(w)&placeFlags != 0
				short[w] = append(short[w], full{pos: f.first, text: surface(f), typ: 0, place: place})
			}
			if given := tokText(f.first); givenOf[given] == 1 && caseClass(given) == caseTitle &&
				r.m.gaz.Flags(given)&(1<<GazFirst|1<<GazFirstTop) != 0 && r.m.gaz.Flags(given)&placeFlags == 0 {
				// A given name alone, where the story calls one person by
				// it ("“Can I give it to James?”" after "James Van Der
				// Beek"): only where the name was read as a person's, and
				// no other person in the story shares it.
				short[given] = append(short[given], full{pos: f.first, text: surface(f), typ: 0, first: true, given: true})
			}
			if fam := tokText(f.first); f.last-f.first == 2 && caseClass(fam) == caseTitle && len(fam) <= 5 && r.nameLike(fam) &&
				!particle(fam) && r.m.gaz.Flags(fam)&(1<<GazFirst|1<<GazFirstTop|placeFlags) == 0 &&
				r.m.gaz.Flags(tokText(f.first+1))&(1<<GazSur|1<<GazSurTop|1<<GazFirst|1<<GazFirstTop) == 0 &&
				(r.unknownWord(tokText(f.first+1)) || strings.Contains(tokText(f.first+1), "-")) {
				// A family name written first, as Chinese and Korean
				// names are: "Xi" for "Xi Jinping", "Tsai" for "Tsai
				// Ing-wen" (not "John" for "John Smith"): a short word no
				// given name, particle or place, before a given name no
				// dictionary or list knows ("App Dev" is no name).
				short[fam] = append(short[fam], full{pos: f.first, text: surface(f), typ: 0})
			}
		case 1:
			w := tokText(f.first)
			owner := f.last-f.first >= 2 && possessive(tokText(f.first+1))
			if cc := caseClass(w); (cc == caseTitle || cc == caseMixed) && len(w) > 2 && r.m.gaz.Flags(w)&placeFlags == 0 && !owner &&
				!r.areaBody(tokText, f.first, f.last) {
				// Not the owner of what the name names: "Boeing" is not
				// "Boeing's Dreamliner"; nor one of the places a body
				// serves: "Shrewsbury" of "Shrewsbury and Telford Hospital
				// NHS Trust".
				short[w] = append(short[w], full{pos: f.first, text: surface(f), typ: 1, first: true})
			}
			if a := acronym(tokText, f.first, f.last, s.buf[:0]); len(a) >= 2 {
				short[string(a)] = append(short[string(a)], full{pos: f.first, text: surface(f), typ: 1})
			}
			if l := tokText(f.last - 1); publicationHeads[l] && (f.last-f.first >= 3 || !strings.EqualFold(tokText(f.first), "the")) {
				// "the Journal" after "The Wall Street Journal": a paper
				// goes by the last word of its name, with its article
				// ("Tribune" alone is Tribune Publishing, not the Chicago
				// Tribune).
				short[l] = append(short[l], full{pos: f.first, text: surface(f), typ: 1, first: true, paper: true})
			}
		}
	}
	// linkFull picks the full name a short form w at token pos stands for:
	// among the full names of the type w was voted (any type when none is),
	// the nearest earlier one, else the first later one.
	alone := map[string]int{} // where each one-word name is first found
	for _, f := range fs {
		if f.last-f.first == 1 {
			if p, ok := alone[surface(f)]; !ok || f.first < p {
				alone[surface(f)] = f.first
			}
		}
	}
	// A surname that is also a place stands for the person, even where the
	// tagger read it as a place, in a document that uses it alone more
	// often as a person ("Hamilton said", "Hamilton, who") than as a place
	// ("in Hamilton", "Hamilton, Ontario"), except where a place word is
	// right before it. The tagger's reading, which the gazetteer sways, is
	// otherwise kept: "Warren said" but "a rally in Warren".
	personish := r.placeSurnamesAsPeople(fs, func(w string) bool {
		for _, c := range short[w] {
			if c.place {
				return true
			}
		}
		return false
	}, tokText, len(toks))
	linkFull := func(w string, pos int, tagged bool) (full, bool) {
		want, cued := -1, false
		if t, ok := votes[w]; ok && tagged {
			if product(t) {
				return full{}, false // "Falcon", a model, not Mr Falcon
			}
			want, cued = best(t), t.company
		}
		var pick full
		ok, same := false, false
		cands := short[w]
		if a := capitalsOf(w); len(cands) == 0 && a != w {
			// "BoA" for "Bank of America": the tagger's guess at a
			// mixed-case acronym counts for nothing.
			cands, want = short[a], -1
		}
		for _, c := range cands {
			if c.first && !tagged || c.given && want != 0 || c.paper && (pos == 0 || !strings.EqualFold(tokText(pos-1), "the")) ||
				c.place && want != 0 && !(personish[w] && !r.placeUse(tokText, len(toks), pos)) {
				continue
			}
			if c.typ == 0 && want == 1 && cued {
				continue // "Dell was founded by Michael Dell": the company named after him, a company's cue says
			}
			if c.first && c.typ == 1 && want != 1 && r.regionAfter(tokText, len(toks), pos) {
				continue // "the county seat of Paxton, Illinois" is the town, not "Paxton First Schoolhouse"
			}
			if at, ok := alone[w]; ok && c.first && at < c.pos && !formOf(c.text) {
				// A first word met alone before the name it begins is a
				// name of its own, there and after ("Amazon is now letting
				// you listen" before "Amazon Music Unlimited", its
				// service), unless the rest is a legal form or a company's
				// kind ("Apple" before "Apple Inc.").
				continue
			}
			s := c.typ == want
			if same && !s {
				continue
			}
			if !ok || (s && !same) || c.pos < pos {
				pick, ok, same = c, true, s
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

	r.particleSurnames(fs, tokText, surface)
	fs = expandAcronyms(fs, s.sents, s.cc, tokText, surface, s.buf[:0])

	// Untagged repeats of names found elsewhere.
	s.cover = grow(s.cover, len(toks))
	markCover(s.cover, fs)
	type known struct {
		text string
		n    int
		typ  int
	}
	byFirst := map[string][]known{}
	for _, f := range fs {
		k := surface(f)
		t := votes[k]
		if t.listed {
			continue
		}
		t.listed = true
		votes[k] = t
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
	added, dropped := false, false
	for i := range toks {
		w := text[toks[i].start:toks[i].end]
		cc := s.cc[i]
		if cc != caseTitle && cc != caseUpper && cc != caseMixed && cc != caseDigit {
			continue
		}
		if s.cover[i] && (len(byFirst[w]) == 0 || byFirst[w][0].n < 2) {
			continue
		}
	cand:
		for _, k := range byFirst[w] {
			if k.n < 2 && cc == caseDigit {
				continue // a number alone ("3D") repeats no name
			}
			j := i + k.n
			if j > len(toks) || toks[j-1].end-toks[i].start != len(k.text) || text[toks[i].start:toks[j-1].end] != k.text {
				continue
			}
			inner := false
			for x := i; x < j; x++ {
				if s.cover[x] {
					inner = true
				}
			}
			if inner {
				// A longer name seen elsewhere wins over the shorter ones
				// the tagger found inside this occurrence of it ("Mars" in
				// "30 Seconds to Mars"), unless one reaches out of it.
				if k.n < 2 || hasCase(tokText, i, j, casePunct) {
					continue // "Disney+" does not swallow "Disney"
				}
				for _, f := range fs {
					if f.typ >= 0 && f.first < j && f.last > i && (f.first < i || f.last > j || f.last-f.first == k.n) {
						continue cand
					}
				}
				for x := range fs {
					if f := &fs[x]; f.typ >= 0 && f.first < j && f.last > i {
						f.typ = -1
						dropped = true
					}
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
		if !s.cover[i] && cc != caseDigit {
			if c, ok := linkFull(w, i, false); ok {
				fs = append(fs, found{first: i, last: i + 1, typ: c.typ, value: c.text})
				s.cover[i] = true
				added = true
			}
		}
	}
	if dropped {
		fs = dropMarked(fs)
	}
	if r.nameAdjectives(&fs, s.sents, s.cover, tokText) || added {
		sort.Slice(fs, func(i, j int) bool { return fs[i].first < fs[j].first })
	}
	fs = r.datelines(fs, s.sents, tokText)
	r.loneSurnames(fs, len(toks), tokText)
	amongCompanies(fs, tokText)
	markCover(s.cover, fs)
	fs = knownIndices(fs, s.cover, len(toks), tokText)
	r.marketIndices(fs, s.sents, len(toks), tokText, surface)
	camelProducts(fs, len(toks), tokText, surface)
	fs = r.statesOf(fs, tokText)
	r.companyProducts(fs, tokText, surface)
	for i := range fs {
		// A platform is the company wherever the words make it look like a
		// place or a person ("ridicule across Twitter", "Hey Twitter,",
		// "The Crown on Netflix"); so is a bare "Emirates" or "Amazon",
		// where the place is "the Emirates", "the Amazon", "Amazon
		// rainforest".
		f := &fs[i]
		if f.last-f.first != 1 {
			continue
		}
		w := tokText(f.first)
		if platforms[w] || bareCompanies[w] && (f.first == 0 || !strings.EqualFold(tokText(f.first-1), "the")) &&
			!(f.last < len(toks) && bareCompanyPlaces[strings.ToLower(tokText(f.last))]) {
			f.typ, f.value = 1, ""
		}
	}
	fs = r.currencies(fs, len(toks), tokText)
	s.found = fs

	out := make([]claims.Mention, len(fs))
	for i, f := range fs {
		st, en := toks[f.first].start, toks[f.last-1].end
		out[i] = claims.Mention{Start: st, End: en, Type: typeName[f.typ], Text: text[st:en], Value: f.value}
	}
	return out
}

// cleanSpans mends spans the tagger runs over what a name never holds: a
// line break ("4439\nOrigin:" keeps "4439") or a tab between a table's
// cells ("Steve Yin\t1010" keeps "Steve Yin"), a colon at either edge
// (": Osas Osaro"), a label's colon inside a person's name ("Elizabeth A.
// Burton: Possession of …" keeps the name); and drops a pronoun contracted
// with its verb ("I’m", "You’re", "It’s") and interjections ("No",
// "Okay"), which open sentences in capitals and are no one's name.
func cleanSpans(fs []found, text string, toks []tokSpan) []found {
	kept := make([]found, 0, len(fs)) // not fs[:0]: a name parted at a dash adds one
	for _, f := range fs {
		for k := f.first + 1; k < f.last; k++ {
			if strings.ContainsAny(text[toks[k-1].end:toks[k].start], "\n\r\t") {
				f.last = k
				break
			}
		}
		for f.first < f.last && text[toks[f.first].start:toks[f.first].end] == ":" {
			f.first++
		}
		for f.last > f.first && text[toks[f.last-1].start:toks[f.last-1].end] == ":" {
			f.last--
		}
		if f.typ == 0 {
			for k := f.first + 1; k < f.last-1; k++ {
				if text[toks[k].start:toks[k].end] == ":" {
					f.last = k
					break
				}
			}
		}
		if f.first >= f.last || pronounContraction(text[toks[f.first].start:toks[f.last-1].end]) ||
			f.last-f.first == 1 && interjections[text[toks[f.first].start:toks[f.first].end]] {
			continue
		}
		// A dash set off by spaces parts two names ("CUPERTINO, Calif. —
		// Apple shares fell"): a dateline and the story, or a list.
		for k := f.first + 1; k < f.last-1; k++ {
			if d := text[toks[k].start:toks[k].end]; (d == "—" || d == "–") && toks[k-1].end < toks[k].start && toks[k].end < toks[k+1].start {
				kept = append(kept, found{first: f.first, last: k, typ: f.typ})
				f.first = k + 1
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// joinGivenNames joins a person's given name to the person's name right
// after it, which the tagger sometimes starts anew: "Owen" and "John
// Dempsey" in "Dr. Owen John Dempsey, a consultant". Only a single given
// name in title case joins, across one space: "told Obama Putin was" is
// two people, and so is a list cut by commas.
func (r *Recognizer) joinGivenNames(fs []found, text string, toks []tokSpan) []found {
	out := fs[:0]
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		if i+1 < len(fs) && f.typ == 0 && fs[i+1].typ == 0 && f.last-f.first == 1 && fs[i+1].first == f.last &&
			fs[i+1].last-fs[i+1].first <= 3 && text[toks[f.first].end:toks[f.last].start] == " " {
			w, next := text[toks[f.first].start:toks[f.first].end], text[toks[f.last].start:toks[f.last].end]
			if caseClass(w) == caseTitle && caseClass(next) == caseTitle && r.m.gaz.Flags(w)&(1<<GazFirst|1<<GazFirstTop) != 0 {
				f.last = fs[i+1].last
				i++
			}
		}
		out = append(out, f)
	}
	return out
}

// openingGivenNames stretches a person's name that starts at a sentence's
// second word over the first, which the tagger, unsure of any sentence's
// first word, left out: "Jusman Syafii Djamal, minister of transport",
// "Charan Jeath Singh is a Fiji Indian". The first word must be one no
// dictionary here knows, and the name must open with no given name a list
// knows (the tagger found the given name already where it does: a word
// before "Nigel Farage" describes him). fs must be in token order; sents
// are the sentences' token ranges.
func (r *Recognizer) openingGivenNames(fs []found, sents [][2]int, tok func(int) string) {
	j := 0
	for i := range fs {
		f := &fs[i]
		for j < len(sents) && sents[j][0] < f.first-1 {
			j++
		}
		if j == len(sents) {
			return
		}
		if f.typ != 0 || f.last-f.first < 2 || sents[j][0] != f.first-1 || i > 0 && fs[i-1].last > f.first-1 {
			continue
		}
		w := tok(f.first - 1)
		if caseClass(w) != caseTitle || caseClass(tok(f.first)) != caseTitle || !r.unknownWord(w) || determiners[w] || quantifiers[w] ||
			roleWords[w] || titleWord(w) || honorifics[w] || r.m.gaz.Flags(tok(f.first))&(1<<GazFirst|1<<GazFirstTop) != 0 {
			continue
		}
		if _, known := r.m.vocab[strings.ToLower(w)]; known {
			continue // a word the training text writes in lower case: "Maybe All Might has", "Clients SHOULD NOT"
		}
		f.first--
	}
}

// untaggedShortForms appends to *fs, as organisations, the occurrences
// the tagger left untagged of the first word of an organisation's name of
// two or more words found earlier in the document ("skewed towards
// Northrop" after "Northrop Grumman"): a word no dictionary or list here
// knows but as a surname, neither opening its sentence nor before another
// capitalised word. cover marks the tokens already in a name and is
// updated; sents are the sentences' token ranges, cc the tokens' case
// classes. It reports whether it added any.
func (r *Recognizer) untaggedShortForms(fs *[]found, sents [][2]int, cover []bool, cc []uint8, tok func(int) string) bool {
	// The first words and where their names first stand: a few per
	// document, kept on the stack (more than 16 are left out).
	var firsts [16]struct {
		w  string
		at int
	}
	nf := 0
	for _, f := range *fs {
		if f.typ != 1 || f.last-f.first < 2 || nf == len(firsts) {
			continue
		}
		w := tok(f.first)
		if caseClass(w) != caseTitle || !r.nameLike(w) || r.m.nounClasses[strings.ToLower(w)] != 0 ||
			r.m.gaz.Flags(w)&^(1<<GazSur|1<<GazSurTop) != 0 || opener(w) || determiners[w] {
			continue
		}
		seen := false
		for k := 0; k < nf && !seen; k++ {
			seen = firsts[k].w == w // fs is in token order: the first stays
		}
		if !seen {
			firsts[nf].w, firsts[nf].at = w, f.first
			nf++
		}
	}
	if nf == 0 {
		return false
	}
	added := false
	for _, se := range sents {
		for i := se[0] + 1; i < se[1]; i++ {
			if cover[i] || cc[i] != caseTitle {
				continue
			}
			p := -1
			for k := 0; k < nf; k++ {
				if firsts[k].w == tok(i) {
					p = firsts[k].at
					break
				}
			}
			if p < 0 || p >= i || i+1 < se[1] && isCap(cc[i+1]) || isCap(cc[i-1]) {
				continue
			}
			*fs = append(*fs, found{first: i, last: i + 1, typ: 1})
			cover[i] = true
			added = true
		}
	}
	return added
}

// countyNames appends to *fs, as places, the untagged names of a county,
// province or parish: a capitalised word and the head of such a name right
// after it ("Seminole County Sheriff Don Eslinger said", "Cook County
// prosecutors", which the tagger, unsure of a sentence's first words,
// left untagged), the word no sentence opener, pronoun or determiner and
// after no other capitalised word. cover marks the tokens already in a
// name and is updated; sents are the sentences' token ranges, cc the
// tokens' case classes. It reports whether it added any.
func countyNames(fs *[]found, sents [][2]int, cover []bool, cc []uint8, tok func(int) string) bool {
	added := false
	for _, se := range sents {
		for i := se[0]; i+1 < se[1]; i++ {
			if cc[i+1] != caseTitle || cc[i] != caseTitle || cover[i] || cover[i+1] || !countyHeads[tok(i+1)] {
				continue
			}
			w := tok(i)
			if opener(w) || pronouns[w] || determiners[w] || i > se[0] && isCap(cc[i-1]) {
				continue
			}
			*fs = append(*fs, found{first: i, last: i + 2, typ: 2})
			cover[i], cover[i+1] = true, true
			added = true
		}
	}
	return added
}

// kindNames appends to *fs, as organisations, the untagged names after
// "the" that end in what kind of body they are: "The Financial Conduct
// Authority fined Barclays", "the Federal Trade Commission sued" (two to
// six capitalised words, "of", "and" or "for" between them, the last in
// orgKinds or a public body's head, before no noun it modifies). cover
// marks the tokens already in a name and is updated; sents are the
// sentences' token ranges, cc the tokens' case classes. It reports
// whether it added any.
func (r *Recognizer) kindNames(fs *[]found, sents [][2]int, cover []bool, cc []uint8, tok func(int) string) bool {
	added := false
	for _, se := range sents {
		for i := se[0] + 1; i < se[1]; i++ {
			if cc[i] != caseTitle || cover[i] {
				continue
			}
			if d := tok(i - 1); d != "the" && d != "The" {
				continue
			}
			j, last := i, -1
			for j < se[1] && j-i < 6 && !cover[j] {
				w := tok(j)
				if cc[j] == caseTitle {
					if (orgKinds[w] || bodyHead(w)) && w != "Center" && w != "Centre" {
						last = j + 1 // a center is as often a building: "the World Trade Center"
					}
					j++
					continue
				}
				if (w == "of" || w == "and" || w == "for") && j > i && j+1 < se[1] && cc[j+1] == caseTitle {
					j++
					continue
				}
				break
			}
			if last < 0 || last-i < 2 || last < j && cc[last] == caseTitle ||
				last < se[1] && cc[last] == caseLower && r.commonNoun(tok(last)) {
				continue // a kind's word inside a longer run, or a name before the noun it modifies: "the Direct Service branch"
			}
			*fs = append(*fs, found{first: i, last: last, typ: 1})
			for k := i; k < last; k++ {
				cover[k] = true
			}
			added = true
			i = last
		}
	}
	return added
}

// countyHeads end the names of counties, provinces and parishes, and of
// nothing else.
var countyHeads = map[string]bool{"County": true, "Province": true, "Parish": true, "Township": true,
	"Prefecture": true, "Oblast": true, "Governorate": true}

// peoplesNames stretches a name right after an untagged "People's" over it,
// which the tagger left out: "the People's Republic of China". A person's
// name, or one opening with a given name, is the magazine's subject or
// reporter instead ("People's Jane Doe reported"). cover marks the tokens
// in names and is updated.
func (r *Recognizer) peoplesNames(fs []found, cover []bool, tok func(int) string) {
	for i := range fs {
		f := &fs[i]
		if p := f.first - 2; p >= 0 && f.typ != 0 && tok(p) == "People" && possessive(tok(p+1)) && !cover[p] && !cover[p+1] &&
			r.m.gaz.Flags(tok(f.first))&(1<<GazFirst|1<<GazFirstTop) == 0 {
			f.first, f.value = p, ""
			cover[p], cover[p+1] = true, true
		}
	}
}

// placeBodies joins a place's name to the public body, institution or
// club named after it that the tagger cut off: "Victoria Police",
// "Manchester United" (the place tagged, "Police" and "United" left out;
// see clubWords, less "City" and "Villa", which end places too: "Mexico
// City") and "Bristol City Council", "Gujarat High
// Court" (the place and the body tagged apart) are organisations. The
// body is a capitalised word that names one (bodyHead), or a name of
// capitalised common nouns that ends in one ("City Council", "High
// Court"). fs must be in token order; the result is too.
func (r *Recognizer) placeBodies(fs []found, text string, toks []tokSpan) []found {
	tok := func(i int) string { return text[toks[i].start:toks[i].end] }
	spaced := func(i int) bool { return text[toks[i-1].end:toks[i].start] == " " }
	out := fs[:0]
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		if f.typ != 2 || f.last >= len(toks) || !spaced(f.last) {
			out = append(out, f)
			continue
		}
		switch {
		case i+1 < len(fs) && fs[i+1].first == f.last && r.bodyName(tok, fs[i+1].first, fs[i+1].last):
			f.last, f.typ, f.value = fs[i+1].last, 1, ""
			i++
		case (i+1 == len(fs) || fs[i+1].first > f.last) && (bodyHead(tok(f.last)) || clubWords[tok(f.last)] && !placeClubWords[tok(f.last)]) &&
			(f.last+1 == len(toks) || !isCap(uint8(caseClass(tok(f.last+1))))):
			f.last, f.typ, f.value = f.last+1, 1, ""
		}
		out = append(out, f)
	}
	return out
}

// areaBodies joins two places and "and" to the body that serves both, which
// the tagger starts anew at the second place: "Shrewsbury and Telford
// Hospital NHS Trust", "Brighton and Hove City Council", "Devon and
// Cornwall Police" are one organisation each. The name after "and" must
// be an organisation's that opens with a place and ends in what kind of
// body it is; the word before "and", a town, county or region (no
// country: "Britain and Hong Kong Police" are two), stands alone, tagged
// or not. fs must be in token order; the result is too.
func (r *Recognizer) areaBodies(fs []found, tok func(int) string) []found {
	out := fs[:0]
	for _, f := range fs {
		p := f.first - 2
		if f.typ != 1 || p < 0 || f.last-f.first < 2 || !r.areaBody(tok, p, f.last) ||
			p > 0 && isCap(uint8(caseClass(tok(p-1)))) && !determiners[tok(p-1)] {
			out = append(out, f)
			continue
		}
		if n := len(out); n > 0 && out[n-1].last > p {
			if out[n-1].first != p || out[n-1].last != p+1 {
				out = append(out, f)
				continue
			}
			out = out[:n-1] // "Shrewsbury" tagged alone
		}
		f.first, f.value = p, ""
		out = append(out, f)
	}
	return out
}

// ofPlaceBodies joins an organisation's name that says only what kind of
// body it is to "of" and the country, state or city it serves, which the
// tagger tagged apart: "the State Railway of Thailand", "the Communist
// Party of China", "the Election Commission of India" are one
// organisation each. The name before "of" must be capitalised common
// words ending in a body's kind (kindName); the place one the
// gazetteer lists as such. fs must be in token order; the result is too.
func (r *Recognizer) ofPlaceBodies(fs []found, tok func(int) string) []found {
	out := fs[:0]
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		if f.typ == 1 && i+1 < len(fs) && fs[i+1].first == f.last+1 && tok(f.last) == "of" && fs[i+1].typ == 2 &&
			r.spanFlags(fs[i+1], tok)&datelinePlaces != 0 && r.kindName(tok, f.first, f.last) {
			f.last, f.value = fs[i+1].last, ""
			i++
		}
		out = append(out, f)
	}
	return out
}

// channelNumbers stretches a broadcaster's name that ends in "Radio",
// "Channel" or "TV" over the number of its station right after it, which
// the tagger left out: "BBC Radio 1", "BBC Radio 4", "Sky Channel 5". fs
// are the document's names over its n tokens.
func channelNumbers(fs []found, n int, tok func(int) string) {
	for i := range fs {
		f := &fs[i]
		if f.typ != 1 || f.last >= n || i+1 < len(fs) && fs[i+1].first <= f.last {
			continue
		}
		switch tok(f.last - 1) {
		case "Radio", "Channel", "TV":
		default:
			continue
		}
		if w := tok(f.last); len(w) <= 2 && caseClass(w) == caseDigit && w[0] != '0' {
			f.last++
		}
	}
}

// kindName reports whether tokens [first,last), two or more, name a
// public body by what kind it is only: capitalised words each a common
// noun or adjective in WordNet, and no place, the last a body's kind
// ("State Railway", "Communist Party", "Election Commission", "Securities
// and Exchange Board", where "and" may join two). A company's "of" says
// where it is: "the Standard Oil Company of New York".
func (r *Recognizer) kindName(tok func(int) string, first, last int) bool {
	if h := tok(last - 1); last-first < 2 || h == "Company" || !orgKinds[h] && !bodyHead(h) {
		return false
	}
	for k := first; k < last-1; k++ {
		w := tok(k)
		if w == "and" && k > first {
			continue
		}
		if caseClass(w) != caseTitle || r.m.gaz.Flags(w)&(placeFlags|1<<GazCity|1<<GazFirst|1<<GazFirstTop) != 0 ||
			r.m.nounClasses[strings.ToLower(w)] == 0 {
			return false
		}
	}
	return true
}

// areaBody reports whether tokens [first,last) are a town, county or
// region (no country), "and", another, and capitalised words ending in what
// kind of body it is: "Avon and Somerset Police".
func (r *Recognizer) areaBody(tok func(int) string, first, last int) bool {
	const area = 1<<GazCapital | 1<<GazCityLarge | 1<<GazCity | 1<<GazAdmin1 | 1<<GazWNPlace
	if last-first < 4 || tok(first+1) != "and" || !(orgKinds[tok(last-1)] || bodyHead(tok(last-1))) ||
		caseClass(tok(first)) != caseTitle || r.m.gaz.Flags(tok(first+2))&area == 0 {
		return false
	}
	fl := r.m.gaz.Flags(tok(first))
	return fl&area != 0 && fl&(1<<GazCountry) == 0
}

// placeEvents joins a country's, a place's or a people's name to the
// event word right after it that the tagger tagged apart or left out:
// "the Australian Open" (MISC "Australian", ORG "Open"), "the US Open"; the
// whole is an event, MISC. The event word is a head of events' names
// (miscHeads: "Open", "Cup", "Championship") standing alone. fs must be
// in token order; the result is too.
func (r *Recognizer) placeEvents(fs []found, text string, toks []tokSpan) []found {
	tok := func(i int) string { return text[toks[i].start:toks[i].end] }
	out := fs[:0]
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		if f.typ == 2 || f.typ == 3 || f.typ == 1 && countryAbbrev[tok(f.first)] && f.last-f.first == 1 {
			l := f.last
			if l < len(toks) && text[toks[l-1].end:toks[l].start] == " " && miscHeads[tok(l)] &&
				r.spanFlags(f, tok)&(placeFlags|1<<GazCity|1<<GazWNPlace) != 0 &&
				(l+1 == len(toks) || !isCap(uint8(caseClass(tok(l+1))))) {
				next := i+1 < len(fs) && fs[i+1].first == l
				if next && fs[i+1].last == l+1 || !next {
					f.last, f.typ, f.value = l+1, 3, ""
					if next {
						i++
					}
				}
			}
		}
		out = append(out, f)
	}
	return out
}

// placeClubWords are clubWords that end places' names as well.
var placeClubWords = map[string]bool{"City": true, "Villa": true}

// bodyName reports whether tokens [first,last) name a public body by what
// it is, capitalised common nouns ending in a body's head: "City Council",
// "High Court", "Police".
func (r *Recognizer) bodyName(tok func(int) string, first, last int) bool {
	if !bodyHead(tok(last - 1)) {
		return false
	}
	for k := first; k < last-1; k++ {
		w := tok(k)
		if caseClass(w) != caseTitle || r.m.gaz.Flags(w)&(placeFlags|1<<GazCity|1<<GazFirst|1<<GazFirstTop) != 0 {
			return false
		}
		if c, _ := nounClass(r.m.nounClasses, w, nil); c == 0 || c == NameAdjectiveEntry {
			return false
		}
	}
	return true
}

// bodyHead reports whether w, capitalised, ends the name of a public body
// or an institution named after a place: "Police", "Council", "Court",
// "Government", "University".
func bodyHead(w string) bool {
	switch w {
	case "Police", "Constabulary", "Government", "Council", "Court", "University", "Assembly", "Parliament":
		return true
	}
	return false
}

// placeStarts extends a place's or a people's name over the capitalised
// word before it when the gazetteer holds the two as one name: "South
// African", "North Korean", where the tagger, unsure of a sentence's first
// word, tagged "African" and "Korean" alone. The whole is a LOC, or a MISC
// when it is a nationality only. A people's adjective tagged alone also
// takes a region's word before it that no list joins to it ("North
// American sales", "Latin American leaders", where the tagger tagged
// "American" alone): the whole is a MISC. fs must be in token order.
func (r *Recognizer) placeStarts(fs []found, tok func(int) string) {
	for i := range fs {
		f := &fs[i]
		if f.first == 0 || i > 0 && fs[i-1].last >= f.first || caseClass(tok(f.first-1)) != caseTitle || determiners[tok(f.first-1)] {
			continue // "The Netherlands" at a sentence's start is "Netherlands", as the tagger has it
		}
		l, fl := r.m.gaz.MatchAt(tok, f.first-1, f.last)
		if l != f.last-f.first+1 || fl&(placeFlags|1<<GazCity) == 0 {
			if f.last-f.first == 1 && regionWord(tok(f.first-1)) && r.m.gaz.Flags(tok(f.first))&peopleFlags != 0 {
				f.first, f.typ, f.value = f.first-1, 3, "" // "North American", "Southeast Asian", "East German": no list spells them
			}
			continue
		}
		f.first, f.typ, f.value = f.first-1, 2, ""
		if fl&(placeFlags|1<<GazCity) == 1<<GazNationality {
			f.typ = 3
		}
	}
}

// regionWord reports whether w names a part of the world before a people's
// adjective, making with it the adjective of a region: a direction ("North
// American", "Southeast Asian", "Western European", "East German",
// "Central Asian") or "Latin" ("Latin American"). Not "New" nor "Great",
// which open sentences as common adjectives ("New Canadian rules").
func regionWord(w string) bool {
	switch strings.TrimSuffix(w, "ern") {
	case "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Central", "Latin":
		return true
	}
	return false
}

// peopleFlags are the gazetteer lists of peoples' adjectives and members:
// "American", "Asian", "European".
const peopleFlags = 1<<GazNationality | 1<<GazWNMember

// legalFormNames makes whole the companies' names that end in a legal form
// ("PLC", "Inc", "Ltd") where the tagger, unsure of capitalised words at a
// sentence's start or of an unknown name, cut them: a name ending in a
// form, or the form tagged alone, takes the capitalised words before it
// that name no place ("Standard Chartered PLC", where "PLC" alone would be
// dropped as no name; "Acme Widgets Ltd"), a name ending in a form joins
// the name right before it ("Goldman" and "Sachs Group Inc") unless that is
// a place or a people ("German Deutsche Bank AG"), and a company's name
// takes the form right after it ("Rio Tinto plc"). Only words one space
// apart join; a determiner, a sentence opener, a title or a day stops
// the name ("The", "Meanwhile", "Mr", "Monday"). fs must be in token order; the
// result is too.
func (r *Recognizer) legalFormNames(fs []found, text string, toks []tokSpan) []found {
	tok := func(i int) string { return text[toks[i].start:toks[i].end] }
	spaced := func(i int) bool { return text[toks[i-1].end:toks[i].start] == " " }
	legal := func(w string) bool { return legalForms[w] || partnershipForms[w] }
	out := fs[:0]
	for i, f := range fs {
		prev := 0
		if len(out) > 0 {
			prev = out[len(out)-1].last
		}
		if legal(tok(f.last - 1)) {
			k := f.first
			for k > prev && spaced(k) && isCap(uint8(caseClass(tok(k-1)))) && !legal(tok(k-1)) && !determiners[tok(k-1)] &&
				!opener(tok(k-1)) && !personTitles[tok(k-1)] && !roleWords[tok(k-1)] && r.m.gaz.Flags(tok(k-1))&(placeFlags|1<<GazCity) == 0 {
				k--
			}
			if k < f.first {
				f.first, f.typ, f.value = k, 1, ""
			}
		}
		if len(out) > 0 && prev == f.first && spaced(f.first) && f.last-f.first >= 2 && legal(tok(f.last-1)) {
			p := &out[len(out)-1]
			if r.m.gaz.Flags(text[toks[p.first].start:toks[p.last-1].end])&(placeFlags|1<<GazCity|1<<GazWNMember) == 0 {
				p.last, p.typ, p.value = f.last, 1, ""
				continue
			}
		}
		if f.typ != 0 && f.last < len(toks) && legal(tok(f.last)) && spaced(f.last) && (i+1 == len(fs) || fs[i+1].first > f.last) {
			f.last, f.typ, f.value = f.last+1, 1, ""
		}
		out = append(out, f)
	}
	return out
}

// formOf reports whether a name's words after its first are all legal
// forms or a company's kind ("Apple Inc.", "Ford Motor Company" is not:
// "Motor").
func formOf(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws[1:] {
		if !legalForms[w] && !orgNameHeads[w] && !orgKinds[w] {
			return false
		}
	}
	return true
}

// officeTitles cuts an office's title off the name before it: "U.S.
// Defense Secretary Mark Esper" and "U.S. Attorney General William Barr"
// tag "U.S. Defense" and "U.S. Attorney General" as organisations, but the
// names are the country and the person. A name whose words from the second
// on are office words (departments and titles), running on past its end
// to a title ("Secretary", "Minister", "General"), keeps what comes before
// them, when a person's name follows the title: a country, a people
// ("British Foreign Secretary Dominic Raab") or, when it is neither, the
// name it was ("White House Press Secretary Stephanie Grisham": the White
// House); a name left with office words only goes. Without a person after
// it the title is an office: "investigated by the New York State Attorney
// General".
func (r *Recognizer) officeTitles(fs []found, n int, tok func(int) string) []found {
	changed := false
	person := map[int]bool{} // first tokens of persons' names
	for _, f := range fs {
		if f.typ == 0 {
			person[f.first] = true
		}
	}
	for i := range fs {
		f := &fs[i]
		if f.typ != 0 && f.last-f.first == 1 && officeTitleWords[tok(f.first)] && person[f.last] {
			f.typ, changed = -1, true // "Chief Justice John Roberts": the title alone
			continue
		}
		if f.typ != 0 && f.last-f.first == 1 && f.last+1 < n && person[f.last+1] && (tok(f.last) == "Secretary" || tok(f.last) == "Minister") &&
			caseClass(tok(f.first)) == caseTitle && r.m.gaz.Flags(tok(f.first)) == 0 && r.m.nounClasses[strings.ToLower(tok(f.first))] != 0 {
			// "Cabinet Secretary Simon Case": a common noun no list
			// knows as a name, capitalised before the title word it
			// qualifies, is part of the title.
			f.typ, changed = -1, true
			continue
		}
		if f.typ == 0 || f.last-f.first < 2 {
			continue
		}
		j := f.first + 1
		for j < f.last && !officeWords[tok(j)] && !officeTitleWords[tok(j)] {
			j++
		}
		if j == f.last {
			continue
		}
		end := j
		for end < n && (officeWords[tok(end)] || officeTitleWords[tok(end)]) {
			end++
		}
		if end < f.last || !officeTitleWords[tok(end-1)] || !person[end] && end == f.last {
			// "National Security Council": the name goes on; "the New
			// York State Attorney General" with no one named after it
			// is the office. Where the tagger left the title word out
			// ("the White House Press" before "Secretary"), the title
			// is no part of the name, named person or not.
			continue
		}
		// The words between the first and j are no office words, so only
		// a one-word rest can be all office: "Press Secretary".
		allOffice := j == f.first+1 && (officeWords[tok(f.first)] || officeTitleWords[tok(f.first)])
		f.last = j
		surface := joinTokens(tok, f.first, f.last)
		switch fl := r.m.gaz.Flags(surface); {
		case allOffice:
			f.typ = -1
		case fl&(1<<GazNationality) != 0:
			f.typ = 3
		case fl&(1<<GazCountry) != 0 || countryAbbrev[surface]:
			f.typ = 2
		}
		f.value = ""
		changed = true
	}
	if changed {
		fs = dropMarked(fs)
	}
	return fs
}

// titledPersons cuts a person's title off a name the tagger read as an
// organisation, a place or a thing because the title opened it ("Justice
// D.Y. Chandrachud", "Lord Justice Singh", "Crown Prince Mohammed",
// "Detective Inspector Tofilau Fa'amanuia Vaaelua"), and makes the rest a
// person, CoNLL-style, as the tagger does when it reads the title apart.
// The title is one title word at least (rankTitles, nobleTitles,
// honourTitles), with qualifiers (titleQualifiers: "Chief", "Deputy";
// "Crown" of "Crown Prince"); the rest must read as a person's name:
// capitalised words, initials and particles, none a head that says it is
// an organisation or a place ("Justice Department", "Prince Edward
// Island", "Judge Business School") and none a common noun that is no
// common surname ("Justice League", "Princess Cruises"). A person's name
// loses a rank the same way ("Constable Emma Price"), but keeps a title of
// nobility or honour, which gold data often keeps ("Dame Judi Dench").
func (r *Recognizer) titledPersons(fs []found, tok func(int) string) {
	for i := range fs {
		f := &fs[i]
		if f.typ < 0 || f.last-f.first < 2 {
			continue
		}
		k, title := f.first, false
		for ; k < f.last-1; k++ {
			w := tok(k)
			if rankTitles[w] || f.typ != 0 && (nobleTitles[w] || honourTitles[w]) {
				title = true
			} else if !titleQualifiers[w] && w != "Crown" {
				break
			}
		}
		if title && r.personRest(tok, k, f.last) {
			f.first, f.typ, f.value = k, 0, ""
		}
	}
}

// trimCommonPlurals cuts off the end of a name the plural of an acronym
// that WordNet knows as a common noun (commonAcronym: "Sony DVDs") or as a
// member of a group (GazWNMember: "Tory MPs", "Labour MPs" are the
// party's members, "Tory" and "Labour" the names).
func (r *Recognizer) trimCommonPlurals(fs []found, tok func(int) string) {
	for i := range fs {
		f := &fs[i]
		w := tok(f.last - 1)
		if f.last-f.first < 2 || len(w) < 3 || w[len(w)-1] != 's' {
			continue
		}
		if a := w[:len(w)-1]; r.commonAcronym(a) || caseClass(a) == caseUpper && r.m.gaz.Flags(a)&(1<<GazWNMember) != 0 {
			f.last--
			f.value = ""
		}
	}
}

// officeHolders parts a person's name from the department of the title
// before it, which the tagger runs together: after "Minister for",
// "Secretary of State for" or "Chancellor of the", "Home Affairs Clare
// O'Neil", "Finance Nirmala Sitharaman" and "Exchequer Jeremy Hunt" are a
// department and a person. The person starts at a given name or an
// initial, or at the first word after department words (officeWords,
// "State"); the words before it stay a name of the type they had unless
// they are department words only, which belong to the title ("Secretary
// of State Antony Blinken"). A given name here is a listed one that is no
// common noun ("Navy" is listed), or a common one ("Penny"). A name with a
// lower-case word before the person is left alone: the title may go on
// inside it ("Assistant Secretary of the Air Force for Acquisition Darleen
// Druyun").
func (r *Recognizer) officeHolders(fs []found, tok func(int) string) []found {
	return splitPersons(fs, func(f found) (found, found, bool) {
		if f.typ == 0 || f.last-f.first < 2 || !titleBefore(tok, f.first) {
			return found{}, found{}, false
		}
		dept := true // tokens [f.first,k) are all department words
		for k := f.first; k < f.last-1; k++ {
			w := tok(k)
			fl := r.m.gaz.Flags(w)
			if caseClass(w) == caseLower {
				// "Air Force for Acquisition Darleen Druyun": the title
				// goes on inside the name; where it ends is not known.
				return found{}, found{}, false
			}
			c, _ := nounClass(r.m.nounClasses, w, nil)
			given := (fl&(1<<GazFirstTop) != 0 || fl&(1<<GazFirst) != 0 && c == 0) && fl&(placeFlags|1<<GazCity) == 0 && !officeWords[w]
			if (initial(w) || given || k > f.first && dept && !officeWords[w] && w != "State") &&
				capitalised(tok, k+1, f.last) && !orgKindHead(tok(f.last-1)) {
				before := found{first: f.first, last: k, typ: f.typ}
				if dept {
					before.last = before.first // the title's department
				}
				return before, found{first: k, last: f.last, typ: 0}, true
			}
			if !officeWords[w] && w != "State" {
				dept = false
			}
		}
		return found{}, found{}, false
	})
}

// titleBefore reports whether an office's title ends right before token
// first, with the words that join it to a department: "Minister for",
// "Secretary of State for", "Chancellor of the".
func titleBefore(tok func(int) string, first int) bool {
	k := first - 1
	if k < 1 || tok(k) != "of" && tok(k) != "for" && tok(k) != "the" {
		return false
	}
	for ; k >= 0 && k >= first-6; k-- {
		switch w := tok(k); {
		case officeTitleWords[w] || personTitles[w] || officeTitles[w]:
			return true
		case w == "of" || w == "for" || w == "the" || w == "State" || officeWords[w]:
		default:
			return false
		}
	}
	return false
}

// capitalised reports whether tokens [a,b) are all capitalised words
// ("O'Neil", "McDonald" too).
func capitalised(tok func(int) string, a, b int) bool {
	for i := a; i < b; i++ {
		if c := caseClass(tok(i)); c != caseTitle && c != caseMixed {
			return false
		}
	}
	return true
}

// initial reports whether w is a name's initial: "S.", "J.R.".
func initial(w string) bool {
	return len(w) >= 2 && len(w) <= 5 && w[0] >= 'A' && w[0] <= 'Z' && w[len(w)-1] == '.' && strings.Count(w, ".")*2 == len(w)
}

// personRest reports whether tokens [first,last) read as a person's name
// after a title: see titledPersons.
func (r *Recognizer) personRest(tok func(int) string, first, last int) bool {
	for k := first; k < last; k++ {
		w := tok(k)
		if personParticles[w] && k > first && k < last-1 {
			continue
		}
		if !isCap(uint8(caseClass(w))) || orgKindHead(w) || placeHeads[w] || publicationHeads[w] ||
			officeWords[w] || officeTitleWords[w] || rankTitles[w] || personTitles[w] || nobleTitles[w] || honourTitles[w] {
			return false
		}
		if _, ok := headType[w]; ok {
			return false
		}
		fl := r.m.gaz.Flags(w)
		if fl&(1<<GazFirst|1<<GazFirstTop) != 0 || strings.IndexByte(w, '.') > 0 {
			continue // a given name, initials ("D.Y.")
		}
		c, _ := nounClass(r.m.nounClasses, w, nil)
		if c == NameAdjectiveEntry || c != 0 && fl&(1<<GazSurTop) == 0 {
			return false // a name's adjective, a common noun that is no common surname ("British", "League", "Cruises")
		}
		if fl&(1<<GazSur|1<<GazSurTop) == 0 && fl&(placeFlags|1<<GazCity|1<<GazWNPlace|1<<GazWNOrg|1<<GazWNOther) != 0 {
			return false
		}
	}
	return true
}

// rankTitles are ranks that stand before a person's name and are no part
// of it: judges', police officers' and officers' ranks. honourTitles are
// titles of honour and rank that nobleTitles leaves out.
var (
	rankTitles = map[string]bool{
		"Justice": true, "Judge": true, "Magistrate": true, "Detective": true, "Inspector": true,
		"Sergeant": true, "Constable": true, "Superintendent": true, "Commissioner": true, "Colonel": true,
		"Admiral": true, "Brigadier": true,
	}
	honourTitles = map[string]bool{"Lord": true, "Lady": true, "Sir": true, "Dame": true, "Prince": true}
)

// officeWords name a government's departments and ranks within a title
// ("Defense", "Foreign", "Attorney", "Prime", "Deputy");
// officeTitleWords end one ("Secretary", "Minister", "General").
var (
	officeWords = map[string]bool{
		"Defense": true, "Defence": true, "Foreign": true, "Home": true, "Treasury": true,
		"Justice": true, "Interior": true, "Energy": true, "Commerce": true, "Labor": true, "Labour": true,
		"Education": true, "Health": true, "Transportation": true, "Transport": true, "Agriculture": true,
		"Homeland": true, "Security": true, "Trade": true, "Finance": true, "Attorney": true, "Prime": true,
		"Deputy": true, "Vice": true, "Environment": true, "Housing": true, "Culture": true, "Economy": true,
		"Press": true, "National": true, "Affairs": true, "Veterans": true, "Surgeon": true, "Solicitor": true,
		"Majority": true, "Minority": true, "District": true, "Circuit": true, "Magistrate": true, "Bankruptcy": true,
		"Appeals": true, "Superior": true, "Associate": true, "Chief": true, "Senior": true,
	}
	officeTitleWords = map[string]bool{
		"Secretary": true, "Minister": true, "General": true, "Chancellor": true, "Commissioner": true,
		"Ambassador": true, "Envoy": true, "Undersecretary": true, "Leader": true, "Whip": true, "Speaker": true,
		"Judge": true, "Justice": true,
	}
	countryAbbrev = map[string]bool{"U.S.": true, "US": true, "UK": true, "U.K.": true, "UAE": true}
)

// splitOwners splits a name that holds an owner's name and what it owns
// into the two ("New York’s Times Square", "NASA’s Science Mission
// Directorate") when the owner is a name of its own: found alone elsewhere
// in the document, a place the gazetteer knows, or an organisation by its
// head ("New York University’s Stern School of Business"). A possessive that is
// part of one name stays: "People’s Liberation Army", "Sam’s Club", "the
// U.S. Attorney’s Office".
func (r *Recognizer) splitOwners(fs []found, n int, tok func(int) string) []found {
	var alone map[string]bool
	var out []found // nil until the first split: most documents have none
	for j, f := range fs {
		k := -1
		for i := f.first + 1; i < f.last-1; i++ {
			if possessive(tok(i)) {
				k = i
				break
			}
		}
		split := k >= 0
		if split {
			if alone == nil {
				alone = map[string]bool{}
				for _, g := range fs {
					if g.last-g.first <= 4 {
						alone[joinTokens(tok, g.first, g.last)] = true
					}
				}
			}
			l, flags := r.m.gaz.MatchAt(tok, f.first, n)
			if k-f.first == 1 {
				l, flags = 1, r.m.gaz.Flags(tok(f.first))
			}
			split = alone[joinTokens(tok, f.first, k)] || l == k-f.first && flags&placeFlags != 0 ||
				k-f.first >= 2 && orgKindHead(tok(k-1))
		}
		if !split {
			if out != nil {
				out = append(out, f)
			}
			continue
		}
		if out == nil {
			out = append(make([]found, 0, len(fs)+1), fs[:j]...)
		}
		owned := f.typ
		if size := f.last - (k + 1); size >= 2 && size <= 3 && (r.m.gaz.Flags(tok(k+1))&(1<<GazFirst|1<<GazFirstTop) != 0 ||
			f.typ == 2 && !placeHeads[tok(f.last-1)] && !orgKindHead(tok(f.last-1)) && titleRun(tok, k+1, f.last)) {
			// A person of a place, which the tagger typed with the place:
			// "Serbia’s Novak Djokovic" (but "New York’s Times Square").
			owned = 0
		}
		out = append(out, found{first: f.first, last: k, typ: f.typ}, found{first: k + 1, last: f.last, typ: owned})
	}
	if out == nil {
		return fs
	}
	return out
}

// envoys splits a person's name off the organisation or place a title "to"
// it ran into: "U.S. Ambassador to the European Union Gordon Sondland",
// tagged one organisation, is the European Union and Gordon Sondland. The
// name is a first name and one more capitalised word.
func (r *Recognizer) envoys(fs []found, tok func(int) string) []found {
	return splitPersons(fs, func(f found) (found, found, bool) {
		if f.typ == 0 || f.last-f.first < 3 {
			return found{}, found{}, false
		}
		k := f.first - 1
		if k >= 0 && tok(k) == "the" {
			k--
		}
		if k < 1 || tok(k) != "to" || !(officeTitles[tok(k-1)] || personTitles[tok(k-1)] || roleWords[tok(k-1)] || tok(k-1) == "Envoy") {
			return found{}, found{}, false
		}
		p := f.last - 2
		if r.m.gaz.Flags(tok(p))&(1<<GazFirst|1<<GazFirstTop) == 0 || caseClass(tok(p)) != caseTitle || caseClass(tok(p+1)) != caseTitle {
			return found{}, found{}, false
		}
		return found{first: f.first, last: p, typ: f.typ}, found{first: p, last: f.last, typ: 0}, true
	})
}

// partyNames joins to a lone "Party" the capitalised word before it that
// the tagger left out at a sentence's start: "Conservative Party members
// voted" had the organisation "Party".
func partyNames(fs []found, tok func(int) string) {
	for i := range fs {
		f := &fs[i]
		if f.typ != 1 || f.last-f.first != 1 || tok(f.first) != "Party" || f.first == 0 {
			continue
		}
		if p := tok(f.first - 1); caseClass(p) == caseTitle && !opener(p) && !determiners[p] && (i == 0 || fs[i-1].last < f.first) {
			f.first--
		}
	}
}

// bareCompanies are companies when they stand bare and places after
// "the": the airline Emirates and "the Emirates", the retailer Amazon and
// "the Amazon".
var bareCompanies = map[string]bool{"Emirates": true, "Amazon": true}

// bareCompanyPlaces after one of bareCompanies make it a place: "Amazon rainforest".
var bareCompanyPlaces = map[string]bool{"rainforest": true, "river": true, "basin": true, "jungle": true, "region": true,
	"forest": true, "delta": true}

// statesOf makes a state's formal name one place: "the State of Israel"
// (tagged an organisation "State" and the place "Israel"), "the Kingdom of
// Saudi Arabia" (tagged an organisation whole). The words after "of" must
// be a known country or state or province.
func (r *Recognizer) statesOf(fs []found, tok func(int) string) []found {
	const states = 1<<GazCountry | 1<<GazAdmin1
	dropped := false
	for i := range fs {
		f := &fs[i]
		if f.typ < 0 || !stateHeads[tok(f.first)] {
			continue
		}
		switch {
		case f.last-f.first >= 3 && tok(f.first+1) == "of":
			if r.spanFlags(found{first: f.first + 2, last: f.last}, tok)&states != 0 {
				f.typ, f.value = 2, ""
			}
		case f.last-f.first == 1 && i+1 < len(fs) && fs[i+1].first == f.last+1 && tok(f.last) == "of":
			if g := &fs[i+1]; r.spanFlags(*g, tok)&states != 0 {
				f.last, f.typ, f.value = g.last, 2, ""
				g.typ, dropped = -1, true
			}
		}
	}
	if dropped {
		fs = dropMarked(fs)
	}
	return fs
}

// stateHeads open the formal names of states: "Republic of Korea".
var stateHeads = map[string]bool{"State": true, "Kingdom": true, "Republic": true, "Commonwealth": true,
	"Sultanate": true, "Emirate": true, "Principality": true, "Federation": true, "Duchy": true}

// platforms are the online platforms news names most, each a company the
// tagger, reading it after "on" or "across" or before "users", takes for a
// place or a person. A short list of household names, not a gazetteer.
var platforms = map[string]bool{
	"Twitter": true, "Facebook": true, "Instagram": true, "YouTube": true, "TikTok": true, "Snapchat": true,
	"WhatsApp": true, "LinkedIn": true, "Reddit": true, "MySpace": true, "Netflix": true, "Spotify": true,
	"Hulu": true, "Weibo": true, "WeChat": true, "Tumblr": true, "Pinterest": true, "Wikipedia": true,
}

// demonymPlaces are the lists the place of a people's name may be on.
const demonymPlaces = 1<<GazCountry | 1<<GazCapital | 1<<GazCityLarge | 1<<GazCity | 1<<GazAdmin1

// demonyms types as MISC the people of a place that the tagger took for a
// person or an organisation: "South Dakotans", "New Yorkers", "Texans"
// (South Dakota, New York, Texas). After "the" such a name is as often a
// team's ("the Texans beat the Colts"), and a surname or a linked short
// form stays what it is ("Evans"). A one-word name that is a
// demonymAdjective is MISC too: "The Emirati government", which the tagger
// read as a person.
func (r *Recognizer) demonyms(fs []found, tok func(int) string) {
	var words []string
	for i := range fs {
		f := &fs[i]
		if f.typ == 3 || f.value != "" || f.last-f.first > 3 {
			continue
		}
		w := tok(f.last - 1)
		if f.last-f.first == 1 && r.demonymAdjective(w) {
			f.typ = 3
			continue
		}
		if len(w) < 5 || w[len(w)-1] != 's' || caseClass(w) != caseTitle ||
			r.m.gaz.Flags(w)&(1<<GazSur|1<<GazSurTop|1<<GazFirst|1<<GazFirstTop) != 0 ||
			f.first > 0 && strings.EqualFold(tok(f.first-1), "the") {
			continue
		}
		words = words[:0]
		for k := f.first; k < f.last-1; k++ {
			words = append(words, tok(k))
		}
		if r.placeOfPeople(words, w[:len(w)-1]) {
			f.typ = 3
		}
	}
}

// demonymAdjective reports whether w is an adjective for the people of a
// place that no list spells, made with "-i": "Emirati" (Emirates),
// "Kashmiri" (Kashmir). A word any list knows is left to it.
func (r *Recognizer) demonymAdjective(w string) bool {
	return len(w) >= 5 && w[len(w)-1] == 'i' && caseClass(w) == caseTitle && r.m.gaz.Flags(w) == 0 && r.placeOfPeople(nil, w)
}

// placeOfPeople reports whether words followed by the place a singular
// demonym d is made from name a place: "Dakotan" from Dakota, "Texan" from
// Texas, "Floridian" from Florida, "Italian" from Italy, "Parisian" from
// Paris, "Ohioan" from Ohio, "Yorker" from York, "Israeli" from Israel.
func (r *Recognizer) placeOfPeople(words []string, d string) bool {
	var stems []string
	switch {
	case strings.HasSuffix(d, "ian"):
		b := d[:len(d)-3]
		stems = []string{d[:len(d)-1], b, b + "a", b + "y"}
	case strings.HasSuffix(d, "an"):
		b := d[:len(d)-2]
		stems = []string{d[:len(d)-1], b, b + "as"}
	case strings.HasSuffix(d, "er"):
		stems = []string{d[:len(d)-2]}
	case strings.HasSuffix(d, "i"):
		stems = []string{d[:len(d)-1], d[:len(d)-1] + "es"} // "Emirati" from Emirates
	}
	n := len(words)
	for _, st := range stems {
		if n == 0 {
			if r.m.gaz.Flags(st)&demonymPlaces != 0 {
				return true
			}
			continue
		}
		all := append(words[:n:n], st)
		tok := func(k int) string { return all[k] }
		if l, flags := r.m.gaz.MatchAt(tok, 0, len(all)); l == len(all) && flags&demonymPlaces != 0 {
			return true
		}
	}
	return false
}

// roleAbbrevs are the abbreviated roles written between a team or a company
// and a person's name: "Browns DL Sheldon Richardson", "Tesla CFO Zach
// Kirkhorn". They are no part of either name.
var roleAbbrevs = map[string]bool{
	"QB": true, "RB": true, "WR": true, "TE": true, "OL": true, "OT": true, "OG": true, "DL": true, "DE": true,
	"DT": true, "LB": true, "ILB": true, "OLB": true, "CB": true, "DB": true, "FB": true, "LHP": true, "RHP": true,
	"CEO": true, "CFO": true, "COO": true, "CTO": true, "CIO": true, "CMO": true, "GM": true, "VP": true,
	"SVP": true, "EVP": true, "MP": true, "MEP": true, "MSP": true,
}

// splitRoles cuts a person's name the tagger ran on from a team or a company
// through an abbreviated role into the two names, the role between them
// left out: "Browns DL Sheldon Richardson" is Browns and Sheldon
// Richardson, "QB Mason Rudolph" Mason Rudolph. What comes before the role
// is a place when the gazetteer knows it as one ("Cleveland"), else an
// organisation.
func (r *Recognizer) splitRoles(fs []found, tok func(int) string) []found {
	return splitPersons(fs, func(f found) (found, found, bool) {
		if f.typ != 0 {
			return found{}, found{}, false
		}
		for k := f.last - 3; k >= f.first; k-- {
			if !roleAbbrevs[tok(k)] || !titleRun(tok, k+1, f.last) {
				continue
			}
			before := found{first: f.first, last: k, typ: 1}
			if k > f.first && r.m.gaz.Flags(joinTokens(tok, f.first, k))&placeFlags != 0 {
				before.typ = 2
			}
			return before, found{first: k + 1, last: f.last, typ: 0}, true
		}
		return found{}, found{}, false
	})
}

// splitPersons returns fs with each name that split cuts replaced by the
// name before the person (when it holds a word) and the person. Most
// documents have no such name: fs comes back as it was, not copied.
func splitPersons(fs []found, split func(f found) (before, person found, ok bool)) []found {
	var out []found // nil until the first split
	for j, f := range fs {
		before, person, ok := split(f)
		if !ok {
			if out != nil {
				out = append(out, f)
			}
			continue
		}
		if out == nil {
			out = append(make([]found, 0, len(fs)+1), fs[:j]...)
		}
		if before.last > before.first {
			out = append(out, before)
		}
		out = append(out, person)
	}
	if out == nil {
		return fs
	}
	return out
}

// titleRun reports whether tokens [a,b) are all capitalised words.
func titleRun(tok func(int) string, a, b int) bool {
	for i := a; i < b; i++ {
		if caseClass(tok(i)) != caseTitle {
			return false
		}
	}
	return true
}

// joinTokens is the tokens [a,b) joined by single spaces.
func joinTokens(tok func(int) string, a, b int) string {
	if b-a == 1 {
		return tok(a)
	}
	var sb strings.Builder
	for i := a; i < b; i++ {
		if i > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(tok(i))
	}
	return sb.String()
}

// interjections open spoken sentences in capitals and name no one: "“No.
// You tell me one …”".
var interjections = map[string]bool{"No": true, "Yes": true, "OK": true, "Okay": true, "Oh": true, "Hey": true,
	"Wow": true, "Yeah": true, "Nope": true, "Sure": true, "Please": true, "Thanks": true}

// pronounContraction reports whether s is a personal pronoun contracted
// with its verb, with either apostrophe: "I’m", "I've", "You’re", "We’ll",
// "They'd", "It’s", "She’s" — which open sentences in capitals and are no
// one's name.
func pronounContraction(s string) bool {
	pronoun, rest, ok := strings.Cut(s, "’")
	if !ok {
		pronoun, rest, ok = strings.Cut(s, "'")
	}
	if !ok {
		return false
	}
	switch pronoun {
	case "I":
		return rest == "m" || rest == "ve" || rest == "ll" || rest == "d"
	case "You", "We", "They":
		return rest == "re" || rest == "ve" || rest == "ll" || rest == "d"
	case "He", "She", "It":
		return rest == "s" || rest == "ll" || rest == "d"
	}
	return false
}

// expandAcronyms finds, for an organisation's acronym of three to five
// capitals that no name in the document spells out ("told TRD"; two letters
// match too much by chance), the run of capitalised words the tagger
// left untagged whose initials it is ("seen by The Real Deal"), adds that
// run as the organisation's name and links the acronym to it. The run has
// two to six words, may hold "of", "and", "the" and "&", and is neither
// the start of a sentence nor a title ("General Manager" is no "GM"). fs
// must be in token order; the result is too. cc holds the tokens' case
// classes, sents the sentences' token ranges.
func expandAcronyms(fs []found, sents [][2]int, cc []uint8, tok func(int) string, surface func(found) string, buf []byte) []found {
	var want map[string]bool
	for _, f := range fs {
		if w := tok(f.first); f.typ == 1 && f.last-f.first == 1 && f.value == "" && len(w) >= 3 && len(w) <= 5 && caseClass(w) == caseUpper {
			if want == nil {
				want = map[string]bool{}
			}
			want[w] = true
		}
	}
	if want == nil {
		return fs
	}
	covered := func(a, b int) bool {
		for _, f := range fs {
			if f.first < b && f.last > a {
				return true
			}
		}
		return false
	}
	full := map[string]found{}
	for _, se := range sents {
		for a := se[0] + 1; a < se[1]; a++ {
			if cc[a] != caseTitle {
				continue
			}
			for b := a + 2; b <= se[1] && b-a <= 6; b++ {
				if w := tok(b - 1); cc[b-1] != caseTitle && w != "of" && w != "and" && w != "the" && w != "&" {
					break
				}
				if cc[b-1] != caseTitle {
					continue
				}
				buf = acronym(tok, a, b, buf[:0])
				if a2 := string(buf); want[a2] && (b >= se[1] || cc[b] != caseTitle) && !onlyTitle(tok, a, b) && !titleQualifiers[tok(a)] {
					if _, seen := full[a2]; !seen && !covered(a, b) {
						full[a2] = found{first: a, last: b, typ: 1}
					}
				}
			}
		}
	}
	if len(full) == 0 {
		return fs
	}
	for i := range fs {
		if f := &fs[i]; f.typ == 1 && f.last-f.first == 1 {
			if n, ok := full[tok(f.first)]; ok && f.value == "" {
				f.value = surface(n)
			}
		}
	}
	for _, n := range full {
		fs = append(fs, n)
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].first < fs[j].first })
	return fs
}

// quotedTitles adds to fs, as MISC, the titles of works written in double
// quotes: a quotation of at most eight words that starts and ends with a
// capitalised word (a final "?" or "!" may follow) and whose other words
// are capitalised or short lower-case function words, no more of them
// than capitalised ones (" The Kill ", " Time to Wake Up . ", " Buddha
// for Mary "). Quoted speech has commas, verbs and lower-case words, so
// it does not qualify. A name the tagger found inside such a title gives
// way to it ("Mary" above), unless it spans the whole quotation. fs must
// be in token order; sents are the sentences' token ranges.
func quotedTitles(fs []found, sents [][2]int, tok func(int) string) []found {
	var add []found
	for _, se := range sents {
		open := -1
		for i := se[0]; i < se[1]; i++ {
			if !isQuote(tok(i)) {
				continue
			}
			if open < 0 || i-open < 2 || i-open > 10 {
				open = i
				continue
			}
			a, b := open+1, i
			open = -1
			if last := tok(b - 1); (last == "." || last == ",") && b-a > 1 {
				b--
			}
			if titleWords(tok, a, b) {
				add = append(add, found{first: a, last: b, typ: 3})
			}
		}
	}
	return mergeTitles(fs, add, false)
}

// yearTitles adds to fs, as MISC, the titles of works followed by their year
// in brackets, as lists of films, books and albums give them: "Hollywood
// Canteen ( 1944 )", "Out of This World ( 1945 )", "Curious by Nature (
// 2005 )". The title is the run of capitalised words and title function
// words (not "and", which joins a list) before the bracket, within the
// sentence and starting with a capital. A person ("Carmen Cavallaro (
// 1913 )") or a name the gazetteers know keeps its type; a name inside
// the title gives way to it. fs must be in token order; sents are the
// sentences' token ranges.
func (r *Recognizer) yearTitles(fs []found, sents [][2]int, tok func(int) string) []found {
	var add []found
	k := 0
	for _, se := range sents {
		for p := se[0] + 1; p+2 < se[1]; p++ {
			if tok(p) != "(" || tok(p+2) != ")" || !yearToken(tok(p+1)) {
				continue
			}
			a := p
			for a > se[0] && p-a < 8 {
				w := tok(a - 1)
				if cc := caseClass(w); cc != caseTitle && cc != caseUpper && cc != caseMixed && cc != caseDigit &&
					!(cc == caseLower && titleFunctionWords[w] && w != "and" && w != "or") {
					break
				}
				a--
			}
			for a < p && caseClass(tok(a)) != caseTitle && caseClass(tok(a)) != caseUpper && caseClass(tok(a)) != caseMixed {
				a++ // "in Curious by Nature": the title starts at its capital
			}
			if a == p || !titleWords(tok, a, p) {
				continue
			}
			for k < len(fs) && fs[k].last <= a {
				k++
			}
			if k < len(fs) && fs[k].first <= a && fs[k].last >= p && fs[k].typ == 0 {
				continue // a person's years
			}
			if r.spanFlags(found{first: a, last: p}, tok)&(placeFlags|1<<GazCity|1<<GazWNPlace|1<<GazWNOrg|1<<GazWNPerson) != 0 {
				continue
			}
			add = append(add, found{first: a, last: p, typ: 3})
		}
	}
	return mergeTitles(fs, add, true)
}

// yearToken reports whether w is a year from 1800 to 2099.
func yearToken(w string) bool {
	return len(w) == 4 && (w[:2] == "18" || w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// mergeTitles merges into fs the titles add, both in token order: a name
// inside a title gives way to it, unless it is the whole title (which
// becomes MISC with retype); a name running across a title's edge keeps
// the title out.
func mergeTitles(fs, add []found, retype bool) []found {
	if len(add) == 0 {
		return fs
	}
	out := make([]found, 0, len(fs)+len(add))
	k := 0
	for _, q := range add {
		keep := true
		var inner []found
		for ; k < len(fs) && fs[k].first < q.last; k++ {
			f := fs[k]
			switch {
			case f.last <= q.first:
				out = append(out, f)
			case f.first == q.first && f.last == q.last:
				keep = false
				if retype {
					f.typ, f.value = 3, ""
				}
				out = append(out, f)
			case f.first >= q.first && f.last <= q.last:
				inner = append(inner, f)
			default: // runs across the quotation mark: leave it be
				keep = false
				out = append(out, f)
			}
		}
		if keep {
			out = append(out, q)
		} else {
			out = append(out, inner...)
		}
	}
	return append(out, fs[k:]...)
}

// titleWords reports whether tokens [a,b) read as the title of a work:
// see quotedTitles.
func titleWords(tok func(int) string, a, b int) bool {
	if b-a < 1 || b-a > 8 {
		return false
	}
	end := b
	if w := tok(end - 1); (w == "?" || w == "!") && end-a > 1 {
		end--
	}
	capital, lower, open := 0, 0, false
	for i := a; i < end; i++ {
		w := tok(i)
		switch cc := caseClass(w); {
		case w == ":" && i > a && i < end-1:
			// "Phase 1 : Fortification"
		case w == "(" && i > a && !open:
			open = true // "Capricorn ( A Brand New Name )"
		case w == ")" && open && i == end-1:
			open = false
		case cc == caseTitle || cc == caseUpper || cc == caseMixed:
			capital++
		case cc == caseDigit && i > a:
			capital++
		case cc == caseLower && titleFunctionWords[w] && i > a && i < end-1:
			lower++
		default:
			return false
		}
	}
	return capital > 0 && lower <= capital && !open
}

// titleFunctionWords are the lower-case words titles of works hold.
var titleFunctionWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true, "of": true,
	"to": true, "in": true, "on": true, "at": true, "for": true, "from": true, "by": true, "with": true,
	"as": true, "into": true, "over": true, "it": true, "is": true, "is'": true, "'s": true, "n't": true,
	"my": true, "me": true, "you": true, "your": true, "up": true, "out": true, "off": true, "no": true,
}

// loneSurnames retypes as organisations the one-word person names of a
// document that nothing marks as a person: news introduces a person by the
// full name ("Stephen Harper", then "Harper") or a title ("Mr. Harper",
// "President Obama"), so a single capitalised word tagged PERSON that is no
// part of any longer person's name in the document, never follows a title
// or another capitalised word that is no place (a given name the tagger
// missed), never precedes "administration" or the like, is not listed
// next to a person's full name, one that opens with a given name
// ("Ludwig Tieck , Schelling"), or its short form ("Tieck , Schelling"
// after "Ludwig Tieck"), is never referred to as "he", "she" or
// ", who" right after it ("Trump said he"), is no player whose result a
// score gives ("Nadal won 6-4": scoredPlayer), is listed before no "and
// other" people ("Biden and other leaders": othersPeople), is not a known
// given name
// and was not linked to a full name is rather a company named
// after its founder ("Chrysler", "Ford") or the like. fs are
// the document's names over its n tokens.
func (r *Recognizer) loneSurnames(fs []found, n int, tok func(int) string) {
	var lone map[string]bool
	for _, f := range fs {
		if f.typ == 0 && f.last-f.first == 1 && f.value == "" {
			w := tok(f.first)
			if r.m.gaz.Flags(w)&(1<<GazFirst|1<<GazFirstTop) != 0 {
				continue
			}
			if lone == nil {
				lone = map[string]bool{}
			}
			lone[w] = true
		}
	}
	if len(lone) == 0 {
		return
	}
	for _, f := range fs {
		if f.typ == 0 && f.last-f.first > 1 {
			for i := f.first; i < f.last; i++ {
				delete(lone, tok(i))
			}
		}
	}
	for i := 0; i < n && len(lone) > 0; i++ {
		w := tok(i)
		if !lone[w] {
			continue
		}
		p := ""
		if i > 0 {
			p = tok(i - 1)
		}
		switch {
		case personTitles[p] || roleWords[p] || personRoles[p] || rankTitles[p]:
		case personVerb(tok, n, i+1):
			// "“…?” Schiff asked."
		case p != "" && caseClass(p) == caseTitle && r.m.gaz.Flags(p)&placeFlags == 0 && r.nameLike(p):
			// Maybe a given name the tagger missed ("Scooter Braun").
		case i+1 < n && personHeld[tok(i+1)]:
			// "the Obama administration"
		case personReference(tok, n, i):
			// "Trump said he would cut taxes", "Merkel, who": a company
			// is "it" and "which"
		case r.scoredPlayer(tok, n, i):
			// "Nadal won 6-4", "Federer beat Nadal 6-4": a player
		case r.othersPeople(tok, n, i):
			// "Biden, Macron and other leaders"
		default:
			continue
		}
		delete(lone, w)
	}
	// Listed among people: "Tieck , Schelling , the Schlegel brothers",
	// next to a full name that opens with a given name or to the short
	// form of one ("Tieck" after "Ludwig Tieck"). A short form may be a
	// company named after the person too, so it counts only where the
	// name listed on the other side, if any, is neither an organisation
	// nor another lone name ("Ford, Chrysler and Buick" after "Henry
	// Ford" are companies).
	person := func(f found, i, other int) bool {
		if f.typ != 0 {
			return false
		}
		if w := tok(f.first); f.last-f.first > 1 {
			return r.m.gaz.Flags(w)&(1<<GazFirst|1<<GazFirstTop) != 0 && !opener(w)
		}
		if f.value == "" {
			return false
		}
		if other < 0 || other >= len(fs) {
			return true
		}
		o := fs[other]
		a, b := fs[i], o // in token order, as listedNames reads them
		if other < i {
			a, b = b, a
		}
		return !listedNames(tok, a, b) || o.typ != 1 && !(o.typ == 0 && o.last-o.first == 1 && o.value == "" && lone[tok(o.first)])
	}
	for i, f := range fs {
		if f.typ == 0 && f.last-f.first == 1 && lone[tok(f.first)] &&
			(i > 0 && person(fs[i-1], i, i+1) && listedNames(tok, fs[i-1], f) || i+1 < len(fs) && person(fs[i+1], i, i-1) && listedNames(tok, f, fs[i+1])) {
			delete(lone, tok(f.first))
		}
	}
	for i := range fs {
		f := &fs[i]
		if f.typ == 0 && f.last-f.first == 1 && f.value == "" && lone[tok(f.first)] {
			f.typ = 1
		}
	}
}

// scoredPlayer reports whether the one-word name at token i of n is a side
// of a game's result with its score, named with no "the" as a team would
// be ("the Pirates lost 10-7") and no place that a club is named after
// ("Liverpool won 2-0"): before a result verb ("Nadal won 6-4 in the
// final", "Federer beat Nadal 6-4") or after one that names two sides
// ("beat Nadal 6-4"). A player, as a team, is called by one word; so a
// player's opponent is no club (clubSideAt: "Stoke beat Hull 2-1", "Leeds
// beat Stoke 3-0", "Villarreal beat Getafe 2-1" are clubs named as
// surnames are), nor is the score a team's (playerScore: "Gonzaga beat
// Baylor 86-70").
func (r *Recognizer) scoredPlayer(tok func(int) string, n, i int) bool {
	if i > 0 && (tok(i-1) == "the" || tok(i-1) == "The") || r.m.gaz.Flags(tok(i))&(placeFlags|1<<GazCity) != 0 {
		return false
	}
	if i+1 < n && (sideVerbs[tok(i+1)] || resultVerbs[tok(i+1)]) {
		if resultVerbs[tok(i+1)] && i+2 < n {
			b := i + 2
			for b < n && b-(i+2) < 3 && isCap(uint8(caseClass(tok(b)))) {
				b++
			}
			if tok(i+2) == "the" || r.clubSideAt(tok, i+2, b) {
				return false // "Stoke beat the Blades 2-1", "Stoke beat Hull 2-1"
			}
		}
		if !resultVerbs[tok(i+1)] {
			// "won 6-4" names no opponent to tell a club by: only a
			// tennis set's score says a player ("Stoke won 3-0",
			// "Ferrari won 2-1" are a club and a team)
			return setScore(tok, n, i+2)
		}
		return playerScore(tok, n, i+2)
	}
	if i < 2 || !resultVerbs[tok(i-1)] {
		return false
	}
	a := i - 1
	for a > 0 && i-1-a < 3 && isCap(uint8(caseClass(tok(a-1)))) {
		a--
	}
	return !r.clubSideAt(tok, a, i-1) && playerScore(tok, n, i+1)
}

// clubSideAt reports whether the other side [a, b) of a result is a club,
// so that the side a score sets against it is one too: a team named with
// "the", a club's name (clubName), or a place a gazetteer lists ("Hull",
// "Getafe"), but for a given name before a surname ("Jordan Thompson").
func (r *Recognizer) clubSideAt(tok func(int) string, a, b int) bool {
	if b <= a {
		return false
	}
	if a > 0 && (tok(a-1) == "the" || tok(a-1) == "The") {
		return true
	}
	fl := r.m.gaz.Flags(tok(a))
	return r.clubName(tok, a, b) || fl&(placeFlags|1<<GazCity|1<<GazWNPlace) != 0 && (b-a == 1 || fl&(1<<GazFirst|1<<GazFirstTop) == 0)
}

// playerScore reports whether a score ("6-4", "2 - 1") stands within eight
// tokens from token from of n, before the sentence ends, that players make:
// neither side over 30 (sets, frames, legs, a badminton game's points;
// "86-70" is basketball's, "31-28" football's).
func playerScore(tok func(int) string, n, from int) bool {
	a, b, ok := scoreNear(tok, n, from)
	return ok && smallPoints(a) && smallPoints(b)
}

// setScore reports whether a tennis set's score ("6-4", "7-6", "3-6")
// stands within eight tokens from token from of n, before the sentence
// ends: one digit a side, the higher 6 or 7 ("6-6" is no set's end).
func setScore(tok func(int) string, n, from int) bool {
	a, b, ok := scoreNear(tok, n, from)
	if !ok || len(a) != 1 || len(b) != 1 || a == b {
		return false
	}
	hi := max(a[0], b[0])
	return hi == '6' || hi == '7'
}

// scoreNear returns the two sides of the first score within eight tokens
// from token from of n, before the sentence ends.
func scoreNear(tok func(int) string, n, from int) (a, b string, ok bool) {
	for k := from; k < n && k < from+8; k++ {
		switch tok(k) {
		case ".", "!", "?", ";":
			return "", "", false
		}
		if scoreAt(tok, k, n) {
			if a, b, ok := cutScore(tok(k)); ok {
				return a, b, true
			}
			return tok(k), tok(k + 2), true
		}
	}
	return "", "", false
}

// smallPoints reports whether the number w (of a score) is 30 at most.
func smallPoints(w string) bool {
	return len(w) == 1 || len(w) == 2 && (w[0] < '3' || w == "30")
}

// othersPeople reports whether the name at token i of n is listed before
// "and other" and a plural noun for people ("Biden and other leaders",
// "Biden, Macron and other world leaders", "Pelosi and several other
// lawmakers"): othersKind says what the noun counts. Only capitalised
// words and commas may stand between the name and the "and".
func (r *Recognizer) othersPeople(tok func(int) string, n, i int) bool {
	for k := i + 1; k+1 < n && k <= i+12; k++ {
		switch w := tok(k); {
		case w == "," || isCap(uint8(caseClass(w))):
			continue
		case w == "and" || w == "or":
			o := k + 1
			if othersQuantity[tok(o)] && o+1 < n {
				o++
			}
			return tok(o) == "other" && r.othersKind(tok, n, o) == 0
		}
		return false
	}
	return false
}

// othersKind tells what the plural noun within three lower-case words
// after "other" at token i, before token end, counts: 1 companies ("and
// other banks", "or other tech firms": companyPlurals no person is also
// counted among), 0 people ("and other leaders", "other senior
// officials": a plural whose first WordNet sense is a person), -1
// neither or both ("other investors", "other defendants": peoplePlurals;
// "other countries").
func (r *Recognizer) othersKind(tok func(int) string, end, i int) int {
	for j := i + 1; j < end && j <= i+3; j++ {
		w := tok(j)
		if caseClass(w) != caseLower {
			return -1
		}
		if peoplePlurals[w] {
			return -1
		}
		if companyPlurals[w] {
			return 1
		}
		if len(w) > 3 && w[len(w)-1] == 's' && int(r.singularClass(w)>>nounFirstShift)-1 == classPerson {
			return 0
		}
	}
	return -1
}

// singularClass returns the noun-class entry of the singular of the
// lower-case plural w ("leaders": "leader", a person, where WordNet's
// "leaders" is a group; "companies": "company"), or of w where no singular
// is known. (nounClass looks the plural up first.)
func (r *Recognizer) singularClass(w string) uint32 {
	var arr [32]byte
	if buf, ok := singularInto(append(arr[:0], w...)); ok {
		if c, ok := r.m.nounClasses[string(buf)]; ok {
			return c
		}
	}
	return r.m.nounClasses[w]
}

// amongCompanies retypes as an organisation a one-word person name listed
// among organisations only, two at least, even a given name: "Microsoft,
// Meta and Alphabet have said" (listedNames). fs are in token order.
func amongCompanies(fs []found, tok func(int) string) {
	for i := range fs {
		f := &fs[i]
		if f.typ != 0 || f.last-f.first != 1 || f.value != "" {
			continue
		}
		a, b := i, i
		for a > 0 && listedNames(tok, fs[a-1], fs[a]) {
			a--
		}
		for b+1 < len(fs) && listedNames(tok, fs[b], fs[b+1]) {
			b++
		}
		if b-a < 2 {
			continue
		}
		orgs := true
		for k := a; k <= b && orgs; k++ {
			orgs = k == i || fs[k].typ == 1
		}
		if orgs {
			f.typ = 1
		}
	}
}

// listedNames reports whether name b follows name a in a list: one or
// two commas or "and" between them, nothing else.
func listedNames(tok func(int) string, a, b found) bool {
	for k := a.last; k < b.first; k++ {
		if w := tok(k); w != "," && w != "and" {
			return false
		}
	}
	return b.first > a.last && b.first-a.last <= 2
}

// placeSurnamesAsPeople returns the surnames of full names that the
// gazetteer also lists as places (placeSurname), and that the document uses alone
// (as the names fs tagged) more often as a person than as a place: after a
// title, before a verb of saying or acting, or referred to as "who", "he"
// or "she" (personReference), against after a place word or before ", " and
// a country or state (placeUse).
func (r *Recognizer) placeSurnamesAsPeople(fs []found, placeSurname func(string) bool, tok func(int) string, n int) map[string]bool {
	var out map[string]bool
	var count map[string]*[2]int // person uses, place uses
	for _, f := range fs {
		if f.last-f.first != 1 {
			continue
		}
		w := tok(f.first)
		if !placeSurname(w) {
			continue
		}
		if count == nil {
			count = map[string]*[2]int{}
		}
		c := count[w]
		if c == nil {
			c = new([2]int)
			count[w] = c
		}
		switch i := f.first; {
		case r.placeUse(tok, n, i):
			c[1]++
		case i > 0 && personTitles[tok(i-1)], i+1 < n && agentVerbs[tok(i+1)], personReference(tok, n, i):
			c[0]++
		}
	}
	for w, c := range count {
		if c[0] > c[1] {
			if out == nil {
				out = map[string]bool{}
			}
			out[w] = true
		}
	}
	return out
}

// placeWords before a name say it names a place: "in Hamilton", "the city
// of Hamilton". ("to" does not: "recommended her to Hamilton".)
var placeWords = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "outside": true, "of": true, "across": true,
	"around": true, "throughout": true, "into": true, "toward": true, "towards": true, "via": true,
	"within": true, "In": true, "At": true, "Near": true, "From": true, "Outside": true,
}

// placeUse reports whether the name at token i is used as a place: a place
// word before it (placeWords, placeCueBefore), or ", " and a country or
// state after it ("Hamilton, Ontario").
func (r *Recognizer) placeUse(tok func(int) string, n, i int) bool {
	if i > 0 && (placeWords[tok(i-1)] || placeCueBefore(tok, i)) {
		return true
	}
	return r.regionAfter(tok, n, i)
}

// regionAfter reports whether the one-word name at token i of n is
// followed by a comma and the state or country it lies in, of one word or
// more: "Paxton, Illinois", "Hamilton, Ontario", "Fairmont, West
// Virginia".
func (r *Recognizer) regionAfter(tok func(int) string, n, i int) bool {
	if i+2 >= n || tok(i+1) != "," {
		return false
	}
	if l, fl := r.m.gaz.MatchAt(tok, i+2, n); l > 0 {
		return fl&regionFlags != 0
	}
	return r.m.gaz.Flags(tok(i+2))&regionFlags != 0
}

// personReference reports whether the name at token i is referred to as a
// person right after it: ", who", or "he", "she", "his", "her" or "him"
// within the next eight words of its sentence, before any other
// capitalised word that could be the one referred to.
func personReference(tok func(int) string, n, i int) bool {
	if i+2 < n && tok(i+1) == "," && tok(i+2) == "who" {
		return true
	}
	for k := i + 1; k < n && k <= i+8; k++ {
		w := tok(k)
		switch w {
		case "he", "she", "his", "her", "him":
			return true
		case ".", "!", "?", ";", "“", "”", "\"", "''", "``":
			return false
		}
		if caseClass(w) == caseTitle || caseClass(w) == caseUpper {
			return false
		}
	}
	return false
}

// marketIndices retypes as MISC the names of stock-market indices, which
// the tagger takes for organisations or people ("the FTSE", "the Dow
// Jones"): a name is an index when one of its occurrences is followed by
// "index" or the like ("the Nikkei stock index", "the S&P 500 index"), or
// follows one ("the stock index FTSE 100"), or ends with such a word ("the
// Nasdaq Composite"), or is the last name before a move counted in points
// ("the Dow Jones fell 300 points") or, after "the" or a possessive, in
// percent ("The Nikkei dropped 9.62 %"). Every occurrence of the name
// changes, and so does the first word of such a name where it stands alone
// ("FTSE" after "FTSE 100 index"); a listed place before "index" ("the UK
// index") is the country's, not one. fs are in token order; sents are the
// sentences' token ranges over n tokens.
func (r *Recognizer) marketIndices(fs []found, sents [][2]int, n int, tok func(int) string, surface func(found) string) {
	var idx map[string]bool
	mark := func(f found) {
		if r.spanFlags(f, tok)&placeFlags != 0 {
			return // "the UK index", "United States stock indexes": the country's
		}
		if idx == nil {
			idx = map[string]bool{}
		}
		idx[surface(f)] = true
		if f.last-f.first > 1 {
			idx[tok(f.first)] = true
		}
	}
	for i := range fs {
		f := fs[i]
		if f.last-f.first > 1 && indexNouns[tok(f.last-1)] {
			mark(f) // "Nasdaq Composite"
		}
		// "the stock index FTSE 100", "the Japanese index the Nikkei",
		// "the primary UK index , the FTSE 100".
		for k := f.first - 1; k >= 0 && k >= f.first-3; k-- {
			if w := tok(k); indexNouns[w] && caseClass(w) == caseLower {
				mark(f)
				break
			} else if w != "the" && w != "," {
				break
			}
		}
		if f.last >= n {
			continue
		}
		w := tok(f.last)
		if indexNouns[w] && caseClass(w) == caseTitle && (i+1 == len(fs) || fs[i+1].first > f.last) {
			// "Hang Seng Index": the capitalised noun is part of the
			// index's name; the name without it is the index too.
			mark(f)
			fs[i].last++
			mark(fs[i])
			continue
		}
		if caseClass(w) == caseDigit && f.last+1 < n {
			w = tok(f.last + 1) // "S&P 500 index", "Nikkei 225 indexes"
		} else if (w == "stock" || w == "share") && f.last+1 < n {
			w = tok(f.last + 1)
		}
		if indexNouns[w] {
			mark(f)
		}
		if (w == "component" || w == "components") && f.last+1 < n && caseClass(tok(f.last+1)) == caseTitle {
			mark(f) // "Dow component Home Depot": a member of the index
		}
	}
	k := 0
	for _, se := range sents {
		for ; k < len(fs) && fs[k].first < se[0]; k++ {
		}
		last := -1 // the last name before token i in the sentence
		moved := false
		j := k
		for i := se[0] + 1; i < se[1]; i++ {
			for ; j < len(fs) && fs[j].last <= i; j++ {
				if fs[j].first >= se[0] {
					last, moved = j, false
				}
			}
			w := tok(i)
			if marketSays[w] {
				// "the Office for National Statistics said inflation fell
				// to 4.6 %": the name says what moved; it did not move.
				last, moved = -1, false
				continue
			}
			if marketMoves[w] {
				moved = true
			}
			if (w == "points" || w == "point") && moved && last >= 0 && caseClass(tok(i-1)) == caseDigit {
				mark(fs[last])
			}
			if (w == "%" || w == "percent") && moved && last >= 0 && caseClass(tok(i-1)) == caseDigit && fs[last].first > 0 {
				// "The Nikkei dropped 9.62 %", "Germany 's DAX was up
				// 0.2 percent": a company's moves are its shares' ("GM
				// fell 3 %"), without the article.
				if d := tok(fs[last].first - 1); d == "the" || d == "The" || d == "'s" || d == "’s" {
					mark(fs[last])
				}
			}
		}
	}
	if len(idx) == 0 {
		return
	}
	for i := range fs {
		if idx[surface(fs[i])] {
			fs[i].typ, fs[i].value = 3, ""
		}
	}
}

// camelProducts retypes as MISC the names that begin with a word written
// in lower case and then capitals ("iPod", "iTunes Music Store", "iPhone
// SDK"): product names, unless the words around one of its occurrences
// say it is a company ("eBay Inc.", "eBay 's chief executive"). fs are the
// document's names over its n tokens.
func camelProducts(fs []found, n int, tok func(int) string, surface func(found) string) {
	var company map[string]bool
	for _, f := range fs {
		if lowerCamel(tok(f.first)) && orgCue(tok, n, f.first, f.last) {
			if company == nil {
				company = map[string]bool{}
			}
			company[surface(f)] = true
		}
	}
	for i := range fs {
		f := &fs[i]
		if lowerCamel(tok(f.first)) && !company[surface(*f)] {
			f.typ, f.value = 3, ""
		}
	}
}

// lowerCamel reports whether w, made of ASCII letters and digits only,
// starts with a lower-case letter and has a capital after it ("iPod",
// "eBay"; not "al-Qaeda" or a web address).
func lowerCamel(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	upper := false
	for i := 1; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return upper
}

// indexNouns follow the name of a stock-market index.
var indexNouns = map[string]bool{
	"index": true, "Index": true, "indexes": true, "indices": true, "Composite": true,
	"Industrial": true, "average": true, "benchmark": true,
}

// marketMoves are the words that say how an index moved.
var marketMoves = map[string]bool{
	"rose": true, "fell": true, "gained": true, "lost": true, "dropped": true, "climbed": true,
	"slid": true, "jumped": true, "plunged": true, "declined": true, "added": true, "shed": true,
	"tumbled": true, "up": true, "down": true, "closed": true, "ended": true, "rising": true,
	"falling": true, "gaining": true, "losing": true, "dropping": true, "surged": true, "slipped": true,
	"value": true, "level": true, "finished": true,
}

// ampersandNames joins the capitalised words on either side of a spaced
// "&" into one organisation: "Marks & Spencer", "Procter & Gamble",
// "Johnson & Johnson", "Ernst & Young" (the tagger read a person, or half
// a company, on each side), but not two people's full names. Names the
// join takes in go; fs are in token order over n tokens, and so is the
// result.
func ampersandNames(fs []found, n int, tok func(int) string) []found {
	changed := false
	for i := 0; i < len(fs); i++ {
		f := &fs[i]
		// "&" right after the name or right before it, between two
		// capitalised words; longer names on either side are two ("David
		// Christison & Jenny Seaton", "Western Reds Rugby League & West
		// Coast Eagles AFL", "MTV & Wild").
		var a, b int // the joined name's first and last tokens + 1
		switch {
		case f.last+1 < n && tok(f.last) == "&" && caseClass(tok(f.last-1)) == caseTitle && caseClass(tok(f.last+1)) == caseTitle &&
			(f.last-f.first == 1 || tok(f.last-2) == "and" || tok(f.last-2) == ","):
			// "Tesco and Marks & Spencer" joins too: the "and" splits it after.
			a, b = f.first, f.last+2
			if i+1 < len(fs) && fs[i+1].first == f.last+1 && fs[i+1].last > b {
				continue
			}
		case f.first >= 2 && tok(f.first-1) == "&" && f.last == f.first+1 && caseClass(tok(f.first)) == caseTitle &&
			caseClass(tok(f.first-2)) == caseTitle && (i == 0 || fs[i-1].last <= f.first-2):
			a, b = f.first-2, f.last
		default:
			continue
		}
		for k := range fs {
			if k != i && fs[k].first >= a && fs[k].last <= b {
				fs[k].typ = -1 // taken into the joined name
			}
		}
		if f.typ != 3 {
			f.typ = 1 // a person's name on either side is a company's ("Marks & Spencer"); a product stays one ("Plug & Charge")
		}
		f.first, f.last, f.value = a, b, ""
		changed = true
	}
	if changed {
		fs = dropMarked(fs)
	}
	return fs
}

// companyProducts retypes as MISC a "place" of two or more words that
// opens with the name of an organisation the document names alone: "Apple
// Music", "Google Maps" beside "Apple", "Google" are the company's
// services, not places. A place's head or a gazetteer keeps it a place
// ("Boeing Field", "the State of Israel").
func (r *Recognizer) companyProducts(fs []found, tok func(int) string, surface func(found) string) {
	var orgs map[string]bool
	for _, f := range fs {
		if f.typ == 1 && f.last-f.first == 1 {
			if orgs == nil {
				orgs = map[string]bool{}
			}
			orgs[surface(f)] = true
		}
	}
	if orgs == nil {
		return
	}
	for i := range fs {
		f := &fs[i]
		if f.typ == 2 && f.last-f.first >= 2 && orgs[tok(f.first)] && !placeHeads[tok(f.last-1)] && tok(f.first+1) != "of" &&
			r.spanFlags(*f, tok)&(placeFlags|1<<GazCity|1<<GazWNPlace) == 0 {
			f.typ, f.value = 3, ""
		}
	}
}

// clubWords end the names of football clubs and stand for them alone
// (lastWordForms): "City" for Manchester City, "United", "Villa".
var clubWords = map[string]bool{"City": true, "United": true, "Rovers": true, "Athletic": true, "Wanderers": true,
	"Albion": true, "Villa": true, "Hotspur": true, "Rangers": true}

// groundNoun reports whether w, lower-cased, is a common noun whose first
// sense is a shape, a place or a natural object ("oval", "valley"): "The"
// and such a word after "at" name a ground or a venue.
func (r *Recognizer) groundNoun(w string) bool {
	switch int(r.m.nounClasses[strings.ToLower(w)]>>nounFirstShift) - 1 {
	case classShape, classLocation, classObject:
		return caseClass(w) == caseTitle
	}
	return false
}

// legislatures are the names of parliaments and their chambers in their
// own languages, alone or ending a name ("Knesset", "Lok Sabha", "State
// Duma"). (English heads are left to the tagger: "Thomas Assembly" may be
// a church's.)
var legislatures = map[string]bool{
	"Sabha": true, "Duma": true, "Rada": true, "Knesset": true, "Bundestag": true, "Bundesrat": true,
	"Sejm": true, "Storting": true, "Riksdag": true, "Folketing": true, "Majlis": true, "Senedd": true,
	"Oireachtas": true, "Dáil": true, "Seanad": true, "Eduskunta": true, "Althing": true, "Nationalrat": true,
}

// clubName reports whether tokens [first,last) name a club by its last
// word (clubWords) though they look like a person's name: the club word no
// surname list knows ("Charlton Athletic", "Bolton Wanderers"), or the
// first word a town's name and no common first name ("Aston Villa", where
// "David Villa", though David is a town too, is a player).
func (r *Recognizer) clubName(tok func(int) string, first, last int) bool {
	if last-first < 2 || !clubWords[tok(last-1)] {
		return false
	}
	fl := r.m.gaz.Flags(tok(first))
	return r.m.gaz.Flags(tok(last-1))&(1<<GazSur|1<<GazSurTop) == 0 || fl&(placeFlags|1<<GazCity) != 0 && fl&(1<<GazFirstTop) == 0
}

// lastWordForms gives a one-word name that is the last word of a full
// name before it, of type typ and as full says (full(f) reports whether f
// is one), that type and the full name named last before it: "City, who
// have won the title …" after "Manchester City", "Debby then moved north"
// after "Tropical Storm Debby" (the tagger read persons in both).
func lastWordForms(fs []found, tok func(int) string, surface func(found) string, typ int, full func(found) bool) {
	var names map[string]string // a last word: the last full name with it
	for i := range fs {
		f := &fs[i]
		switch {
		case f.typ == typ && f.last-f.first >= 2 && full(*f):
			if names == nil {
				names = map[string]string{}
			}
			names[tok(f.last-1)] = surface(*f)
		case f.last-f.first == 1 && f.value == "" && names != nil:
			if name, ok := names[tok(f.first)]; ok {
				f.typ, f.value = typ, name
			}
		}
	}
}

// stormWords name a storm before its given name: "Hurricane Milton",
// "Typhoon Haiyan", "Storm Ciarán".
var stormWords = map[string]bool{"Hurricane": true, "Typhoon": true, "Cyclone": true, "Storm": true, "Tropical": true}

// stormBefore returns the first token of the storm words right before
// token first ("Hurricane", "Tropical Storm"), -1 when there are none.
func stormBefore(tok func(int) string, first int) int {
	k := first
	for k > 0 && first-k < 2 && stormWords[tok(k-1)] {
		k--
	}
	if k == first || tok(first-1) == "Tropical" && !stormWords[tok(first)] {
		return -1 // "Tropical Cyclone" goes on; "Tropical Fish" is no storm
	}
	return k
}

// companyCamel reports whether w is written as companies write their
// joined names and people do not: capitals, then a capitalised word
// ("JPMorgan"), or a capitalised word of three letters or more, then
// another ("BlackRock", "PayPal"), but not a family name's prefix
// ("McConnell", "MacArthur", "DeSantis", "LeBron", "VanderMeer").
func companyCamel(w string) bool {
	caps := 0
	for caps < len(w) && w[caps] >= 'A' && w[caps] <= 'Z' {
		caps++
	}
	if caps >= 3 && caps < len(w) && w[caps] >= 'a' && w[caps] <= 'z' {
		return true // "JPMorgan": "JP", then "Morgan"
	}
	if caps != 1 {
		return false
	}
	for i := 1; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			if i < 3 || i+1 >= len(w) || w[i+1] < 'a' || w[i+1] > 'z' {
				return false
			}
			switch w[:i] {
			case "Mac", "Van", "Von", "Del", "Della", "Dal", "Fitz", "Ten", "Ver", "Des", "Van't":
				return false
			}
			return true
		}
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return false
}

// marketSays are the verbs of saying that make the name before them the
// source of a move after them, not what moved.
var marketSays = map[string]bool{"said": true, "says": true, "say": true, "reported": true, "reports": true,
	"estimated": true, "estimates": true, "showed": true, "shows": true, "show": true, "told": true,
	"announced": true, "noted": true, "warned": true, "predicted": true, "expects": true, "forecast": true}

// nameLike reports whether w is rarely written in lower case: an unknown
// word, or a known one whose lower-case form is rare ("Scooter", unlike
// "If" or "The").
func (r *Recognizer) nameLike(w string) bool {
	row, ok := r.m.vocab[w]
	return !ok || r.m.vocabLC[row] <= 2
}

// givenAndSurname reports whether f, two tokens the tagger took for a
// place, a company or a thing, is a given name and a surname standing
// alone: the given name a listed one and no common word, the surname a
// listed one or a word no dictionary here knows, neither of them a place,
// no head of a place's, company's or event's name, no name WordNet lists
// ("Art Deco", "Davis Cup"), no common noun nor its plural for a surname
// ("Echo Buds"), nothing capitalised on either side ("Cynthia Woods
// Mitchell Pavilion"), no "the" before it, no noun after it that it
// modifies ("Hoa Lo prison") and no company's cue around it. The tagger
// reads "Novak Djokovic", "Pablo Picasso" and "Casey Affleck" as places or
// companies by the words around them.
func (r *Recognizer) givenAndSurname(f found, flags uint16, tok func(int) string, n int) bool {
	const places = placeFlags | 1<<GazCity | 1<<GazWNPlace | 1<<GazWNOrg | 1<<GazWNOther
	if f.last-f.first != 2 || flags&places != 0 {
		return false
	}
	given, sur := tok(f.first), tok(f.first+1)
	gf, sf := r.m.gaz.Flags(given), r.m.gaz.Flags(sur)
	if caseClass(given) != caseTitle || caseClass(sur) != caseTitle || !r.nameLike(given) ||
		gf&(1<<GazFirst|1<<GazFirstTop) == 0 || gf&places != 0 || sf&places != 0 ||
		placeHeads[sur] || orgNameHeads[sur] || legalForms[sur] || miscHeads[sur] || orgKinds[sur] {
		return false // "Galileo Jupiter probe"
	}
	if r.commonNoun(strings.ToLower(sur)) {
		return false // "Echo Buds", "Ballard Locks", "Assassin's Creed Origins"
	}
	if !r.unknownWord(sur) && sf&(1<<GazSur|1<<GazSurTop) == 0 {
		return false
	}
	if f.first > 0 && (caseClass(tok(f.first-1)) == caseTitle || tok(f.first-1) == "the") || f.last < n && caseClass(tok(f.last)) == caseTitle {
		return false // "Cynthia Woods Mitchell Pavilion", "the Manu Taupunga group"
	}
	if f.last < n && caseClass(tok(f.last)) == caseLower && r.commonNoun(tok(f.last)) {
		return false // a name before a noun it modifies: "Tony Moly cosmetics", "the city's Hoa Lo prison"
	}
	return !orgCue(tok, n, f.first, f.last)
}

// regionName reports whether f (of gazetteer lists flags) names a region:
// WordNet places it ("Europe", "Latin America"); or it is words that make
// a place of one (placeModifiers) before places a list or WordNet knows
// ("Western Europe", "North Asia", "Greater China"; not a common noun
// WordNet also has as a place: "Western Union"); or it is parts of the
// world (worldParts), hyphened or not ("Asia Pacific", "Asia-Pacific"). A
// region has sales and markets, no shares: "Asia Pacific revenue rose 8 %"
// is the region's, no company's. Companies are named place first ("China
// Southern", "China Mobile", "Cathay Pacific"), so a modifier after a
// place, or a place that is no part of the world beside one that is, makes
// no region.
func (r *Recognizer) regionName(f found, flags uint16, tok func(int) string) bool {
	if flags&(1<<GazWNPlace) != 0 {
		return true
	}
	if f.last-f.first == 1 && !strings.Contains(tok(f.first), "-") {
		return false
	}
	modified, parts, others := false, 0, 0
	for k := f.first; k < f.last; k++ {
		for part := range strings.SplitSeq(tok(k), "-") {
			fl := r.m.gaz.Flags(part)
			switch {
			case placeModifiers[part]:
				if parts+others > 0 {
					return false // "China Southern"
				}
				modified = true
			case worldParts[part]:
				parts++
			case fl&placeFlags != 0 || fl&(1<<GazWNPlace) != 0 && !r.commonNoun(strings.ToLower(part)):
				// A country, a state or a city ("Western Europe", "North
				// Carolina"), not a common noun only WordNet's places
				// know in a sense ("Western Union": "the Union").
				others++
			default:
				return false
			}
		}
	}
	return modified && parts+others > 0 || !modified && others == 0 && parts > 0
}

// worldParts are the continents, oceans and great regions that regions
// are made of without a modifier: "Asia Pacific", "Europe-Africa".
var worldParts = map[string]bool{"Asia": true, "Europe": true, "Africa": true, "America": true, "Americas": true,
	"Oceania": true, "Australasia": true, "Eurasia": true, "Pacific": true, "Atlantic": true, "Arctic": true,
	"Antarctica": true, "Caribbean": true, "Mediterranean": true, "Baltic": true, "Balkans": true, "Scandinavia": true,
	"Nordic": true, "Nordics": true, "Benelux": true, "Iberia": true, "Levant": true, "Gulf": true}

// commonNoun reports whether the lower-case word w is a common noun or the
// plural of one.
func (r *Recognizer) commonNoun(w string) bool {
	return r.m.nounClasses[w] != 0 || strings.HasSuffix(w, "s") && r.m.nounClasses[w[:len(w)-1]] != 0
}

// personHeld are nouns that, after a surname, name what a person leads
// or has ("the Obama administration", "the Kennedy family").
var personHeld = map[string]bool{
	"administration": true, "government": true, "campaign": true, "family": true, "presidency": true,
	"era": true, "cabinet": true, "estate": true,
}

// placeHeads end names of places that start with another place's name
// ("Michigan Avenue", "Kansas City", "Boston Harbor").
var placeHeads = map[string]bool{
	"Avenue": true, "Road": true, "Street": true, "Square": true, "Park": true, "Airport": true, "Bay": true,
	"Coast": true, "Harbor": true, "Harbour": true, "Lake": true, "Mountain": true, "Mountains": true,
	"Hills": true, "Heights": true, "Beach": true, "Bridge": true, "Station": true, "City": true,
	"County": true, "Region": true, "District": true, "Province": true, "State": true, "Valley": true,
	"River": true, "Island": true, "Islands": true, "Strait": true, "Canal": true, "Peninsula": true,
	"Desert": true, "Basin": true, "Gulf": true, "Sea": true, "Ocean": true, "Falls": true, "Springs": true,
	"Stadium": true, "House": true, "Arena": true, "Gym": true, "Field": true, "Formation": true,
	"Parish": true, "Township": true, "Borough": true, "Shire": true, "Prefecture": true,
	"Oblast": true, "Canton": true, "Governorate": true, "Norte": true, "Sur": true,
	"Pavilion": true, "Amphitheater": true, "Amphitheatre": true, "Plaza": true, "Boulevard": true,
	"Drive": true, "Place": true, "Terrace": true,
}

// orgNameHeads end the names of organisations by saying what kind they
// are ("Cesaroni Design Associates", "Hilton Group", "Decca Records").
var orgNameHeads = map[string]bool{
	"Associates": true, "Group": true, "Holdings": true, "Industries": true, "Technologies": true,
	"Systems": true, "Partners": true, "Records": true, "Studios": true, "Airlines": true,
	"Airways": true, "Motors": true, "Design": true, "Media": true, "Entertainment": true,
	"Communications": true, "Networks": true, "Publishing": true, "Pictures": true,
	"Electronics": true, "Labs": true, "Laboratories": true, "Foundation": true,
	"Association": true, "Society": true, "Federation": true, "Club": true, "Orchestra": true,
	"Productions": true, "Enterprises": true, "Ventures": true, "Capital": true, "Aerospace": true,
	"Services": true, "Pharmaceuticals": true, "Brands": true, "Foods": true, "Energy": true, "Resources": true,
	"Solutions": true, "Software": true, "Robotics": true, "Biotech": true, "Therapeutics": true,
	"Brothers": true, "Bros": true, "Bros.": true,
}

// publicationHeads end the names of newspapers and magazines, which news
// style shortens to that word alone ("the Journal", "the Post").
var publicationHeads = map[string]bool{
	"Journal": true, "Times": true, "Post": true, "Tribune": true, "Herald": true, "Guardian": true,
	"Telegraph": true, "Observer": true, "Globe": true, "Chronicle": true, "Gazette": true,
	"Inquirer": true, "Examiner": true, "Enquirer": true, "Dispatch": true, "Courier": true,
	"Bulletin": true, "Register": true, "Economist": true, "Review": true, "Monitor": true,
}

// sentenceOpeners are words that, capitalised at a sentence's start, the
// tagger may take into the name after them ("Since Connecticut"):
// conjunctions, prepositions and adverbs that open sentences. Months and
// weekdays do too ("December GM"): see calendarNames and opener.
var sentenceOpeners = map[string]bool{
	"Since": true, "After": true, "Before": true, "When": true, "While": true, "Although": true,
	"Because": true, "If": true, "Unlike": true, "Like": true, "As": true, "Despite": true,
	"During": true, "Following": true, "Under": true, "With": true, "Without": true, "Meanwhile": true,
	"However": true, "Also": true, "Then": true, "Today": true, "Yesterday": true, "Last": true,
	"Once": true, "Until": true, "Though": true, "Whereas": true, "Thus": true, "Hence": true,
	// Greetings: "Hey Twitter, the whole point …", "Dear Senator Smith".
	"Hey": true, "Hi": true, "Hello": true, "Dear": true,
}

// questionAux are the auxiliaries that open a question before its subject:
// "Will Warren continue to face the heat?" names Warren, not Will Warren.
var questionAux = map[string]bool{"Will": true, "Can": true, "Could": true, "Would": true, "Should": true,
	"Did": true, "Does": true, "Do": true, "Is": true, "Was": true, "Has": true, "Have": true, "Are": true,
	"Were": true, "Shall": true}

// asks reports whether the sentence of tokens sent[0] to sent[1]-1 ends in
// a question mark, closing quotation marks aside.
func asks(sent [2]int, tok func(int) string) bool {
	for i := sent[1] - 1; i >= sent[0]; i-- {
		switch w := tok(i); {
		case w == "?":
			return true
		case !isQuote(w) && w != ")":
			return false
		}
	}
	return false
}

// calendarNames are the days of the week and the months that are no given
// names (not "May", "June", "April" or "August").
var calendarNames = map[string]bool{
	"January": true, "February": true, "March": true, "September": true, "October": true,
	"November": true, "December": true, "Monday": true, "Tuesday": true, "Wednesday": true,
	"Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
}

// opener reports whether w is in sentenceOpeners or calendarNames: a word
// that opens sentences and no name after it.
func opener(w string) bool { return sentenceOpeners[w] || calendarNames[w] }

// trimOpeners drops from the names in fs that open a sentence (or its
// quotation) a first word in sentenceOpeners, and from a person's name
// anywhere a first month or weekday ("Since December GM and Chrysler"),
// and the whole name where a pronoun is left ("When I"). sents are the
// sentences' token ranges, in order, as fs is; the result is in that order
// too.
func trimOpeners(fs []found, sents [][2]int, tok func(int) string) []found {
	k := 0
	for i := range fs {
		f := &fs[i]
		st, ok := sentenceStartOf(sents, &k, f.first, tok)
		if !ok {
			break
		}
		if f.last-f.first >= 2 && (f.first == st && (opener(tok(f.first)) || questionAux[tok(f.first)] && asks(sents[k], tok)) || f.typ == 0 && calendarWord(tok(f.first))) {
			f.first++
			if f.last-f.first == 1 && (pronouns[tok(f.first)] || tok(f.first) == "I") {
				f.typ = -1 // "When I": no name at all
			}
		}
	}
	return dropMarked(fs)
}

// sentenceStartOf moves k, an index into sents, to the sentence holding
// token first (sents and the calls in token order) and returns that
// sentence's first token, past an opening quotation mark; false past the
// last sentence.
func sentenceStartOf(sents [][2]int, k *int, first int, tok func(int) string) (int, bool) {
	for *k < len(sents) && sents[*k][1] <= first {
		*k++
	}
	if *k == len(sents) {
		return 0, false
	}
	st := sents[*k][0]
	if st < sents[*k][1] && isQuote(tok(st)) {
		st++
	}
	return st, true
}

// headsAtStart gives back the first word of a place's name that the tagger
// left out at a sentence's start, where a capital says nothing: "Wall
// Street analysts were expecting" came out as "Street". A place's head
// word found alone right after the sentence's first word, a capitalised
// word that opens no sentence by habit, is the name's end.
func headsAtStart(fs []found, sents [][2]int, tok func(int) string) {
	k := 0
	for i := range fs {
		f := &fs[i]
		st, ok := sentenceStartOf(sents, &k, f.first, tok)
		if !ok {
			return
		}
		if f.last-f.first != 1 || f.first != st+1 || !placeHeads[tok(f.first)] {
			continue
		}
		w := tok(st)
		if caseClass(w) != caseTitle || opener(w) || pronouns[w] || determinerWords[strings.ToLower(w)] ||
			i > 0 && fs[i-1].last > st {
			continue
		}
		f.first, f.typ, f.value = st, 2, ""
	}
}

// determinerWords open a noun phrase, never a name: "The Street".
var determinerWords = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "its": true, "our": true, "their": true, "my": true, "your": true,
	"every": true, "each": true, "no": true, "some": true, "any": true}

// orgKinds are the last words of the names of public bodies and other
// organisations that may hold "and" ("Securities and Exchange
// Commission", "Food and Drug Administration").
var orgKinds = map[string]bool{
	"Commission": true, "Committee": true, "Department": true, "Agency": true, "Authority": true,
	"Administration": true, "Institute": true, "Council": true, "Board": true, "Bureau": true,
	"Office": true, "Service": true, "Services": true, "Ministry": true, "Company": true, "Bank": true,
	"Trust": true, "Fund": true, "Organization": true, "Organisation": true, "Union": true,
	"Party": true, "Court": true, "Centre": true, "Center": true, "School": true, "College": true,
	"University": true, "Railway": true, "Railways": true, "Railroad": true,
}

// hasCase reports whether one of tokens [first,last) is of case class cc:
// punctuation in a name ("Disney+"), a lower-case word ("of", "on": "and"
// after it joins the complement, not two names).
func hasCase(tok func(int) string, first, last, cc int) bool {
	for i := first; i < last; i++ {
		if caseClass(tok(i)) == cc {
			return true
		}
	}
	return false
}

// markCover clears cover and marks in it the tokens of the names in fs.
func markCover(cover []bool, fs []found) {
	clear(cover)
	for _, f := range fs {
		for i := f.first; i < f.last; i++ {
			cover[i] = true
		}
	}
}

// dropMarked removes from fs the names marked for removal (type -1),
// keeping the others' order.
func dropMarked(fs []found) []found {
	kept := fs[:0]
	for _, f := range fs {
		if f.typ >= 0 {
			kept = append(kept, f)
		}
	}
	return kept
}

// orgKindHead reports whether w ends an organisation's name by its kind.
func orgKindHead(w string) bool { return orgKinds[w] || orgNameHeads[w] || legalForms[w] }

// placeNouns are lower-case nouns that, right before a name or before
// "of" and a name, say it names a place: "the nature park Kopački Rit",
// "the town of Aisby".
var placeNouns = map[string]bool{
	"village": true, "town": true, "city": true, "river": true, "lake": true, "park": true,
	"island": true, "county": true, "district": true, "province": true, "municipality": true,
	"parish": true, "suburb": true, "mountain": true, "valley": true, "region": true,
}

// placeCueBefore reports whether the words before token first say a place
// follows: a place noun right before it, or "<place noun> of" ("the town of").
func placeCueBefore(tok func(int) string, first int) bool {
	if placeNouns[tok(first-1)] {
		return true
	}
	return first > 1 && tok(first-1) == "of" && placeNouns[tok(first-2)]
}

// ism reports whether w names a faith, doctrine or movement by its suffix
// ("Catholicism", "Marxism"), or a country's leaving a union by the suffix
// of "Brexit" ("Grexit").
func ism(w string) bool {
	return len(w) > 5 && caseClass(w) == caseTitle && (strings.HasSuffix(w, "ism") || strings.HasSuffix(w, "isms") || strings.HasSuffix(w, "exit"))
}

// particleStem returns the family name after an Arabic article or particle
// joined by a hyphen ("al-Bashir" -> "Bashir", "el-Sisi" -> "Sisi"), or "".
func particleStem(w string) string {
	for _, p := range []string{"al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "bin-", "ibn-", "ben-"} {
		if stem, ok := strings.CutPrefix(w, p); ok && caseClass(stem) == caseTitle && len(stem) > 2 {
			return stem
		}
	}
	return ""
}

// personVerb reports whether the word at token i, right after a name, is
// what only a person does: laugh or joke, and, with nothing after it but
// punctuation, ask or recall ("“…?” Schiff asked."; an organisation asks a
// court to act and recalls cars, and says or confirms as people do).
func personVerb(tok func(int) string, n, i int) bool {
	if i >= n {
		return false
	}
	switch tok(i) {
	case "joked", "jokes", "laughed", "laughs", "smiled", "smiles", "shrugged", "sighed", "wondered", "wonders":
		return true
	case "asked", "asks", "recalled", "recalls", "testified":
		if i+1 >= n {
			return true
		}
		switch tok(i + 1) {
		case ".", ",", "!", ";":
			return true
		}
	}
	return false
}

// saysOfHimself reports whether a verb of saying follows the name ending
// before token i and, after it and perhaps "that", "he" or "she": "Biden
// said he would", "Merkel told reporters she". A company says "it".
func saysOfHimself(tok func(int) string, n, i int) bool {
	if i+1 >= n {
		return false
	}
	switch tok(i) {
	case "said", "says", "added", "adds", "insisted", "insists", "argued", "argues", "warned", "warns",
		"claimed", "claims", "admitted", "admits", "wrote", "writes":
	default:
		return false
	}
	j := i + 1
	if tok(j) == "that" && j+1 < n {
		j++
	}
	switch tok(j) {
	case "he", "she", "his", "her":
		return true
	}
	return false
}

// agentVerbs, right after a name, say it acts as a person or organisation
// does, not as a place.
var agentVerbs = map[string]bool{
	"sues": true, "sued": true, "announced": true, "announces": true, "said": true, "says": true,
	"states": true, "stated": true, "filed": true, "acquired": true, "acquires": true, "bought": true,
	"buys": true, "sells": true, "sold": true, "hired": true, "hires": true, "launched": true,
	"launches": true, "unveiled": true, "unveils": true, "employs": true, "reported": true,
	"reports": true, "denied": true, "denies": true, "confirmed": true, "confirms": true,
	"uses": true, "builds": true, "develops": true, "offers": true,
}

// ambiguousPlaceHeads end names of places but as often those of clubs,
// companies, bands or stations ("Manchester City", "Linkin Park").
var ambiguousPlaceHeads = map[string]bool{"Park": true, "Station": true, "City": true, "State": true,
	"Bridge": true, "Square": true}

// namedAfterPlace reports whether the place name in tokens [first,last) is
// rather an organisation named after a place: a place word (or a listed
// place of several words) followed by words that are neither places nor the
// head of a place name, and the whole not a known place ("Cambridge
// Analytica", "Boston Dynamics", "Texas Instruments", "Kansas City Chiefs",
// unlike "Kansas City" or "Hong Kong").
func (r *Recognizer) namedAfterPlace(tok func(int) string, first, last int) bool {
	if last-first < 2 || r.m.gaz.Flags(tok(first))&placeFlags == 0 {
		return false
	}
	from := first + 1
	if n, flags := r.m.gaz.MatchAt(tok, first, last); n == last-first && flags&placeFlags != 0 {
		return false
	} else if n > 1 && n < last-first && flags&(placeFlags|1<<GazCity) != 0 {
		from = first + n // "Kansas City" of "Kansas City Chiefs": what follows the whole place
	}
	for i := from; i < last; i++ {
		w := tok(i)
		if r.m.gaz.Flags(w)&placeFlags != 0 || placeHeads[w] || w == "," || w == "of" {
			return false
		}
	}
	return true
}

// teamRoles are a club's players and staff: between a name and a person's
// they make the first a team ("Chelsea striker Diego Costa", "Lakers coach
// Frank Vogel").
var teamRoles = map[string]bool{"striker": true, "midfielder": true, "defender": true, "goalkeeper": true,
	"keeper": true, "winger": true, "quarterback": true, "pitcher": true, "coach": true, "captain": true}

// apStates are the abbreviations of US states in AP style, as datelines
// and addresses write them ("CUPERTINO, Calif.").
var apStates = map[string]bool{"Ala.": true, "Ariz.": true, "Ark.": true, "Calif.": true, "Colo.": true,
	"Conn.": true, "Del.": true, "Fla.": true, "Ga.": true, "Ill.": true, "Ind.": true, "Kan.": true, "Ky.": true,
	"La.": true, "Md.": true, "Mass.": true, "Mich.": true, "Minn.": true, "Miss.": true, "Mo.": true, "Mont.": true,
	"Neb.": true, "Nev.": true, "N.H.": true, "N.J.": true, "N.M.": true, "N.Y.": true, "N.C.": true, "N.D.": true,
	"Okla.": true, "Ore.": true, "Pa.": true, "R.I.": true, "S.C.": true, "S.D.": true, "Tenn.": true, "Vt.": true,
	"Va.": true, "Wash.": true, "W.Va.": true, "Wis.": true, "Wyo.": true}

// clubPrefixes open the names of football clubs before their city's:
// "Real Madrid", "Inter Milan", "Atletico Madrid", "Sporting Lisbon",
// "Dynamo Kyiv", "Olympique Marseille", "Borussia Dortmund".
var clubPrefixes = map[string]bool{"Real": true, "Inter": true, "AC": true, "Athletic": true, "Atletico": true,
	"Atlético": true, "Sporting": true, "Dynamo": true, "Dinamo": true, "Olympique": true, "Borussia": true,
	"Racing": true, "Deportivo": true, "Hertha": true, "Rapid": true, "Partizan": true, "Steaua": true,
	"Legia": true, "Slavia": true, "Sparta": true, "Spartak": true, "CSKA": true, "Lokomotiv": true,
	"Shakhtar": true, "Zenit": true}

// roleBefore reports whether what a person does stands right before token
// i: one of personRoles ("director Kogonada"), or "star" after a name
// ("Brazil star Neymar"; not "the star Sirius").
func roleBefore(tok func(int) string, i int) bool {
	if i == 0 {
		return false
	}
	if w := tok(i - 1); personRoles[w] || w == "star" && i > 1 && caseClass(tok(i-2)) == caseTitle {
		return true
	}
	return false
}

// ownerWords are possessives that own what follows a name: in "its
// Cupertino headquarters" the name is not the owner.
var ownerWords = map[string]bool{"its": true, "their": true, "our": true, "his": true, "her": true}

// placeFlags are the gazetteer lists of places and peoples: such a word is
// not taken for a short form of a person's or organisation's name
// ("Australia" in "Ford Australia", "Singapore" in "Singapore Airlines").
const placeFlags = 1<<GazCountry | 1<<GazCapital | 1<<GazCityLarge | 1<<GazAdmin1 | 1<<GazNationality

// regionFlags are the gazetteer lists of countries, states and peoples:
// a "person" whose first word is one ("Michigan Ford") is a run-together
// list, not a full name whose surname may stand for it.
const regionFlags = 1<<GazCountry | 1<<GazAdmin1 | 1<<GazNationality

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

// roleWords are titles that are not part of a name, CoNLL-style: a name
// the tagger ran across one is cut there. A role word between two names
// ("Apple CEO Steve Jobs") separates an organisation from a person.
var roleWords = map[string]bool{
	"CEO": true, "CFO": true, "COO": true, "CTO": true, "Chairman": true, "Chairwoman": true,
	"Spokesman": true, "Spokeswoman": true, "spokesman": true, "spokeswoman": true,
	"Senator": true, "Sen.": true, "Governor": true, "Gov.": true, "Mayor": true,
	"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true,
}

// memberTitles are the titles of members of a parliament or an assembly,
// which end their party's name or head their own but belong to neither
// ("the Liberal Democrat MP", "BJP MLA Raja Singh", "Scottish National
// Party MSP John Swinney"). Opening a name they are left alone ("MP
// Materials" is a company).
var memberTitles = map[string]bool{"MP": true, "MPs": true, "MLA": true, "MLAs": true, "MSP": true,
	"MSPs": true, "MEP": true, "MEPs": true, "MPP": true, "MPPs": true, "MNA": true, "MHA": true}

// headType gives the type a name of two or more words has when it ends in
// one of these head nouns, whatever the tagger said: "Dow Jones Industrial
// Average" is no person, "MTV Video Music Awards" no organisation, "Lake
// Michigan" style names aside ("Hudson River" is a place).
var headType = map[string]int{
	"Inc.": 1, "Corp.": 1, "Co.": 1, "Ltd.": 1, "Company": 1, "Corporation": 1, "Airlines": 1,
	"Motors": 1, "University": 1, "Council": 1, "Committee": 1, "Agency": 1, "Association": 1,
	"Institute": 1, "Ministry": 1, "Department": 1, "Commission": 1, "Party": 1, "Bank": 1, "Police": 1,
	"River": 2, "Mountains": 2, "Island": 2, "Islands": 2, "Ocean": 2, "Sea": 2, "Valley": 2,
	"County": 2, "Province": 2, "Street": 2,
	"Award": 3, "Awards": 3, "Prize": 3, "Cup": 3, "War": 3, "Average": 3, "Index": 3, "Act": 3,
	"Olympics": 3, "Festival": 3,
}

// hyphenNames joins two capitalised words that tokenised text writes
// with a spaced hyphen between them ("Wal - Mart", "Coca - Cola") into
// one name, where the tagger found at most one word on each side: an
// organisation's unless both halves were tagged alike. Halves that a
// gazetteer knows as places or given names are a range or a pairing
// ("Boston - New York", "Jean - Paul"), not one name. fs must be in token
// order; the result is too. A common noun after a determiner ends a
// phrase before a dash ("around the World - Datecs became").
func (r *Recognizer) hyphenNames(fs []found, n int, tok func(int) string, spaced func(int) bool) []found {
	const known = placeFlags | 1<<GazCity | 1<<GazFirstTop | 1<<GazWNPlace | 1<<GazWNPerson | 1<<GazWNMember
	k := 0
	var out []found
	for i := 1; i+1 < n; i++ {
		if tok(i) != "-" || !spaced(i) || !spaced(i+1) || caseClass(tok(i-1)) != caseTitle || caseClass(tok(i+1)) != caseTitle ||
			r.m.gaz.Flags(tok(i-1))&known != 0 || r.m.gaz.Flags(tok(i+1))&known != 0 || i+2 < n && caseClass(tok(i+2)) == caseTitle ||
			i >= 2 && caseClass(tok(i-2)) == caseTitle {
			continue
		}
		if i >= 2 && (determiners[tok(i-2)] || lowerDeterminers[tok(i-2)]) {
			if c, _ := nounClass(r.m.nounClasses, tok(i-1), nil); c != 0 {
				continue // "around the World - Datecs became": a dash
			}
		}
		for k < len(fs) && fs[k].last <= i-1 {
			out = append(out, fs[k])
			k++
		}
		left, right := -1, -1
		j := k
		if j < len(fs) && fs[j].first == i-1 && fs[j].last == i {
			left = fs[j].typ
			j++
		}
		if j < len(fs) && fs[j].first == i+1 && fs[j].last == i+2 {
			right = fs[j].typ
			j++
		}
		if j < len(fs) && fs[j].first <= i+1 || left < 0 && right < 0 {
			continue // a longer name runs across, or no half is a name
		}
		typ := 1
		if left == right {
			typ = left
		}
		out = append(out, found{first: i - 1, last: i + 2, typ: typ})
		k = j
	}
	if out == nil {
		return fs
	}
	return append(out, fs[k:]...)
}

// andNames stretches an organisation's name of two or more words over a
// capitalised word and "and" before it that the tagger left untagged
// ("Customs and Border Protection", "Immigration and Customs
// Enforcement"): a lone capitalised word there, not opening its sentence,
// no name a gazetteer knows and not after another capitalised word, is the
// first half of the name, not a name of its own. cover marks the tokens in
// names and is updated; sents are the sentences' token ranges.
func (r *Recognizer) andNames(fs []found, sents [][2]int, cover []bool, tok func(int) string) {
	se := 0
	for i := range fs {
		f := &fs[i]
		for se < len(sents) && sents[se][1] <= f.first {
			se++
		}
		a := f.first - 2
		if f.typ != 1 || f.last-f.first < 2 || se == len(sents) || a <= sents[se][0] || tok(f.first-1) != "and" ||
			cover[a] || caseClass(tok(a)) != caseTitle || r.m.gaz.Flags(tok(a)) != 0 || opener(tok(a)) ||
			isCap(uint8(caseClass(tok(a-1)))) {
			continue
		}
		cover[a], cover[a+1] = true, true
		f.first, f.value = a, ""
	}
}

// ofNames joins a kind of place before "of" to the place the tagger found
// after it ("City of Brampton", "People 's Republic of China"), the kind
// too where the tagger found it alone ("District" and "Columbia" of "the
// District of Columbia"). (An
// organisation keeps its name apart from the place after "of": gold data
// splits "Standard Oil Company of New York" as often as it joins "State
// Railway of Thailand".) fs must be in token order; the result is too.
func ofNames(fs []found, tok func(int) string) []found {
	out := fs[:0]
	for _, f := range fs {
		if f.typ == 2 && f.first >= 2 && tok(f.first-1) == "of" && placeKinds[tok(f.first-2)] &&
			(len(out) == 0 || out[len(out)-1].last <= f.first-2 || out[len(out)-1].first == f.first-2 && out[len(out)-1].last == f.first-1) {
			f.first -= 2 // "City of Brampton"
			if f.first >= 2 && tok(f.first) == "Republic" && tok(f.first-1) == "'s" && tok(f.first-2) == "People" {
				f.first -= 2 // "People 's Republic of China"
			}
			if len(out) > 0 && out[len(out)-1].last > f.first {
				out = out[:len(out)-1] // "Republic" tagged alone
			}
			f.value = ""
		}
		out = append(out, f)
	}
	return out
}

// placeKinds name kinds of places that take their name after "of": "the
// City of London", "the Republic of Ireland".
var placeKinds = map[string]bool{
	"City": true, "Town": true, "Republic": true, "Kingdom": true, "Province": true, "County": true,
	"Borough": true, "Municipality": true, "Commonwealth": true, "Emirate": true, "Principality": true,
	"Duchy": true, "Isle": true, "Village": true, "District": true, "Region": true, "Prefecture": true,
}

// edgePunct reports whether w is a quotation mark or a bracket, which a
// name may hold inside ("Europe 's “ Open Skies ”") but never begins or
// ends with, or a list's bullet, which it never holds.
func edgePunct(w string) bool {
	switch w {
	case "'", "`", "(", ")", "[", "]", "‘", "’":
		return true
	}
	return isQuote(w) || bullet(w)
}

// bullet reports whether w marks an item of a list: "*", "•", "·".
func bullet(w string) bool { return w == "*" || w == "•" || w == "·" }

// splitTitles appends f to dst without the role words at its edges, or as
// an ORG before and a PERSON after a role word inside it. toks are the
// sentence's token texts and base the document index of its first token.
func splitTitles(dst []found, f found, toks []string, base int) []found {
	tok := func(i int) string { return toks[i-base] }
	for f.first < f.last && edgePunct(tok(f.first)) {
		f.first++
	}
	for f.last > f.first && edgePunct(tok(f.last-1)) {
		f.last--
	}
	for f.first < f.last && roleWords[tok(f.first)] {
		f.first++
		f.typ = 0 // a title heads a person's name
	}
	for f.last > f.first && (roleWords[tok(f.last-1)] || memberTitles[tok(f.last-1)]) {
		f.last--
	}
	if f.first == f.last {
		return dst
	}
	if f.last-f.first >= 2 {
		if t, ok := headType[tok(f.last-1)]; ok {
			f.typ = t
		}
	}
	for i := f.first + 1; i < f.last-1; i++ {
		if roleWords[tok(i)] || memberTitles[tok(i)] {
			dst = append(dst, found{first: f.first, last: i, typ: 1})
			return append(dst, found{first: i + 1, last: f.last, typ: 0})
		}
		if w := tok(i); caseClass(w) == caseLower && !nameConnectors[w] || bullet(w) {
			// A name does not run over a lower-case word that is no
			// connector ("Friedrich the Great was Lessing"), nor over a
			// list's bullet ("Kentucky * Michigan Truck Plant"): keep the
			// part before it, and what follows as a name of its own.
			dst = splitTitles(dst, found{first: f.first, last: i, typ: f.typ}, toks, base)
			return splitTitles(dst, found{first: i + 1, last: f.last, typ: f.typ}, toks, base)
		}
	}
	return append(dst, f)
}

// nameConnectors are the lower-case words names hold inside ("Bank of
// America", "Friedrich the Great", "Ludwig van Beethoven").
var nameConnectors = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "on": true, "to": true, "in": true, "at": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "del": true, "della": true,
	"da": true, "di": true, "dos": true, "das": true, "do": true, "y": true, "e": true, "von": true,
	"van": true, "der": true, "den": true, "ten": true, "ter": true, "zu": true, "al": true, "el": true,
	"bin": true, "ibn": true, "upon": true, "am": true, "an": true, "sur": true, "'s": true,
}

// orgNounSources returns the first tokens of the sentences that end with
// an organisation noun as their source (", the automaker said.", ", the
// company says."); sents are the sentences' token ranges over n tokens.
func orgNounSources(sents [][2]int, n int, tok func(int) string) map[int]bool {
	var out map[int]bool
	for _, se := range sents {
		for k := se[0] + 2; k+1 < se[1] && k+1 < n; k++ {
			if tok(k-1) != "the" || tok(k-2) != "," || !orgHeads[tok(k)] {
				continue
			}
			switch tok(k + 1) {
			case "said", "says", "added", "reported", "announced", "confirmed", "told":
				if out == nil {
					out = map[int]bool{}
				}
				out[se[0]] = true
			}
		}
	}
	return out
}

// orgCueBefore are lower-case nouns that, right before a name, say it names
// a company or another organisation ("automaker Chrysler", "the airline
// Ryanair").
var orgCueBefore = map[string]bool{
	"company": true, "companies": true, "firm": true, "automaker": true, "carmaker": true,
	"manufacturer": true, "maker": true, "airline": true, "carrier": true, "retailer": true,
	"bank": true, "lender": true, "insurer": true, "conglomerate": true, "giant": true,
	"rival": true, "subsidiary": true, "supplier": true, "broadcaster": true, "publisher": true,
	"newspaper": true, "corporation": true, "startup": true, "chipmaker": true, "automakers": true,
}

// orgHeads are nouns that name an organisation by what it is, before its
// name ("the website Full Fact") or heading an appositive after it
// ("Huawei, the embattled Chinese tech company"). Nouns that as often
// describe a person (developer, operator, regulator, rival) are left out.
var orgHeads = map[string]bool{
	"company": true, "firm": true, "corporation": true, "automaker": true, "carmaker": true,
	"manufacturer": true, "maker": true, "chipmaker": true, "airline": true, "carrier": true,
	"retailer": true, "bank": true, "lender": true, "insurer": true, "conglomerate": true,
	"giant": true, "subsidiary": true, "broadcaster": true, "publisher": true, "newspaper": true,
	"startup": true, "website": true, "site": true, "platform": true, "network": true,
	"agency": true, "outlet": true, "label": true, "studio": true, "brand": true, "chain": true,
	"watchdog": true, "organisation": true, "organization": true, "charity": true,
	"exchange": true, "fund": true, "nonprofit": true, "non-profit": true, "coalition": true, "consortium": true,
	"union": true, "association": true, "alliance": true, "federation": true, "foundation": true,
	"institute": true, "tank": true, "arm": true, "unit": true, "division": true,
}

// orgCueAfter are words that, right after a name, say it names an
// organisation: legal forms and an officer's title ("Ryanair CEO").
var orgCueAfter = map[string]bool{
	"Inc.": true, "Inc": true, "Corp.": true, "Corp": true, "Ltd.": true, "Ltd": true, "plc": true,
	"PLC": true, "LLC": true, "GmbH": true, "AG": true, "S.A.": true, "N.V.": true, "CEO": true,
	"Co.": true,
}

// itsAfterAct reports whether token i is a verb in the past tense, no verb
// of saying, and "its" follows it: "raised its forecast", "cut its
// dividend" ("said its profit rose" may be a spokesman's of the company).
func itsAfterAct(tok func(int) string, n, i int) bool {
	if i+1 >= n || tok(i+1) != "its" {
		return false
	}
	w := tok(i)
	return caseClass(w) == caseLower && (companyPast[w] || strings.HasSuffix(w, "ed")) && !reportVerbs[w] &&
		w != "said" && w != "added" && w != "noted" && w != "explained" && w != "announced"
}

// cutWorkforce reports whether token i is a verb companyVerb knows whose
// object, within the next five words and before any punctuation or a
// person's pronoun, is what a company employs, charges or pays out:
// "cut 2,000 jobs", "laid off 300 workers", "raised prices", "slashed
// its dividend" (not "cut his stake", "paid $5,000").
func cutWorkforce(tok func(int) string, n, i int) bool {
	if !companyVerb(tok, n, i) {
		return false
	}
	for k := i + 1; k < n && k <= i+5; k++ {
		w := tok(k)
		if companyObjects[w] {
			return true
		}
		if w == "his" || w == "her" || w == "their" || caseClass(w) == casePunct {
			return false
		}
	}
	return false
}

// sharesMoved reports whether the name at tokens [first,last) is said to
// have moved by a percentage, as a company's shares do ("Estee Lauder
// fell 3 %", "Ralph Lauren rose 2.5 percent"). Its caller checks that the
// name is the subject (subjectAt), with no article: "the Nikkei dropped 2
// %" is an index (see marketIndices).
func sharesMoved(tok func(int) string, n, last int) bool {
	if last >= n {
		return false
	}
	if w := tok(last); !marketMoves[w] || caseClass(w) != caseLower {
		return false
	}
	for k := last + 2; k < n && k <= last+4; k++ {
		if w := tok(k); (w == "%" || w == "percent") && caseClass(tok(k-1)) == caseDigit {
			return true
		}
	}
	return false
}

// subjectAt reports whether the name starting at token first opens its
// clause, as the subject of the verb after it does: at the text's start,
// after punctuation or a conjunction ("Morgan Stanley cut 2,000 jobs",
// "…, and Tesla jumped 10 %"; not "support for Joe Biden rose 3 %", "a firm
// owned by John Smith cut 200 jobs", "the Nikkei fell 2 %").
func subjectAt(tok func(int) string, first int) bool {
	return first == 0 || caseClass(tok(first-1)) == casePunct || clauseJoins[tok(first-1)]
}

// foundedAt reports whether the name [first,last) was founded,
// established, incorporated or headquartered, as a company is ("Caloi was
// founded in 1898"), and not as a place: a name with a place's head
// ("Ponca City was founded", "Aabenraa County was established"), or one
// set up "as a city" or the like ("Kalamazoo was incorporated as a
// village"). Its caller leaves out names the tagger or a gazetteer reads
// as places.
func foundedAt(tok func(int) string, n, first, last int) bool {
	if last+1 >= n || tok(last) != "was" && tok(last) != "is" && tok(last) != "were" || !foundedWords[tok(last+1)] || placeHeads[tok(last-1)] {
		return false
	}
	for k := last + 2; k+1 < n && k <= last+5; k++ {
		if tok(k) == "as" {
			return !placeNouns[tok(k+1)] && !(k+2 < n && placeNouns[tok(k+2)]) // "as a city", "as the town"
		}
	}
	return true
}

// foundedWords, after "was", say what was set up as a body: "Caloi was
// founded in 1898", "was incorporated in Delaware".
var foundedWords = map[string]bool{"founded": true, "established": true, "incorporated": true, "headquartered": true}

// companyFigures are what moves by a percentage after a company's name:
// "Estee Lauder shares fell 3 %", "Honda sales dropped 28 %".
var companyFigures = map[string]bool{"shares": true, "stock": true, "sales": true, "revenue": true,
	"profit": true, "profits": true, "earnings": true}

// regionFigures reports whether w is one of companyFigures that a region
// has too: "Europe sales", "Asia Pacific revenue" (not "shares", "stock").
func regionFigures(w string) bool {
	return companyFigures[w] && w != "shares" && w != "stock"
}

// rated reports whether tokens from i rate a stock as brokers do: a verb
// of rating and, within the next six words, "to" or "at" and a rating
// ("upgraded Apple to buy", "downgraded the stock to neutral", "initiated
// coverage at overweight").
func rated(tok func(int) string, n, i int) bool {
	if !ratingVerbs[tok(i)] {
		return false
	}
	for k := i + 2; k+1 < n && k <= i+6; k++ {
		if w := tok(k); (w == "to" || w == "at") && ratings[strings.ToLower(tok(k+1))] {
			// A rating that is also a verb is one only before no object:
			// "upgraded Apple to buy from hold", not "raised $46 billion
			// to buy Twitter", "cut taxes to reduce inflation".
			return !verbRatings[strings.ToLower(tok(k+1))] || k+2 >= n || caseClass(tok(k+2)) == casePunct || afterRating[tok(k+2)]
		}
		if caseClass(tok(k)) == casePunct {
			return false
		}
	}
	return false
}

// ratingVerbs and ratings are what rated looks for.
var (
	ratingVerbs = map[string]bool{"upgraded": true, "downgraded": true, "upgrades": true, "downgrades": true,
		"initiated": true, "initiates": true, "reiterated": true, "reiterates": true, "raised": true, "cut": true, "lowered": true}
	ratings = map[string]bool{"buy": true, "sell": true, "hold": true, "neutral": true, "overweight": true,
		"underweight": true, "outperform": true, "underperform": true, "equal-weight": true, "market-perform": true,
		"strong-buy": true, "accumulate": true, "reduce": true}
)

// verbRatings are ratings that are also verbs ("to buy Twitter"), and
// afterRating the words that may follow a rating where nothing else would
// follow the verb ("to buy from hold", "to sell on valuation").
var (
	verbRatings = map[string]bool{"buy": true, "sell": true, "hold": true, "reduce": true, "accumulate": true}
	afterRating = map[string]bool{"from": true, "on": true, "in": true, "with": true, "after": true, "and": true,
		"as": true, "at": true, "ahead": true, "rating": true, "citing": true, "amid": true, "but": true, "while": true}
)

// clauseJoins may stand before the subject of a clause.
var clauseJoins = map[string]bool{"and": true, "or": true, "but": true, "while": true, "as": true, "when": true, "after": true,
	"whereas": true, "that": true, "because": true, "since": true, "although": true, "though": true, "if": true}

// companyObjects are what cutWorkforce looks for: jobs, staff, prices and
// payouts.
var companyObjects = map[string]bool{
	"jobs": true, "staff": true, "workers": true, "employees": true, "workforce": true, "roles": true,
	"positions": true, "headcount": true, "prices": true, "fares": true, "dividend": true, "dividends": true,
	"forecast": true, "forecasts": true, "guidance": true, "outlook": true, "output": true, "production": true,
}

// inNote reports whether tokens from i say that what comes before them
// said or wrote something in a note: "said in a note", "wrote in a
// research note", "said in a note to clients".
func inNote(tok func(int) string, n, i int) bool {
	switch tok(i) {
	case "said", "says", "wrote", "writes":
	default:
		return false
	}
	k := i + 1
	if k+1 >= n || tok(k) != "in" || tok(k+1) != "a" {
		return false
	}
	k += 2
	if k < n && (tok(k) == "research" || tok(k) == "client" || tok(k) == "clients'" || tok(k) == "investor") {
		k++
	}
	return k < n && tok(k) == "note"
}

// weakOrgCueAfter are words that, right after a name, say it is an
// organisation unless the tagger took it for a person's ("a Pelosi
// spokesman").
var weakOrgCueAfter = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "shares": true,
	"shareholders": true, "executives": true, "employees": true, "headquarters": true,
	"account": true, "accounts": true,
	// What a broadcaster or a platform puts out or serves: "an upcoming
	// Netflix documentary", "her Netflix special", "Spotify subscribers".
	"documentary": true, "documentaries": true, "special": true, "subscribers": true,
}

// memberPlural reports whether w is the plural of a word the gazetteer
// lists as a member of a people, faith or party ("Goths" of "Goth").
func (r *Recognizer) memberPlural(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || caseClass(w) != caseTitle || partyMembers[w[:len(w)-1]] {
		return false
	}
	return r.m.gaz.Flags(w[:len(w)-1])&(1<<GazWNMember) != 0
}

// listedPeoples makes MISC the unknown one-word plural names listed with a
// people's name: "Cagots , Gahets , Gafets in France ; Agotes , Gafos in
// Spain", where the tagger read the names it did not know as companies
// or places; two such names joined by "and" become two ("Caqueux and
// Caquins"). A list is a run of names separated only by commas, "and" and
// "or"; a people's name in it is a one-word plural MISC. fs must be in
// token order; the result is too.
func (r *Recognizer) listedPeoples(fs []found, tok func(int) string) []found {
	plural := func(f found) bool {
		w := tok(f.first)
		return f.last-f.first == 1 && len(w) > 3 && w[len(w)-1] == 's' && caseClass(w) == caseTitle
	}
	unknown := func(k int) bool { return r.m.gaz.Flags(tok(k)) == 0 && caseClass(tok(k)) == caseTitle }
	for a := 0; a < len(fs); {
		b := a + 1
		for b < len(fs) && listGap(tok, fs[b-1].last, fs[b].first) {
			b++
		}
		people := false
		for k := a; k < b && !people; k++ {
			people = fs[k].typ == 3 && plural(fs[k])
		}
		if !people || b-a < 2 {
			a = b
			continue
		}
		for k := a; k < b; k++ {
			f := &fs[k]
			switch {
			case f.typ != 0 && f.typ != 3 && plural(*f) && unknown(f.first):
				f.typ, f.value = 3, ""
			case f.typ != 0 && f.last-f.first == 3 && tok(f.first+1) == "and" && unknown(f.first) && unknown(f.first+2):
				second := found{first: f.first + 2, last: f.last, typ: 3}
				f.last, f.typ, f.value = f.first+1, 3, ""
				fs = append(fs[:k+1], append([]found{second}, fs[k+1:]...)...)
				k++
				b++
			case f.typ != 0 && f.typ != 3 && f.last-f.first == 1 && unknown(f.first) && k+1 < b && fs[k+1].first == f.last+1 &&
				tok(f.last) == "and" && plural(fs[k+1]) && unknown(fs[k+1].first):
				f.typ, f.value = 3, "" // the same pair split already (a list's end: see splitCoordinated)
			}
		}
		a = b
	}
	return fs
}

// listedCompanies finds the names listed right after a plural noun for
// companies and the like ("the five companies — Blue Origin, Ceres
// Robotics, SpaceX and Tyvak", "the nine companies selected a year ago:
// Astrobotic, Draper, Lockheed Martin", "bands such as Korn"): a colon or a
// dash no more than ten words after the noun, or "including", "such as",
// "like" or "include" right after it, opens the list; names separated by
// commas, "and" or "or" make it up, an acronym in brackets may follow one.
// A member the tagger missed (a run of up to four capitalised words) is
// added to fs as an organisation, if the list holds a name the tagger
// found; places a gazetteer knows keep their type. The names before "and
// other" and a plural for companies ("Morgan Stanley, Wells Fargo and
// other banks") are listed so too; before a plural for people ("Biden,
// Macron and other leaders": othersKind) the names the tagger found, and
// no place, are people's. It returns fs (in token order) and the first
// tokens of the listed companies and of the listed people. cover is
// scratch of n entries, cc the tokens' case classes.
func (r *Recognizer) listedCompanies(fs []found, sents [][2]int, cover []bool, cc []uint8, n int, tok func(int) string) (_ []found, listed, persons map[int]bool) {
	var add []found
	var at, ending map[int]int // first and last tokens -> index in fs, made at the first list
	index := func() {
		if at != nil {
			return
		}
		markCover(cover[:n], fs)
		at, ending = make(map[int]int, len(fs)), make(map[int]int, len(fs))
		for x, f := range fs {
			at[f.first], ending[f.last] = x, x
		}
	}
	var ms []listMember
	for _, se := range sents {
		for i := se[0] + 2; i < se[1]; i++ {
			closed, people := false, false // by "and other …"
			switch {
			case isCap(cc[i]) && listOpens(tok, se[0], i):
				index()
				ms = listAfter(ms[:0], fs, at, cover, se, i, tok)
				if len(ms) < 2 {
					continue
				}
			case cc[i] == caseLower && tok(i) == "other" && othersAnd(tok, se, i):
				kind := r.othersKind(tok, se[1], i)
				if kind < 0 {
					continue
				}
				index()
				ms = listBefore(ms[:0], fs, ending, cover, se, i, tok)
				if len(ms) == 0 {
					continue
				}
				closed, people = true, kind == 0
			default:
				continue
			}
			tagged := 0
			for _, m := range ms {
				if m.tagged {
					tagged++
				}
			}
			if tagged == 0 {
				continue
			}
			for _, m := range ms {
				fl := r.spanFlags(found{first: m.first, last: m.last}, tok)
				if people {
					// Not a place, nor what the tagger or WordNet reads as an
					// organisation ("Merkel, NATO and other leaders").
					if m.tagged && fl&(placeFlags|1<<GazCity|1<<GazWNPlace|1<<GazWNOrg) == 0 && fs[at[m.first]].typ != 1 {
						if persons == nil {
							persons = map[int]bool{}
						}
						persons[m.first] = true
					}
					continue
				}
				if fl&placeFlags != 0 || closed && m.tagged && fs[at[m.first]].typ == 2 && fl&(1<<GazWNPlace|1<<GazCity) != 0 {
					// A place a list knows; and "Taiwan, Korea and other
					// suppliers" may close with places the tagger read.
					continue
				}
				if listed == nil {
					listed = map[int]bool{}
				}
				listed[m.first] = true
				if !m.tagged {
					add = append(add, found{first: m.first, last: m.last, typ: 1})
					for k := m.first; k < m.last; k++ {
						cover[k] = true
					}
				}
			}
			if last := ms[len(ms)-1].last; last > i {
				i = last
			}
		}
	}
	if len(add) > 0 {
		fs = append(fs, add...)
		sort.Slice(fs, func(a, b int) bool { return fs[a].first < fs[b].first })
	}
	return fs, listed, persons
}

// listMember is a name listedCompanies found in a list: its tokens, and
// whether the tagger found it.
type listMember struct {
	first, last int
	tagged      bool
}

// listAfter appends to ms the members of the list that opens at token i of
// the sentence se: names the tagger found (at: first token -> index in
// fs) or runs of up to four capitalised words, separated by commas, "and"
// or "or", an acronym in brackets after one.
func listAfter(ms []listMember, fs []found, at map[int]int, cover []bool, se [2]int, i int, tok func(int) string) []listMember {
	p := i
	for p < se[1] {
		var m listMember
		if x, ok := at[p]; ok {
			m = listMember{p, fs[x].last, true}
		} else if !cover[p] && (caseClass(tok(p)) == caseTitle || caseClass(tok(p)) == caseMixed) && !pronouns[tok(p)] && !opener(tok(p)) {
			q := p
			for q < se[1] && q-p < 4 && !cover[q] && (caseClass(tok(q)) == caseTitle || caseClass(tok(q)) == caseMixed || caseClass(tok(q)) == caseUpper) {
				q++
			}
			m = listMember{p, q, false}
		} else {
			break
		}
		ms = append(ms, m)
		e := m.last
		if e+2 < se[1] && tok(e) == "(" && tok(e+2) == ")" {
			e += 3 // "Sierra Nevada Corporation (SNC)"
		}
		next := e
		for next < se[1] && next-e < 2 && listWords[tok(next)] {
			next++
		}
		if next == e || next >= se[1] {
			break
		}
		p = next
	}
	return ms
}

// othersAnd reports whether token i, "other", of the sentence se follows
// "and" or "or", as where it closes a list: "and other banks", ", and
// several other bands", "or other tech firms" (othersKind says of what).
func othersAnd(tok func(int) string, se [2]int, i int) bool {
	k := i - 1
	if k > se[0] && othersQuantity[tok(k)] {
		k--
	}
	return k > se[0] && (tok(k) == "and" || tok(k) == "or")
}

// othersQuantity may stand between "and" and "other": "and several other
// bands".
var othersQuantity = map[string]bool{"several": true, "many": true, "some": true, "various": true, "numerous": true, "all": true}

// peoplePlurals count people and companies alike, so that "and other"
// before one says neither: companyPlurals that count people too ("Warren
// Buffett and other investors", "Rupert Murdoch and other publishers",
// "David Attenborough and other broadcasters"), and the parties to a suit,
// a debt, a deal or a market, whose first WordNet sense is a person but
// which a firm is as often ("Purdue, McKinsey and other defendants",
// "Chrysler and other creditors", "Lockheed, Raytheon and other bidders",
// "Sony, Nintendo and other players in the console market").
var peoplePlurals = map[string]bool{"clients": true, "customers": true, "partners": true, "investors": true,
	"rivals": true, "competitors": true, "developers": true, "contractors": true, "operators": true, "teams": true,
	"publishers": true, "broadcasters": true, "dealers": true, "traders": true, "brokers": true, "buyers": true,
	"defendants": true, "plaintiffs": true, "creditors": true, "debtors": true, "borrowers": true,
	"shareholders": true, "stakeholders": true, "bondholders": true, "owners": true, "backers": true,
	"sponsors": true, "donors": true, "underwriters": true, "auditors": true, "advisers": true, "advisors": true,
	"bidders": true, "suitors": true, "employers": true, "landlords": true, "tenants": true, "advertisers": true,
	"members": true, "participants": true, "signatories": true, "players": true, "exhibitors": true}

// listBefore appends to ms the members of the list that "and other …" at
// token i of the sentence se closes, nearest first: names the tagger found
// (ending: last token -> index in fs) or runs of up to four capitalised
// words, separated by commas ("Head Automatica, The Receiving End of
// Sirens, Cobra Starship, and several other bands").
func listBefore(ms []listMember, fs []found, ending map[int]int, cover []bool, se [2]int, i int, tok func(int) string) []listMember {
	e := i - 1
	if othersQuantity[tok(e)] {
		e--
	}
	if e-1 > se[0] && tok(e-1) == "," {
		e-- // ", and other"
	}
	for e > se[0] {
		var m listMember
		if x, ok := ending[e]; ok {
			m = listMember{fs[x].first, e, true}
		} else if !cover[e-1] && capitalStart(tok(e-1)) {
			p := e - 1
			for p > se[0] && e-p < 4 && !cover[p-1] && capitalStart(tok(p-1)) {
				p--
			}
			if p == se[0] || pronouns[tok(p)] || opener(tok(p)) {
				break // a sentence's first words may be no name
			}
			m = listMember{p, e, false}
		} else {
			break
		}
		ms = append(ms, m)
		if m.first-1 <= se[0] || tok(m.first-1) != "," {
			break
		}
		e = m.first - 1
	}
	return ms
}

// listOpens reports whether the words before token i, within the sentence
// that starts at token start, open a list of companies: see
// listedCompanies.
func listOpens(tok func(int) string, start, i int) bool {
	switch w := tok(i - 1); {
	case w == ":" || w == "—" || w == "–" || w == "--":
		for k := i - 2; k >= start && k >= i-12; k-- {
			if companyPlurals[tok(k)] {
				return true
			}
		}
	case w == "including" || w == "like" || w == "include" || w == "includes" || w == "included":
		return companyPlurals[tok(i-2)] || i-3 >= start && companyPlurals[tok(i-3)] && tok(i-2) == ","
	case w == "as" && tok(i-2) == "such":
		return i-3 >= start && companyPlurals[tok(i-3)]
	}
	return false
}

// companyPlurals are plural nouns for companies, bodies and bands.
var companyPlurals = map[string]bool{
	"companies": true, "firms": true, "carriers": true, "airlines": true, "banks": true, "lenders": true,
	"manufacturers": true, "makers": true, "automakers": true, "carmakers": true, "retailers": true,
	"rivals": true, "competitors": true, "startups": true, "insurers": true, "publishers": true,
	"broadcasters": true, "networks": true, "newspapers": true, "agencies": true, "organisations": true,
	"organizations": true, "charities": true, "universities": true, "bands": true, "clients": true,
	"customers": true, "partners": true, "investors": true, "contractors": true, "suppliers": true,
	"groups": true, "teams": true, "clubs": true, "operators": true, "developers": true, "studios": true,
	// agent nouns of trade, whose first WordNet sense is a person but
	// which business news says of companies: "Exxon, Chevron and other
	// producers"
	"producers": true, "exporters": true, "importers": true, "sellers": true, "refiners": true, "miners": true,
	"drillers": true, "shippers": true, "distributors": true, "providers": true, "vendors": true, "dealers": true,
	"wholesalers": true, "processors": true, "growers": true, "brewers": true, "distillers": true, "builders": true,
	"homebuilders": true, "drugmakers": true, "chipmakers": true, "steelmakers": true, "traders": true,
	"brokers": true, "buyers": true,
}

// listGap reports whether tokens [a,b) between two names only list them:
// a comma, "and", "or" or ", and".
func listGap(tok func(int) string, a, b int) bool {
	if b <= a || b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		if !listWords[tok(k)] {
			return false
		}
	}
	return true
}

// listWords separate the names of a list.
var listWords = map[string]bool{",": true, "and": true, "or": true}

// teamVerbs after a plural people's name make it a team or a party that
// acts ("The Vikings said", "the Yankees beat").
var teamVerbs = map[string]bool{"said": true, "says": true, "beat": true, "beats": true, "won": true, "wins": true,
	"lost": true, "loses": true, "signed": true, "signs": true, "announced": true, "traded": true, "defeated": true,
	"drafted": true, "play": true, "played": true, "face": true, "faced": true}

// partyMembers are members of political parties: in the plural they name
// the party ("the Conservatives"), an organisation.
var partyMembers = map[string]bool{"Conservative": true, "Democrat": true, "Republican": true, "Liberal": true,
	"Socialist": true, "Communist": true, "Tory": true, "Green": true, "Nationalist": true, "Federalist": true,
	"Whig": true, "Unionist": true, "Labourite": true}

// miscHeads are the last words of the names of events, laws, treaties and
// awards, which are MISC.
var miscHeads = map[string]bool{
	"Act": true, "Bill": true, "Treaty": true, "Accord": true, "Accords": true, "Agreement": true,
	"Convention": true, "Protocol": true, "Amendment": true, "Doctrine": true,
	"Show": true, "Airshow": true, "Expo": true, "Festival": true, "Awards": true, "Award": true, "Prize": true,
	"Marathon": true, "Open": true,
	"Olympics": true, "Cup": true, "Championship": true, "Championships": true,
	"War": true, "Revolution": true, "Spring": true, "Crisis": true, "Summit": true,
	"Laws": true, "Plebiscite": true, "Plebiscites": true, "Referendum": true, "Massacre": true,
	"Uprising": true, "Rebellion": true, "Riots": true, "Games": true, "Tournament": true,
}

// staffAt are the nouns of people who work at an organisation,
// named after "at": "analysts at Morgan Stanley", "economists at Goldman
// Sachs" (a place's would be "in").
var staffAt = map[string]bool{"analysts": true, "economists": true, "strategists": true, "executives": true,
	"analyst": true, "economist": true, "strategist": true, "executive": true, "engineer": true, "researcher": true,
	"trader": true, "banker": true,
	"employees": true, "engineers": true, "researchers": true, "lawyers": true, "traders": true, "bankers": true,
	"officials": true, "workers": true, "staffers": true, "managers": true}

// marketStaff work for firms, not for people: "an analyst with Jefferies",
// "an equity strategist for Miller Tabak", "a market analyst from
// Cazenove" (a spokesman or a lawyer may be a person's).
var marketStaff = map[string]bool{"analyst": true, "analysts": true, "economist": true, "economists": true,
	"strategist": true, "strategists": true}

// workWords before "for" or "at" say the name after them is an employer:
// "works for Facebook", "a job at Google".
var workWords = map[string]bool{"works": true, "worked": true, "working": true, "work": true, "job": true,
	"jobs": true, "employed": true, "employee": true, "employees": true, "executive": true, "analyst": true,
	"engineer": true, "engineers": true, "developer": true, "developers": true, "staff": true, "intern": true,
	"interns": true, "team": true, "teams": true}

// postWords before "on" say the name after it is a platform: "posted on
// Twitter".
var postWords = map[string]bool{"posted": true, "post": true, "posts": true, "tweeted": true, "wrote": true,
	"shared": true, "published": true}

// orgCuePossessed are words that, after a name and "'s", say it names an
// organisation: what companies have and people do not ("Ford 's chief
// executive", "Apple 's shares").
var orgCuePossessed = map[string]bool{
	"CEO": true, "chief": true, "Chief": true, "chairman": true, "shares": true, "stock": true,
	"shareholders": true, "spokesman": true, "spokeswoman": true, "board": true, "employees": true,
	"workforce": true, "headquarters": true, "subsidiary": true, "profits": true, "earnings": true,
	"plants": true, "factories": true, "dealerships": true, "executives": true, "revenue": true, "revenues": true,
}

// ofOrgCue reports whether the name at tokens [first,last) of n follows
// "of" and what orgCuePossessed says with a possessive: "the board of
// Thames Water", "chief executive of Network Rail", as "Thames Water's
// board"; not where the name owns what the "of" is of ("the chairman of
// Joe Biden's campaign"). A region may have a chief too ("the EADS CEO of
// North America"): the caller checks that no gazetteer places the name.
func ofOrgCue(tok func(int) string, n, first, last int) bool {
	if first < 2 || tok(first-1) != "of" || last < n && possessive(tok(last)) {
		return false
	}
	w := tok(first - 2)
	return ofOrg[w] || w == "executive" && first > 2 && strings.EqualFold(tok(first-3), "chief")
}

// companysPeer reports whether the name f of the document's names fs
// (in token order, over n tokens) has an appositive that calls it a
// company's rival, subsidiary or the like, the company a name the tagger
// read as an organisation: "Lockheed Martin, Boeing's rival", "Opel,
// General Motors' European unit" (not "John McCain, Obama's rival").
func companysPeer(fs []found, f found, tok func(int) string, n int) bool {
	if f.last+3 >= n || tok(f.last) != "," {
		return false
	}
	lo, hi := 0, len(fs) // the first name at or after the comma's next token
	for lo < hi {
		if m := (lo + hi) / 2; fs[m].first < f.last+1 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	k := lo
	if k == len(fs) || fs[k].first != f.last+1 || fs[k].typ != 1 || fs[k].last+1 >= n || !possessive(tok(fs[k].last)) {
		return false
	}
	for j := fs[k].last + 1; j < n && j <= fs[k].last+3; j++ {
		if peerNouns[tok(j)] {
			return true
		}
		if caseClass(tok(j)) != caseLower {
			return false
		}
	}
	return false
}

// peerNouns are what one company is to another.
var peerNouns = map[string]bool{"rival": true, "competitor": true, "arch-rival": true, "subsidiary": true,
	"unit": true, "division": true, "parent": true, "affiliate": true}

// worksOwner reports whether the name ending before token last owns a work
// whose title follows in quotation marks: "Kanye West 's " Stronger "".
func worksOwner(tok func(int) string, n, last int) bool {
	return last+2 < n && possessive(tok(last)) && isQuote(tok(last+1)) && isCap(uint8(caseClass(tok(last+2))))
}

// innerOrgHead reports whether a word inside the name [first,last), not
// its first or last, says what kind of company it is, which a company's
// name keeps when it grows ("Warner Bros. Discovery", "Sony Pictures
// Entertainment") and a person's never has; the caller asks it of names
// read as persons (an event's keeps it too: "Doobie Brothers 50th
// Anniversary Tour"). (A legal form inside is as
// often an edition's word: "Platinum - Limited Edition".)
func innerOrgHead(tok func(int) string, first, last int) bool {
	for k := first + 1; k < last-1; k++ {
		if orgNameHeads[tok(k)] {
			return true
		}
	}
	return false
}

// ofOrg are what orgCuePossessed says with "of": a company's board,
// officers, staff, owners and seat ("the board of Thames Water").
var ofOrg = map[string]bool{
	"board": true, "shareholders": true, "stockholders": true, "shareholder": true, "stockholder": true,
	"chairman": true, "chairwoman": true,
	"CEO": true, "executives": true, "employees": true, "workforce": true, "headquarters": true,
	"subsidiary": true,
}

// stakeWords are what one holds in a company: "a stake in Chrysler",
// "shares in HBOS".
var stakeWords = map[string]bool{
	"stake": true, "stakes": true, "share": true, "shares": true, "holding": true, "holdings": true,
	"investment": true, "investments": true, "interest": true, "investor": true,
}

// datelinePlaces are the lists that make a dateline's word a place.
const datelinePlaces = 1<<GazCountry | 1<<GazCapital | 1<<GazCityLarge | 1<<GazCity | 1<<GazAdmin1

// datelines types as LOC the place that opens a news dateline: a word in
// capitals at the start of a sentence, before "(" (the agency), a dash or
// a comma, that is a listed place in title case ("LONDON (AP) —",
// "PARIS —"), or two to four such words (capitalsPlace: "NEW DELHI
// (Reuters) -", which the tagger read as an organisation). The tagger rarely sees words in capitals. fs must be in
// token order; it is returned with the place added where no name was.
func (r *Recognizer) datelines(fs []found, sents [][2]int, tok func(int) string) []found {
	k := 0
	for _, se := range sents {
		i := se[0]
		if i+1 >= se[1] {
			continue
		}
		if j := r.capitalsPlace(tok, i, se[1]); j > i+1 {
			// "NEW DELHI (Reuters) -", "HONG KONG, March 4 —": a place of
			// two words or more in capitals replaces what the tagger made
			// of its words.
			for k < len(fs) && fs[k].last <= i {
				k++
			}
			m := k
			for m < len(fs) && fs[m].first < j {
				m++
			}
			if m == k+1 && fs[k].first == i && fs[k].last == j {
				fs[k].typ, fs[k].value = 2, ""
			} else if m == k || fs[k].first >= i && fs[m-1].last <= j {
				fs = append(fs[:k], append([]found{{first: i, last: j, typ: 2}}, fs[m:]...)...)
			}
			continue
		}
		w, next := tok(i), tok(i+1)
		if len(w) < 3 || caseClass(w) != caseUpper {
			continue
		}
		switch next {
		case "(", ",", "—", "–", "-", "--":
		default:
			continue
		}
		if fl, _ := r.m.gaz.wordFlags(w, nil); fl&datelinePlaces == 0 {
			continue
		}
		for k < len(fs) && fs[k].last <= i {
			k++
		}
		switch {
		case k < len(fs) && fs[k].first == i && fs[k].last == i+1:
			fs[k].typ, fs[k].value = 2, ""
		case k < len(fs) && fs[k].first <= i:
			// part of a longer name: leave it
		default:
			fs = append(fs, found{})
			copy(fs[k+1:], fs[k:])
			fs[k] = found{first: i, last: i + 1, typ: 2}
		}
	}
	return fs
}

// capitalsPlace returns the end of a place's name of two to four words in
// capitals that opens the sentence at token i (ending before end) and a
// dateline, before "(", a comma or a dash: the gazetteer lists it in title
// case ("NEW DELHI" as "New Delhi", "RIO DE JANEIRO" as "Rio de
// Janeiro"). It returns i when there is none.
func (r *Recognizer) capitalsPlace(tok func(int) string, i, end int) int {
	j := i
	for j < end && j-i < 4 && len(tok(j)) >= 2 && caseClass(tok(j)) == caseUpper {
		j++
	}
	if j-i < 2 || j >= end {
		return i
	}
	switch tok(j) {
	case "(", ",", "—", "–", "-", "--":
	default:
		return i
	}
	titled := func(k int) string {
		w := strings.ToLower(tok(k))
		if nameConnectors[w] {
			return w
		}
		return strings.ToUpper(w[:1]) + w[1:]
	}
	if l, fl := r.m.gaz.MatchAt(titled, i, j); l != j-i || fl&datelinePlaces == 0 {
		return i
	}
	return j
}

// spanFlags returns the gazetteer lists of the name f as a whole: those
// of its word, or of a multi-word entry that spells it exactly ("United
// States").
func (r *Recognizer) spanFlags(f found, tok func(int) string) uint16 {
	if f.last-f.first == 1 {
		return r.m.gaz.Flags(tok(f.first))
	}
	if l, fl := r.m.gaz.MatchAt(tok, f.first, f.last); l == f.last-f.first {
		return fl
	}
	return 0
}

// companyVerb reports whether token i of n is a verb that news gives
// companies as subjects and places hardly ever ("cut", "overtook",
// "posted", "slashed"; not "fell", "flooded", "voted", which places do
// in news too), in the past tense, and no passive participle ("cut by").
func companyVerb(tok func(int) string, n, i int) bool {
	return i < n && companyPast[tok(i)] && !(i+1 < n && tok(i+1) == "by")
}

// companyPast are the verbs companyVerb knows.
var companyPast = map[string]bool{
	"cut": true, "overtook": true, "paid": true, "shed": true, "spent": true, "posted": true, "raised": true,
	"slashed": true, "axed": true, "recalled": true, "invested": true, "merged": true, "hiked": true,
	"trimmed": true, "delisted": true, "outsold": true, "outsourced": true, "laid": true,
}

// sharesOf reports whether the name at token first is what shares are
// of, after the preposition prep ("of", "in"): "shares of Toyota",
// "Shares of Toyota and Honda" (the second of a pair too). A place has no
// shares.
func sharesOf(tok func(int) string, first int, prep string) bool {
	k := first - 1
	if k >= 2 && tok(k) == "and" {
		k -= 2 // "shares of Toyota and Honda": Honda too (one-word names)
	}
	if k < 1 || tok(k) != prep {
		return false
	}
	switch tok(k - 1) {
	case "shares", "Shares", "stock", "Stock":
		return true
	}
	return false
}

// orgCue reports whether the words around tokens [first,last) of a
// document of n tokens mark them as an organisation's name: a company word
// before it, an appositive saying what it is, a stake in it, a legal form or
// its CEO after it.
func orgCue(tok func(int) string, n, first, last int) bool {
	return orgCueExcept(tok, n, first, last, 0)
}

// What orgCueExcept may leave out, for a name the document shows to be
// a person's or a place's.
const (
	skipSoft    = 1 << iota // softOrgCue's cues
	skipFounded             // "was founded" (foundedAt): towns are founded too
	skipFigures             // "sales fell 3 %" (companyFigures): a region's fall too
)

// softOrgCue reports whether the words around tokens [first,last) say
// what news says mostly of companies, but at times of a person too: where
// it is based ("Seattle-based Amazon", "London-based Jane Smith"), or, as
// its clause's subject, that it cuts jobs or prices (cutWorkforce), moves
// by a percentage (sharesMoved) or rates a stock (rated) ("Elon Musk cut
// 2,000 jobs"). See orgCueExcept.
func softOrgCue(tok func(int) string, n, first, last int) bool {
	return first > 0 && basedIn(tok, first-1) ||
		last < n && subjectAt(tok, first) && (cutWorkforce(tok, n, last) || sharesMoved(tok, n, last) || rated(tok, n, last))
}

// orgCueExcept is orgCue without the cues skip names (skipSoft,
// skipFounded, skipFigures).
func orgCueExcept(tok func(int) string, n, first, last int, skip uint8) bool {
	if first > 0 && (orgCueBefore[tok(first-1)] || caseClass(tok(first-1)) == caseTitle && orgCueBefore[strings.ToLower(tok(first-1))]) {
		return true // "automaker Chrysler", and opening a sentence "Rival Bharti Airtel reports"
	}
	// The cues before a name below say nothing of one that owns what
	// follows it: "an analyst at Jane Doe's fund", "London-based Jane
	// Smith's firm".
	owner := last < n && possessive(tok(last))
	if !owner && first > 1 && tok(first-1) == "at" && staffAt[strings.ToLower(tok(first-2))] {
		return true // "analysts at Morgan Stanley": no one works at a person
	}
	if !owner && first > 1 && (tok(first-1) == "for" || tok(first-1) == "with" || tok(first-1) == "from") && marketStaff[strings.ToLower(tok(first-2))] {
		return true // "an equity strategist for Miller Tabak": a firm's, though a spokesman may be a person's
	}
	if !owner && skip&skipSoft == 0 && first > 0 && basedIn(tok, first-1) {
		return true // "Seattle-based Amazon", "Los Angeles based Northrop Grumman": what a place is the base of
	}
	if first > 0 && orgHeads[tok(first-1)] {
		return true // "the website Full Fact"
	}
	if first > 1 && tok(first-1) == "in" && stakeWords[tok(first-2)] && !(last < n && (tok(last) == "'s" || tok(last) == "’s")) {
		return true // "a stake in Chrysler", not "a stake in Kylie Jenner's company"
	}
	if last < n {
		w := tok(last)
		if (w == "'s" || w == "’s") && last+1 < n {
			return orgCuePossessed[tok(last+1)]
		}
		if (reportVerbs[w] || w == "said" || w == "says") && webDomain(tok(last-1)) {
			return true // "Detik.com quoted Djamal": a news site
		}
		if w == "which" && acquiredAfter(tok, n, last) {
			return true // "Pixar which was acquired by Disney": the comma left out
		}
		if w == "," && last+2 < n && tok(last+1) == "which" {
			if acquiredAfter(tok, n, last+1) {
				return true // "Meetup, which it acquired for $200 million": bought, so a company
			}
			// "Nvidia, which became the world's most valuable company":
			// what it is, as an appositive would say.
			k := last + 2
			if tok(k) == "has" || tok(k) == "had" {
				k++
			}
			if k < n && relativeBe[tok(k)] && k+1 < n {
				if appositiveHead(tok, n, k, orgHeads) >= 0 {
					return true
				}
			}
		}
		if reportedResults(tok, n, last) {
			return true // "Nvidia reported revenue of $35.1 billion"
		}
		if skip&skipFounded == 0 && foundedAt(tok, n, first, last) {
			return true // "Dell was founded in 1984 by Michael Dell": no one is founded
		}
		if (inNote(tok, n, last) || itsAfterAct(tok, n, last) || skip&skipFigures == 0 && companyFigures[w] && sharesMoved(tok, n, last+1) ||
			skip&skipSoft == 0 && softOrgCue(tok, n, first, last)) &&
			(first == 0 || !possessive(tok(first-1)) && !isCap(uint8(caseClass(tok(first-1)))) && !roleBefore(tok, first)) {
			// "Morgan Stanley said in a note": a bank or a broker writes
			// to its clients; a person who does is named with the firm
			// ("Deutsche Bank's Jim Reid", "strategist Jim Reid",
			// "Apple CEO Tim Cook").
			// "Morgan Stanley raised its price target": what acts on
			// "its" own is no person. "Morgan Stanley cut 2,000 jobs":
			// what cuts jobs or raises prices is an employer or a seller.
			// "Estee Lauder fell 3 %", "Estee Lauder shares fell 3 %":
			// what moves by a percentage without an article is a
			// company's shares. "Goldman Sachs upgraded Apple to buy":
			// what rates stocks is a broker.
			return true
		}
		if teamRoles[w] && last+1 < n && caseClass(tok(last+1)) == caseTitle {
			return true // "Chelsea striker Diego Costa": a club's player, no one's
		}
		switch w {
		case "economists", "analysts", "strategists":
			return true // "Goldman Sachs economists cut their forecast": a bank's staff
		}
		// An appositive headed by what it is: "Huawei, the embattled
		// Chinese tech company". The cue must head the appositive: "…, a
		// market analyst with the research firm" describes a person.
		if k := appositiveHead(tok, n, last, orgHeads); k >= 0 && (k+1 >= n || appositiveEnd[tok(k+1)]) {
			return true
		}
		return orgCueAfter[w]
	}
	return false
}

// acquiredAfter reports whether one of acquireVerbs stands within three
// words after token i, a "which": "which it acquired", "which was
// acquired by Disney".
func acquiredAfter(tok func(int) string, n, i int) bool {
	for k := i + 1; k < n && k <= i+3; k++ {
		if acquireVerbs[tok(k)] {
			return true
		}
	}
	return false
}

// basedIn reports whether token i says where what follows it is based, as
// news says of companies and bodies: a capitalised word hyphened to
// "based" ("Seattle-based"), or "based" after a capitalised word ("Los
// Angeles based", in tokenised text).
func basedIn(tok func(int) string, i int) bool {
	w := tok(i)
	if w == "based" {
		return i > 0 && capitalStart(tok(i-1))
	}
	return len(w) > 6 && strings.HasSuffix(w, "-based") && capitalStart(w)
}

// particleSurnames types as the person a two-word name that is, case aside,
// the particle and family name ending a person's full name: "Bin Laden"
// for "Osama bin Laden", "Van Gogh" for "Vincent van Gogh". The tagger
// reads a capitalised particle at a sentence's start as an organisation's
// first word.
func (r *Recognizer) particleSurnames(fs []found, tok func(int) string, surface func(found) string) {
	var tails map[string]string
	for _, f := range fs {
		if f.typ != 0 || f.last-f.first < 3 || !particle(tok(f.last-2)) {
			continue
		}
		// The particles may be several, and capitalised: "James Van Der
		// Beek" is "Van Der Beek" after.
		p := f.last - 2
		for p-1 > f.first && particle(tok(p-1)) {
			p--
		}
		if tails == nil {
			tails = map[string]string{}
		}
		tails[strings.ToLower(joinTokens(tok, p, f.last))] = surface(f)
	}
	if tails == nil {
		return
	}
	for i := range fs {
		f := &fs[i]
		if f.last-f.first < 2 || f.last-f.first > 4 || f.typ == 0 && f.value != "" || !particle(tok(f.first)) {
			continue
		}
		if full, ok := tails[strings.ToLower(joinTokens(tok, f.first, f.last))]; ok && full != surface(*f) {
			f.typ, f.value = 0, full
		}
	}
}

// particle reports whether w is a family name's particle in any case
// ("bin", "Van", "Der"); the longest has five letters.
func particle(w string) bool { return len(w) <= 5 && personParticles[strings.ToLower(w)] }

// capitalsOf returns a mixed-case acronym's capitals ("BoA" -> "BA"), or w
// itself when w is no such acronym: two or more capitals, and between them
// single lower-case letters that stand for "of", "and" or "the".
func capitalsOf(w string) string {
	if len(w) < 3 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return w
	}
	var b [8]byte
	n, lowerRun := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			b[n] = c
			n++
			lowerRun = 0
		case c >= 'a' && c <= 'z' && lowerRun == 0 && i > 0 && i < len(w)-1:
			lowerRun++
		default:
			return w
		}
	}
	if n < 2 || n == len(w) {
		return w
	}
	return string(b[:n])
}

// acquireVerbs say a company changed hands.
var acquireVerbs = map[string]bool{"acquired": true, "bought": true, "purchased": true}

// webDomain reports whether w is a site's domain name: letters, digits or
// hyphens, a dot, then a top-level domain of two to four lower-case
// letters ("Detik.com", "Salon.com").
func webDomain(w string) bool {
	d := strings.LastIndexByte(w, '.')
	if d < 1 || len(w)-d-1 < 2 || len(w)-d-1 > 4 {
		return false
	}
	for i := d + 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// appositiveHead returns the index of the first of heads in the appositive
// ", the ..." or ", a ..." right after token last-1 of a document of n
// tokens, within its first six words and before any preposition or
// punctuation; -1 when there is none.
func appositiveHead(tok func(int) string, n, last int, heads map[string]bool) int {
	if last+2 >= n || tok(last) != "," && !relativeBe[tok(last)] {
		return -1
	}
	if d := tok(last + 1); d != "the" && d != "a" && d != "an" {
		return -1
	}
	for k := last + 2; k < n && k <= last+7; k++ {
		t := tok(k)
		if heads[t] {
			return k
		}
		if possessive(t) && caseClass(tok(k-1)) == caseLower && !heads[tok(k-1)] {
			continue // "Jio Platforms, the group's telecom arm,": the head comes after the owner
		}
		if cc := caseClass(t); cc == casePunct || cc == caseDigit || appositiveStop[t] {
			break
		}
	}
	return -1
}

// relativeBe are the verbs after "which" that say what a name is.
var relativeBe = map[string]bool{"is": true, "was": true, "became": true, "become": true, "remains": true}

// reportedResults reports whether the name ending before token last is
// followed by a company's report of its results: "reported revenue",
// "posted a profit", "reported a quarterly loss".
func reportedResults(tok func(int) string, n, last int) bool {
	if last+1 >= n {
		return false
	}
	switch tok(last) {
	case "reported", "posted", "reports", "posts":
	default:
		return false
	}
	k := last + 1
	if w := tok(k); w == "a" || w == "its" {
		k++
	}
	if k < n && (tok(k) == "quarterly" || tok(k) == "annual" || tok(k) == "net" || tok(k) == "record") {
		k++
	}
	return k < n && resultNouns[tok(k)]
}

// resultNouns are what a company reports of its quarter or year.
var resultNouns = map[string]bool{"revenue": true, "revenues": true, "profit": true, "profits": true,
	"loss": true, "losses": true, "earnings": true, "income": true}

// weakOrgCue reports cues that mark an organisation only when the tagger
// did not already take the name for a person's: working for it or posting
// on it, joining it, its spokesman, shares or employees ("a Pelosi
// spokesman" is a person's).
func weakOrgCue(tok func(int) string, n, first, last int) bool {
	if first > 1 && (tok(first-1) == "for" || tok(first-1) == "at") && workWords[tok(first-2)] {
		return true // "works for Facebook", "a job at Google"
	}
	if first > 1 && tok(first-1) == "on" && postWords[tok(first-2)] {
		return true // "posted on Twitter"
	}
	if first > 0 && (tok(first-1) == "joined" || tok(first-1) == "joining") {
		return true // "I joined Dropbox"
	}
	if last >= n || first > 0 && ownerWords[tok(first-1)] && tok(last) == "headquarters" {
		return false // "its Cupertino headquarters": where it stands, not whose it is
	}
	return weakOrgCueAfter[tok(last)] || staffTitle(tok, n, last)
}

// staffTitle reports whether tokens from i are the title of an
// organisation's staff written in two or three words, which say whose
// staff it is as "spokesman" does: "White House Press Secretary Stephanie
// Grisham", "the White House chief of staff".
func staffTitle(tok func(int) string, n, i int) bool {
	switch w := tok(i); {
	case strings.EqualFold(w, "press"):
		return i+1 < n && strings.EqualFold(tok(i+1), "secretary")
	case strings.EqualFold(w, "chief"):
		return i+2 < n && tok(i+1) == "of" && strings.EqualFold(tok(i+2), "staff")
	}
	return false
}

// appositiveEnd are the tokens that may follow the head noun of an
// appositive; appositiveStop are words that end its modifiers before any
// head ("a market analyst with the research firm").
var (
	appositiveEnd  = map[string]bool{",": true, ".": true, ";": true, ":": true, ")": true, "that": true, "which": true, "whose": true, "—": true}
	appositiveStop = map[string]bool{"with": true, "at": true, "for": true, "from": true, "in": true, "on": true, "by": true,
		"of": true, "to": true, "and": true, "or": true, "that": true, "which": true, "who": true, "'s": true, "’s": true}
)

// splitCoordinated splits a name run across "and" or "or" ("GM and Chrysler",
// "Christians and Cretins") or a dash standing alone ("Enlightenment -
// Moses Mendelssohn") into its two parts, of the same type, when either
// part is a name found on its own elsewhere in the document or a faith or
// doctrine by its form ("Catholicism and Judaism"), when the two are one
// word each of an organisation's name that may be a brand's, and the
// whole no name a list knows (brandPair: "Facebook and Twitter", where
// "Procter and Gamble", "Marks and Spencer" and "Dolce and Gabbana" name
// one firm by its founders, and "Bosnia and Herzegovina" one country), and
// across "and" also when either conjunct has two or more words ("Ilocos
// Norte and Cagayan"), the first holds no lower-case word ("the Center for
// Health and Human Rights") and the whole does not end in what kind of
// organisation, law or event it is ("Securities and Exchange Commission",
// "the Human Rights and Democracy Act"); "Procter and Gamble" stays whole
// unless "Procter" stands alone somewhere or it closes a list ("Lockheed
// Martin, Raytheon and Boeing"): see listEnd. Two places before the body
// that serves both stay one ("Avon and Somerset Police"). A hyphen splits
// only a name of three or more words ("Wal - Mart" is tokenised text).
func (r *Recognizer) splitCoordinated(fs []found, surface func(found) string, tok func(int) string) []found {
	var alone map[string]bool
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		k, dash := -1, false
		for j := f.first + 1; j < f.last-1; j++ {
			if w := tok(j); w == "and" || w == "or" || w == "-" || w == "–" || w == "—" || w == "/" {
				k, dash = j, w != "and" && w != "or"
				break
			}
		}
		if k < 0 {
			continue
		}
		if alone == nil {
			alone = make(map[string]bool, len(fs))
			for _, g := range fs {
				alone[surface(g)] = true
			}
		}
		a := found{first: f.first, last: k, typ: f.typ}
		b := found{first: k + 1, last: f.last, typ: f.typ}
		long := k-a.first >= 2 || b.last-b.first >= 2
		if tok(k) == "-" && !long {
			continue // "Wal - Mart" in tokenised text
		}
		// A first conjunct that ends in a legal form is a company's whole
		// name: "JPMorgan Chase & Co. and Goldman Sachs Group Inc.".
		legal := !dash && k-a.first >= 2 && (legalForms[tok(k-1)] || legalForms[strings.TrimSuffix(tok(k-1), ".")])
		if k == f.first+1 && r.areaBody(tok, f.first, f.last) {
			continue // "Avon and Somerset Police", though "Somerset" stand alone elsewhere
		}
		if !legal && !alone[surface(a)] && !alone[surface(b)] && !(k-a.first == 1 && ism(tok(a.first))) && !(b.last-b.first == 1 && ism(tok(b.first))) &&
			!(!dash && f.typ == 1 && k-a.first == 1 && b.last-b.first == 1 && r.brandPair(tok(a.first), tok(b.first)) &&
				r.spanFlags(f, tok) == 0) &&
			(dash || !long && !listEnd(fs, i, tok) || orgKindHead(tok(f.last-1)) || miscHeads[tok(f.last-1)] || hasCase(tok, a.first, a.last, caseLower) ||
				!dash && b.last-b.first >= 2 && r.commonWords(tok, b.first, b.last)) {
			// "Securities and Exchange Commission", "the Joint Committee
			// on Intelligence and Security".
			continue
		}
		for _, p := range []*found{&a, &b} {
			switch {
			case r.spanFlags(*p, tok)&(1<<GazCountry) != 0:
				p.typ = 2 // "United Arab Emirates — Dubai": the country is a place
			case p.last-p.first >= 2 && p.last-p.first <= 3 && r.m.gaz.Flags(tok(p.first))&(1<<GazFirst|1<<GazFirstTop) != 0 &&
				r.m.gaz.Flags(tok(p.first))&datelinePlaces == 0 && !opener(tok(p.first)) &&
				!orgKindHead(tok(p.last-1)) && !placeHeads[tok(p.last-1)]:
				p.typ = 0 // "Sabres and Linus Ullmark": a given name opens a person's
			}
		}
		if !dash && f.typ != 2 {
			// "Ilocos Norte and Cagayan", read as one organisation: a
			// place by its head joined by "and" to one word no list knows
			// are two places.
			pa, pb := r.placeByForm(a, tok), r.placeByForm(b, tok)
			if pa && b.last-b.first == 1 && r.m.gaz.Flags(tok(b.first)) == 0 || pb && a.last-a.first == 1 && r.m.gaz.Flags(tok(a.first)) == 0 {
				a.typ, b.typ = 2, 2
			}
		}
		fs = append(fs, found{})
		copy(fs[i+2:], fs[i+1:])
		fs[i], fs[i+1] = a, b
		i++
	}
	return fs
}

// placeByForm reports whether f of two or more words ends in the head of
// a place's name that names nothing else ("Ilocos Norte", "Seminole
// County").
func (r *Recognizer) placeByForm(f found, tok func(int) string) bool {
	h := tok(f.last - 1)
	return f.last-f.first >= 2 && placeHeads[h] && !ambiguousPlaceHeads[h]
}

// exclaimedNames takes into the name of an organisation or a work the
// exclamation mark right after it where that ends no sentence, a
// lower-case word or a comma, full stop, colon or semicolon following it
// ("Kerrang ! announced", "Yahoo! said", "American Dad ! ."), as the names
// of magazines, shows and brands are spelt, but not a determiner or a
// pronoun that opens the speaker of an exclamation ("Shame on Google! he
// wrote"); and then at every occurrence of such a name before one ("the
// Kerrang ! Awards", where the line breaks). fs are the document's names
// over its n tokens.
func exclaimedNames(fs []found, n int, tok func(int) string, surface func(found) string) {
	var names map[string]bool
	for i := range fs {
		f := &fs[i]
		if f.last+1 >= n || tok(f.last) != "!" || f.typ != 1 && f.typ != 3 {
			continue // a person or a place exclaimed is no title: "Welcome to London! the sign said"
		}
		switch w := tok(f.last + 1); {
		case determinerWords[w] || speakerPronoun(w):
			// An exclamation quoted without quotation marks, its speaker
			// after it: "Congratulations to Microsoft! the tweet said",
			// "Shame on Google! he wrote".
		case caseClass(w) == caseLower, w == ",", w == ".", w == ";", w == ":":
			if names == nil {
				names = map[string]bool{}
			}
			names[surface(*f)] = true
			f.last++
		}
	}
	if names == nil {
		return
	}
	for i := range fs {
		if f := &fs[i]; f.last < n && tok(f.last) == "!" && names[surface(*f)] && (i+1 == len(fs) || fs[i+1].first > f.last) {
			f.last++
		}
	}
}

// speakerPronoun reports whether the lower-case w is a pronoun that names
// who says something: "he", "she", "they", "we", "you" ("I" is no
// lower-case word).
func speakerPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "we", "you":
		return true
	}
	return false
}

// listEnd reports whether the name fs[i] closes a list of names: a comma
// right before it ends another ("Lockheed Martin, Raytheon and Boeing",
// where "Raytheon and Boeing" are two of three, not one).
func listEnd(fs []found, i int, tok func(int) string) bool {
	f := fs[i]
	return i > 0 && f.first > 0 && fs[i-1].last == f.first-1 && tok(f.first-1) == ","
}

// commonWords reports whether tokens [first,last) are all capitalised
// common nouns no gazetteer lists: "Border Protection" of "Customs and
// Border Protection", "Human Services". Such a conjunct is no name of its
// own, so the "and" before it joins words inside one name.
func (r *Recognizer) commonWords(tok func(int) string, first, last int) bool {
	for k := first; k < last; k++ {
		w := tok(k)
		if caseClass(w) != caseTitle || r.m.gaz.Flags(w)&^(1<<GazSur|1<<GazSurTop) != 0 {
			return false // a surname list holds many a common noun ("Border")
		}
		if c := r.m.nounClasses[strings.ToLower(w)]; c == 0 || c == NameAdjectiveEntry {
			return false
		}
	}
	return true
}

// nationalCompanies joins a people's or a country's name and a company's
// head word after it into one organisation: "Swiss Re", "British Airways",
// "Korean Air", "China Mobile", "Japan Post". The head must end the name
// ("the German Air Force" goes on) and fs must be in token order; the
// result is too.
func (r *Recognizer) nationalCompanies(fs []found, n int, tok func(int) string) []found {
	out := fs[:0]
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		h := f.last
		if f.last-f.first == 1 && h < n && nationalHeads[tok(h)] && (h+1 == n || caseClass(tok(h+1)) != caseTitle) &&
			r.m.gaz.Flags(tok(f.first))&(1<<GazNationality|1<<GazCountry|1<<GazWNMember) != 0 {
			if i+1 < len(fs) && fs[i+1].first == h {
				if fs[i+1].last != h+1 {
					out = append(out, f)
					continue // a longer name runs on
				}
				i++ // "British" and "Airways" found apart
			} else if i+1 < len(fs) && fs[i+1].first < h+1 {
				out = append(out, f)
				continue
			}
			out = append(out, found{first: f.first, last: h + 1, typ: 1})
			continue
		}
		out = append(out, f)
	}
	return out
}

// nationalHeads are the words that end a company's name after a people's
// or a country's: "Swiss Re", "Korean Air", "China Mobile".
var nationalHeads = map[string]bool{"Re": true, "Air": true, "Airways": true, "Airlines": true, "Mobile": true,
	"Telecom": true, "Steel": true, "Railways": true, "Rail": true, "Post": true, "Petroleum": true, "Life": true,
	"Bank": true, "Motors": true, "Electric": true, "Energy": true, "Airport": true, "Broadcasting": true}

// orgBeforeCountry reports whether the two-word place name "w country" is
// rather an organisation named after the country ("Air France", "Bank
// Indonesia", "Radio France"): the second word is a country, the pair is no
// listed place, and the first word is a common noun mostly written in lower
// case that is not a direction or the like ("North Korea", "Mainland China"),
// or a company's double name hyphened ("Faber-Castell USA", "Mercedes-Benz
// USA"; the caller checks that the name is not used as a place: "born in
// Baden-Württemberg Germany").
func (r *Recognizer) orgBeforeCountry(w, country string) bool {
	g := r.m.gaz
	if g.Flags(country)&(1<<GazCountry) == 0 || g.Flags(w) != 0 || placeModifiers[w] {
		return false
	}
	pair := [2]string{w, country}
	if l, _ := g.MatchAt(func(i int) string { return pair[i] }, 0, 2); l == 2 {
		return false
	}
	if a, b, ok := strings.Cut(w, "-"); ok && caseClass(a) == caseTitle && caseClass(b) == caseTitle {
		return true
	}
	row, ok := r.m.vocab[w]
	return ok && r.m.vocabLC[row] >= 4
}

// placeModifiers begin place names made of a country's name ("North
// Korea", "Greater China").
var placeModifiers = map[string]bool{
	"North": true, "South": true, "East": true, "West": true, "Northern": true, "Southern": true,
	"Eastern": true, "Western": true, "Central": true, "Upper": true, "Lower": true, "Greater": true,
	"New": true, "Great": true, "Mainland": true, "Old": true, "Little": true, "Inner": true, "Outer": true,
}

// nounUse reports whether the word at token i of a document of n tokens
// stands as a noun, not an adjective: after "the" and before punctuation, a
// preposition or a conjunction ("across the Pacific .", "the Atlantic and").
func nounUse(tok func(int) string, n, i int) bool {
	if i == 0 || tok(i-1) != "the" && tok(i-1) != "The" {
		return false
	}
	return i+1 >= n || caseClass(tok(i+1)) == casePunct || descriptionStops[tok(i+1)]
}

// possessive reports whether token w is a possessive ending, "'s" or "’s",
// or a lone apostrophe after a plural.
func possessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }

// currencies drops the one-word names that a document shows to be
// currencies, wherever they stand: a word whose common noun is a monetary
// unit or money (WordNet's noun.quantity, noun.possession: "sterling",
// "rand", "real", "peso") that moves against another ("Sterling fell 0.3%
// against the dollar", "the Rand weakened against the euro"). The tagger
// reads a capitalised "Sterling" or "Rand" as a person; a name linked to a
// full one ("Sterling" after "Raheem Sterling") is kept.
func (r *Recognizer) currencies(fs []found, n int, tok func(int) string) []found {
	var cur map[string]bool
	for _, f := range fs {
		if f.last-f.first == 1 && f.value == "" && caseClass(tok(f.first)) == caseTitle && r.againstCurrency(tok, n, f.last) && r.currencyNoun(tok(f.first)) {
			if cur == nil {
				cur = map[string]bool{}
			}
			cur[tok(f.first)] = true
		}
	}
	if cur == nil {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if !(f.last-f.first == 1 && f.value == "" && cur[tok(f.first)]) {
			kept = append(kept, f)
		}
	}
	return kept
}

// currencyNoun reports whether w, lower-cased, is a common noun whose first
// sense is a quantity or a possession: a monetary unit or money.
func (r *Recognizer) currencyNoun(w string) bool {
	switch int(r.m.nounClasses[strings.ToLower(w)]>>nounFirstShift) - 1 {
	case classQuantity, classPossession:
		return true
	}
	return false
}

// againstCurrency reports whether, within five words from token i and
// before any punctuation, "against" (and "the") is followed by a currency
// (currencyNoun): "fell 0.3 % against the dollar".
func (r *Recognizer) againstCurrency(tok func(int) string, n, i int) bool {
	for k := i; k < n && k < i+6; k++ {
		w := tok(k)
		if w == "against" {
			k++
			if k < n && (tok(k) == "the" || tok(k) == "a") {
				k++
			}
			return k < n && caseClass(tok(k)) == caseLower && r.currencyNoun(tok(k))
		}
		switch w {
		case ".", ",", ";", ":", "!", "?":
			return false
		}
	}
	return false
}
