package temporal

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

// Tagger finds and normalises time expressions. Build it once with New; it
// is safe for concurrent use.
type Tagger struct {
	lx   *lexicon
	pool sync.Pool // *scan scratch space
}

// New builds the word tables. It is cheap enough to call at start-up and the
// result should be shared.
func New() *Tagger {
	t := &Tagger{lx: newLexicon()}
	t.pool.New = func() any { return &scan{} }
	return t
}

// Tag finds time expressions in text and normalises them. dct is the
// publication date; the zero time means unknown, and then expressions that
// need it get XXXX-style values ("last month" -> XXXX-XX) or *_REF values.
// Mentions come in text order, without overlaps.
func (t *Tagger) Tag(text string, dct time.Time) []claims.Mention {
	s := t.pool.Get().(*scan)
	s.reset(t.lx, text, dct)
	s.run()
	out := s.out
	s.out = nil
	s.text = ""
	clear(s.toks) // drop references into text before pooling
	s.rangeDay = nil
	t.pool.Put(s)
	return out
}

// scan is the state of one Tag call.
type scan struct {
	lx     *lexicon
	text   string
	toks   []token
	buf    []byte
	sent   []int32 // sentence number of each token
	tense  []int8  // per sentence: 2 unknown (not computed), else -1/0/+1
	dct    time.Time
	hasDCT bool

	// The story's time line: anchor is the last day-precision date it
	// resolved; storyYear the year its dates are in (set by dates that write
	// their year out or fall in the publication year).
	anchor    date
	hasAnchor bool
	// month is the last date of month precision or finer the story gave
	// (its day dropped): "two months later" counts from "In May".
	month     date
	storyYear int
	storySent int // sentence of the mention that last set storyYear
	// statedYear is the year of the last date that wrote its year out
	// ("in August 2016"), for "the next year".
	statedYear int
	lastYear   int // year of the last resolved date of any precision

	rangeDay *date // the day a time range is read on (rangeOnDay)
	depth    int   // nesting of core calls
	calls    int   // core calls in this Tag (work done, for tests)

	out     []claims.Mention
	outSent []int32 // sentence of each mention
	outDate []date  // resolved date behind each mention (g == gNone if none)
}

func (s *scan) reset(lx *lexicon, text string, dct time.Time) {
	s.lx, s.text = lx, text
	s.toks, s.buf = tokenize(text, s.toks, lx, s.buf)
	s.dct = time.Date(dct.Year(), dct.Month(), dct.Day(), 12, 0, 0, 0, time.UTC)
	s.hasDCT = !dct.IsZero()
	s.hasAnchor, s.storyYear, s.lastYear, s.statedYear = false, 0, 0, 0
	s.depth, s.calls = 0, 0
	s.anchor = date{}
	s.month = date{}
	s.outSent = s.outSent[:0]
	s.outDate = s.outDate[:0]
	s.sentences()
}

// statesYear reports whether tokens [i, end) write a year out.
func (s *scan) statesYear(i, end int) bool {
	for k := i; k < end; k++ {
		if s.isYear(k) || s.toks[k].kind == kNum && s.toks[k].e-s.toks[k].s == 2 && k > i && (s.toks[k-1].lower == "'" || s.toks[k-1].lower == "’") {
			return true
		}
	}
	return false
}

// sentences numbers the sentences: a break after . ! ? when the next token
// starts a capitalised word, a digit or a quote, and at every line break.
func (s *scan) sentences() {
	n := len(s.toks)
	if cap(s.sent) < n {
		s.sent = make([]int32, n)
	}
	s.sent = s.sent[:n]
	s.tense = s.tense[:0]
	var id int32
	for i := range s.toks {
		tk := &s.toks[i]
		if i > 0 && tk.nl {
			id++
		} else if i > 0 {
			p := &s.toks[i-1]
			if p.kind == kPunct && (p.lower == "." || p.lower == "!" || p.lower == "?") && !tk.glued {
				c := s.text[tk.s]
				if c >= 'A' && c <= 'Z' || c == '"' || c == '\'' {
					// not after an initial or a known abbreviation
					abbr := false
					if i >= 2 {
						q := &s.toks[i-2]
						if q.kind == kWord && (q.e-q.s == 1 || q.lex != nil && q.lex.abbr || isTitle(q.lower)) {
							abbr = true
						}
					}
					if !abbr {
						id++
					}
				}
			}
		}
		s.sent[i] = id
	}
	for i := int32(0); i <= id; i++ {
		s.tense = append(s.tense, 2)
	}
}

