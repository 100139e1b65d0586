package entities

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// nameAdjectives appends to *fs, as MISC, the adjectives made from names
// and the members of peoples and faiths that the tagger left untagged
// ("Jewish", "Prussian", "Latin", "Christians", "anti-Spanish"): a
// hyphenated one (see hyphenedAdjective), or a capitalised word that
// WordNet lists as such an adjective (see NameAdjectiveEntry) or member
// (GazWNMember, or its plural), not a party's ("Republican" may be the
// party), and that is rarely written in lower case; neither opening its
// sentence (where any word is capitalised) nor followed by a capitalised
// word (then it starts a name the tagger missed: "Latin America"). Two
// exceptions: a capitalised word before a person's title is an adjective
// or a country all the same ("Scottish First Minister John Swinney",
// "Saudi Crown Prince Mohammed", "US President Joe Biden", "New Zealand
// Prime Minister Christopher Luxon": see
// titleAhead), and a sentence may open with a nationality or a people's
// word before a lower-case noun ("Saudi officials said", "Islamist
// politicians"; not "Modern capture guns") when it is no one's given name
// or surname ("English", "Welsh" are). A listed large city, capital or
// country, or a state WordNet knows too, before a noun it modifies is a
// place the same way ("a 23-year-old Melbourne man"), unless it is a
// common given name or surname ("the two Mara scripts", where Mara, a
// region of Tanzania that WordNet does not know, names a monster). cover
// marks the tokens already in a name and is updated; sents are the
// sentences' token ranges. It reports whether it added any.
func (r *Recognizer) nameAdjectives(fs *[]found, sents [][2]int, cover []bool, tok func(int) string) bool {
	added := false
	for _, se := range sents {
		start := se[0]
		if start < se[1] && isQuote(tok(start)) {
			start++
		}
		for i := start; i < se[1]; i++ {
			if cover[i] {
				continue
			}
			w := tok(i)
			if !capitalStart(w) && !strings.ContainsRune(w, '-') {
				continue // spare the lookups below: no name, nor "anti-Spanish"
			}
			if l, fl := r.m.gaz.MatchAt(tok, i, se[1]); l >= 2 && fl&(1<<GazCountry|1<<GazNationality) != 0 && !cover[i+l-1] &&
				i+l < se[1] && r.titleAhead(tok, i+l, se[1]) {
				typ := 2 // "New Zealand Prime Minister Christopher Luxon"
				if fl&(1<<GazCountry) == 0 {
					typ = 3 // "Sri Lankan President Ranil Wickremesinghe"
				}
				*fs = append(*fs, found{first: i, last: i + l, typ: typ})
				for k := i; k < i+l; k++ {
					cover[k] = true
				}
				added = true
				i += l - 1
				continue
			}
			title := i+1 < se[1] && isCap(uint8(caseClass(w))) && !titleWord(w) && r.titleAhead(tok, i+1, se[1])
			if title && r.m.gaz.Flags(w)&(1<<GazCountry) != 0 && caseClass(w) != caseLower || title && countryAbbrev[w] {
				*fs = append(*fs, found{first: i, last: i + 1, typ: 2}) // "US President Joe Biden"
				cover[i] = true
				added = true
				continue
			}
			if fl := r.m.gaz.Flags(w); i > start && i+1 < se[1] &&
				(fl&(1<<GazCountry|1<<GazCapital|1<<GazCityLarge) != 0 || fl&(1<<GazAdmin1|1<<GazWNPlace) == 1<<GazAdmin1|1<<GazWNPlace) &&
				fl&(1<<GazFirstTop|1<<GazSurTop|1<<GazNationality) == 0 && caseClass(w) == caseTitle && r.nameLike(w) &&
				r.placeModifies(tok(i+1)) {
				*fs = append(*fs, found{first: i, last: i + 1, typ: 2}) // "a 23-year-old Melbourne man"
				cover[i] = true
				added = true
				continue
			}
			if i+1 < se[1] && partyStaff[tok(i+1)] && caseClass(w) == caseTitle && (partyMembers[w] || r.m.gaz.Flags(w)&(1<<GazWNOrg) != 0) {
				// A party's name or its member's before the party's people:
				// "Labor ministers said", "Tory MPs", "Republican senators".
				*fs = append(*fs, found{first: i, last: i + 1, typ: 1})
				cover[i] = true
				added = true
				continue
			}
			hyphened := r.hyphenedAdjective(w) || i == start && r.openingHyphenedAdjective(w)
			if !hyphened && (caseClass(w) != caseTitle || !r.nameLike(w) || partyMembers[w] ||
				r.m.nounClasses[w] != NameAdjectiveEntry && r.m.gaz.Flags(w)&(1<<GazWNMember) == 0 && !r.memberPlural(w) && !r.demonymAdjective(w)) {
				continue
			}
			if i+1 < se[1] && isCap(uint8(caseClass(tok(i+1)))) && !title {
				continue
			}
			if fl := r.m.gaz.Flags(w); i == start && !title && (i+1 >= se[1] || caseClass(tok(i+1)) != caseLower ||
				fl&(1<<GazNationality|1<<GazWNMember) == 0 && !hyphened && !r.demonymAdjective(w) ||
				fl&(1<<GazFirst|1<<GazFirstTop|1<<GazSur|1<<GazSurTop) != 0) {
				// A sentence opens with its prefix capitalised: "Pro-Palestinian protesters".
				continue
			}
			first := i
			if i > start && !cover[i-1] && regionWord(tok(i-1)) && r.m.gaz.Flags(w)&peopleFlags != 0 {
				first = i - 1 // "Southeast Asian markets", "Western European buyers"
			}
			*fs = append(*fs, found{first: first, last: i + 1, typ: 3})
			cover[first], cover[i] = true, true
			added = true
		}
	}
	return added
}

// partyStaff are the people of a political party or a body, which after
// a capitalised word make it the party's or the body's name ("Labor
// ministers", "Tory MPs").
var partyStaff = map[string]bool{
	"ministers": true, "MPs": true, "MP": true, "senators": true, "senator": true, "lawmakers": true,
	"legislators": true, "leader": true, "leaders": true, "backbenchers": true, "frontbenchers": true,
	"candidate": true, "candidates": true, "voters": true, "politicians": true, "councillors": true,
	"delegates": true, "MEPs": true, "MSPs": true,
}

// placeModifies reports whether w, after a place's name, is a common
// noun it modifies ("a Melbourne man", "the Mumbai office") and no verb
// that would make the name a subject ("London said", "London says").
func (r *Recognizer) placeModifies(w string) bool {
	if caseClass(w) != caseLower || agentVerbs[w] || reportVerbs[w] || teamVerbs[w] {
		return false
	}
	c, _ := nounClass(r.m.nounClasses, w, nil)
	return c != 0 && c != NameAdjectiveEntry
}

// titleWord reports whether w is a word of a person's title ("Lord" of
// "Lord Justice Singh"), which is no people's adjective before the rest:
// a titleHead or a qualifier.
func titleWord(w string) bool { return titleHead(w) || titleQualifiers[w] }

// titleHead reports whether w is on a list of titles: personTitles,
// officeTitleWords, officeTitles, rankTitles, nobleTitles, honourTitles.
func titleHead(w string) bool {
	return personTitles[w] || officeTitleWords[w] || officeTitles[w] || rankTitles[w] || nobleTitles[w] || honourTitles[w]
}

// titleAhead reports whether a person's title opens tokens [i,end) and a
// name follows it: title words (titleHead), perhaps qualified
// ("First Minister", "Crown Prince", "Foreign Secretary"), then a given
// name or a capitalised word that is no common noun. "General Election"
// and "National Party" hold no title before a name.
func (r *Recognizer) titleAhead(tok func(int) string, i, end int) bool {
	k, title := i, false
	for ; k < end; k++ {
		w := tok(k)
		if titleHead(w) {
			title = true
		} else if !titleQualifiers[w] && !officeWords[w] && w != "Crown" {
			break
		}
	}
	if !title || k == i || k >= end || caseClass(tok(k)) != caseTitle {
		return false
	}
	w := tok(k)
	if r.m.gaz.Flags(w)&(1<<GazFirst|1<<GazFirstTop) != 0 {
		return true
	}
	c, _ := nounClass(r.m.nounClasses, w, nil)
	return c == 0
}

