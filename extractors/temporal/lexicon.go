package temporal

import "strings"

// Units of time, in increasing size.
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uNight // counts as a day in durations ("2 nights" -> P2D)
	uWeekend
	uWeek
	uFortnight
	uMonth
	uQuarter
	uHalf // half-year
	uYear
	uDecade
	uCentury
)

// Relative words that pick a unit, weekday or month next to the reference.
const (
	rNone = iota
	rThis
	rNext
	rLast     // last, past, previous, preceding
	rUpcoming // coming, upcoming, following
)

// lexeme is everything the tables know about one lower-case word. A word may
// be several things at once ("may" is a month and a modal, "second" an
// ordinal and a unit).
type lexeme struct {
	word   string
	month  int    // 1..12
	wday   int    // ISO: Monday 1 .. Sunday 7
	num    int    // cardinal value of a number word, 0 none
	tens   bool   // twenty .. ninety: may take a unit word after it
	ord    int    // ordinal value, 0 none
	unit   int    // uSecond ..
	plural bool   // plural unit ("days")
	season string // SP SU FA WI
	pod    string // part of day: MO AF EV NI DT MI (midday) ...
	rel    int    // rThis ..
	vague  bool   // several, few, some, many, couple: unknown count
	tense  int    // +1 future marker, -1 past marker, tenseNear for "would"
	abbr   bool   // an abbreviation that may take a period ("Jan.", "Sept.")
	decade int    // a decade in words: "nineties" 199

	// starter: the word can begin an expression on its own; other known
	// words (the, in, of, ...) only matter before another known word or
	// a number, which lets the scanner skip most function words.
	starter bool
}

// lexicon holds the word tables; built once by newLexicon and read-only after.
type lexicon struct {
	words map[string]*lexeme
}

func (lx *lexicon) get(w string) *lexeme {
	e := lx.words[w]
	if e == nil {
		e = &lexeme{word: w}
		lx.words[w] = e
	}
	return e
}

