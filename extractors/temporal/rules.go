package temporal

import (
	"strings"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

// res is one match: tokens [start, end), its type and value.
type res struct {
	end int // token index after the match
	typ string
	d   date   // the value when val is empty
	val string // a preformatted value (durations, sets, *_REF)
	mod string
	det bool // "the" before it belongs to the extent
	hol bool // a feast day ("Christmas"): a clock after "at" stays apart
	// How the day was named: by a weekday alone ("Tuesday"), or by a month
	// and day without a year ("June 4"). A time range on such a day is
	// written with X's for what the text leaves open (XXXX-WXX-2T14:00,
	// XXXX-06-04T09:30), as Recognizers-Text does and as month-day ranges
	// are (a range value has no room for the other candidates); the
	// resolved date stays in d.
	wdOnly, noYear, noMonth bool

	// durations, for "ago"/"later" arithmetic
	unit  int
	amt   float64
	known bool
	more  []durPart // further parts of "2 years 1 month 21 days"
}

// durPart is one part of a compound duration.
type durPart struct {
	amt  float64
	unit int
}

func (s *scan) tok(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return &noTok
	}
	return &s.toks[i]
}

var noTok = token{s: -1, e: -1}

func (s *scan) w(i int) string    { return s.tok(i).lower }
func (s *scan) lex(i int) *lexeme { return s.tok(i).lex }

// is reports whether token i is the word (or punctuation) w.
func (s *scan) is(i int, w string) bool { return s.tok(i).lower == w }

// gluedTo reports whether token i touches token i-1.
func (s *scan) gluedTo(i int) bool { return i < len(s.toks) && s.toks[i].glued }

// capital reports whether token i starts with an upper-case ASCII letter.
func (s *scan) capital(i int) bool {
	t := s.tok(i)
	if t.s < 0 {
		return false
	}
	c := s.text[t.s]
	return c >= 'A' && c <= 'Z'
}

// ending reports whether token i ends a phrase: end of text, punctuation
// other than an apostrophe, or a line break.
func (s *scan) ending(i int) bool {
	if i >= len(s.toks) {
		return true
	}
	t := &s.toks[i]
	if t.nl {
		return true
	}
	if t.kind == kPunct {
		return t.lower != "'" && t.lower != "-" && t.lower != "’"
	}
	return false
}