// publishedIn appends to *fs, as ORG, the untagged name of a journal or a
// paper that a text says something was published in: "a study published
// in The Lancet", "writing in The Atlantic" (a capitalised "The" in the
// middle of a sentence is the name's own), or a run of capitalised words
// that no list of places, peoples or things holds (unlisted) and no month
// or weekday ("published in Nature";
// not "published in London", "in English", "in March"); a name the tagger
// found there that no list knows becomes the journal's. cover marks the
// tokens already in a name and is updated; it reports whether it added
// any.
func (r *Recognizer) publishedIn(fs *[]found, sents [][2]int, cover []bool, tok func(int) string) bool {
	added := false
	for _, se := range sents {
		for i := se[0] + 2; i < se[1]; i++ {
			if tok(i-1) != "in" || !publishVerbs[tok(i-2)] {
				continue
			}
			j := i
			if tok(i) == "The" {
				if j++; j >= se[1] {
					continue // "published in The" ends the sentence
				}
			}
			if cover[j] {
				// A name the tagger found there, no word of it in a
				// gazetteer list, is the journal too, with its "The":
				// "published in Nature Medicine", read as a place.
				for x := range *fs {
					if f := &(*fs)[x]; f.first == j && (j == i || !cover[i]) && r.unlisted(tok, f.first, f.last) {
						f.first, f.typ, f.value = i, 1, ""
						cover[i] = true
					}
				}
				continue
			}
			k := j
			for k < se[1] && k-j < 4 && !cover[k] && caseClass(tok(k)) == caseTitle && !opener(tok(k)) && r.unlisted(tok, k, k+1) &&
				r.m.nounClasses[tok(k)] != NameAdjectiveEntry {
				k++
			}
			if k == j || k < se[1] && cover[k] {
				continue
			}
			*fs = append(*fs, found{first: i, last: k, typ: 1})
			for x := i; x < k; x++ {
				cover[x] = true
			}
			added = true
		}
	}
	return added
}

// unlisted reports whether no word of tokens [first,last) is in a
// gazetteer list of places, peoples or things (names of people may be:
// "Nature", "Medicine").
func (r *Recognizer) unlisted(tok func(int) string, first, last int) bool {
	for k := first; k < last; k++ {
		if r.m.gaz.Flags(tok(k))&journalNotFlags != 0 {
			return false
		}
	}
	return true
}

// journalNotFlags are the gazetteer lists of words no journal's name holds
// after "published in": places, peoples, languages and other things.
const journalNotFlags = placeFlags | 1<<GazCity | 1<<GazWNPlace | 1<<GazWNOther | 1<<GazWNMember

// publishVerbs before "in" and a name make it a journal's or a paper's.
var publishVerbs = map[string]bool{
	"published": true, "publishes": true, "appeared": true, "appears": true, "writing": true, "wrote": true,
	"writes": true, "printed": true,
}

// headedCompanies appends to *fs, as ORG, the companies' names the tagger
// left untagged, often at a sentence's start: a run of two to five
// capitalised words ending in a word that says what kind of company it is
// (orgNameHeads: "Industries", "Group", "Holdings") or a legal form, before
// a word that says a company acts or has staff or shares ("Reliance
// Industries chairman Mukesh Ambani", "Adani Enterprises shares fell").
// A determiner, a quantifier or a sentence opener does not start one
// ("Several Media Group executives"). cover marks the
// tokens already in a name and is updated; it reports whether it added
// any.
func headedCompanies(fs *[]found, sents [][2]int, cover []bool, tok func(int) string) bool {
	added := false
	for _, se := range sents {
		for h := se[0] + 1; h+1 < se[1]; h++ {
			if cover[h] || cover[h-1] || !capitalStart(tok(h-1)) || !orgNameHeads[tok(h)] && !legalForms[tok(h)] || !companyActs(tok(h+1)) {
				continue
			}
			first := h
			for first > se[0] && h-first < 4 && !cover[first-1] && isCap(uint8(caseClass(tok(first-1)))) &&
				!determiners[tok(first-1)] && !quantifiers[tok(first-1)] && !opener(tok(first-1)) && !pronouns[tok(first-1)] {
				first--
			}
			if first == h {
				continue
			}
			*fs = append(*fs, found{first: first, last: h + 1, typ: 1})
			for k := first; k <= h; k++ {
				cover[k] = true
			}
			added = true
		}
	}
	return added
}

// capitalStart reports whether w may be a capitalised word: it starts
// with a capital letter or a byte outside ASCII. It is a cheap test to
// make before lookups.
func capitalStart(w string) bool {
	return w != "" && (w[0] >= 'A' && w[0] <= 'Z' || w[0] >= utf8.RuneSelf)
}

// quantifiers open a noun phrase in capitals at a sentence's start:
// "Several Media Group executives" is no company "Several Media Group".
// (Possessives, "Its Media Group", are pronouns.)
var quantifiers = map[string]bool{"Several": true, "Many": true, "Most": true, "All": true, "Both": true,
	"Few": true, "Other": true, "Two": true, "Three": true, "Four": true, "Five": true, "Former": true,
	"Top": true, "Senior": true}

// companyActs reports whether w, after a name, says it is a company's: a
// company's officer, its shares or staff, or a verb a company does
// ("chairman", "shares", "said", "reported").
func companyActs(w string) bool {
	switch w {
	case "chairman", "chairwoman", "chief", "CEO", "boss", "founder":
		return true
	}
	return weakOrgCueAfter[w] || agentVerbs[w] || reportVerbs[w]
}

// unknownWord reports whether w, capitalised, is a word no dictionary
// here knows: rarely written in lower case, no common noun, no place.
func (r *Recognizer) unknownWord(w string) bool {
	return r.nameLike(w) && r.m.nounClasses[strings.ToLower(w)] == 0 && r.m.gaz.Flags(w)&placeFlags == 0 && !opener(w) && !pronouns[w]
}

// hyphenedTitles reports whether w is two or three words in title case
// joined by hyphens: "Sibanye-Stillwater", "Jean-Luc".
func hyphenedTitles(w string) bool {
	if n := strings.Count(w, "-"); n < 1 || n > 2 {
		return false
	}
	for part := range strings.SplitSeq(w, "-") {
		if caseClass(part) != caseTitle {
			return false
		}
	}
	return true
}

// companyMixed reports whether w mixes cases as a company's name does: a
// capital first and another after a lower-case letter ("SpaceX",
// "PayPal", "YouTube"), but not a family name's prefix ("McConnell",
// "MacArthur", "DeSantis", "LeBron").
func companyMixed(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' || len(w) < 4 {
		return false
	}
	for _, p := range []string{"Mc", "Mac", "De", "Le", "La", "Di", "Van", "Von", "O'", "D'"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return false
		}
	}
	for i := 2; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			return true
		}
	}
	return false
}

// titledStaff reports whether a company's officer and a name start at
// token i of a sentence ending at end: "chief executive Tim Cook", "CEO
// Tim Cook", "spokesman Curtis Smith".
func titledStaff(tok func(int) string, end, i int) bool {
	switch tok(i) {
	case "chief", "Chief":
		// "chief executive", "chief financial officer"
		for k := i + 1; k < end && k <= i+3 && caseClass(tok(k)) == caseLower; k++ {
			if w := tok(k); w == "officer" || w == "executive" {
				return k+1 < end && caseClass(tok(k+1)) == caseTitle
			}
		}
		return false
	case "CEO", "CFO", "spokesman", "spokeswoman", "spokesperson":
		return i+1 < end && caseClass(tok(i+1)) == caseTitle
	}
	return false
}

// nounSense is the WordNet class of the first sense of w, capitalised, as
// a common noun; -1 when w is none, or a place, a sentence opener or a
// pronoun. (A capitalised adjective's entry, NameAdjectiveEntry, has no
// class either.)
func (r *Recognizer) nounSense(w string) int {
	if r.m.gaz.Flags(w)&(placeFlags|1<<GazCity) != 0 || opener(w) || pronouns[w] {
		return -1
	}
	return int(r.m.nounClasses[strings.ToLower(w)]>>nounFirstShift) - 1
}