func newLexicon() *lexicon {
	lx := &lexicon{words: make(map[string]*lexeme, 512)}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, m := range months {
		lx.get(m).month = i + 1
		ab := m[:3]
		lx.get(ab).month = i + 1
		lx.get(ab).abbr = true
	}
	for w, m := range map[string]int{"sept": 9, "febr": 2} {
		lx.get(w).month = m
		lx.get(w).abbr = true
	}
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, d := range days {
		lx.get(d).wday = i + 1
		lx.get(d[:3]).wday = i + 1
		lx.get(d[:3]).abbr = true
		lx.get(d + "s").wday = i + 1 // "Fridays": a set, handled by the rule
		lx.get(d + "s").plural = true
	}
	for w, d := range map[string]int{"tues": 2, "tue": 2, "weds": 3, "thur": 4, "thurs": 4, "thu": 4} {
		lx.get(w).wday = d
		lx.get(w).abbr = true
	}
	ones := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range ones {
		if i > 0 {
			lx.get(w).num = i
		}
	}
	tens := []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		if w != "" {
			lx.get(w).num = i * 10
			lx.get(w).tens = true
		}
	}
	lx.get("hundred").num = 100
	lx.get("thousand").num = 1000
	lx.get("dozen").num = 12
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth"}
	for i, w := range ords {
		if w != "" {
			lx.get(w).ord = i
		}
	}
	lx.get("thirtieth").ord = 30
	lx.get("last").ord = -1 // "the last week of July"
	lx.get("final").ord = -1
	units := map[string]int{
		"second": uSecond, "sec": uSecond, "secs": uSecond,
		"minute": uMinute, "min": uMinute, "mins": uMinute,
		"hour": uHour, "hr": uHour, "hrs": uHour, "h": uHour,
		"day": uDay, "night": uNight, "weekend": uWeekend, "week": uWeek, "wk": uWeek, "fortnight": uFortnight,
		"month": uMonth, "quarter": uQuarter, "year": uYear, "yr": uYear, "decade": uDecade, "century": uCentury,
	}
	for w, u := range units {
		lx.get(w).unit = u
		switch w {
		case "sec", "secs", "min", "mins", "hr", "hrs", "h", "wk", "yr":
			lx.get(w).abbr = true
			if w[len(w)-1] == 's' {
				lx.get(w).plural = true
			}
		default:
			p := w + "s"
			if w == "century" {
				p = "centuries"
			}
			lx.get(p).unit = u
			lx.get(p).plural = true
		}
	}
	lx.get("y").unit = uYear
	lx.get("y").abbr = true
	lx.get("yrs").unit = uYear
	lx.get("yrs").plural = true
	for w, s := range map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
		"springtime": "SP", "summertime": "SU", "wintertime": "WI"} {
		lx.get(w).season = s
	}
	for w, p := range map[string]string{"morning": "MO", "mornings": "MO", "afternoon": "AF", "afternoons": "AF",
		"evening": "EV", "evenings": "EV", "night": "NI", "nights": "NI", "overnight": "NI", "daytime": "DT",
		"noon": "MI", "noonish": "MI", "midday": "MI", "midnight": "MN", "lunchtime": "MEL", "dinnertime": "MED"} {
		lx.get(w).pod = p
	}
	for _, w := range []string{"this", "current"} {
		lx.get(w).rel = rThis
	}
	lx.get("next").rel = rNext
	for _, w := range []string{"last", "past", "previous", "preceding", "prior"} {
		lx.get(w).rel = rLast
	}
	for _, w := range []string{"coming", "upcoming", "following"} {
		lx.get(w).rel = rUpcoming
	}
	for _, w := range []string{"several", "few", "some", "many", "couple", "numerous", "recent"} {
		lx.get(w).vague = true
	}
	for _, w := range []string{"will", "'ll", "shall", "going", "plans", "plan", "planned", "expect", "expects", "expected",
		"scheduled", "due", "tomorrow", "next", "upcoming", "coming", "until", "till", "later", "soon", "intends",
		"hopes", "aims", "may", "upcoming", "soon", "tomorrow's",
		// A scheduled event in the present tense: "The trial begins in
		// mid-December", "the season opens in March", "the quarter, which
		// ends on June 26".
		"begins", "starts", "opens", "resumes", "expires", "ends", "debuts", "premieres", "takes",
		"meets", "votes", "faces", "hosts", "visits", "travels", "launches", "arrives", "returns",
		"reopens", "continues", "goes", "heads", "likely",
		// An obligation in the present looks ahead: "requires ByteDance
		// to divest TikTok by Jan. 19", "must sell by March".
		"requires", "require", "must", "deadline"} {
		lx.get(w).tense = 1
	}
	for _, w := range []string{"was", "were", "had", "did", "said", "told", "announced", "reported", "ago", "last",
		"yesterday", "since", "earlier", "previously", "died", "won", "lost", "began", "took", "made",
		"came", "went", "fell", "rose", "got", "saw", "met", "held", "left", "led", "ran", "sold", "bought", "paid", "hit", "cut", "bid",
		"became", "brought", "built", "caught", "chose", "drew", "drove", "felt", "fought", "found", "gave", "grew",
		"heard", "kept", "knew", "meant", "sent", "spent", "spoke", "stood", "struck", "taught", "thought", "threw",
		"wrote", "wore", "woke", "understood", "sat", "shot", "stole", "swore", "tore", "has", "have", "ended"} {
		lx.get(w).tense = -1
	}
	// "would" looks ahead from a past moment ("said he would hold a vote on
	// Dec. 12", "vowed Britain would leave on Oct. 31"): the date is the
	// nearest such one, before or after publication.
	lx.get("would").tense = tenseNear
	// Words that only matter to the rules as themselves (keywords) are
	// looked up by token.lower; give them entries so that capitalised forms
	// intern to the same string.
	for _, w := range strings.Fields(`a an the of in on at by to from until till through thru and or between since
		ago later earlier before after hence now today tonight yesterday tomorrow currently recently present
		future past presently nowadays lately then every each per once twice thrice annually yearly monthly weekly daily hourly
		quarterly biannually fortnightly nightly everyday am pm a.m p.m utc gmt est edt pst pdt cet bst z o'clock oclock
		than more less least at half quarter time times s th st nd rd early late mid fiscal financial calendar fy
		school term long short medium recent weeks-long x dusk dawn sunrise sunset morning eve christmas easter
		halloween thanksgiving new year's years day independence labor labour memorial valentine's valentine
		boxing black cyber good australia anzac bonfire remembrance armistice mother's father's eid ramadan hanukkah this that these those same straight trading
		business consecutive full whole entire just mere only other alternate all first second century centuries
		bc ad ce bce no as q tonite right just all bi semi et pt cst cdt mst mdt what how oh
		about around roughly approximately nearly almost circa approx over under fewer within
		earlier later beginning start end middle close up mere season annual starting lunch dinner for w c commencing international workers`) {
		lx.get(w)
	}
	for _, w := range strings.Fields(`today yesterday tomorrow tonight tonite now currently presently nowadays
		recently lately daily weekly fortnightly monthly yearly annually annual quarterly hourly nightly everyday biannually
		christmas halloween easter thanksgiving noon midnight midday q cy w overnight`) {
		lx.get(w).starter = true
	}
	for i, w := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
		lx.get(w).decade = 192 + i // of the last century, as news means them
	}
	for _, e := range lx.words {
		if e.month > 0 || e.wday > 0 || e.decade > 0 || e.num > 0 || e.ord != 0 || e.unit > 0 || e.season != "" || e.pod != "" || e.rel != rNone || e.vague {
			e.starter = true
		}
	}
	return lx
}