// match finds the longest time expression starting at token i.
func (s *scan) match(i int) (res, bool) {
	tk := &s.toks[i]
	switch tk.kind {
	case kWord:
		if tk.lex == nil {
			return res{}, false
		}
		if !tk.lex.starter {
			if n := s.tok(i + 1); n.kind != kNum && n.lex == nil && n.lower != "'" && n.lower != "-" {
				return res{}, false
			}
		}
	case kPunct:
		if tk.lower != "'" && tk.lower != "’" && tk.lower != "½" {
			return res{}, false
		}
	}
	var best res
	ok := false
	try := func(r res, k bool) {
		if k && r.end > best.end {
			best, ok = r, true
		}
	}
	try(s.core(i))
	if w := tk.lower; w == "the" {
		if r, k := s.core(i + 1); k && r.det {
			try(r, true)
		}
	}
	// "at 6.45": a dotted clock time takes its "at" (it is what makes it a
	// time and not a number); "at 6.30pm" is a time by its pm, and its
	// "at" stays out as TimeML leaves it out
	if tk.lower == "at" && s.tok(i+1).kind == kNum && s.is(i+2, ".") && s.gluedTo(i+2) {
		if r, k := s.core(i + 1); k && r.typ == claims.TypeTime && !r.d.ampm {
			try(r, true)
		}
	}
	// "from 10 am for 3 hours", "for 2 hours from 2pm", "2 weeks starting
	// May 20th"
	if tk.lower == "from" {
		try(s.clockForDur(i, nil))
	}
	if tk.lower == "for" || tk.kind == kNum || tk.lex != nil && (tk.lex.num > 0 || tk.lower == "a" || tk.lower == "an") {
		try(s.durFrom(i))
	}
	// "at this time" (not "at this time of year", "at this time last year")
	if tk.lower == "at" && s.is(i+1, "this") && s.is(i+2, "time") && s.ending(i+3) {
		try(res{end: i + 3, typ: claims.TypeDate, val: "PRESENT_REF"}, true)
	}
	// "w/c Feb 4", "the week starting on February 4" (week commencing): the
	// Monday the week starts on
	wc := 0
	if tk.lower == "w" && s.is(i+1, "/") && s.gluedTo(i+1) && s.is(i+2, "c") && s.gluedTo(i+2) {
		wc = i + 3
	} else if tk.lower == "the" && s.is(i+1, "week") && (s.is(i+2, "starting") || s.is(i+2, "beginning") || s.is(i+2, "commencing")) {
		wc = i + 3
		if s.is(wc, "on") || s.is(wc, "from") {
			wc++
		}
	}
	if wc > 0 {
		if r, k := s.core(wc); k && r.val == "" && r.d.g == gDay && !r.d.hasT {
			if t, ok := r.d.toTime(); ok {
				r.d = dayOf(t.AddDate(0, 0, 1-isoWday(t)))
			}
			try(r, true)
		}
	}
	// "starting on January 7th", "beginning next week"
	if tk.lower == "starting" || tk.lower == "beginning" {
		j := i + 1
		if s.is(j, "on") || s.is(j, "from") {
			j++
		}
		if r, k := s.core(j); k && (r.typ == claims.TypeDate || r.typ == claims.TypeTime) && !(r.val != "" && r.val[0] == 'P') {
			try(r, true)
		}
	}
	// modifiers before an expression, "the end of 2000" from "the": the
	// article belongs to the extent, as TempEval-3 and MEANTIME mark it
	if m, j, kind := s.modPrefix(i); j > i {
		k := j
		if kind == 'd' && s.is(k, "the") { // "the end of the year"
			if r, ok2 := s.core(k + 1); ok2 && r.typ != claims.TypeDuration {
				r.mod = m
				try(r, true)
			}
		}
		if kind == 'd' && s.is(k-1, "in") && (m == "START" || m == "END") {
			// "later in the afternoon", "early in the morning"
			if r, ok2 := s.core(k - 1); ok2 && r.typ == claims.TypeTime && r.d.pod != "" {
				r.mod = m
				try(r, true)
			}
		}
		if r, ok2 := s.core(k); ok2 {
			switch {
			case kind == 'a' && (r.typ == claims.TypeDuration || r.typ == claims.TypeTime) && !strings.EqualFold(s.w(i-1), "how") && !strings.EqualFold(s.w(i-1), "what"):
				// about, around: amounts of time and clock times
				r.mod = m
				try(r, true)
			case kind == 'q' && r.typ == claims.TypeDuration: // more than, less than
				r.mod = m
				try(r, true)
			case kind == 'm' && r.typ == claims.TypeDuration: // a mere
				try(r, true)
			case kind == 'd' && r.typ != claims.TypeDuration && r.typ != claims.TypeSet: // early, the end of
				if r.val == "" || m != "" {
					r.mod = m
					try(r, true)
				}
			}
		}
	}
	switch tk.lower {
	case "after", "before", "later", "earlier", "no", "as", "until", "till":
		try(s.boundAt(i))
	}
	if tk.kind == kNum || tk.lower == "from" || tk.lower == "between" || tk.lex != nil && (tk.lex.month > 0 || tk.lex.num > 0 || tk.lex.wday > 0) {
		try(s.rangeAt(i))
	}
	// "in two weeks" in a future sentence: the date two weeks on.
	if tk.lower == "in" && s.hasDCT {
		if r, k := s.duration(i + 1); k && r.known && r.unit >= uDay && s.ending(r.end) && s.willAt(i) && !s.rankedBefore(i) {
			t := addUnits(s.dct, r.unit, int(r.amt))
			try(res{end: r.end, typ: claims.TypeDate, d: dayOf(t)}, true)
		}
	}
	if ok {
		best = s.suffix(i, best)
		// "last year's fourth quarter", "2018's first half": that
		// year's period, one DATE
		if best.typ == claims.TypeDate && best.val == "" && best.d.g == gYear && best.d.y > 0 {
			if d, e, ok := s.possessedPeriod(best.end, best.d.y); ok {
				best.d, best.end = d, e
			}
		}
		// "year 2012 or later", "1/1/2016 and later"
		if (s.is(best.end, "or") || s.is(best.end, "and")) && (s.is(best.end+1, "later") || s.is(best.end+1, "earlier") || s.is(best.end+1, "after")) &&
			best.typ == claims.TypeDate && best.val == "" && s.ending(best.end+2) {
			best.mod = "ON_OR_AFTER"
			if !s.is(best.end+1, "later") && !s.is(best.end+1, "after") {
				best.mod = "ON_OR_BEFORE"
			}
			best.end += 2
		}
		// "6am everyday", "3pm each day": a time that recurs
		if best.typ == claims.TypeTime && best.val == "" && best.d.hasT && best.d.g == gTimeOnly {
			e := best.end
			if s.is(e, "everyday") || s.is(e, "daily") {
				e++
			} else if (s.is(e, "each") || s.is(e, "every")) && s.is(e+1, "day") {
				e += 2
			}
			if e > best.end {
				best.typ, best.end = claims.TypeSet, e
			}
		}
	}
	return best, ok
}