// noun reports whether w is a common noun for no person and no group (see
// nounSense): before "CEO" it names a company ("Target CEO Brian
// Cornell"), where "Police" would not.
func (r *Recognizer) noun(w string) bool {
	switch r.nounSense(w) {
	case -1, classPerson, classGroup:
		return false
	}
	return true
}

// bareThing reports whether w is a common noun for a thing (an artifact, a
// food, a plant, an animal, an object, a shape or a substance by its first
// sense; see nounSense): with no article before it, such a noun cannot say
// anything, so "Apple said", "Shell reported" and "Square says" name
// companies. Nouns for people, groups, works, ideas, acts and times are
// left out: "Police said", "Research says", "History shows".
func (r *Recognizer) bareThing(w string) bool {
	switch r.nounSense(w) {
	case classAnimal, classArtifact, classFood, classObject, classPlant, classShape, classSubstance:
		return true
	}
	return false
}

// personRoles are lower-case nouns for what a person does that, right
// before a name, say it is a person's ("talent manager Scooter Braun").
var personRoles = map[string]bool{
	"manager": true, "actor": true, "actress": true, "singer": true, "rapper": true,
	"musician": true, "songwriter": true, "player": true, "coach": true, "lawyer": true,
	"attorney": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"analyst": true, "economist": true, "director": true, "producer": true, "founder": true,
	"chairman": true, "chairwoman": true, "executive": true, "author": true, "writer": true,
	"journalist": true, "reporter": true, "photographer": true, "artist": true, "comedian": true,
	"striker": true, "midfielder": true, "defender": true, "goalkeeper": true, "quarterback": true,
	"entrepreneur": true, "billionaire": true, "activist": true, "scientist": true,
	"professor": true, "historian": true, "novelist": true, "poet": true, "designer": true,
	"president": true, "minister": true, "premier": true, "senator": true, "governor": true,
	"mayor": true, "chancellor": true, "lobbyist": true, "prosecutor": true, "judge": true,
	"congressman": true, "congresswoman": true, "lawmaker": true, "candidate": true,
}

// agentNouns name a part that a company or a person may play: after one
// ("investor SoftBank", "owner Vivendi") a capitalised run is a name, a
// person's when a given name opens it. ("client" is left out: an e-mail
// client is a program.)
var agentNouns = map[string]bool{
	"investor": true, "investors": true, "owner": true, "backer": true, "backers": true, "buyer": true,
	"seller": true, "shareholder": true, "partner": true, "sponsor": true, "acquirer": true,
	"competitor": true, "bidder": true, "creditor": true,
}

// cueNames appends to *fs the names the tagger left untagged right after a
// noun that says what they are: an organisation ("the fact-checking
// website Full Fact"), a product or work ("the song Sukiyaki"), a place
// ("the town of Aisby") or a person ("talent manager Scooter Braun"), and
// an organisation an appositive after it says what it is ("Staedtler , a
// stationery company ,"; not a given name: "Smith , a company spokesman"
// fails the appositive anyway). A
// name is a run of up to four capitalised words, not opening its sentence,
// that are no pronoun, month or weekday (after such a noun a capitalised
// word is a name even when it is a common word: "Full Fact"), starting with
// no article and one space after the noun. spaced(i) reports whether one
// space precedes token i. cover
// marks the tokens already in a name and is updated, cc holds the tokens'
// case classes; sents are the sentences' token ranges. It reports whether
// it added any.
func (r *Recognizer) cueNames(fs *[]found, sents [][2]int, cover []bool, cc []uint8, tok func(int) string, spaced func(int) bool) bool {
	added := false
	for _, se := range sents {
		if i := se[0]; i+2 < se[1] && !cover[i] && cc[i] == caseTitle && tok(i+1) == "," && (tok(i+2) == "which" || tok(i+2) == "who") &&
			r.unknownWord(tok(i)) {
			// A word no dictionary knows opening its sentence before ",
			// which" or ", who": "Spotify, which filed the complaint".
			typ := 1
			if tok(i+2) == "who" {
				typ = 0
			}
			*fs = append(*fs, found{first: i, last: i + 1, typ: typ})
			cover[i] = true
			added = true
		}
		for i := se[0]; i+1 < se[1]; i++ {
			// A word no dictionary knows that speaks: "Spotify said", a
			// person where the census lists it as a surname ("Kowalczyk
			// said").
			if !cover[i] && !cover[i+1] && stormWords[tok(i)] && tok(i) != "Tropical" && cc[i+1] == caseTitle && !opener(tok(i+1)) &&
				(r.m.gaz.Flags(tok(i+1))&(1<<GazFirstTop) != 0 || r.m.gaz.Flags(tok(i+1))&(1<<GazFirst) != 0 && r.m.nounClasses[strings.ToLower(tok(i+1))] == 0) &&
				(i+2 == se[1] || cc[i+2] != caseTitle) {
				// A storm's given name after its kind: "Hurricane Ian made
				// landfall" (stormBefore types it MISC), not a common
				// noun ("Hurricane Season").
				*fs = append(*fs, found{first: i + 1, last: i + 2, typ: 3})
				cover[i+1] = true
				added = true
				continue
			}
			if !cover[i] && cc[i] == caseMixed && agentVerbs[tok(i+1)] && (i == se[0] || spaced(i) && cc[i-1] != caseTitle) &&
				companyMixed(tok(i)) && r.unknownWord(tok(i)) {
				// A word written as companies write their names, doing
				// what a company does: "SpaceX launched", "Elon Musk's
				// SpaceX launched".
				*fs = append(*fs, found{first: i, last: i + 1, typ: 1})
				cover[i] = true
				added = true
				continue
			}
			if titledStaff(tok, se[1], i+1) && !cover[i] && cc[i] == caseTitle && (i == se[0] || spaced(i) && cc[i-1] != caseTitle) &&
				!titleQualifiers[tok(i)] && !officeTitles[tok(i)] &&
				(r.unknownWord(tok(i)) || r.bareThing(tok(i)) || (tok(i+1) == "CEO" || tok(i+1) == "CFO") && r.noun(tok(i))) {
				// Whose staff the person after is: "Apple chief executive
				// Tim Cook", "Shell spokesman Curtis Smith".
				*fs = append(*fs, found{first: i, last: i + 1, typ: 1})
				cover[i] = true
				added = true
				continue
			}
			if w := tok(i + 1); w != "said" && w != "says" && w != "announced" && w != "reported" || cover[i] ||
				cc[i] != caseTitle && !(cc[i] == caseMixed && hyphenedTitles(tok(i))) ||
				i > se[0] && !spaced(i) || i > se[0] && cc[i-1] == caseTitle && !calendarNames[tok(i-1)] {
				// A weekday or a month before it is a fronted time, no
				// given name: "On Tuesday Vodafone said".
				continue
			}
			typ := 1
			switch {
			case cc[i] == caseMixed:
				// "Sibanye-Stillwater said"; "Jean-Luc said" is a person.
				if !r.unknownWord(tok(i)) {
					continue
				}
				if r.hyphenFirstName(tok(i)) {
					typ = 0
				}
			case r.unknownWord(tok(i)):
				if r.m.gaz.Flags(tok(i))&(1<<GazSur|1<<GazSurTop) != 0 {
					typ = 0
				}
			case i > se[0] && determiners[strings.ToLower(tok(i-1))] || i+2 < se[1] && tok(i+2) == "to" || !r.bareThing(tok(i)):
				continue // not "the apple said", nor a passive "Water said to be safe"
			case r.m.gaz.Flags(tok(i))&(1<<GazFirstTop|1<<GazSurTop) != 0:
				typ = 0 // "Rose said": a common given name
			}
			*fs = append(*fs, found{first: i, last: i + 1, typ: typ})
			cover[i] = true
			added = true
		}
		for i := se[0] + 1; i < se[1]; i++ {
			if cover[i] || cc[i] != caseTitle && cc[i] != caseMixed || !spaced(i) || determiners[tok(i)] {
				continue // a heading's last word before the next line ("Storage model\nThe server")
			}
			c := tok(i - 1)
			typ := -1
			switch {
			case orgCueBefore[c] || orgHeads[c]:
				typ = 1
			case (c == "of" || c == "in") && i-2 >= 0 && (stakeWords[tok(i-2)] || tok(i-2) == "Shares") && r.nameLike(tok(i)) && r.m.gaz.Flags(tok(i))&(placeFlags|1<<GazCity) == 0:
				typ = 1 // "Shares of Spotify", "a stake in Zentrix": what shares are of is a company
			case productNouns[c] && c != "OS" || workNouns[c]:
				typ = 3
			case placeNouns[c] || c == "of" && i-2 >= se[0] && placeNouns[tok(i-2)]:
				typ = 2
			case personRoles[c]:
				typ = 0
			case agentNouns[c]:
				// "investor SoftBank", "investor Warren Buffett": a person
				// when a given name opens the name.
				typ = 1
				if r.m.gaz.Flags(tok(i))&(1<<GazFirst|1<<GazFirstTop) != 0 {
					typ = 0
				}
			}
			j := i
			for j < se[1] && j-i < 4 && !cover[j] && (cc[j] == caseTitle || cc[j] == caseMixed) &&
				!pronouns[tok(j)] && !opener(tok(j)) && r.m.nounClasses[tok(j)] != NameAdjectiveEntry {
				j++
			}
			if typ < 0 && j > i && r.m.gaz.Flags(tok(i))&(1<<GazFirst|1<<GazFirstTop) == 0 {
				// "taken over by Staedtler , a stationery company ,"
				if k := appositiveHead(tok, se[1], j, orgHeads); k >= 0 && (k+1 >= se[1] || appositiveEnd[tok(k+1)] || descriptionStops[tok(k+1)]) {
					typ = 1
				}
			}
			if typ < 0 || j == i {
				continue
			}
			if j < se[1] && cover[j] {
				// The name goes on into one the tagger found: "Scooter" +
				// "Braun".
				joined := false
				for x := range *fs {
					if f := &(*fs)[x]; f.first == j {
						f.first, f.typ, f.value = i, typ, ""
						joined = true
						break
					}
				}
				if joined {
					for k := i; k < j; k++ {
						cover[k] = true
					}
					added = true
					continue
				}
			}
			*fs = append(*fs, found{first: i, last: j, typ: typ})
			for k := i; k < j; k++ {
				cover[k] = true
			}
			added = true
			i = j
		}
	}
	return added
}