func isTitle(w string) bool {
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Prof", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "vs":
		return true
	}
	return false
}

// tenseAt is the tense of the sentence around the expression at tokens
// [i, j): -1 past, +1 future, 0 unknown. A preposition right before it
// ("until", "since") decides; otherwise the nearest tense marker in the
// sentence, looking left first at each distance, then the whole sentence.
// tenseNear is the tense of a sentence whose nearest tense word is
// "would": the date meant is the nearest one, past or future.
const tenseNear = 3

func (s *scan) tenseAt(i, j int) int {
	switch s.w(i - 1) {
	case "until", "till":
		return 1
	case "through", "thru":
		// "to run through June" looks ahead; "the 12 months through
		// September" is a period that ends then, as old as its sentence
		if l := s.lex(i - 2); l == nil || l.unit == 0 || s.tok(i-2).kind != kWord {
			return 1
		}
	case "since":
		return -1
	}
	if s.w(j) == "ago" {
		return -1
	}
	if s.w(i-1) == "on" && (s.w(i-2) == "is" || s.w(i-2) == "are") && !s.is(j, "'") && !s.is(j, "’") {
		// "The return leg is on Tuesday", "the vote is on Dec. 12": what
		// is on a day is scheduled for it
		return 1
	}
	if s.w(i-1) == "on" && s.progressiveBefore(i-1) {
		// "is being held on Friday", "are playing on Sunday": the present
		// progressive of an event on a day is its schedule
		return 1
	}
	sid := s.sent[i]
	// The expression's own clause first, between the commas around it
	// (", who takes office on Monday, has said": takes), then the rest.
	if lo, hi := s.around(i, j, true); lo > 0 && s.toks[lo-1].lower == "," || hi < len(s.toks) && s.toks[hi].lower == "," {
		if v := s.nearestTense(i, j, lo, hi); v != 0 {
			return v
		}
	}
	lo, hi := s.around(i, j, false)
	if v := s.nearestTense(i, j, lo, hi); v != 0 {
		return v
	}
	if t := s.tense[sid]; t != 2 {
		return int(t)
	}
	score, apart := 0, false
	tally := func(k int) {
		switch v := s.tenseOf(k); {
		case v == tenseNear:
		case v != 0 && s.toldApart(i, j, k):
			apart = true
		default:
			score += v
		}
	}
	for k := i - 1; k >= 0 && s.sent[k] == sid; k-- {
		tally(k)
	}
	for k := j; k < len(s.toks) && s.sent[k] == sid; k++ {
		tally(k)
	}
	t := 0
	if score > 0 {
		t = 1
	} else if score < 0 {
		t = -1
	}
	if !apart {
		s.tense[sid] = int8(t) // the sentence's tense, the same for any expression in it
	}
	return t
}

// around returns the tokens nearestTense reads around the expression at
// [i, j): its sentence's, twelve at most either way, and with comma only
// up to the commas around it.
func (s *scan) around(i, j int, comma bool) (lo, hi int) {
	sid := s.sent[i]
	lo, hi = i, j
	for lo > 0 && i-lo < 12 && s.sent[lo-1] == sid && !(comma && s.toks[lo-1].lower == ",") {
		lo--
	}
	for hi < len(s.toks) && hi-j < 12 && s.sent[hi] == sid && !(comma && s.toks[hi].lower == ",") {
		hi++
	}
	return lo, hi
}

// nearestTense is the tense of the marker nearest the expression at tokens
// [i, j) among tokens [lo, hi), twelve at most either way, looking left
// first at each distance; 0 when there is none.
func (s *scan) nearestTense(i, j, lo, hi int) int {
	for d := 1; d <= 12; d++ {
		if l := i - d; l >= lo {
			if v := s.tenseOf(l); v != 0 && !s.toldApart(i, j, l) {
				return v
			}
		}
		if r := j + d - 1; r < hi {
			if v := s.tenseOf(r); v != 0 && !s.toldApart(i, j, r) {
				return v
			}
		}
	}
	return 0
}

