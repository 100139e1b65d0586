package entities

import (
	"bytes"
	"sort"
	"strings"
)

// resultVerbs report a game's result between two sides: "Manchester United
// beat Chelsea 2-1", "Real Madrid drew with Barcelona 1-1".
var resultVerbs = map[string]bool{
	"beat": true, "beats": true, "defeated": true, "defeats": true, "edged": true, "edges": true,
	"routed": true, "routs": true, "thrashed": true, "thrashes": true, "downed": true, "downs": true,
	"drew": true, "draws": true, "outlasted": true, "topped": true, "tops": true, "overcame": true,
	"blanked": true, "stunned": true, "upset": true, "hammered": true, "crushed": true,
}

// sportsTeams makes organisations of the two sides of a game's result: the
// capitalised names right before a result verb and right after it (or its
// "with"), when a score follows within the sentence ("Manchester United
// beat Chelsea 2-1 at Old Trafford": two clubs, where the tagger saw no
// name and a woman). A side the tagger left untagged is added. A side stays
// a person's name when personSide says so ("Nadal beat Federer 6-4").
// sents are the sentences' token ranges, cc the tokens' case classes;
// cover marks the tokens already in a name and is updated. It returns the
// first token of each side, so that the document's vote weighs the result
// over the tagger ("Liverpool" is the club where it beat someone 2-0, and
// the same club in a headline with no score).
func (r *Recognizer) sportsTeams(fs *[]found, sents [][2]int, cover []bool, cc []uint8, tok func(int) string) (sides map[int]bool) {
	added := false
	for _, se := range sents {
		if bytes.IndexByte(cc[se[0]:se[1]], caseDigit) < 0 {
			continue // no number, so no score
		}
		for v := se[0] + 1; v < se[1]-1; v++ {
			if cc[v] == caseLower && sideVerbs[tok(v)] && scoreWithin(tok, v+1, min(se[1], v+8)) {
				// One side's result: "the Pirates lost 10-7", "Arsenal
				// won 2-0 at Wolves", "The Lakers lost to the Celtics
				// 110-98".
				sides = r.oneSide(fs, cover, se, v, tok, cc, sides, &added)
				continue
			}
			if cc[v] != caseLower || !resultVerbs[tok(v)] || !scoreWithin(tok, v+1, min(se[1], v+8)) {
				continue
			}
			after := v + 1
			if tok(v) == "drew" || tok(v) == "draws" {
				if tok(after) != "with" {
					continue
				}
				after++
			}
			if after < se[1] && tok(after) == "the" {
				after++ // "beat the Red Sox 5-3"
			}
			a, b := nameEndingAt(cc, tok, se[0], v), nameStartingAt(cc, tok, after, se[1])
			if a < 0 || b < 0 {
				continue
			}
			sides = r.clubSide(fs, cover, a, v, tok, sides, &added)
			sides = r.clubSide(fs, cover, after, b, tok, sides, &added)
		}
	}
	if added {
		sort.Slice(*fs, func(i, j int) bool { return (*fs)[i].first < (*fs)[j].first })
	}
	return sides
}

// sideVerbs report one side's result: it won or lost, by a score after.
var sideVerbs = map[string]bool{"won": true, "lost": true, "wins": true, "loses": true}

// oneSide makes organisations of the side before the verb at token v of
// the sentence se that reports one side's result, and of the side after
// "to", "at" or "against" right after the verb, each named with "the" as
// teams are ("the Pirates lost 10-7", not "Nadal won 6-4"), unless
// personSide says a side is a player or nationSide a nation. It records
// the sides' first tokens in sides (made when nil) and returns it; *added
// reports a name added to fs.
func (r *Recognizer) oneSide(fs *[]found, cover []bool, se [2]int, v int, tok func(int) string, cc []uint8, sides map[int]bool, added *bool) map[int]bool {
	var spans [][2]int
	if a := nameEndingAt(cc, tok, se[0], v); a > se[0] && (tok(a-1) == "the" || tok(a-1) == "The") {
		spans = append(spans, [2]int{a, v})
	}
	if k := v + 1; k+1 < se[1] && (tok(k) == "to" || tok(k) == "at" || tok(k) == "against") && tok(k+1) == "the" {
		if b := nameStartingAt(cc, tok, k+2, se[1]); b >= 0 {
			spans = append(spans, [2]int{k + 2, b})
		}
	}
	for _, side := range spans {
		sides = r.clubSide(fs, cover, side[0], side[1], tok, sides, added)
	}
	return sides
}

// clubSide makes an organisation of the side [a, b) of a result, unless
// personSide says it is a player (a person, added if the tagger missed
// it: "Federer beat Alcaraz 6-3") or nationSide a nation, and records its
// first token in sides (made when nil), which it returns; *added reports
// a name added to fs.
func (r *Recognizer) clubSide(fs *[]found, cover []bool, a, b int, tok func(int) string, sides map[int]bool, added *bool) map[int]bool {
	if r.personSide(*fs, a, b, tok) {
		if b-a == 1 {
			// A surname alone; a longer side the tagger missed that opens
			// with a given name is rather a club's ("Real Betis").
			*added = addUnfound(fs, cover, a, b, 0) || *added
		}
		return sides
	}
	if r.nationSide(a, b, tok) {
		return sides
	}
	*added = setOrg(fs, cover, a, b) || *added
	if sides == nil {
		sides = map[int]bool{}
	}
	sides[a] = true
	return sides
}

// scoreEnds cuts off the end of a name a score that the tagger took into
// it: "the Red Sox 5" of "the Red Sox 5-3". n is the document's number of
// tokens.
func scoreEnds(fs []found, n int, tok func(int) string) {
	for i := range fs {
		if f := &fs[i]; f.last-f.first >= 2 && scoreAt(tok, f.last-1, n) {
			f.last--
		}
	}
}