// eventNames appends to *fs, as MISC, the names of wars the tagger left
// untagged: a run of two or more capitalised words, numbers or number
// words, not opening its sentence, that ends in "War" or "Wars" ("World
// War Two", "the Seven Years ' War", "the Napoleonic Wars"). cover, cc and
// sents are as for cueNames; it reports whether it added any.
func eventNames(fs *[]found, sents [][2]int, cover []bool, cc []uint8, tok func(int) string) bool {
	added, dropped := false, false
	for _, se := range sents {
		for i := se[0] + 1; i < se[1]; i++ {
			if w := tok(i); w != "War" && w != "Wars" || cover[i] {
				continue
			}
			a := i
			for a > se[0]+1 && !cover[a-1] && i-a < 5 {
				p := tok(a - 1)
				if cc[a-1] == caseTitle || cc[a-1] == caseUpper || p == "'" && a-2 > se[0] && strings.HasSuffix(tok(a-2), "s") {
					a--
					continue
				}
				break
			}
			b := i + 1
			if b < se[1] && (romanNumeral(tok(b)) || numberWords[tok(b)]) {
				b++ // "World War Two", "World War II"
			}
			if x := foundEnding(*fs, a); x >= 0 && (*fs)[x].typ != 0 && (a == i || tok(a) == "'") {
				// "the Seven Years ' War" where "Seven Years" was tagged:
				// the war's name holds it.
				a = (*fs)[x].first
				(*fs)[x].typ = -1
				dropped = true
			}
			if a == i || tok(a) == "'" {
				continue
			}
			if cover[b-1] && b-1 > i {
				// The numeral was tagged alone ("I"): it is the war's.
				x := foundEnding(*fs, b)
				if x >= 0 && (*fs)[x].first != b-1 {
					x = -1
				}
				if x < 0 {
					b-- // a longer name starts there: leave it be
				} else {
					(*fs)[x] = found{first: a, last: b, typ: 3}
					for k := a; k < b; k++ {
						cover[k] = true
					}
					added = true
					i = b - 1
					continue
				}
			}
			*fs = append(*fs, found{first: a, last: b, typ: 3})
			for k := a; k < b; k++ {
				cover[k] = true
			}
			added = true
			i = b - 1
		}
	}
	if dropped {
		*fs = dropMarked(*fs)
	}
	return added
}

// foundEnding returns the index in fs of the name that ends at token end,
// or -1.
func foundEnding(fs []found, end int) int {
	for x, f := range fs {
		if f.last == end && f.typ >= 0 {
			return x
		}
	}
	return -1
}

// numberWords are the numbers written out that follow a war's name.
var numberWords = map[string]bool{"One": true, "Two": true, "Three": true, "I": true}

// hyphenedAdjective reports whether w joins with a hyphen a nationality,
// an adjective made from a name or a people's member to another such word
// or to a prefix: "anti-Spanish", "Spanish-Ilocano", "pro-British" (not
// "Union-Tribune"), or a nationality to a participle (hyphenParticiples):
// "Chinese-owned".
func (r *Recognizer) hyphenedAdjective(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	a, b := w[:i], w[i+1:]
	named := func(p string) bool {
		return caseClass(p) == caseTitle && (r.m.gaz.Flags(p)&(1<<GazNationality|1<<GazWNMember) != 0 || r.m.nounClasses[p] == NameAdjectiveEntry)
	}
	if hyphenParticiples[b] && caseClass(a) == caseTitle && r.m.gaz.Flags(a)&(1<<GazNationality) != 0 {
		return true // "Chinese-owned", "Saudi-led", "Russian-backed"
	}
	return (hyphenPrefixes[a] || named(a) && !partyMembers[a] && a != "Union") && named(b)
}

// openingHyphenedAdjective reports whether w, opening a sentence, is a
// hyphenedAdjective whose prefix the sentence capitalised: "Pro-Palestinian
// protesters marched" ("Anti-Jacksonian" in the middle of one is a
// party's name).
func (r *Recognizer) openingHyphenedAdjective(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || !hyphenPrefixes[strings.ToLower(w[:i])] {
		return false
	}
	return r.hyphenedAdjective(strings.ToLower(w[:i]) + w[i:])
}

// hyphenParticiples after a nationality and a hyphen make an adjective of
// it that says who owns, leads or backs a thing: "Chinese-owned",
// "Saudi-led". ("-based" is left out: "Turkish-based" says where.)
var hyphenParticiples = map[string]bool{
	"owned": true, "led": true, "backed": true, "funded": true, "controlled": true, "sponsored": true,
	"brokered": true, "born": true, "made": true, "built": true, "run": true, "occupied": true,
	"supported": true, "allied": true, "dominated": true, "flagged": true, "administered": true,
}

// hyphenPrefixes make an adjective of a nationality: "anti-Spanish".
var hyphenPrefixes = map[string]bool{"anti": true, "pro": true, "non": true, "pan": true, "post": true, "pre": true}

