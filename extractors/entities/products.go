package entities

import (
	"sort"
	"strings"
)

// Products: names of made things ("the Airbus A380", "the MacBook Air
// laptops", "the web browser Safari") are MISC, as FORMAT.md's "other
// names". The tagger, trained on text where products are rare, reads them
// as people ("Safari", "Macbook"), places ("Dreamliner") or their makers;
// the words around them say otherwise.

// productNouns name kinds of made things. Right after a name ("the
// MacBook Air laptops") or right before one ("the web browser Safari",
// "its next model Falcon") they say the name is a product's. Words that as
// often follow a maker's name as a product's ("Apple computers", "Airbus
// aircraft") count for less: see productCue.
var productNouns = map[string]bool{
	"laptop": true, "laptops": true, "notebook": true, "notebooks": true, "netbook": true, "netbooks": true,
	"tablet": true, "tablets": true, "smartphone": true, "smartphones": true, "handset": true,
	"handsets": true, "browser": true, "browsers": true, "app": true, "apps": true,
	"console": true, "consoles": true, "processor": true, "processors": true,
	"jetliner": true, "jetliners": true, "airliner": true, "airliners": true, "superjumbo": true,
	"sedan": true, "sedans": true, "hatchback": true, "hatchbacks": true, "minivan": true, "ute": true,
	"pickup": true, "pickups": true, "model": true, "models": true, "drug": true, "vaccine": true,
	"OS": true,
}

// craftNouns are kinds of spacecraft and instruments that, right after a
// name in title case, say it is the craft's ("Perseverance rover").
var craftNouns = map[string]bool{
	"rover": true, "rovers": true, "telescope": true, "spacecraft": true, "lander": true, "orbiter": true,
	"probe": true,
}

// craftHeads end the names of spacecraft and instruments: "James Webb
// Space Telescope", "Mars Reconnaissance Orbiter" are MISC, whatever the
// words before the head make them look like.
var craftHeads = map[string]bool{"Telescope": true, "Orbiter": true, "Lander": true, "Spacecraft": true}

// workNouns name kinds of works and games; right before a name they say
// it is one ("the song Sukiyaki", "the jackpot game Hot Lotto"). Words
// that are as often verbs before a name ("show", "play", "book") are left
// out.
var workNouns = map[string]bool{
	"song": true, "songs": true, "album": true, "albums": true, "novel": true, "novels": true,
	"film": true, "films": true, "movie": true, "movies": true, "opera": true, "poem": true,
	"painting": true, "documentary": true, "sitcom": true, "musical": true, "programme": true,
	"game": true, "games": true, "video": true, "anthem": true, "hymn": true,
}

// makerNouns are product nouns that also follow a maker's name ("Apple
// computers", "Boeing jets", "Ford cars") or modify another noun
// ("Chrysler software contracts"): they mark a product only after a name
// the tagger took for a place no gazetteer knows ("Macintosh computers").
var makerNouns = map[string]bool{
	"computer": true, "computers": true, "phone": true, "phones": true, "software": true,
	"jet": true, "jets": true, "aircraft": true, "plane": true, "planes": true, "car": true,
	"cars": true, "vehicle": true, "vehicles": true, "truck": true, "trucks": true,
	"chip": true, "chips": true, "device": true, "devices": true, "camera": true, "cameras": true,
	"users": true, "owners": true,
}

// productCue returns how strongly the words around tokens [first,last) of
// a document of n tokens say they name a product or a work: 2 for a
// product or
// work noun right before it ("the web browser Safari", "the song
// Sukiyaki"), a product noun right after ("MacBook Air laptops"),
// "operating system" after, an appositive saying what product it is
// ("Tiger, the newest version of Mac OS X"), or a model code right before
// it: one a maker's name carries elsewhere (models, from modelNames: "the
// 787 Dreamliner" after "Boeing 787"), or one of capitals and digits ("the
// A380 superjumbo"), not a bare number, which is as often an address
// ("2134 Caldwell Place"); 1 for a noun after it, which as often follows a
// maker's name ("a Ford sedan"); 0 for none. With maker also true, the looser
// maker nouns after the name count ("Macintosh computers").
func productCue(tok func(int) string, n, first, last int, maker bool, models map[string]bool) int32 {
	var made int32
	if first > 0 {
		b := first - 1
		if b > 0 && isQuote(tok(b)) {
			b-- // "the 787 `` Dreamliner ''"
		}
		if w := tok(b); productNouns[w] && w != "OS" || workNouns[w] || models[w] || (letterCode(w) || bareModel(tok, b)) && !placeHeads[tok(last-1)] {
			return 2 // "the web browser Safari", "the 787 Dreamliner", "the song Sukiyaki"
		}
		if b > 0 && tok(b) == "of" && (tok(b-1) == "version" || tok(b-1) == "versions") && (last >= n || tok(last) != "'s" && tok(last) != "’s") {
			return 2 // "a beta version of FaceTime", not "of Apple Computer 's Mac OS X"
		}
		if b > 0 && tok(b) == "the" && !placeHeads[tok(last-1)] && !orgNameHeads[tok(last-1)] {
			// "manufactures the Ford Explorer"; "makes the Ford Taurus
			// sedan" (one makes the team, too)
			made = makeVerbs[tok(b-1)]
		}
	}
	if first > 2 && tok(first-1) == "," && last < n && caseClass(tok(last)) == casePunct {
		// "its new desktop operating system , Snow Leopard ,": an
		// appositive naming the product before it.
		if w := tok(first - 2); productNouns[w] && w != "OS" || w == "system" && tok(first-3) == "operating" {
			return 2
		}
	}
	if made >= 2 {
		return 2
	}
	return min(2, made+productCueAfter(tok, n, last, maker))
}