// scoreWithin reports whether a score ("2-1", "104-98") stands among tokens
// [from, to).
func scoreWithin(tok func(int) string, from, to int) bool {
	for k := from; k < to; k++ {
		if scoreAt(tok, k, to) {
			return true
		}
	}
	return false
}

// scoreAt reports whether a score opens at token k of n: "5-3" as one
// token, or "5 - 3" tokenised.
func scoreAt(tok func(int) string, k, n int) bool {
	w := tok(k)
	if a, b, ok := cutScore(w); ok {
		return isSmallNumber(a) && isSmallNumber(b)
	}
	return k+2 < n && isSmallNumber(w) && (tok(k+1) == "-" || tok(k+1) == "–") && isSmallNumber(tok(k+2))
}

// cutScore splits "2-1" (or "2–1") into its numbers.
func cutScore(w string) (a, b string, ok bool) {
	if a, b, ok = strings.Cut(w, "-"); ok {
		return a, b, true
	}
	return strings.Cut(w, "–")
}

// isSmallNumber reports whether w is a whole number of one to three digits
// (a game's points; "304-227" electoral votes are no score).
func isSmallNumber(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return len(w) < 3 || w[0] == '1' // at most 199
}

// nameEndingAt returns the first token of the capitalised run of one to
// three words that ends right before token end, within the sentence opening
// at start; -1 if there is none.
func nameEndingAt(cc []uint8, tok func(int) string, start, end int) int {
	a := end
	for a > start && end-a < 3 && isCap(cc[a-1]) {
		a--
	}
	if a < end && determiners[tok(a)] {
		a++ // "The Yankees beat …": the article opens the sentence, not the name
	}
	if a == end || opener(tok(a)) {
		return -1
	}
	return a
}

// nameStartingAt returns the end (exclusive) of the capitalised run of one
// to three words that starts at token first, within the sentence ending at
// end; -1 if there is none.
func nameStartingAt(cc []uint8, tok func(int) string, first, end int) int {
	b := first
	for b < end && b-first < 3 && isCap(cc[b]) {
		b++
	}
	if b == first {
		return -1
	}
	return b
}

// personSide reports whether the side [a, b) is a person's name: it opens
// with a given name, or it is one word the tagger took for a person that
// is neither a place the gazetteer lists nor a given name alone, which news
// does not call a player by ("Nadal beat Federer", but "beat Chelsea 2-1");
// or one word the tagger left untagged that only a surname list knows (no
// given name, no place: "Federer beat Alcaraz 6-3", but "beat Everton
// 2-1"). (A
// side that ends a person's full name in the document stands for it all
// the same: "Djokovic" after "Novak Djokovic".)
func (r *Recognizer) personSide(fs []found, a, b int, tok func(int) string) bool {
	if r.clubName(tok, a, b) {
		return false // "Aston Villa beat Chelsea 2-1"
	}
	fl := r.m.gaz.Flags(tok(a))
	given := fl&(1<<GazFirst|1<<GazFirstTop) != 0
	if b-a >= 2 && given && fl&placeFlags == 0 {
		return true
	}
	tagged := false
	for _, f := range fs {
		if f.first == a && f.last == b && f.typ == 0 {
			return b-a >= 2 || fl&placeFlags == 0 && (!given || fl&(1<<GazSur|1<<GazSurTop) != 0)
		}
		tagged = tagged || f.first < b && a < f.last
	}
	// Untagged: "Federer beat Alcaraz 6-3"; what the tagger read as a
	// place or a company keeps the club ("Villanova beat Purdue 74-70").
	return !tagged && b-a == 1 && fl&(1<<GazSur|1<<GazSurTop) != 0 && fl&(1<<GazFirst|1<<GazFirstTop|placeFlags|1<<GazCity|1<<GazWNPlace) == 0
}

// nationSide reports whether the side [a, b) is a national side named as
// its people or its country are, which stays as the tagger reads it: "The
// Swiss beat the Dutch 3-1", "the Americans lost 2-1", "The United States
// lost 2-1 to Mexico", "South Korea beat Japan 2-1".
func (r *Recognizer) nationSide(a, b int, tok func(int) string) bool {
	if b-a == 1 {
		return r.m.gaz.Flags(tok(a))&(1<<GazNationality|1<<GazCountry) != 0
	}
	l, fl := r.m.gaz.MatchAt(tok, a, b)
	return l == b-a && fl&(1<<GazCountry) != 0
}

// addUnfound adds the tokens [a, b) as a name of type typ where no name
// found overlaps them, and reports whether it did.
func addUnfound(fs *[]found, cover []bool, a, b, typ int) bool {
	for _, f := range *fs {
		if f.first < b && a < f.last {
			return false
		}
	}
	*fs = append(*fs, found{first: a, last: b, typ: typ})
	for k := a; k < b; k++ {
		cover[k] = true
	}
	return true
}

// setOrg types the tokens [a, b) as one organisation: a name found over
// exactly them is retyped, one that overlaps them gives way, and none is
// added. It reports whether it added one.
func setOrg(fs *[]found, cover []bool, a, b int) bool {
	for i := range *fs {
		f := &(*fs)[i]
		if f.first == a && f.last == b {
			f.typ, f.value = 1, ""
			return false
		}
	}
	kept := (*fs)[:0]
	for _, f := range *fs {
		if f.first < b && a < f.last {
			continue
		}
		kept = append(kept, f)
	}
	*fs = append(kept, found{first: a, last: b, typ: 1})
	for k := a; k < b; k++ {
		cover[k] = true
	}
	return true
}