// nicknames extends a person's name over a nickname in quotes and the
// surname after it, where the tagger stopped at the quotes: William Herbert
// " Buckshot " May, Joaquín " El Chapo " Guzmán. A name found right after
// the closing quote (the surname) joins it. fs must be in token order; the
// result is too.
func nicknames(fs []found, n int, tok func(int) string) []found {
	for i := 0; i < len(fs); i++ {
		f := &fs[i]
		if f.typ != 0 {
			continue
		}
		open := -1 // an opening quote inside the name: "William Herbert " Buckshot"
		for k := f.first + 1; k < f.last; k++ {
			if isQuote(tok(k)) {
				open = k
			}
		}
		k := f.last // the closing quote
		if open < 0 {
			if k >= n || !isQuote(tok(k)) {
				continue
			}
			k++
			for k < n && k-f.last <= 3 && isCap(uint8(caseClass(tok(k)))) {
				k++
			}
			if k == f.last+1 {
				continue
			}
		}
		if k+1 >= n || !isQuote(tok(k)) || caseClass(tok(k+1)) != caseTitle {
			continue
		}
		end := k + 2
		for j := i + 1; j < len(fs) && fs[j].first < end+3; j++ {
			if fs[j].first > f.last && fs[j].first <= k+1 {
				end = max(end, fs[j].last)
				fs = append(fs[:j], fs[j+1:]...)
				j--
			}
		}
		fs[i].last = end
	}
	return fs
}

// lowerDeterminers are determiners in lower case.
var lowerDeterminers = map[string]bool{"the": true, "a": true, "an": true, "some": true, "any": true, "every": true}

// determiners open a noun phrase, not a name.
var determiners = map[string]bool{"The": true, "A": true, "An": true, "Some": true, "Any": true, "No": true, "Every": true}

// requirementWords are the key words of requirements in capitals (RFC
// 2119): "clients MUST send", "servers SHOULD reply".
var requirementWords = map[string]bool{"MUST": true, "SHOULD": true, "MAY": true, "SHALL": true, "REQUIRED": true,
	"RECOMMENDED": true, "OPTIONAL": true, "NOT": true}

// requirement reports whether every word of f is one of requirementWords.
func requirement(tok func(int) string, f found) bool {
	for k := f.first; k < f.last; k++ {
		if !requirementWords[tok(k)] {
			return false
		}
	}
	return true
}