// productCueAfter is productCue's reading of the words after the name,
// which ends before token last.
func productCueAfter(tok func(int) string, n, last int, maker bool) int32 {
	if last >= n {
		return 0
	}
	// "Tiger, the newest version of Mac OS X".
	if k := appositiveHead(tok, n, last, productHeads); k >= 0 && (k+1 >= n || appositiveEnd[tok(k+1)] || tok(k+1) == "of") {
		return 2
	}
	w := tok(last)
	if craftNouns[w] && caseClass(tok(last-1)) == caseTitle {
		// "the Perseverance rover", "the Hubble telescope": a craft's
		// own name; its owner's or maker's is an acronym ("a NASA
		// rover") or is written so ("SpaceX"), or holds it ("NASA's").
		return 2
	}
	if productNouns[w] || w == "operating" && last+1 < n && tok(last+1) == "system" {
		return 1 // "MacBook Air laptops", but also "a Ford sedan"
	}
	if maker && makerNouns[w] && (last+1 >= n || caseClass(tok(last+1)) == casePunct || descriptionStops[tok(last+1)]) {
		return 1 // "Macintosh computers ,", not "U.S. car makers"
	}
	return 0
}

// bareModel reports whether token b is a model number that a determiner
// or "new" introduces ("the new 787 Dreamliner", "its 747 Jumbo"): a bare
// number is as often an address ("at 2134 Caldwell Place") or a count.
func bareModel(tok func(int) string, b int) bool {
	if b == 0 || !modelCode(tok(b)) || letterCode(tok(b)) {
		return false
	}
	switch tok(b - 1) {
	case "the", "The", "a", "new", "its", "their", "his", "her", "'s":
		return true
	}
	return false
}

// productSuffixes end the names of a product's editions: "Macbook Pro",
// "PS4 Pro", "Galaxy S23 Ultra". ("Air" and "Plus" also end airlines' and
// broadcasters' names: "Adam Air", "Canal Plus".)
var productSuffixes = map[string]bool{"Pro": true, "Max": true, "Ultra": true}

// makeVerbs, before "the" and a name, say a factory turns it out
// ("manufactures the Ford Explorer"): 2; "make" says it only half, as one
// also makes the team or the playoffs: 1.
var makeVerbs = map[string]int32{
	"make": 1, "makes": 1, "making": 1, "manufacture": 2, "manufactures": 2,
	"manufactured": 2, "manufacturing": 2, "assembles": 2, "assembled": 2,
}

// productHeads head an appositive that says what product a name is.
var productHeads = map[string]bool{
	"version": true, "laptop": true, "notebook": true, "tablet": true, "smartphone": true,
	"browser": true, "app": true, "console": true, "processor": true, "jetliner": true,
	"airliner": true, "superjumbo": true, "sedan": true, "hatchback": true, "model": true,
	"drug": true, "vaccine": true, "successor": true,
}