// toldApart reports whether token k, a verb of saying outside the
// expression at tokens [i, j), dates the telling and not what is told, so
// that its tense is not the expression's: the tag after a quotation or a
// clause ("Cases will keep rising over Christmas, he said."; "…,” said
// Dr. Smith") or the verb that opens a quotation ("said: “We expect cases
// to rise over Christmas.”"). Where the verb is next to the expression
// ("said on Tuesday that it will") or a fronted time comes before its
// clause ("On Tuesday, the company said it will"), the verb's tense is the
// expression's.
func (s *scan) toldApart(i, j, k int) bool {
	switch s.w(k) {
	case "said", "told", "announced", "reported", "wrote", "added", "says", "tells", "writes", "adds":
	default:
		return false
	}
	if k < i {
		for m := k + 1; m < i; m++ {
			if w := s.w(m); w == ":" || w == "\"" || w == "“" {
				return true
			}
		}
		return false
	}
	c := -1 // the last comma or closing quotation mark between
	for m := j; m < k; m++ {
		switch s.w(m) {
		case ",", "\"", "”":
			c = m
		}
	}
	if c < 0 || k-c-1 > 4 {
		return false
	}
	if k == c+1 {
		return true // "…, said Smith": the inverted tag
	}
	n := k + 1
	if n >= len(s.toks) || s.sent[n] != s.sent[k] {
		return true
	}
	switch s.w(n) {
	case ".", ",", "!", "?", ";", "on", "in", "at", "during", "last", "this", "yesterday", "today", "earlier",
		"later", "when", "as", "after", "before", "while", "to", "reporters":
		return true // "…, he said.", "…, she told reporters on Monday."
	}
	return false
}

// tenseOf is the tense token k marks: a past or future word from the
// tables ("continues" only before its time, "likely" not before a noun),
// "'ll", "is set"/"slated"/"poised" or "is to" + a verb (a
// schedule; after "was" the nearest, as "would"), or a verb in -ed that is
// not a passive participle.
func (s *scan) tenseOf(k int) int {
	tk := &s.toks[k]
	if tk.kind != kWord {
		return 0
	}
	if tk.lex != nil && tk.lex.tense != 0 {
		if (tk.lower == "until" || tk.lower == "till") && s.activePastBefore(k) {
			// "the protest ran until 3am on Friday", "police remained at
			// the scene until 6am on Saturday": the past verb says the
			// time is past, not "until"
			return 0
		}
		if tk.lex.month > 0 && s.capital(k) {
			return 0 // May, not may
		}
		if tk.lower == "continues" && !s.startsTime(k+1) {
			return 0 // "the investigation continues into the crash on Friday": ongoing, no schedule
		}
		if tk.lower == "likely" {
			switch s.w(k - 1) {
			case "the", "a", "an", "most", "more", "its", "their":
				return 0 // "the most likely cause of the crash on Friday": a guess, no time ahead
			}
		}
		if tk.lex.tense < 0 && k > 0 {
			switch s.toks[k-1].lower {
			case "to", "be", "being", "is", "are":
				// an infinitive ("is expected to cut them in February"),
				// or a participle, as for "-ed" words below: "will be
				// held on Friday", "results will be announced", "is being
				// held"
				return 0
			}
		}
		return tk.lex.tense
	}
	w := tk.lower
	if w == "to" && k+1 < len(s.toks) && s.toks[k+1].kind == kWord && s.toks[k+1].lex == nil && !s.capital(k+1) &&
		!beToIdiom(s.toks[k+1].lower) {
		if v := beAhead(s.w(k - 1)); v != 0 {
			return v // "She is to appear in court on Monday", "were to take delivery in May"
		}
	}
	if w == "set" || w == "slated" || w == "poised" {
		p := s.w(k - 1)
		if p == "s" && (s.is(k-2, "'") || s.is(k-2, "’")) {
			switch strings.ToLower(s.w(k - 3)) {
			case "it", "he", "she", "that", "there", "what", "who":
				p = "is" // "it's set for Friday"; not "the band's set Monday night"
			}
		}
		if v := beAhead(p); v != 0 {
			return v // "The vote is set for Friday", "the plant was set to close in March"
		}
	}
	if k > 0 && scheduleVerb(w) {
		p := &s.toks[k-1]
		if p.kind == kWord && p.lex == nil && (s.capital(k-1) && !s.capital(k) || p.lower == "they" || p.lower == "we") {
			return 1
		}
		return 0
	}
	if w == "ll" && k > 0 && (s.toks[k-1].lower == "'" || s.toks[k-1].lower == "’") && tk.glued {
		return 1
	}
	if n := len(w); n > 3 && w[n-3:] == "'ll" {
		return 1 // I'll, we'll
	}
	if len(w) > 4 && w[len(w)-2:] == "ed" && w[0] >= 'a' && w[0] <= 'z' {
		switch w {
		case "need", "indeed", "speed", "based", "proceed", "succeed", "exceed", "seed", "feed", "breed", "united", "limited", "related", "expected", "scheduled", "planned":
			return 0
		}
		switch s.w(k - 1) {
		case "be", "being", "is", "are", "been", "get", "gets":
			return 0
		}
		return -1
	}
	return 0
}