// notNames drops from fs the names that are no names: a title, a legal
// form, a role or a requirement's key word alone ("Count" before a name the
// tagger cut off, "LLC", "MUST"),
// an ordinal that ranks ("the 35th most powerful") or a name opening with
// a clock time ("12:30 EST"), and days of the week or months alone or joined ("Tuesdays and
// Fridays", which are times). The result keeps fs's order.
func (r *Recognizer) notNames(fs []found, n int, tok func(int) string) []found {
	kept := fs[:0]
	var acting map[string]bool // acronyms: whether they act as organisations
	common := lowerAcronyms(tok, n)
	for _, f := range fs {
		w := tok(f.first)
		if f.last-f.first == 1 && (common[w] || common[strings.TrimSuffix(w, "s")]) {
			continue // "binge eating disorder ( BED )", then "people with BED": a thing, not a name
		}
		if f.last-f.first == 1 && (personTitles[w] || nobleTitles[w] || legalForms[w] || roleWords[w] || partnershipForms[w] || officeTitles[w]) {
			continue // a title alone: "The Treasurer said", "the Ombudsman"
		}
		if requirement(tok, f) {
			continue // "MUST", "SHOULD NOT"
		}
		if numberWord(w) && (strings.IndexByte(w, ':') > 0 || f.last-f.first == 1 && f.last < n && rankWord(tok(f.last))) {
			// "at 12:30 EST", "the 35th most powerful woman" (but "the
			// 139th" alone is a unit: an organisation)
			continue
		}
		if f.last-f.first == 1 && f.typ != 3 && r.commonAcronym(w) {
			acts, seen := acting[w]
			if !seen {
				if acting == nil {
					acting = map[string]bool{}
				}
				acts = actsSomewhere(tok, n, w)
				acting[w] = acts // one scan of the document per acronym
			}
			if !acts {
				continue // "a DVD", "the SUV": a thing, not a company
			}
		}
		if f.last-f.first == 1 && termAcronyms[strings.TrimSuffix(w, "s")] && !namedAcronym(tok, n, w) {
			continue // "AI infrastructure", "EVs", "an ETF": terms, not organisations
		}
		if f.last-f.first == 1 && currencyCodes[w] && nearAmount(tok, n, f.first) {
			continue // "$ 99 ( USD )", "USD 100": a currency, not a company
		}
		if f.last-f.first >= 2 && onlyTitle(tok, f.first, f.last) {
			continue // "Civilian Deputy Undersecretary", "Vice President"
		}
		calendar := true
		for k := f.first; k < f.last && calendar; k++ {
			t := tok(k)
			calendar = calendarWord(t) || k > f.first && (t == "and" || t == "or" || t == ",")
		}
		if calendar {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// discourseWords drops the one-word names that open a sentence (or a
// quotation opening it) and are a word of the language there, not a name:
// a discourse word or a notice's label before punctuation ("Well, I tried",
// "Yup.", "Correction, Nov. 15, 2019:"), or an English word (one WordNet
// knows) that the document also writes in lower case and never capitalises
// inside a sentence ("Save $21 if …", "Get access to …", "Funny how …"
// beside "save", "get", "funny"; not "Bilje is a village" beside the word
// "bilje" it is named after).
// A name that acts ("Target said"), owns ("Target's"), goes on into another
// capitalised word, is in capitals or is a place or given name the
// gazetteer knows stays. sents are the sentences' token ranges over n
// tokens; the result keeps fs's order.
func (r *Recognizer) discourseWords(fs []found, sents [][2]int, n int, tok func(int) string) []found {
	opens := func(i int) bool { // token i opens its sentence, or a quotation that opens it
		k := sort.Search(len(sents), func(k int) bool { return sents[k][1] > i })
		if k == len(sents) {
			return false
		}
		st := sents[k][0]
		return i == st || i == st+1 && openingMarks[tok(st)]
	}
	var cand map[string]bool
	for _, f := range fs {
		if w := tok(f.first); f.last-f.first == 1 && f.typ != 0 && caseClass(w) == caseTitle && opens(f.first) &&
			r.m.gaz.Flags(w)&(placeFlags|1<<GazFirst|1<<GazFirstTop) == 0 {
			if cand == nil {
				cand = map[string]bool{}
			}
			cand[w] = true
		}
	}
	if len(cand) == 0 {
		return fs
	}
	// How the document writes each candidate elsewhere: capitalised inside
	// a sentence, or in lower case.
	byLower := make(map[string]string, len(cand))
	for w := range cand {
		byLower[strings.ToLower(w)] = w
	}
	lower, inside := map[string]bool{}, map[string]bool{}
	for i := 0; i < n; i++ {
		w := tok(i)
		if len(w) < 2 {
			continue
		}
		if c := w[0]; c >= 'A' && c <= 'Z' {
			if cand[w] && !opens(i) {
				inside[w] = true
			}
		} else if c >= 'a' && c <= 'z' {
			if u, ok := byLower[w]; ok {
				lower[u] = true
			}
		}
	}
	kept := fs[:0]
	for _, f := range fs {
		w := tok(f.first)
		if f.last-f.first == 1 && cand[w] && opens(f.first) && !inside[w] {
			next := ""
			if f.last < n {
				next = tok(f.last)
			}
			acts := agentVerbs[next] || possessive(next) || caseClass(next) == caseTitle || caseClass(next) == caseUpper
			switch {
			case (discourseLabels[w] || interjections[w]) && (next == "," || next == ":" || next == "." || next == "!" || next == "added" || next == "appended"):
				continue
			case lower[w] && !acts && r.m.nounClasses[strings.ToLower(w)] != 0:
				continue
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// openingMarks open a quotation or an aside before a sentence's first word.
var openingMarks = map[string]bool{"“": true, "\"": true, "‘": true, "'": true, "(": true, "``": true, "—": true, "–": true}

// discourseLabels are words that open a sentence as a discourse word or a
// notice's label, never as a name, before punctuation; the interjections
// are too.
var discourseLabels = map[string]bool{
	"Well": true, "Yup": true, "Yep": true, "Correction": true, "Corrections": true,
	"Update": true, "Updated": true, "Clarification": true, "Note": true,
}

// lowerAcronyms returns the acronyms the document of n tokens defines
// by a term in lower case, a common noun's: "binge eating disorder ( BED
// )", "electric vehicles ( EVs )", "weapons of mass destruction ( WMD )".
// Their initials must spell the acronym, small words left out.
func lowerAcronyms(tok func(int) string, n int) map[string]bool {
	var out map[string]bool
	for i := 1; i+2 < n; i++ {
		if tok(i) != "(" || tok(i+2) != ")" {
			continue
		}
		acr := strings.TrimSuffix(tok(i+1), "s")
		if len(acr) < 2 || len(acr) > 6 || caseClass(acr) != caseUpper {
			continue
		}
		// Match the acronym's letters from its last, word by word
		// backwards from the bracket.
		k := len(acr) - 1
		for j := i - 1; j >= 0 && k >= 0; j-- {
			w := tok(j)
			if w == "-" {
				continue
			}
			if w == "" || w[0] < 'a' || w[0] > 'z' {
				// A capital, a number or punctuation: no common term,
				// unless the capital opens the sentence and the term
				// ("Binge eating disorder ( BED )").
				if !(k == 0 && j < i-1 && caseClass(w) == caseTitle && w[0] == acr[0]) {
					break
				}
			}
			parts := splitHyphens(w)
			for p := len(parts) - 1; p >= 0 && k >= 0; p-- {
				if parts[p] != "" && parts[p][0]|0x20 == acr[k]|0x20 {
					k--
				} else if !acronymSmallWords[parts[p]] {
					k = -2 // a word whose initial is not the acronym's next letter
				}
			}
			if k == -2 {
				break
			}
		}
		if k == -1 {
			if out == nil {
				out = map[string]bool{}
			}
			out[acr] = true
		}
	}
	return out
}

// splitHyphens splits "exchange-traded" into its parts.
func splitHyphens(w string) []string {
	if strings.IndexByte(w, '-') < 0 {
		return []string{w}
	}
	return strings.Split(w, "-")
}

// acronymSmallWords are left out of acronyms: "weapons of mass
// destruction" is WMD.
var acronymSmallWords = map[string]bool{"of": true, "and": true, "for": true, "the": true, "in": true, "to": true, "on": true}

// numberWord reports whether w is an ordinal ("35th") or a clock time
// ("12:30"): digits, then a suffix or a colon and digits.
func numberWord(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	switch rest := w[i:]; rest {
	case "st", "nd", "rd", "th":
		return true
	default:
		if len(rest) < 2 || rest[0] != ':' {
			return false
		}
		for j := 1; j < len(rest); j++ {
			if rest[j] < '0' || rest[j] > '9' {
				return false
			}
		}
		return true
	}
}

// actsSomewhere reports whether the word w, at one of its occurrences among
// n tokens, acts or speaks as an organisation does ("AFP reported", "AMD
// said") or is where one turns for news or work ("told AFP", "on PBS",
// "by ICE"): an agency's or a company's acronym whose letters a common
// noun shares.
func actsSomewhere(tok func(int) string, n int, w string) bool {
	for i := 0; i < n; i++ {
		if tok(i) != w {
			continue
		}
		if i+1 < n && (agentVerbs[tok(i+1)] || teamVerbs[tok(i+1)] || reportVerbs[tok(i+1)]) {
			return true
		}
		if i > 0 && sourceBefore[tok(i-1)] {
			return true
		}
	}
	return false
}

// reportVerbs follow a news agency or a company that speaks.
var reportVerbs = map[string]bool{"reported": true, "reports": true, "reporting": true, "told": true, "quoted": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "confirmed": true, "denied": true}

// sourceBefore come before an agency or a company named as a source, a
// channel or an employer: "told AFP", "on PBS", "by ICE", "at AMD".
var sourceBefore = map[string]bool{"told": true, "on": true, "by": true, "to": true, "at": true, "from": true,
	"with": true, "according": true, "via": true, "joined": true}

// commonAcronym reports whether w is an acronym WordNet knows only as a
// common noun ("DVD", "SUV", "IPO") and no gazetteer lists.
func (r *Recognizer) commonAcronym(w string) bool {
	c := r.m.nounClasses[w]
	return c != 0 && c != NameAdjectiveEntry && caseClass(w) == caseUpper && r.m.gaz.Flags(w) == 0
}

// termAcronyms are acronyms of technical and financial terms that news
// writes in capitals and WordNet 3.0 does not know as common nouns, or
// knows only for an older organisation ("AI", which it lists for
// Amnesty International): the tagger takes unknown capitals for an
// organisation.
var termAcronyms = map[string]bool{
	"AI": true, "AGI": true, "LLM": true, "GPU": true, "CPU": true, "API": true, "EV": true, "ESG": true,
	"NFT": true, "ETF": true, "VR": true, "5G": true, "4G": true, "LNG": true, "SaaS": true, "IoT": true,
	// medicine and the economy's indicators
	"HIV": true, "HPV": true, "RSV": true, "MMR": true, "CPI": true, "PMI": true,
	// finance
	"IPO": true, "GDP": true, "M&A": true, "EPS": true,
}

// namedAcronym reports whether the document gives w as a name's acronym,
// in brackets after a capitalised word: "Amnesty International (AI)", not
// "artificial intelligence (AI)".
func namedAcronym(tok func(int) string, n int, w string) bool {
	for i := 2; i+1 < n; i++ {
		if tok(i) == w && tok(i-1) == "(" && tok(i+1) == ")" && caseClass(tok(i-2)) == caseTitle {
			return true
		}
	}
	return false
}

// currencyCodes are the ISO 4217 codes of the most traded currencies,
// which text writes beside amounts.
var currencyCodes = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CNY": true, "CHF": true, "CAD": true, "AUD": true,
	"NZD": true, "INR": true, "RUB": true, "BRL": true, "KRW": true, "HKD": true, "SGD": true, "SEK": true,
	"NOK": true, "DKK": true, "MXN": true, "ZAR": true, "TRY": true, "PLN": true, "THB": true, "IDR": true,
}

// nearAmount reports whether token i of n stands beside an amount: a
// number right after it ("USD 100"), or a number before it, perhaps with
// a bracket between ("$ 99 ( USD )", "100 EUR").
func nearAmount(tok func(int) string, n, i int) bool {
	digit := func(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }
	if i+1 < n && digit(tok(i+1)) {
		return true
	}
	j := i - 1
	if j >= 0 && tok(j) == "(" {
		j--
	}
	return j >= 0 && digit(tok(j))
}

// rankWord reports whether w, after an ordinal, ranks it: "most", "least"
// or a superlative ("35th largest").
func rankWord(w string) bool {
	return w == "most" || w == "least" || len(w) > 4 && strings.HasSuffix(w, "est") && caseClass(w) == caseLower
}

// onlyTitle reports whether tokens [first,last) are a title and nothing
// else: qualifiers (titleQualifiers) then a title or role.
func onlyTitle(tok func(int) string, first, last int) bool {
	w := tok(last - 1)
	if !personTitles[w] && !roleWords[w] && !officeTitles[w] {
		return false
	}
	for k := first; k < last-1; k++ {
		if !titleQualifiers[tok(k)] {
			return false
		}
	}
	return true
}

// officeTitles are the offices that end a title ("Deputy Undersecretary").
var officeTitles = map[string]bool{
	"Undersecretary": true, "Under-Secretary": true, "Director": true, "Commissioner": true,
	"Ambassador": true, "Administrator": true, "Attorney": true, "Treasurer": true, "Spokesperson": true,
	"Officer": true, "Executive": true, "Manager": true, "Analyst": true, "Editor": true, "Ombudsman": true,
}

// titleQualifiers qualify an office: "Deputy", "Vice", "Assistant".
var titleQualifiers = map[string]bool{
	"Deputy": true, "Vice": true, "Assistant": true, "Associate": true, "Acting": true, "Chief": true,
	"Senior": true, "Junior": true, "Executive": true, "Civilian": true, "Principal": true, "General": true,
	"Special": true, "Former": true, "Interim": true, "Managing": true, "Financial": true, "Operating": true,
	"Prime": true, "Foreign": true, "First": true, "Lieutenant": true, "Under": true,
}

// headerRows drops from fs the names found in a table's header row: a line
// of three or more cells separated by tabs, none holding a digit, as web
// pages' tables come out of main-text extraction ("Ticker\tSecurity\tLast
// \tChange"); each word of such a name is a common noun in title case. The
// rows below it, with their figures, keep their names ("Arsenal\t10\t7").
func (r *Recognizer) headerRows(fs []found, text string, toks []tokSpan, buf []byte) ([]found, []byte) {
	if strings.IndexByte(text, '\t') < 0 {
		return fs, buf
	}
	kept := fs[:0]
	for _, f := range fs {
		from, to := toks[f.first].start, toks[f.last-1].end
		start, end := strings.LastIndexByte(text[:from], '\n')+1, len(text)
		if i := strings.IndexByte(text[to:], '\n'); i >= 0 {
			end = to + i
		}
		line := text[start:end]
		if strings.Count(line, "\t") < 2 || strings.ContainsAny(line, "0123456789") {
			kept = append(kept, f)
			continue
		}
		common := true
		for k := f.first; k < f.last && common; k++ {
			w := text[toks[k].start:toks[k].end]
			var c uint32
			c, buf = nounClass(r.m.nounClasses, w, buf)
			common = caseClass(w) == caseTitle && c != 0 && c != NameAdjectiveEntry && r.m.gaz.Flags(w) == 0
		}
		if !common {
			kept = append(kept, f)
		}
	}
	return kept, buf
}

// commonTerms drops from fs the names that are capitalised terms, not
// names: two or more words none of which a gazetteer or a name head knows
// (a surname too: "Press", "Times", "Force" head names),
// each a common noun or adjective, headed by a noun whose first sense is
// a time, a quality or a state ("Middle Ages"), or an idea, an act or a
// thing when the term defines an acronym ("Computer Aided Design ( CAD
// )"), which no company cue or agent
// verb calls an organisation; with it goes the acronym it defines in
// brackets ("( CAD )"). n is the document's length in tokens.
func (r *Recognizer) commonTerms(fs []found, n int, tok func(int) string, buf []byte) ([]found, []byte) {
	kept := fs[:0]
	dropped := -1 // token index of the ( after the last dropped term
	for _, f := range fs {
		if f.first == dropped+1 && f.last == f.first+1 && f.last < n && tok(f.last) == ")" {
			continue // the term's acronym
		}
		defines := f.last+2 < n && tok(f.last) == "(" && tok(f.last+2) == ")" && f.last-f.first >= 2 &&
			string(acronym(tok, f.first, f.last, buf[:0])) == tok(f.last+1)
		if f.typ == 0 || f.typ == 3 || f.last-f.first < 2 || !r.termWords(f.first, f.last, tok, defines, &buf) ||
			f.last < n && agentVerbs[tok(f.last)] || orgCue(tok, n, f.first, f.last) {
			kept = append(kept, f)
			continue
		}
		if defines {
			dropped = f.last
		}
	}
	return kept, buf
}

// termWords reports whether tokens [first,last) are a capitalised term: see
// commonTerms.
func (r *Recognizer) termWords(first, last int, tok func(int) string, defines bool, buf *[]byte) bool {
	for k := first; k < last; k++ {
		w := tok(k)
		if caseClass(w) != caseTitle || r.m.gaz.Flags(w) != 0 || orgNameHeads[w] || legalForms[w] || placeHeads[w] ||
			personTitles[w] || roleWords[w] {
			return false
		}
		if _, ok := headType[w]; ok {
			return false
		}
		var c uint32
		c, *buf = nounClass(r.m.nounClasses, w, *buf)
		if k == last-1 {
			cl := int(c>>nounFirstShift) - 1
			return c != 0 && c != NameAdjectiveEntry && (termClasses[cl] || defines && definedTermClasses[cl])
		}
		if c == 0 && !adjectiveSuffix(w) {
			return false
		}
	}
	return false
}

// termClasses are the WordNet noun classes (see classAct) of the heads of
// capitalised terms: noun.time, noun.attribute, noun.state, noun.process,
// noun.feeling. Ideas, acts and things head the names of journals, teams
// and works as often ("Protein Science", "Killer Instinct"): they make a
// term only when it defines an acronym (definedTermClasses: noun.cognition,
// noun.act, noun.artifact, "Computer Aided Design ( CAD )").
var (
	termClasses        = map[int]bool{classTime: true, classAttribute: true, classState: true, classProcess: true, classFeeling: true}
	definedTermClasses = map[int]bool{classCognition: true, classAct: true, classArtifact: true}
)

// adjectiveSuffix reports whether w ends as English adjectives do
// ("Industrial", "Historic", "Registered").
func adjectiveSuffix(w string) bool {
	for _, suf := range []string{"al", "ic", "ed", "ive", "ous", "ary", "ing", "ful", "ble"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// partnershipForms are legal forms of partnerships ("L.P."), which legalForms
// (a feature of the trained model) leaves out.
var partnershipForms = map[string]bool{"L.P.": true, "LP": true, "LLP": true}

// nobleTitles are titles of nobility and rank that precede a name.
var nobleTitles = map[string]bool{
	"Count": true, "Countess": true, "Duke": true, "Duchess": true, "Baron": true, "Baroness": true,
	"Earl": true, "Marquis": true, "Marquess": true, "Viscount": true, "Princess": true, "Emperor": true,
	"Empress": true, "Tsar": true, "Czar": true, "Sultan": true, "Sheikh": true, "Archduke": true,
}

// calendarWord reports whether w is a day of the week or a month in
// calendarNames, or its plural ("Tuesdays").
func calendarWord(w string) bool {
	return calendarNames[w] || calendarNames[strings.TrimSuffix(w, "s")]
}

// personParticles join a person's given names to the family name: "Anton
// Wolfgang von Faber-Castell", "Germaine de Staël"; Māori names open with
// one: "Te Kaurinui Parata".
var personParticles = map[string]bool{"von": true, "van": true, "de": true, "da": true, "di": true,
	"del": true, "della": true, "du": true, "der": true, "den": true, "ter": true, "zu": true, "bin": true,
	"ibn": true, "al": true, "le": true, "la": true, "te": true}

// leadingParticles may open a family name standing alone ("de Staël", "van
// Gogh"); articles that are particles elsewhere ("der", "la", "al") are
// left out, as German and Romance text puts them before any noun.
var leadingParticles = map[string]bool{"de": true, "van": true, "von": true, "da": true, "di": true,
	"du": true, "del": true, "della": true, "dos": true}

// trimDescriptors drops from people's names of three or more words a
// first word that describes them ("Descendant Eberhard Faber V", "Actor
// Tom Hanks"): see descriptor.
func (r *Recognizer) trimDescriptors(fs []found, tok func(int) string) {
	for i := range fs {
		if f := &fs[i]; f.typ == 0 && f.last-f.first >= 3 && r.descriptor(tok(f.first)) {
			f.first++
		}
	}
}

// descriptor reports whether the capitalised word w is a common noun for a
// kind of person ("Descendant", "Actor"), no given name and no common
// surname ("Baker", "Miller"): a description before a person's name, not
// part of it.
func (r *Recognizer) descriptor(w string) bool {
	if caseClass(w) != caseTitle || r.m.gaz.Flags(w)&(1<<GazFirst|1<<GazFirstTop|1<<GazSurTop) != 0 || personTitles[w] || nobleTitles[w] || honorifics[w] {
		return false
	}
	c, _ := nounClass(r.m.nounClasses, w, nil)
	return c != NameAdjectiveEntry && int(c>>nounFirstShift)-1 == classPerson
}

// honorifics are forms of address that gold data keeps in a person's name
// ("Madame de Staël").
var honorifics = map[string]bool{"Madame": true, "Monsieur": true, "Mademoiselle": true, "Herr": true,
	"Frau": true, "Señor": true, "Señora": true, "Don": true, "Dame": true, "Saint": true, "Master": true}

// epithets follow a ruler's name after "the": "Friedrich the Great".
var epithets = map[string]bool{"Great": true, "Elder": true, "Younger": true, "Bold": true, "Conqueror": true,
	"Terrible": true, "Wise": true, "Fair": true, "Pious": true, "Magnificent": true, "Confessor": true,
	"Lionheart": true, "Good": true, "Bald": true, "Fat": true, "Red": true, "Lion": true}

// personParts extends the people's names in fs that open with a given name
// over one or two particles and the family name after them ("Anton
// Wolfgang" + "von Faber-Castell", "Ursula" + "von der Leyen"), a
// particle before a lone family name ("de Staël"), and an epithet ("the
// Great"); a name the extension covers joins the person's. fs must be in
// token order; the result is too.
func (r *Recognizer) personParts(fs []found, n int, tok func(int) string) []found {
	for i := 0; i < len(fs); i++ {
		f := &fs[i]
		if f.typ != 0 {
			continue
		}
		end := f.last
		switch {
		case end+1 < n && personParticles[tok(end)] && isCap(uint8(caseClass(tok(end+1)))) &&
			r.m.gaz.Flags(tok(f.first))&(1<<GazFirst|1<<GazFirstTop) != 0:
			end += 2
		case end+2 < n && personParticles[tok(end)] && personParticles[tok(end+1)] && isCap(uint8(caseClass(tok(end+2)))) &&
			r.m.gaz.Flags(tok(f.first))&(1<<GazFirst|1<<GazFirstTop) != 0:
			end += 3 // "Ursula von der Leyen", "Rafael van der Vaart"
		case end+1 < n && tok(end) == "the" && epithets[tok(end+1)]:
			end += 2
		}
		if end > f.last {
			// A name the tagger found there is the family name: take all of it.
			for i+1 < len(fs) && fs[i+1].first < end {
				end = max(end, fs[i+1].last)
				fs = append(fs[:i+1], fs[i+2:]...)
			}
			fs[i].last = end
		}
		if f := &fs[i]; f.first > 0 && f.last-f.first == 1 && leadingParticles[tok(f.first-1)] &&
			(f.first < 2 || !isCap(uint8(caseClass(tok(f.first-2))))) && (i == 0 || fs[i-1].last < f.first-1) {
			f.first-- // "de Staël" standing alone
		}
	}
	return fs
}

// listMembers adds the members of a list of names that the tagger left
// untagged: in "Apple, Google and Microsoft reported" it found Google and
// Microsoft but not the sentence's first word, in "Boeing, Airbus and
// Embraer delivered" not the last. A list is three or more members joined
// by commas, with "and" or "or" before the last; a member is a name found
// or a run of one to three capitalised words no name covers that may be
// a name (listable: "Meanwhile, Boeing, Airbus and Embraer" lists three).
// When two or more members are names found, all of one type, the others
// are names of that type too (fillList). cover marks the tokens in names
// and is updated; it returns whether it added any.
func (r *Recognizer) listMembers(fs *[]found, sents [][2]int, cover []bool, tok func(int) string) bool {
	var starts, ends map[int]int // first token, last token + 1 → index in fs
	var list []listedName
	added := false
	for _, se := range sents {
		st := se[0]
		if st < se[1] && isQuote(tok(st)) {
			st++
		}
		capAt := func(k int) bool { return k >= st && k < se[1] && !cover[k] && isCap(uint8(caseClass(tok(k)))) }
		for a := st + 1; a+1 < se[1]; a++ {
			if w := tok(a); w != "and" && w != "or" {
				continue
			}
			if starts == nil {
				starts, ends = make(map[int]int, len(*fs)), make(map[int]int, len(*fs))
				for i, f := range *fs {
					starts[f.first], ends[f.last] = i, i
				}
			}
			list = list[:0]
			// The last member, after "and".
			if k, ok := starts[a+1]; ok {
				list = append(list, listedName{a + 1, (*fs)[k].last, k})
			} else {
				e := a + 1
				for e < a+4 && capAt(e) {
					e++
				}
				if e == a+1 || e < se[1] && isCap(uint8(caseClass(tok(e)))) || !r.listable(tok, a+1, e, st) {
					continue
				}
				list = append(list, listedName{a + 1, e, -1})
			}
			// The members before it, back to the list's start.
			e := a
			if tok(e-1) == "," {
				e-- // the serial comma: "Apple, Google, and Microsoft"
			}
			for e > st {
				if k, ok := ends[e]; ok {
					list = append(list, listedName{(*fs)[k].first, e, k})
				} else {
					b := e
					for b > e-3 && capAt(b-1) {
						b--
					}
					if b == e || b > st && isCap(uint8(caseClass(tok(b-1)))) || !r.listable(tok, b, e, st) {
						break // "Meanwhile, Boeing, Airbus and Embraer": the list starts after it
					}
					list = append(list, listedName{b, e, -1})
				}
				b := list[len(list)-1].first
				if b-1 <= st || tok(b-1) != "," {
					break
				}
				e = b - 1
			}
			if fillList(fs, list, cover) {
				added = true
			}
		}
	}
	return added
}

// listedName is a member of a list listMembers reads: tokens [first,last),
// found its index in fs, -1 for a run of capitalised words the tagger left
// out.
type listedName struct{ first, last, found int }

// fillList adds to fs, with cover, the members of list the tagger left out
// when two or more of the others are names it found, all of one type
// (people, organisations or places).
func fillList(fs *[]found, list []listedName, cover []bool) bool {
	typ, nFound := -1, 0
	for _, m := range list {
		if m.found < 0 {
			continue
		}
		t := (*fs)[m.found].typ
		if t == 3 || typ >= 0 && t != typ {
			return false
		}
		typ, nFound = t, nFound+1
	}
	if nFound < 2 || nFound == len(list) {
		return false
	}
	for _, m := range list {
		if m.found >= 0 {
			continue
		}
		*fs = append(*fs, found{first: m.first, last: m.last, typ: typ})
		for k := m.first; k < m.last; k++ {
			cover[k] = true
		}
	}
	return true
}

// listable reports whether tokens [first,last), capitalised words no name
// covers, may be a name in a list (listMembers): none of them is a
// pronoun, a title ("King", "Queen") or names a day or a month; one of
// them is a word the tagger's vocabulary does not know or writes in lower
// case less than half the time ("Apple", "Embraer", not "Research" or
// "Meanwhile"); and as the first word of the sentence (st) it is a single
// word and no linking adverb ("Similarly", "Plus").
func (r *Recognizer) listable(tok func(int) string, first, last, st int) bool {
	for k := first; k < last; k++ {
		if w := tok(k); pronouns[w] || calendarWord(w) || titleWord(w) {
			return false // "(King, Queen, Knight, and Jack)": cards, where the tagger read persons
		}
	}
	if first == st {
		if w := tok(first); last-first > 1 || strings.HasSuffix(w, "ly") || discourseLabels[w] || linkingAdverbs[w] {
			return false
		}
	}
	for k := first; k < last; k++ {
		// Written in lower case less than half the time: "Apple",
		// not "Research".
		if row, ok := r.m.vocab[tok(k)]; !ok || r.m.vocabLC[row] <= 3 {
			return true
		}
	}
	return false
}

// linkingAdverbs open a sentence before a comma, as a list's first name
// would: "Plus, Boeing, Airbus and Embraer". (Those that end in "-ly" and
// those the tagger's vocabulary knows in lower case are told apart
// otherwise: see listable.)
var linkingAdverbs = map[string]bool{"Plus": true, "Moreover": true, "Furthermore": true, "Nonetheless": true,
	"Nevertheless": true, "Otherwise": true, "Therefore": true, "Anyway": true, "Likewise": true}

// brandPair reports whether one-word names a and b joined by "and" are
// two organisations: neither a surname, both rarely written in lower case
// and one of them no common noun ("Facebook and Twitter", "Boeing and
// Airbus"; not "Procter and Gamble", "Google and Apple", "Happy and
// Healthy" or a dish, "Asparagus and Eggs").
func (r *Recognizer) brandPair(a, b string) bool {
	for _, w := range []string{a, b} {
		if r.m.gaz.Flags(w)&(1<<GazSur|1<<GazSurTop) != 0 || !r.nameLike(w) {
			return false
		}
	}
	return r.m.nounClasses[strings.ToLower(a)] == 0 || r.m.nounClasses[strings.ToLower(b)] == 0
}