// letterCode reports whether w is a model code with capitals ("A380"), not
// a bare number.
func letterCode(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' && modelCode(w) }

// modelCode reports whether w designates a model: capitals then two or
// more digits ("A380", "MP500", "F-150", "A380s"), or a number of three or
// more digits that is not a year, 1000 to 2099 ("787", "737-800").
func modelCode(w string) bool {
	if len(w) > 1 && w[len(w)-1] == 's' {
		w = w[:len(w)-1]
	}
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	letters := i
	if letters > 3 {
		return false
	}
	if letters > 0 && i < len(w) && w[i] == '-' {
		i++
	}
	d := i
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	digits := i - d
	if letters == 0 {
		if digits < 3 || digits == 4 && (w[0] == '1' || w[:2] == "20") {
			return false
		}
		if i < len(w) && w[i] == '-' { // "737-800"
			j := i + 1
			for j < len(w) && w[j] >= '0' && w[j] <= '9' {
				j++
			}
			if j == i+1 {
				return false
			}
			i = j
		}
		return i == len(w)
	}
	if digits < 2 {
		return false
	}
	// At most two letters after the digits ("A380F", "MP500X").
	for k := 0; k < 2 && i < len(w) && w[i] >= 'A' && w[i] <= 'Z'; k++ {
		i++
	}
	return i == len(w)
}

// modelNames makes a name followed by a model code one MISC name with it
// ("Airbus A380", "Boeing 737-800", "Datecs MP500"), as it makes a name
// that already ends in one, and adds as MISC the codes standing alone
// elsewhere in the document ("two A380s") once a name has carried them.
// Places keep their numbers ("Highway 301", "County Road 600S"), and so do
// numbered units ("No. 120") and people (a number after a name is a score
// or an age); a flight is no model: "Adam Air Flight 574" leaves the
// airline's name. A code joins a name only across one space (spaced(i)
// reports that of token i), not across a table's tab. fs must be in token order; the result is too, with the
// set of codes seen after a name. cover is scratch of at least n entries.
func modelNames(fs []found, n int, tok func(int) string, spaced func(int) bool, cover []bool) ([]found, map[string]bool) {
	var codes map[string]bool
	for i := range fs {
		f := &fs[i]
		if f.typ == 0 || tok(f.first) == "No." {
			continue // people's numbers are scores or ages
		}
		if f.typ == 2 {
			// Places' numbers are roads; a Roman numeral after a place
			// the tagger made up ("Delta IV") is a model's.
			if l := f.last - 1; f.last-f.first == 2 && romanNumeral(tok(l)) && !placeHeads[tok(f.first)] && !roadWords[tok(f.first)] {
				f.typ, f.value = 3, ""
			}
			continue
		}
		road := false
		for k := f.first; k < f.last; k++ {
			road = road || placeHeads[tok(k)] || roadWords[tok(k)]
		}
		if road {
			continue
		}
		if k := flightAt(tok, f.first, f.last); k > f.first {
			f.last = k // "Adam Air Flight 574": the airline, not a model
			continue
		}
		if legalForms[tok(f.last-1)] {
			continue // "a Boeing Co. 787-10": the maker by its full name, then its plane
		}
		next := n
		if i+1 < len(fs) {
			next = fs[i+1].first
		}
		for f.last < next && modelCode(tok(f.last)) && spaced(f.last) && !scoreAt(tok, f.last, n) {
			f.last++ // not "the Red Sox 5-3", a score
		}
		if f.last < next && romanNumeral(tok(f.last)) && spaced(f.last) {
			f.last++ // "Delta" "IV", tagged apart
		}
		if f.last-f.first >= 2 && romanNumeral(tok(f.last-1)) {
			// "Atlas V", "Delta IV": a rocket's or a car's series, not a
			// company. A person's numeral ("Louis XIV") never gets here;
			// the numeral alone elsewhere is no model.
			f.typ, f.value = 3, ""
			continue
		}
		if f.last-f.first < 2 || !modelCode(tok(f.last-1)) {
			continue
		}
		f.typ, f.value = 3, ""
		if codes == nil {
			codes = map[string]bool{}
		}
		c := tok(f.last - 1)
		if b := strings.TrimSuffix(c, "s"); b != c && modelCode(b) {
			c = b
		}
		codes[c], codes[c+"s"] = true, true
	}
	if codes == nil {
		return fs, nil
	}
	markCover(cover[:n], fs)
	for i := range fs {
		if f := &fs[i]; f.last-f.first == 1 && codes[tok(f.first)] {
			f.typ, f.value = 3, "" // "the A380s", tagged alone
		}
	}
	added := false
	for i := 0; i < n; i++ {
		if !cover[i] && codes[tok(i)] {
			fs = append(fs, found{first: i, last: i + 1, typ: 3})
			added = true
		}
	}
	if added {
		sort.Slice(fs, func(i, j int) bool { return fs[i].first < fs[j].first })
	}
	return fs, codes
}

// flightAt returns the index of "Flight" among tokens [first,last) when only
// a number may follow it ("Adam Air Flight 574", "Adam Air Flight"), else -1.
func flightAt(tok func(int) string, first, last int) int {
	for k := first; k < last; k++ {
		if w := tok(k); w == "Flight" || w == "flight" {
			if k+1 == last || k+2 == last && flightNumber(tok(k+1)) {
				return k
			}
			return -1
		}
	}
	return -1
}

// flightNumber reports whether w is a flight's number: digits, perhaps
// after a letter or two ("574", "QZ8501").
func flightNumber(w string) bool {
	i := 0
	for i < len(w) && i < 2 && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	d := i
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	return i > d && i == len(w)
}

// romanNumeral reports whether w is a Roman numeral from II to XXXIX, or
// V or X (I alone is the pronoun).
func romanNumeral(w string) bool {
	if w == "" || len(w) > 6 || w == "I" {
		return false
	}
	i := 0
	for i < len(w) && i < 3 && w[i] == 'X' {
		i++
	}
	switch rest := w[i:]; rest {
	case "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX":
		return rest != "" || i > 0
	}
	return false
}

// roadWords name roads and routes, which carry numbers.
var roadWords = map[string]bool{"Road": true, "Route": true, "Highway": true, "Interstate": true,
	"Street": true, "Avenue": true, "Lane": true, "Drive": true, "Way": true, "Boulevard": true}

// hasToken reports whether w is among tokens [first,last).
func hasToken(tok func(int) string, first, last int, w string) bool {
	for i := first; i < last; i++ {
		if tok(i) == w {
			return true
		}
	}
	return false
}