// willAt reports whether the sentence of token i speaks of the future with
// will, shall, 'll or going to (not merely could or might).
func (s *scan) willAt(i int) bool {
	sid := s.sent[i]
	for k := i - 1; k >= 0 && s.sent[k] == sid; k-- {
		switch w := s.w(k); {
		case w == "will" || w == "shall" || w == "going" || w == "gonna" || w == "ll" || strings.HasSuffix(w, "'ll"):
			return true
		}
	}
	return false
}

// rankedBefore reports whether a first or a superlative stands a few words
// before token i, in its sentence: "for the first time in 25 years", "the
// highest level in a decade" span the years up to now, whatever "will"
// the sentence holds.
func (s *scan) rankedBefore(i int) bool {
	sid := s.sent[i]
	for k := i - 1; k >= 0 && k >= i-5 && s.sent[k] == sid; k-- {
		switch s.w(k) {
		case "first", "highest", "lowest", "biggest", "largest", "smallest", "best", "worst", "most", "least",
			"fewest", "longest", "strongest", "weakest", "deadliest", "fastest", "slowest":
			return true
		}
	}
	return false
}

// maxDepth bounds how deeply rules may read nested expressions.
const maxDepth = 6

// readingBefore reports whether a measured reading comes in the few words
// before i, so that "in the forties" is a range of values: "temperatures
// in the forties", "highs in the low nineties".
func (s *scan) readingBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch strings.ToLower(s.w(k)) { // words the lexicon lacks keep their case
		case "temperature", "temperatures", "degrees", "highs", "lows", "low", "high", "upper", "mph", "readings":
			return true
		}
	}
	return false
}

// gamePeriod reports whether match r at token i is a quarter or half of a
// game rather than of a year: a quarter or half (or a count of quarters)
// whose year the text does not write out, in a sentence that tells of play
// ("scored 12 points in the fourth quarter", "trailed 21-14 in the third
// quarter", "led 56-50 after three quarters"). A game's period is no
// calendar date, so it is no mention at all. "Revenue grew 8% in the
// fourth quarter" stays 2019-Q4.
func (s *scan) gamePeriod(i int, r res) bool {
	switch {
	case r.typ == claims.TypeDate && r.val == "" && (r.d.g == gQuarter || r.d.g == gHalf):
	case r.typ == claims.TypeDuration && r.unit == uQuarter:
	default:
		return false
	}
	return !s.statesYear(i, r.end) && s.playTalk(i)
}

// playTalk reports whether the sentence of token i tells of a game more
// than of money: the weights of its cues (gameCue, a score such as
// "21-14", a game clock such as "with 2:13 left") add up to at least 2,
// one of them a cue of play itself (a score, a clock, or a word of weight
// 2 such as "touchdown" or "scored"): words of a team or a league alone
// tell of no play ("The team's goal is to ship the product in the fourth
// quarter", "A team led by Smith will deliver the first units in the
// second quarter", "The NBA will release its schedule in the second
// quarter"). Money words outweigh the game words, so that "the Dow fell
// 200 points" and "Apple scored record sales" stay business; a verb of
// change counts a little towards money, so that a score still reads as
// play in "fell behind 21-14".
func (s *scan) playTalk(i int) bool {
	sid := s.sent[i]
	lo, hi := i, i
	// at most cueReach tokens each way, so that text of one endless
	// sentence full of quarters stays linear
	for lo > 0 && lo > i-cueReach && s.sent[lo-1] == sid {
		lo--
	}
	for hi+1 < len(s.toks) && hi < i+cueReach && s.sent[hi+1] == sid {
		hi++
	}
	sum, play := 0, false
	for k := lo; k <= hi; k++ {
		t := &s.toks[k]
		switch t.kind {
		case kNum:
			if s.scoreAt(k) {
				sum, play = sum+3, true
			} else if c, ok := s.clockOnly(k); ok && s.gameClock(k, c.end) {
				sum, play = sum+3, true // "with 2:13 left"
			}
		case kPunct:
			switch t.lower {
			case "%", "$", "€", "£":
				sum -= 3
			}
		case kWord:
			c := gameCue(t.lower)
			sum, play = sum+c, play || c >= 2
		}
	}
	return sum >= 2 && play
}

// cueReach bounds how far playTalk looks for cues around a quarter.
const cueReach = 40