// progressiveBefore reports whether the words just before token k are a
// present progressive: "is being held", "are playing", "'s meeting".
func (s *scan) progressiveBefore(k int) bool {
	p := k - 1
	if p >= 0 && s.toks[p].kind == kWord && s.toks[p].lex == nil && strings.HasSuffix(s.toks[p].lower, "ing") {
		p-- // "playing", "being" is below
	} else if p >= 1 && s.toks[p].kind == kWord && s.toks[p-1].lower == "being" {
		p -= 2 // "being held"
	} else {
		return false
	}
	if p >= 0 && s.toks[p].lower == "being" {
		p--
	}
	if p < 0 {
		return false
	}
	switch s.toks[p].lower {
	case "is", "are", "'s", "’s", "am":
		return true
	}
	return false
}

// startsTime reports whether a time expression starts at token k, or after
// a preposition there: "continues on Thursday", "continues next week",
// "continues until Friday"; not "continues into the crash on Friday".
func (s *scan) startsTime(k int) bool {
	switch s.w(k) {
	case "on", "until", "till", "through", "into":
		k++
	}
	l := s.lex(k)
	return l != nil && l.starter && s.tok(k).kind == kWord
}

// beAhead is the tense a schedule ("is to appear", "is set for", "is
// slated to") takes from the form of "be" w before it: 1 after the
// present, tenseNear after the past ("the plant was set to close in
// March": ahead of a past moment), 0 after any other word.
func beAhead(w string) int {
	switch w {
	case "is", "are", "am":
		return 1
	case "was", "were":
		return tenseNear
	}
	return 0
}

// beToIdiom reports whether "be to" + w is an idiom that schedules
// nothing: "the driver is to blame for the crash on Monday" (who is
// responsible), "who is to thank", "that is to say".
func beToIdiom(w string) bool {
	return w == "blame" || w == "thank" || w == "say"
}

// scheduleVerbs are base forms that, after a name or a plural subject,
// are the present tense of a fixture: "Liverpool host City on Sunday",
// "they meet on Friday". As bare words they are as often nouns ("the
// host"), so only that place makes them a tense marker.
func scheduleVerb(w string) bool {
	switch w {
	case "host", "meet", "face", "visit", "play", "travel", "welcome", "entertain", "resume", "begin", "start", "open", "return",
		"reopen", "continue", "head":
		return true
	}
	return false
}