// gameCue weighs one word as a cue of play (2), of a game's world (1) or
// of money (below 0), in any case ("NFL", "Revenue": words the lexicon
// lacks keep their case); it folds the case in a buffer on the stack,
// allocating nothing.
func gameCue(w string) int {
	var b [16]byte
	if len(w) > len(b) {
		return 0
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	switch string(b[:len(w)]) {
	case "touchdown", "touchdowns", "inning", "innings", "quarterback", "quarterbacks", "halftime", "scored",
		"outscored", "rebounds", "assists", "yards", "playoff", "playoffs":
		return 2 // play itself
	case "game", "games", "match", "points", "goal", "goals", "team", "league", "coach", "led", "trailed", "victory",
		"nfl", "nba", "nhl", "mlb", "ncaa", "wnba",
		"scoring": // "credit scoring" too
		return 1
	case "earnings", "revenue", "revenues", "profit", "profits", "sales", "gdp", "economy", "income", "dividend",
		"shares", "stock", "stocks", "index", "market", "markets", "investors", "analysts", "fiscal", "quarterly",
		"percent", "million", "billion", "trillion", "growth", "inflation", "output", "margin", "margins":
		return -3
	case "grew", "rose", "fell", "declined", "increased", "jumped", "slipped", "dropped", "gained":
		return -1
	}
	return 0
}

// scoreAt reports whether a game's score starts at digit run k: two small
// numbers joined by a hyphen or dash ("21-14", "3–1"), not a range of an
// amount ("3-4%", "6-8 weeks", "10-12 million") nor part of a date
// ("Jan. 20-21", "2019-20"), nor a vote ("voted 7-3", "a 5-4 ruling") or
// an age band ("aged 18-24").
func (s *scan) scoreAt(k int) bool {
	a, b := s.tok(k), s.tok(k+2)
	if a.e-a.s > 3 || !(s.is(k+1, "-") || s.is(k+1, "–")) || !s.gluedTo(k+1) || b.kind != kNum || !s.gluedTo(k+2) || b.e-b.s > 3 {
		return false
	}
	if p := s.tok(k - 1); p.kind == kPunct && s.gluedTo(k) || p.lex != nil && p.lex.month > 0 {
		return false // "-2-3", "$3-4", "Jan. 20-21"
	}
	n := s.tok(k + 3)
	if n.kind == kPunct && s.gluedTo(k+3) && n.lower != "," && n.lower != "." || n.lex != nil && (n.lex.unit > 0 || n.lex.num > 0) {
		return false // "3-4%", "21-14-3", "6-8 weeks", "10-12 thousand"
	}
	if tally(s.w(k-1)) || tally(n.lower) {
		return false // "voted 7-3", "ruled 5-4", "a 6-3 majority", "aged 18-24"
	}
	return gameCue(n.lower) > -3 // not "10-12 million", "2-3 percent"
}

// tally reports whether w, beside two numbers joined by a dash, makes them
// a count of votes or an age band rather than a game's score.
func tally(w string) bool {
	switch w {
	case "vote", "votes", "voted", "voting", "ruled", "ruling", "decision", "majority", "verdict", "aged", "ages", "age":
		return true
	}
	return false
}

// spreadBefore reports whether what comes before "over" at i is spread
// across the time after it: an amount ("$10,000 over 3 years", "$1.4
// billion over the decade") or a verb of spreading ("paid over five
// years", "phased in over two years").
func (s *scan) spreadBefore(i int) bool {
	p := s.tok(i - 1)
	if p.kind == kNum {
		return true
	}
	if p.kind == kWord && p.lex != nil && p.lex.unit > 0 && p.lex.plural {
		return true // "deliberated for nine hours over two days"
	}
	switch p.lower {
	case "million", "billion", "trillion", "thousand", "percent", "%", "dollars", "euros", "pounds",
		"spread", "paid", "repaid", "payable", "invested", "spent", "loaned", "amortized", "installments":
		return true
	case "in", "out":
		return s.is(i-2, "phased") // "phased in over two years", not "its lowest level in over six years"
	}
	return false
}

// crossesLine reports whether a line break falls inside tokens [i, end).
func (s *scan) crossesLine(i, end int) bool {
	for k := i + 1; k < end && k < len(s.toks); k++ {
		if s.toks[k].nl {
			return true
		}
	}
	return false
}

// modPrefix reads a modifier at i and returns its mod, the index after it,
// and its kind: 'a' approximation, 'q' more/less than (durations), 'm' a
// mere (durations, no mod), 'd' a part of a date (START, MID, END).
func (s *scan) modPrefix(i int) (string, int, byte) {
	w := s.w(i)
	switch w {
	case "about", "around", "roughly", "approximately", "circa", "approx":
		return "APPROX", i + 1, 'a'
	case "nearly", "almost":
		// short of the amount, as TIMEX2/TimeML write "nearly two years"
		// and as the money extractor writes "nearly $5 million"
		return "LESS_THAN", i + 1, 'q'
	case "some":
		if s.tok(i+1).kind == kNum {
			return "APPROX", i + 1, 'q'
		}
	case "more", "fewer", "less":
		if s.is(i+1, "than") {
			m := "MORE_THAN"
			if w != "more" {
				m = "LESS_THAN"
			}
			return m, i + 2, 'q'
		}
	case "over", "under":
		n := s.tok(i + 1)
		if w == "over" && s.spreadBefore(i) {
			return "", i, 0 // "$10,000 over 3 years", "paid over five years": across them, no more than
		}
		if n.kind == kNum || n.lower == "a" || n.lower == "an" || n.lex != nil && n.lex.num > 0 {
			m := "MORE_THAN"
			if w == "under" {
				m = "LESS_THAN"
			}
			return m, i + 1, 'q'
		}
	case "at":
		if s.is(i+1, "least") {
			return "EQUAL_OR_MORE", i + 2, 'q'
		}
		if s.is(i+1, "most") {
			return "EQUAL_OR_LESS", i + 2, 'q'
		}
	case "up":
		if s.is(i+1, "to") {
			return "EQUAL_OR_LESS", i + 2, 'q'
		}
	case "a":
		if s.is(i+1, "mere") {
			return "", i + 2, 'm'
		}
	case "early", "earlier":
		j := i + 1
		if s.is(j, "-") && s.gluedTo(j) {
			j++
		} else if s.is(j, "in") {
			j++ // "early in the day"
		}
		return "START", j, 'd'
	case "late", "later":
		j := i + 1
		if s.is(j, "-") && s.gluedTo(j) {
			j++
		} else if s.is(j, "in") {
			j++ // "later in the year"
		}
		return "END", j, 'd'
	case "mid":
		j := i + 1
		if s.is(j, "-") && s.gluedTo(j) {
			j++
		}
		return "MID", j, 'd'
	case "the":
		if m, j, k := s.modPrefix(i + 1); k == 'd' && j > i+1 && s.is(j-1, "of") {
			return m, j, k
		}
	case "beginning", "start", "end", "middle", "close":
		if w == "end" && s.is(i+1, "-") && s.gluedTo(i+1) && s.gluedTo(i+2) {
			return "END", i + 2, 'd' // end-2012
		}
		if s.is(i+1, "of") {
			m := "START"
			switch w {
			case "end", "close":
				m = "END"
			case "middle":
				m = "MID"
			}
			return m, i + 2, 'd'
		}
	}
	return "", i, 0
}

// core tries every rule at i and keeps the longest match.
func (s *scan) core(i int) (res, bool) {
	// Rules nest (a range reads its ends as cores, a day looks for a time
	// range after it); a bound on the depth keeps adversarial text linear.
	if i >= len(s.toks) || s.depth >= maxDepth {
		return res{}, false
	}
	s.depth++
	s.calls++
	defer func() { s.depth-- }()
	tk := &s.toks[i]
	var best res
	ok := false
	try := func(r res, k bool) {
		if k && r.end > best.end && !s.crossesLine(i, r.end) {
			best, ok = r, true
		}
	}
	switch tk.kind {
	case kNum:
		try(s.numeric(i))
		try(s.numQuarter(i))
		try(s.dayFirst(i))
		try(s.ordinalLed(i))
		try(s.dayOfMonth(i))
		try(s.duration(i))
		try(s.clock(i))
	case kPunct:
		if tk.lower == "'" || tk.lower == "’" {
			try(s.shortYear(i))
		}
		if tk.lower == "½" {
			try(s.duration(i))
		}
	case kWord:
		lx := tk.lex
		if lx == nil {
			return res{}, false
		}
		if lx.month > 0 {
			try(s.monthLed(i))
		}
		if lx.wday > 0 {
			try(s.weekday(i))
		}
		if lx.rel != rNone {
			try(s.relative(i))
		}
		if lx.num > 0 || lx.vague || tk.lower == "a" || tk.lower == "an" || tk.lower == "half" {
			try(s.duration(i))
		}
		if lx.num > 0 && lx.num <= 59 || tk.lower == "half" || tk.lower == "quarter" || tk.lower == "mid" && s.is(i+1, "night") {
			try(s.clock(i))
		}
		if lx.num > 0 && lx.num <= 20 {
			// "nineteen ninety six" (a year in words, not a count)
			if y, e, ok := s.spelledYear(i); ok && s.prepBefore(i) && !(s.lex(e) != nil && s.lex(e).unit > 0) {
				try(res{end: e, typ: claims.TypeDate, d: date{y: y, g: gYear}}, true)
			}
		}
		if lx.tens {
			try(s.dayFirst(i))
			try(s.ordinalLed(i)) // "the twenty third day of September"
		}
		if lx.ord != 0 {
			try(s.dayOfMonth(i))
			try(s.dayFirst(i))
			try(s.ordinalLed(i))
		}
		if lx.season != "" {
			try(s.season(i, rNone))
		}
		if lx.decade > 0 && (s.w(i-1) == "the" || s.w(i-1) == "-" && s.w(i-2) == "mid" || s.w(i-1) == "early" || s.w(i-1) == "late" || s.w(i-1) == "mid") && !s.readingBefore(i) {
			// "the nineties", "the mid-nineties"; not "in her forties", an age
			try(res{end: i + 1, typ: claims.TypeDate, d: date{y: lx.decade * 10, g: gDecade}, det: true}, true)
		}
		if lx.unit > 0 {
			try(s.bareUnits(i))
		}
		if lx.pod != "" {
			try(s.podWord(i))
		}
		try(s.words(i))
	}
	if ok {
		best = s.attachTime(best)
	}
	return best, ok
}

// openDay is the day r names with the parts the text leaves open unknown:
// a weekday alone becomes XXXX-WXX-d, a month and day without a year
// XXXX-MM-DD.
func openDay(r res) date {
	d := r.d
	switch {
	case r.wdOnly && d.g == gDay:
		if t, ok := d.toTime(); ok {
			return date{g: gWday, wday: isoWday(t), pod: d.pod}
		}
	case r.noYear && d.g == gDay:
		d.y = 0
		if r.noMonth {
			d.m = 0 // "the 17th": XXXX-XX-17
		}
	}
	return d
}

// suffix turns a duration followed by "ago", "later", "before ...",
// "from now" into the date it points at.
func (s *scan) suffix(start int, r res) res {
	if r.typ != claims.TypeDuration {
		return r
	}
	j := r.end
	w := s.w(j)
	dir := 0
	var base time.Time
	haveBase := false
	dayBase := false // counted from a named day: the result is a day
	end := j + 1
	switch w {
	case "ago":
		dir = -1
		base, haveBase = s.dct, s.hasDCT
	case "later", "earlier", "before", "after":
		if s.is(j+1, "than") {
			return r // "a month earlier than usual"
		}
		dir = 1
		if w == "earlier" || w == "before" {
			dir = -1
		}
		if (w == "before" || w == "after") && !s.ending(j+1) {
			switch s.w(j + 1) {
			case "today":
				base, haveBase, dayBase = s.dct, s.hasDCT, true
			case "yesterday":
				base, haveBase, dayBase = s.dct.AddDate(0, 0, -1), s.hasDCT, true
			case "tomorrow":
				base, haveBase, dayBase = s.dct.AddDate(0, 0, 1), s.hasDCT, true
			default:
				if nr, ok := s.core(j + 1); ok && nr.typ == claims.TypeDate && nr.val == "" && nr.d.g == gDay {
					if t, ok := nr.d.toTime(); ok {
						base, haveBase, dayBase = t, true, true
						end = nr.end
						break
					}
				}
				return r
			}
			if haveBase && end == j+1 {
				end = j + 2
			}
			break
		}
		switch {
		case r.unit >= uYear && s.lastYear > 0 && len(r.more) == 0:
			// "He left in 2015. Two years later": from the year of the
			// story's last date, whatever its precision.
			base, haveBase = time.Date(s.lastYear, time.January, 1, 0, 0, 0, 0, time.UTC), true
		case r.unit >= uMonth && r.unit != uQuarter && s.month.y > 0:
			// "In May … two months later": from the story's last month,
			// which is at least as recent as its last full date.
			base, haveBase = s.month.toTime()
		case s.hasAnchor:
			base, haveBase = s.anchor.toTime()
		case !r.known || s.startsTime(j+1) || !s.pastSentence(start, j):
			// Said ahead of time ("I'll be back 30 minutes later",
			// "Let's meet two days later"): from now; and a vague length
			// ("a few days earlier": PAST_REF) or one a time follows
			// ("a week earlier this month").
			base, haveBase = s.dct, s.hasDCT
		default:
			// A story told in the past with no date before: the time it
			// counts from is the story's, unknown ("Seven decades later,
			// Parata has overseen 500 strandings" is no date 70 years
			// after the article's).
			out := res{end: end, typ: claims.TypeDate, mod: r.mod}
			switch {
			case r.unit >= uYear:
				out.d = date{g: gYear}
			case r.unit >= uMonth && r.unit != uQuarter:
				out.d = date{g: gMonth}
			default:
				out.d = date{g: gUnknownDay}
			}
			return out
		}
	case "from", "hence":
		if w == "hence" {
			dir = 1
			base, haveBase = s.dct, s.hasDCT
			break
		}
		dir, end = 1, j+2
		switch s.w(j + 1) {
		case "now":
			base, haveBase = s.dct, s.hasDCT
		case "today":
			base, haveBase, dayBase = s.dct, s.hasDCT, true
		case "tomorrow":
			base, haveBase, dayBase = s.dct.AddDate(0, 0, 1), s.hasDCT, true
		default:
			nr, ok := s.core(j + 1)
			if !ok || nr.typ != claims.TypeDate || nr.val != "" || nr.d.g != gDay {
				return r
			}
			t, ok := nr.d.toTime()
			if !ok {
				return r
			}
			base, haveBase, end, dayBase = t, true, nr.end, true
		}
	default:
		return r
	}
	out := res{end: end, typ: claims.TypeDate, mod: r.mod}
	if !r.known {
		if dir < 0 {
			out.val = "PAST_REF"
		} else {
			out.val = "FUTURE_REF"
		}
		return out
	}
	if !haveBase {
		out.d = date{g: gUnknownDay}
		return out
	}
	n := int(r.amt)
	if float64(n) != r.amt {
		// half units: count in the next smaller unit
		switch r.unit {
		case uYear:
			r.unit, n = uMonth, int(r.amt*12)
		case uMonth:
			r.unit, n = uDay, int(r.amt*30)
		case uDay:
			r.unit, n = uHour, int(r.amt*24)
		}
	}
	t := addUnits(base, r.unit, dir*n)
	for _, p := range r.more {
		t = addUnits(t, p.unit, dir*int(p.amt))
		r.unit = p.unit
	}
	switch {
	case dayBase:
		out.d = dayOf(t)
	case r.unit >= uCentury:
		out.d = atGran(t, gYear)
	case r.unit >= uYear:
		out.d = atGran(t, gYear)
	case r.unit >= uMonth:
		out.d = atGran(t, gMonth)
	case r.unit == uQuarter:
		out.d = atGran(t, gQuarter)
	default:
		out.d = dayOf(t)
	}
	if r.unit < uDay && w != "ago" {
		out.typ = claims.TypeTime
	}
	return out
}

// pastSentence reports whether the sentence of token i speaks of the past:
// a past tense word in it ("went", "has", a verb in -ed) and none of the
// future, token skip ("later") aside.
func (s *scan) pastSentence(i, skip int) bool {
	sid := s.sent[i]
	lo, hi := i, i
	for lo > 0 && s.sent[lo-1] == sid {
		lo--
	}
	for hi < len(s.toks) && s.sent[hi] == sid {
		hi++
	}
	past := false
	for k := lo; k < hi; k++ {
		if k == skip {
			continue
		}
		switch s.tenseOf(k) {
		case 1:
			return false
		case -1:
			past = true
		}
	}
	return past
}

// attachTime extends a day date (or a weekday the text cannot place) with a
// clock time or a part of the day right after it: "tomorrow 8:00am",
// "Sunday night", "yesterday afternoon".
func (s *scan) attachTime(r res) res {
	if r.typ != claims.TypeDate && r.typ != claims.TypeTime || r.val != "" || r.d.g != gDay && r.d.g != gWday || r.d.hasT {
		return r
	}
	j := r.end
	if r.d.pod == "" {
		// "next Monday 1-3 pm", "this evening from 7 to 7:30" read below
		c, ok := s.clockOnly(j)
		if !ok {
			c, ok = s.spokenClock(j, true) // "March eighteenth nine thirty"
		}
		if ok {
			r.d.hasT, r.d.hh, r.d.mi, r.d.ss, r.d.prec, r.d.tz = true, c.hh, c.mi, c.ss, c.prec, c.tz
			r.end, r.typ = c.end, claims.TypeTime
			return r
		}
		k := j
		if (s.is(k, "early") || s.is(k, "late")) && !r.hol {
			k++ // "Sunday late evening"
		}
		if lx := s.lex(k); lx != nil && lx.pod != "" && s.tok(k).kind == kWord {
			switch lx.pod {
			case "MO", "AF", "EV", "NI", "DT":
				r.d.pod = lx.pod
				r.end, r.typ = k+1, claims.TypeTime
				j = r.end
			}
		}
	}
	// a time range on that day: "Tuesday from 7 to 7:30", "next Monday 1-3
	// pm", "December 12th at 4 - 6:30 pm"
	k := j
	if s.is(k, "at") && !r.hol {
		k++
	}
	if t := s.tok(k); t.kind == kNum || t.lower == "from" || t.lower == "between" {
		if v, e, ok := s.rangeOnDay(k, openDay(r)); ok && strings.HasPrefix(v, "(") {
			return res{end: e, typ: claims.TypeTime, val: v, det: r.det}
		}
		od := openDay(r)
		if rr, ok := s.clockForDur(k, &od); ok {
			rr.det = r.det
			return rr // "14th Feb from 9:30am for 7 hours"
		}
	}
	// "today before 4pm", "tomorrow by 5pm", "today at 9pm", "friday the
	// 26th around 4"
	switch s.w(j) {
	case "before", "by", "around", "after", "at":
		pod := r.d.pod
		if pod != "" && !s.is(j, "at") && !s.is(j, "around") || r.hol {
			break
		}
		if c, ok := s.clockOnly(j + 1); ok {
			r.d.hasT, r.d.hh, r.d.mi, r.d.ss, r.d.prec, r.d.tz = true, c.hh, c.mi, c.ss, c.prec, c.tz
			r.end, r.typ = c.end, claims.TypeTime
			r.d.ampm = c.ampm
		} else if h, e, ok := s.bareHour(j + 1); ok && (s.is(j, "at") || s.is(j, "around")) {
			r.d.hasT, r.d.hh, r.d.mi, r.d.ss, r.d.prec = true, h, 0, 0, 1
			r.end, r.typ = e, claims.TypeTime
		} else {
			break
		}
		// "tonight at 11", "Sunday evening at 10:00": the part of the day
		// says which half of the clock
		if pod != "" {
			if !r.d.ampm && r.d.hh < 12 && (pod == "AF" || pod == "EV" || pod == "NI" && r.d.hh >= 5) {
				r.d.hh += 12
			}
			r.d.pod = ""
		}
	}
	return r
}

// bareHour reads an hour written as a bare number after a named day and
// "at" or "around" ("Friday at 4"): 1 to 12, not an amount, a clock with
// minutes or part of a longer number.
func (s *scan) bareHour(i int) (int, int, bool) {
	t := s.tok(i)
	h := 0
	switch {
	case t.kind == kNum && t.e-t.s <= 2:
		h = t.num
		if n := s.tok(i + 1); n.glued && n.kind != kPunct || n.glued && (n.lower == ":" || n.lower == "." || n.lower == ",") && s.tok(i+2).kind == kNum {
			return 0, i, false
		}
	case t.kind == kWord && t.lex != nil && t.lex.num > 0 && !t.lex.tens:
		h = t.lex.num
	default:
		return 0, i, false
	}
	if h < 1 || h > 12 {
		return 0, i, false
	}
	if l := s.lex(i + 1); l != nil && (l.unit > 0 || l.month > 0) || amountWord(s.w(i+1)) || s.is(i+1, "%") {
		return 0, i, false
	}
	return h, i + 1, true
}

// attachPod extends a day with a part of the day right after it
// ("yesterday afternoon").
func (s *scan) attachPod(r res) res {
	j := r.end
	if lx := s.lex(j); lx != nil && lx.pod != "" && s.tok(j).kind == kWord {
		switch lx.pod {
		case "MO", "AF", "EV", "NI", "DT":
			r.d.pod = lx.pod
			r.end, r.typ = j+1, claims.TypeTime
		}
	}
	return r
}

// clk is a clock time read by clockOnly.
type clk struct {
	end        int
	hh, mi, ss int
	prec       int
	ampm       bool
	tz         string
}

// possessedPeriod reads a quarter, half or season that year y owns, its
// "'s" at k: "last year's fourth quarter", "next year's first half",
// "2018's third-quarter", "last year's summer". It returns the period and
// the index after it.
func (s *scan) possessedPeriod(k, y int) (date, int, bool) {
	if !(s.is(k, "'") || s.is(k, "’")) || !s.gluedTo(k) || !s.is(k+1, "s") || !s.gluedTo(k+1) {
		return date{}, k, false
	}
	j := k + 2
	l := s.lex(j)
	if l == nil || s.tok(j).kind != kWord {
		if n, e, ok := s.dayNum(j); ok && s.tok(j).kind == kNum && e > j+1 {
			return s.ordPeriod(n, e, y) // "1st quarter"
		}
		return date{}, k, false
	}
	if l.season != "" {
		if s.capital(j) && s.capital(j+1) && s.tok(j+1).kind == kWord {
			return date{}, k, false // "last year's Summer Olympics": a name
		}
		if s.fallIsDrop(j) {
			return date{}, k, false // "last year's fall in oil prices": a drop
		}
		return date{y: y, g: gSeason, season: l.season}, j + 1, true
	}
	return s.ordPeriod(l.ord, j+1, y)
}

// ordPeriod reads the quarter or half after the n-th ordinal (-1: last)
// at e, "-quarter" or " half", in year y.
func (s *scan) ordPeriod(n, e, y int) (date, int, bool) {
	if s.is(e, "-") && s.gluedTo(e) {
		e++
	}
	g, top := gQuarter, 4
	switch s.w(e) {
	case "quarter":
	case "half":
		g, top = gHalf, 2
	default:
		return date{}, e, false
	}
	if n == -1 {
		n = top
	}
	if n < 1 || n > top {
		return date{}, e, false
	}
	return date{y: y, g: g, n: n}, e + 1, true
}