// activePastBefore reports whether the verb nearest before token k, in its
// clause and at most six tokens back, is a past tense in the active voice
// ("ran", "lasted"); a passive ("was postponed", "was remanded in custody")
// and "has"/"have" (a deadline held now: "has until May") look ahead to
// its "until".
func (s *scan) activePastBefore(k int) bool {
	for p := k - 1; p >= 0 && p >= k-6 && s.toks[p].kind != kPunct; p-- {
		v := s.tenseOf(p)
		if v == 0 {
			continue
		}
		if v > 0 || v == tenseNear {
			return false
		}
		if w := s.w(p); w == "has" || w == "have" {
			return false // "GM has until the end of May", "has been closed until Monday": a state now
		}
		switch s.w(p - 1) {
		case "was", "were", "be", "been", "being", "is", "are":
			return false
		}
		return true
	}
	return false
}

// run scans the tokens left to right taking the longest match at each place.
func (s *scan) run() {
	for i := 0; i < len(s.toks); {
		tk := &s.toks[i]
		if tk.kind == kWord && tk.lex == nil || tk.kind == kPunct && tk.lower != "'" && tk.lower != "’" && tk.lower != "½" {
			i++ // the common case: a word or mark no rule starts with
			continue
		}
		if r, ok := s.match(i); ok && r.end > i {
			if s.gamePeriod(i, r) {
				i = r.end // "scored 12 points in the fourth quarter": a period of play, no date
				continue
			}
			s.emit(i, r)
			i = r.end
			continue
		}
		i++
	}
}

// emit records a match and moves the story's time line.
func (s *scan) emit(i int, r res) {
	start, end := s.toks[i].s, s.toks[r.end-1].e
	v := r.val
	if v == "" {
		v = r.d.String()
	}
	s.out = append(s.out, claims.Mention{
		Start: start, End: end, Type: r.typ, Text: s.text[start:end], Value: v, Mod: r.mod,
	})
	s.outSent = append(s.outSent, s.sent[i])
	dd := date{}
	if !s.hasDCT && r.val == "" && r.d.g == gDay && r.d.y > 0 && r.d.m > 0 && r.d.d > 0 {
		// Without a publication date the first full date stands in for it.
		s.dct = time.Date(r.d.y, time.Month(r.d.m), r.d.d, 12, 0, 0, 0, time.UTC)
		s.hasDCT = true
	}
	if r.val == "" && (r.typ == claims.TypeDate || r.typ == claims.TypeTime) {
		dd = r.d
		if dd.y > 0 {
			if dd.g != gDecade && dd.g != gCentury {
				s.lastYear = dd.y // a decade's y is no year of the story ("the past decade", then "the year")
			}
			switch dd.g {
			case gDay:
				if dd.m > 0 && dd.d > 0 {
					s.anchor = date{y: dd.y, m: dd.m, d: dd.d, g: gDay}
					s.hasAnchor = true
				}
			}
			if (dd.g == gDay || dd.g == gMonth) && dd.m > 0 {
				s.month = date{y: dd.y, m: dd.m, d: 1, g: gMonth}
			}
			if dd.g == gYear && s.statesYear(i, r.end) {
				s.statedYear = dd.y // "in 2012"
			}
			// The story's year moves with dates that state their year
			// ("June 2, 2016"), and back with those read off the
			// publication date ("yesterday", "last month").
			switch dd.g {
			case gDay, gMonth, gWeek, gWeekend, gSeason, gQuarter:
				if s.statesYear(i, r.end) {
					s.storyYear, s.storySent = dd.y, int(s.sent[i])
					s.statedYear = dd.y
				} else if s.hasDCT && dd.y == s.dct.Year() {
					s.storyYear, s.storySent = dd.y, int(s.sent[i])
				}
			}
		}
	} else if y := rangeEndYear(r.val); y > 0 {
		s.lastYear = y // "from 2010 to 2018 … two years later": 2020
	}
	s.outDate = append(s.outDate, dd)
}

// rangeEndYear is the year of the end of a range value
// ("(2010-01-01,2018-01-01,P8Y)": 2018), 0 for any other value.
func rangeEndYear(v string) int {
	rest, ok := strings.CutPrefix(v, "(")
	if !ok {
		return 0
	}
	_, end, ok := strings.Cut(rest, ",")
	if !ok || len(end) < 4 {
		return 0
	}
	y, err := strconv.Atoi(end[:4])
	if err != nil {
		return 0
	}
	return y
}
