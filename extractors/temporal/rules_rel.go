package temporal

import (
	"strconv"
	"strings"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

// spanWords before "the next year" make it a stretch of time from now
// ("over the next year"), not a year of the story.
var spanWords = map[string]bool{"over": true, "within": true, "during": true, "in": true, "for": true, "through": true, "throughout": true}

// relative reads expressions led by this/next/last/past/previous/coming:
// "last week", "the past two years", "next Friday", "last July", "this
// summer", "last night", "the following day", "this fiscal year".
func (s *scan) relative(i int) (res, bool) {
	rel := s.lex(i).rel
	j := i + 1
	w0 := s.w(i)
	if w0 == "this" || w0 == "current" {
		// "this past Wednesday", "this coming Monday"
		if l := s.lex(j); l != nil && l.rel != rNone && l.rel != rThis {
			rel = l.rel
			j++
		}
	}
	if w0 == "last" {
		switch s.w(i - 1) {
		case "to", "will", "would", "could", "may", "might", "can", "should", "must", "did", "does", "didn't", "won't", "not":
			return res{}, false // "expected to last several months": the verb
		}
	}
	the := s.w(i-1) == "the"
	// a count: "the past two years", "the next four years", "the last 3 months"
	if w0 == "last" && the {
		if r, ok := s.partOf(false, j); ok {
			return r, true // "the last three months of 2018"
		}
	}
	if v, known, k, ok := s.number(j); ok && s.w(j) != "a" && s.w(j) != "an" {
		if unit, plural, e := s.unitAt(k); unit > 0 && (plural || !known || v != 1) {
			// With its article it is a length, as TimeML writes "the past
			// two years" (DURATION P2Y) and "the past several months";
			// without one ("next two days") the stretch from publication.
			if known && !the {
				if val, ok := s.countRange(rel, v, unit, s.is(e-2, "business") || s.is(e-2, "working")); ok {
					return res{end: e, typ: claims.TypeDate, val: val}, true
				}
			}
			return res{end: e, typ: claims.TypeDuration, val: durValue(v, known, unit), unit: unit, amt: v, known: known, det: true}, true
		}
	}
	// "next 5/12", "this 5/12": that day of next year, of this year
	if s.tok(j).kind == kNum && s.hasDCT && (w0 == "this" || w0 == "next" || w0 == "last") {
		if r, ok := s.dateAfterWeekday(j); ok && !s.statesYear(j, r.end) {
			r.d.y = s.dct.Year() + map[string]int{"next": 1, "last": -1}[w0]
			return r, true
		}
	}
	if (s.is(j, "working") || s.is(j, "work") || s.is(j, "business")) && s.is(j+1, "week") {
		j++ // "this working week" is this week
	}
	l := s.lex(j)
	if l == nil || s.tok(j).kind != kWord {
		return res{}, false
	}
	if the && w0 == "last" && l.unit > 0 && s.is(j+1, "of") && s.is(j+2, "the") && s.lex(j+3) == nil && s.tok(j+3).kind == kWord {
		// "the last weekend of the festival": its final one, not the one
		// before now ("the last week of the year" is a date, "for the
		// last year of US$ 2.7 billion" the year before)
		return res{}, false
	}
	if l.unit == uFortnight && !l.plural && s.hasDCT && (w0 == "next" || w0 == "past" || w0 == "last" || w0 == "coming" || w0 == "this") {
		// a fortnight is two weeks, not one: "the next fortnight" is the
		// two weeks after this week's fortnight, counted from its Monday
		// as Recognizers-Text counts them, (start,end,P2W); it was a
		// single calendar week
		mon := time.Date(s.dct.Year(), s.dct.Month(), s.dct.Day(), 12, 0, 0, 0, time.UTC)
		mon = mon.AddDate(0, 0, 1-isoWday(mon))
		switch rel {
		case rNext, rUpcoming:
			mon = mon.AddDate(0, 0, 14)
		case rLast:
			mon = mon.AddDate(0, 0, -14)
		}
		val := "(" + dayOf(mon).String() + "," + dayOf(mon.AddDate(0, 0, 14)).String() + ",P2W)"
		return res{end: j + 1, typ: claims.TypeDate, val: val}, true
	}
	base, haveBase := s.dct, s.hasDCT
	anaphoric := the && (w0 == "following" || w0 == "next" || w0 == "previous" || w0 == "preceding" || w0 == "prior")
	if anaphoric {
		base, haveBase = s.storyBase()
		// "In August 2016 ... The next year": the year after the last year
		// the story wrote out, whatever the precision of the date that gave
		// it; not "over the next year", which is the coming twelve months.
		if l.unit == uYear && !l.plural && s.statedYear != 0 && !spanWords[s.w(i-2)] {
			y := s.statedYear + 1
			if rel == rLast {
				y = s.statedYear - 1
			}
			return res{end: j + 1, typ: claims.TypeDate, d: date{y: y, g: gYear}, det: true}, true
		}
	}
	switch {
	case l.unit > 0 && l.plural:
		// "the coming months", "the past weeks"
		return res{end: j + 1, typ: claims.TypeDuration, val: durValue(0, false, l.unit), unit: l.unit, det: true}, true
	case l.unit > 0:
		unit := l.unit
		e := j + 1
		if unit < uDay {
			return res{}, false
		}
		if unit == uNight {
			if !haveBase {
				return res{end: e, typ: claims.TypeTime, d: date{g: gUnknownDay, pod: "NI"}}, true
			}
			n := 0
			switch rel {
			case rLast:
				n = -1
			case rNext, rUpcoming:
				n = 1
			}
			d := dayOf(base.AddDate(0, 0, n))
			d.pod = "NI"
			return res{end: e, typ: claims.TypeTime, d: d, det: true}, true
		}
		if !haveBase {
			return res{end: e, typ: claims.TypeDate, d: unknownAt(granOf(unit)), det: true}, true
		}
		d := relUnit(base, rel, unit)
		if unit == uWeek && haveBase {
			// "next week Monday", "this week on Tuesday"
			k := e
			if s.is(k, "on") {
				k++
			}
			if wl := s.lex(k); wl != nil && wl.wday > 0 && !wl.plural && s.tok(k).kind == kWord && (s.capital(k) || !wl.abbr) {
				k++
				if wl.abbr && s.is(k, ".") && s.gluedTo(k) {
					k++
				}
				bt, _ := d.toTime()
				return res{end: k, typ: claims.TypeDate, d: dayOf(bt.AddDate(0, 0, wl.wday-isoWday(bt)))}, true
			}
		}
		if unit == uDay {
			d = dayOf(addUnits(base, unit, map[int]int{rLast: -1, rNext: 1, rUpcoming: 1}[rel]))
		}
		return res{end: e, typ: claims.TypeDate, d: d, det: true}, true
	case s.w(j) == "fiscal" || s.w(j) == "financial" || s.w(j) == "calendar" || s.w(j) == "school":
		if s.is(j+1, "year") && haveBase {
			d := relUnit(base, rel, uYear)
			return res{end: j + 2, typ: claims.TypeDate, d: d, det: true}, true
		}
	case l.wday > 0 && !l.plural:
		e := j + 1
		if l.abbr && s.is(e, ".") && s.gluedTo(e) {
			e++
		}
		if w0 == "last" && s.is(i+1, "week") {
			break
		}
		// "this friday (jun-15)", "next friday 5/12": the date given wins
		if r, ok := s.weekday(j); ok && r.end > e && r.d.g == gDay && r.typ == claims.TypeDate {
			return r, true
		}
		switch w0 {
		case "previous", "following":
			// the weekday of the week before or after this one
			if s.hasDCT {
				n := -7
				if w0 == "following" {
					n = 7
				}
				base := s.dct.AddDate(0, 0, n)
				return res{end: e, typ: claims.TypeDate, d: dayOf(base.AddDate(0, 0, l.wday-isoWday(base)))}, true
			}
		}
		return res{end: e, typ: claims.TypeDate, d: s.relWeekday(rel, l.wday)}, true
	case l.month > 0 && (s.capital(j) || s.tok(j).e-s.tok(j).s > 3):
		if l.month == 5 && !s.capital(j) {
			break
		}
		d := s.relMonth(rel, l.month)
		if y, ok := s.storyRelYear(anaphoric, base, haveBase, rel, l.month, l.month); ok {
			d.y = y // "the following March": after the story's date, not now
		}
		return res{end: j + 1, typ: claims.TypeDate, d: d}, true
	case l.season != "":
		r, ok := s.season(j, rel)
		if ok {
			r.end = j + 1
			if sm := seasonMonth(r.d.season); r.d.g == gSeason {
				if y, ok := s.storyRelYear(anaphoric, base, haveBase, rel, sm, sm+1); ok {
					r.d.y = y // "The following spring", after "March 3, 2005": 2006-SP
				}
			}
		}
		return r, ok
	case l.pod == "" && l.unit == 0 && s.hasDCT && (rel == rLast || rel == rNext || rel == rUpcoming):
		// "last Easter", "following Christmas"
		if at, e, ok := s.holidayAt(j); ok && !s.statesYear(e, e+1) {
			y := s.dct.Year()
			m, d := at(y)
			t := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
			if rel == rLast && !t.Before(s.dct) {
				y--
			} else if rel != rLast && !t.After(s.dct) {
				y++
			}
			m, d = at(y)
			return res{end: e, typ: claims.TypeDate, d: date{y: y, m: m, d: d, g: gDay}}, true
		}
	case l.pod != "" && (w0 == "this" || w0 == "last" || w0 == "next"):
		if !s.hasDCT {
			return res{end: j + 1, typ: claims.TypeTime, d: date{g: gUnknownDay, pod: l.pod}}, true
		}
		n := 0
		if rel == rLast {
			n = -1
		} else if rel == rNext {
			n = 1
		}
		if l.pod == "NI" && rel == rThis {
			n = 0
		}
		d := dayOf(s.dct.AddDate(0, 0, n))
		d.pod = l.pod
		return res{end: j + 1, typ: claims.TypeTime, d: d}, true
	}
	return res{}, false
}

// storyRelYear is the year of "the following March" or "the previous
// spring" (month m, lastM its season's last month) counted from the story
// rather than the publication date: from the story's last full date
// (base), else from the last year it gave, when that is not the
// publication year ("He left in 2014. The following March": 2015).
func (s *scan) storyRelYear(anaphoric bool, base time.Time, haveBase bool, rel, m, lastM int) (int, bool) {
	switch {
	case !anaphoric:
		return 0, false
	case s.hasAnchor && haveBase:
		return yearAfter(base, rel, m, lastM), true
	case s.lastYear != 0 && !(s.hasDCT && s.lastYear == s.dct.Year()):
		switch rel {
		case rLast:
			return s.lastYear - 1, true
		case rNext, rUpcoming:
			return s.lastYear + 1, true
		}
	}
	return 0, false
}

// yearAfter is the year of the month (or season starting in month m) the
// story calls the next or the previous one from base: the next is after
// base's month, the previous before it (a season counts as under way
// until its month lastM is past).
func yearAfter(base time.Time, rel, m, lastM int) int {
	y, bm := base.Year(), int(base.Month())
	switch rel {
	case rLast:
		if lastM >= bm {
			y--
		}
	case rNext, rUpcoming:
		if m <= bm {
			y++
		}
	}
	return y
}

// countRange is the stretch of days "the next two days", "the past 10
// weeks", "the last 2 quarters" or "the next 4 business days" covers, from
// the publication date: the coming ones start the day after it and the
// past ones end on it (quarters keep to quarter bounds), written as the
// range (start,end,length). Times of day need the clock of publication and
// are not ranged here.
func (s *scan) countRange(rel int, v float64, unit int, business bool) (string, bool) {
	n := int(v)
	if !s.hasDCT || float64(n) != v || n < 1 || unit < uDay || unit == uNight || unit == uWeekend || unit > uYear || rel == rThis || rel == rNone {
		return "", false
	}
	next := rel == rNext || rel == rUpcoming
	base := time.Date(s.dct.Year(), s.dct.Month(), s.dct.Day(), 12, 0, 0, 0, time.UTC)
	var a, b time.Time
	dur := durValue(v, true, unit)
	switch {
	case business && unit == uDay:
		step, t := 1, base
		if !next {
			step = -1
		}
		for k := 0; k < n; {
			t = t.AddDate(0, 0, step)
			if wd := isoWday(t); wd <= 5 {
				k++
			}
		}
		if next {
			a, b = base.AddDate(0, 0, 1), t.AddDate(0, 0, 1)
		} else {
			a, b = t, base
		}
		dur = "P" + strconv.Itoa(n) + "BD"
	case unit == uQuarter:
		q := time.Date(base.Year(), time.Month((int(base.Month())-1)/3*3+1), 1, 12, 0, 0, 0, time.UTC)
		if next {
			a = addMonths(q, 3)
			b = addMonths(a, 3*n)
		} else {
			a, b = addMonths(q, -3*n), q
		}
	case next:
		a = base.AddDate(0, 0, 1)
		b = addUnits(a, unit, n)
	default:
		a, b = addUnits(base, unit, -n), base
	}
	return "(" + dayOf(a).String() + "," + dayOf(b).String() + "," + dur + ")", true
}

// periodEnded reads "the year ended June 30", "the quarter ending Sept.
// 30", "the year to March" at the unit word i: the accounting period that
// ends with that day (or month), one mention in the (start,end,duration)
// form, the end the day after as the other stretches write it.
func (s *scan) periodEnded(i int) (res, bool) {
	unit := 0
	switch s.w(i) {
	case "year":
		unit = uYear
	case "quarter":
		unit = uQuarter
	case "month":
		unit = uMonth
	default:
		return res{}, false // "the week ended Nov. 4" is that day's week
	}
	if s.w(i-1) != "the" {
		return res{}, false
	}
	switch s.w(i + 1) {
	case "ended", "ending", "to", "through":
	default:
		return res{}, false
	}
	r, ok := s.core(i + 2)
	if !ok || r.val != "" || r.typ != claims.TypeDate || r.d.y <= 0 {
		return res{}, false
	}
	var b time.Time
	switch r.d.g {
	case gDay:
		t, ok := r.d.toTime()
		if !ok {
			return res{}, false
		}
		b = t.AddDate(0, 0, 1)
	case gMonth:
		if unit < uMonth {
			return res{}, false
		}
		b = addMonths(time.Date(r.d.y, time.Month(r.d.m), 1, 12, 0, 0, 0, time.UTC), 1)
	default:
		return res{}, false
	}
	a := addUnits(b, unit, -1)
	val := "(" + dayOf(a).String() + "," + dayOf(b).String() + "," + durValue(1, true, unit) + ")"
	return res{end: r.end, typ: claims.TypeDate, val: val, det: true}, true
}

// partOf reads the count, unit and period after "the first" or "the
// last" at j: "nine months of 2019", "two weeks of January", "three
// months of the year". It is one mention, the stretch at the start (or
// end) of the period, in the (start,end,duration) form of the other
// stretches ("the past two years"), since no TIMEX3 value names it.
func (s *scan) partOf(first bool, j int) (res, bool) {
	v, known, k, ok := s.number(j)
	if !ok || !known || s.w(j) == "a" || s.w(j) == "an" || v != float64(int(v)) || v < 1 {
		return res{}, false
	}
	unit, plural, e := s.unitAt(k)
	if !plural || unit < uDay || unit > uQuarter || unit == uNight || unit == uWeekend || !s.is(e, "of") {
		return res{}, false
	}
	var p date
	end := 0
	if s.is(e+1, "the") && s.is(e+2, "year") {
		if !s.hasDCT {
			return res{}, false
		}
		p, end = atGran(s.dct, gYear), e+3
		if s.lastYear != 0 {
			p.y = s.lastYear
		}
	} else {
		r, ok := s.core(e + 1)
		if !ok || r.val != "" || r.typ != claims.TypeDate || r.d.y <= 0 || r.d.g != gMonth && r.d.g != gYear {
			return res{}, false
		}
		p, end = r.d, r.end
	}
	m, span := 1, 12
	if p.g == gMonth {
		m, span = p.m, 1
	}
	if p.g == gMonth && unit > uWeek {
		return res{}, false
	}
	n := int(v)
	a := time.Date(p.y, time.Month(m), 1, 12, 0, 0, 0, time.UTC)
	pend := addMonths(a, span) // the day after the period
	b := pend
	if first {
		b = addUnits(a, unit, n)
	} else {
		if unit == uWeek {
			// whole weeks, as Recognizers-Text counts them: up to the
			// Monday of the week the period's last day is in
			last := b.AddDate(0, 0, -1)
			b = last.AddDate(0, 0, 1-isoWday(last))
		}
		a = addUnits(b, unit, -n)
	}
	if !b.After(a) || b.After(pend) {
		return res{}, false // longer than the period
	}
	val := "(" + dayOf(a).String() + "," + dayOf(b).String() + "," + durValue(v, true, unit) + ")"
	return res{end: end, typ: claims.TypeDate, val: val, det: true}, true
}

// dayOfMonth reads "(on) the 18th", "(on) 29th": a day of the month whose
// month is the publication's (or the one before or after, by tense).
func (s *scan) dayOfMonth(i int) (res, bool) {
	if !(s.w(i-1) == "on" || s.w(i-1) == "the" && s.w(i-2) == "on") || !s.hasDCT {
		return res{}, false
	}
	d, e, ok := s.dayNum(i)
	// "the meeting on the 5th was cancelled": a verb of tense after it; not
	// a time word that starts an expression or counts off ("the 5th last
	// month", "the 12th later in the year"), whose month it may be
	verbAfter := false
	if l := s.lex(e); s.w(i-1) == "the" && s.tok(e).kind == kWord && l != nil && l.tense != 0 && l.month == 0 && !l.starter {
		verbAfter = !s.is(e, "later") && !s.is(e, "earlier") && !s.is(e, "ago")
	}
	if !ok || !(s.ending(e) || verbAfter || s.is(e, "at") || s.is(e, "and") || s.is(e, "-") && !s.gluedTo(e)) {
		if !ok || !(s.is(e, "from") || s.is(e, "between")) || s.w(i-1) != "the" {
			return res{}, false
		}
		// "on the 17 from 2pm to 4pm": only with its time range
		if v, _, ok := s.rangeOnDay(e, date{d: d, g: gDay}); !ok || !strings.HasPrefix(v, "(") {
			return res{}, false
		}
	} else if !(s.tok(i).kind == kWord || e > i+1) {
		return res{}, false
	}
	t := s.dct
	if d > daysIn(t.Year(), int(t.Month())) {
		return res{}, false
	}
	first := time.Date(t.Year(), t.Month(), 1, 12, 0, 0, 0, time.UTC)
	c := first.AddDate(0, 0, d-1)
	if tn := s.tenseAt(i, e); tn < 0 && c.After(t) {
		c = addMonths(first, -1).AddDate(0, 0, d-1)
	} else if tn > 0 && c.Before(t) {
		c = addMonths(first, 1).AddDate(0, 0, d-1)
	}
	return res{end: e, typ: claims.TypeDate, d: dayOf(c), det: true, noYear: true, noMonth: true}, true
}

// halfSet halves a set period: P1Y -> P0.5Y (semi-annually).
func halfSet(v string) string {
	return strings.Replace(v, "1", "0.5", 1)
}

// podAt reads a part of the day after "in" at i (the word at k): TIME
// with the day the sentence names, else the part of day alone.
func (s *scan) podAt(i, k int) (res, bool) {
	pod := s.lex(k).pod
	if s.is(k, "night") && s.is(k+1, "-") && s.is(k+2, "time") {
		return res{end: k + 3, typ: claims.TypeTime, val: "TNT"}, true
	}
	d := date{g: gTimeOnly, pod: pod}
	if cd, ok := s.contextDay(i, k+1); ok {
		d = cd
		d.pod = pod
	}
	return res{end: k + 1, typ: claims.TypeTime, d: d}, true
}

// unknownAt is a date of granularity g with every part unknown.
func unknownAt(g int) date {
	switch g {
	case gDay:
		return date{g: gUnknownDay}
	case gMonth:
		return date{g: gUnknownMonth}
	}
	return date{g: g}
}

// ordinalLed reads "the first quarter of 2009", "third-quarter", "the
// 20th century", "the first half of the year", "the first week of July".
func (s *scan) ordinalLed(i int) (res, bool) {
	var n, j int
	if t := s.tok(i); t.kind == kNum {
		if t.e-t.s > 2 || !s.gluedTo(i+1) {
			return res{}, false
		}
		switch s.w(i + 1) {
		case "th", "st", "nd", "rd":
		default:
			return res{}, false
		}
		n, j = t.num, i+2
	} else {
		n, j = s.lex(i).ord, i+1
		if l := s.lex(i); l.tens && l.num >= 20 && l.num <= 30 {
			// "twenty third", "thirty-first"
			k := j
			if s.is(k, "-") && s.gluedTo(k) {
				k++
			}
			if o := s.lex(k); o != nil && o.ord > 0 && o.ord < 10 && s.tok(k).kind == kWord {
				n, j = l.num+o.ord, k+1
			}
		}
	}
	if s.is(j, "-") && s.gluedTo(j) {
		j++
	}
	if l := s.lex(j); l != nil && l.wday > 0 && !l.plural && s.tok(j).kind == kWord && (s.is(j+1, "of") || s.is(j+1, "in")) {
		return s.nthWeekdayOf(n, l.wday, j+2)
	}
	if n == 1 && s.tok(i).kind == kWord {
		if r, ok := s.partOf(true, j); ok {
			return r, true // "the first nine months of 2019"
		}
	}
	switch s.w(j) {
	case "quarter", "half":
		p, e, ok := s.ordPeriod(n, j, 0)
		if !ok {
			return res{}, false
		}
		g := p.g
		n = p.n
		if g == gHalf && !s.is(e, "of") {
			return res{}, false // "the first half" of anything
		}
		y := 0
		if s.is(e, "of") || s.is(e, ",") {
			fy := e + 1
			if s.is(fy, "fiscal") || s.is(fy, "financial") {
				fy++ // "the third quarter of fiscal 2022", "of financial year 2023"
				if s.is(fy, "year") {
					fy++
				}
			}
			if yy, k, ok := s.yearAt(fy); ok {
				y, e = yy, k
			} else if rl := s.lex(e + 1); rl != nil && rl.rel != rNone && s.is(e+2, "year") && s.hasDCT {
				y, e = relUnit(s.dct, rl.rel, uYear).y, e+3
			} else if s.is(e+1, "the") && s.is(e+2, "year") {
				y, e = s.lastYear, e+3
			} else if s.is(e+1, "this") && s.is(e+2, "year") {
				y, e = s.dct.Year(), e+3
			} else if s.is(e, "of") && s.ofNoYear(e+1) {
				return res{}, false // "the fourth quarter of the game", "the first half of the match"
			}
		} else if yy, k, ok := s.yearAt(e); ok {
			y, e = yy, k
		}
		if y == 0 && s.hasDCT {
			y = s.dct.Year()
			if s.storyYear != 0 {
				y = s.storyYear
			}
			y = s.periodYear(y, g, n, i, e)
		}
		return res{end: e, typ: claims.TypeDate, d: date{y: y, g: g, n: n}, det: true}, true
	case "century":
		if n < 1 || n > 21 {
			return res{}, false
		}
		return res{end: j + 1, typ: claims.TypeDate, d: date{y: (n - 1) * 100, g: gCentury}}, true
	case "week", "day", "month":
		// the first week of July, the second week of 2021, the 15th day of
		// next month, the 9th month of next year
		if !s.is(j+1, "of") || n == 0 {
			break
		}
		unit := s.w(j)
		k := j + 2
		if s.is(k, "the") && (s.is(k+1, "month") || s.is(k+1, "year")) {
			// "of the month", "of the year": the publication's
			if !s.hasDCT {
				break
			}
			g := gMonth
			if s.is(k+1, "year") {
				g = gYear
			}
			return s.nthIn(unit, n, atGran(s.dct, g), k+2)
		}
		r, ok := s.core(k)
		if !ok || r.val != "" || r.typ != claims.TypeDate || r.d.g != gMonth && r.d.g != gYear {
			break
		}
		return s.nthIn(unit, n, r.d, r.end)
	}
	return res{}, false
}

// eventSide reads "the day" (week, month) at i before "before" or "after"
// and an event: "the day before the son reported him missing", "the week
// after the election". The day is the event's neighbour, which the text
// does not date, so only its year is known: the year the story spoke of
// last, as TimeML writes it (2012-XX-XX; XXXX-XX-XX when the story named
// none). "the day after Christmas", "the day after Monday's vote" are left
// to the time expression after them, and so is the story's own day or
// week that an infinitive opens or closes ("Stocks rose to begin the week
// after the Fed cut rates"): "after" there tells why, not which week. A
// finite verb leaves it the event's neighbour: "The strike began the day
// after the election".
func (s *scan) eventSide(i int, w string) (res, bool) {
	if s.ending(i+2) || s.is(i-3, "to") && boundsPeriod(s.w(i-2)) {
		return res{}, false
	}
	if _, j, kind := s.modPrefix(i - 3); kind == 'd' && j == i-1 {
		return res{}, false // "earlier in the day before rallying": the story's day, the clause the verb's
	}
	if r, ok := s.core(i + 2); ok && r.typ != claims.TypeDuration {
		return res{}, false
	}
	if s.is(i+2, "the") {
		if r, ok := s.core(i + 3); ok && r.det && r.typ != claims.TypeDuration {
			return res{}, false // "the day before the weekend"
		}
	}
	d := date{y: s.lastYear, g: gUnknownDay}
	switch w {
	case "week":
		d.g = gWeek
	case "month":
		d.g = gUnknownMonth
	case "day":
	default:
		return res{}, false
	}
	return res{end: i + 1, typ: claims.TypeDate, d: d, det: true}, true
}

// boundsPeriod reports whether w is a verb that opens or closes the period
// named after it: "to begin the week", "to end the day", "to close the
// month".
func boundsPeriod(w string) bool {
	switch w {
	case "begin", "start", "end", "close", "open", "finish":
		return true
	}
	return false
}

// ofNoYear reports whether what follows "of" at k is some other thing
// than a year, so that the quarter or half before it is a part of that
// thing: "the fourth quarter of the game", "the first half of the match",
// "the second half of the century". A year word, a number or a fiscal
// word in its first four words ("of the fiscal year", "of its financial
// year", "of FY2019", "of the company's fiscal year": a possessive's "'s"
// is no word of its own) leaves it a part of a year.
func (s *scan) ofNoYear(k int) bool {
	word := false
	for j, n := k, 0; n < 4 && !s.ending(j); j++ {
		t := s.tok(j)
		if t.kind == kNum || t.lex != nil && t.lex.unit == uYear {
			return false
		}
		switch t.lower {
		case "fiscal", "financial", "fy", "calendar": // keywords, folded to lower case
			return false
		case "'", "’":
			if s.is(j+1, "s") {
				j++ // "the company's": one word
			}
			continue
		}
		word, n = true, n+1
	}
	return word
}

// nthWeekdayOf reads the month after "the first Monday in", "the last
// Friday of" (month at k): that day of the month, whose year is the
// month's own (stated, or by tense). A weekday the month does not have five
// of, or a month of no known year, is no date here.
func (s *scan) nthWeekdayOf(n, wd, k int) (res, bool) {
	if n == 0 || n > 5 {
		return res{}, false
	}
	r, ok := s.core(k)
	if !ok || r.val != "" || r.typ != claims.TypeDate || r.d.g != gMonth || r.d.y <= 0 || r.d.m <= 0 {
		return res{}, false
	}
	t := nthWeekday(r.d.y, r.d.m, wd, n)
	if int(t.Month()) != r.d.m {
		return res{}, false
	}
	return res{end: r.end, typ: claims.TypeDate, d: dayOf(t), det: true}, true
}

// nthIn is the n-th (n < 0: last) week, day or month of a month or year.
func (s *scan) nthIn(unit string, n int, in date, end int) (res, bool) {
	out := res{end: end, typ: claims.TypeDate, det: true}
	switch {
	case unit == "week" && in.g == gMonth:
		if n == -1 {
			n = 5
		}
		out.d = date{y: in.y, m: in.m, g: gMonthWeek, n: n}
	case unit == "week" && in.g == gYear && in.y > 0:
		if n == -1 {
			n = 52
		}
		out.val = string(pad(append(pad(nil, in.y, 4), "-W"...), n, 2))
	case unit == "day" && in.g == gMonth && in.y > 0 && in.m > 0:
		last := daysIn(in.y, in.m)
		if n == -1 {
			n = last
		}
		if n > last {
			return res{}, false
		}
		out.d = date{y: in.y, m: in.m, d: n, g: gDay}
	case unit == "month" && in.g == gYear && n >= 1 && n <= 12:
		out.d = date{y: in.y, m: n, g: gMonth}
	default:
		return res{}, false
	}
	return out, true
}

// podWord reads parts of the day standing alone: "tonight", "noon",
// "in the morning".
func (s *scan) podWord(i int) (res, bool) {
	w := s.w(i)
	switch w {
	case "noon", "midday", "midnight", "noonish":
		r, ok := s.clock(i)
		return r, ok
	case "lunchtime", "dinnertime":
		return res{end: i + 1, typ: claims.TypeTime, d: date{g: gTimeOnly, pod: s.lex(i).pod}}, true
	}
	// "mid-afternoon", "mid morning": a part of the day after "mid", which
	// the modifiers read (MID), on the day the sentence names
	if mw := s.w(i - 1); (mw == "-" && s.gluedTo(i) && s.w(i-2) == "mid" || mw == "mid") && !s.lex(i).plural {
		switch pod := s.lex(i).pod; pod {
		case "MO", "AF", "EV", "NI":
			d := date{g: gTimeOnly, pod: pod}
			if cd, ok := s.contextDay(i, i+1); ok {
				d = cd
				d.pod = pod
			}
			return res{end: i + 1, typ: claims.TypeTime, d: d}, true
		}
	}
	// "in morning trading": the part of the day modifies the noun after
	// it; the day is the one the sentence names.
	if s.w(i-1) == "in" && !s.lex(i).plural && s.tok(i+1).kind == kWord && !s.tok(i+1).nl {
		switch pod := s.lex(i).pod; pod {
		case "MO", "AF", "EV":
			d := date{g: gTimeOnly, pod: pod}
			if cd, ok := s.contextDay(i-1, i+1); ok {
				d = cd
				d.pod = pod
			}
			return res{end: i + 1, typ: claims.TypeTime, d: d}, true
		}
	}
	// "one morning", "2 evenings"
	if p := s.tok(i - 1); (p.kind == kNum && p.e-p.s <= 2 || p.lex != nil && p.lex.num > 0 && p.lex.num < 10) && !s.tok(i).nl {
		switch pod := s.lex(i).pod; pod {
		case "MO", "AF", "EV":
			return res{end: i + 1, typ: claims.TypeTime, d: date{g: gTimeOnly, pod: pod}}, true
		}
	}
	return res{}, false
}

// words reads single-word and fixed expressions: today, yesterday, now,
// currently, recently, the future, every week, annually, Christmas, ...
func (s *scan) words(i int) (res, bool) {
	w := s.w(i)
	day := func(n int) (res, bool) {
		if !s.hasDCT {
			return res{end: i + 1, typ: claims.TypeDate, d: date{g: gUnknownDay}}, true
		}
		return res{end: i + 1, typ: claims.TypeDate, d: dayOf(s.dct.AddDate(0, 0, n))}, true
	}
	switch w {
	case "today":
		if p := s.tok(i - 1); s.capital(i) && p.kind == kWord && p.lex == nil && s.capital(i-1) && !s.tok(i).nl {
			return res{}, false // USA Today
		}
		if s.is(i+1, "'") && s.is(i+2, "s") && s.capital(i+3) && s.tok(i+3).lex == nil {
			return res{end: i + 1, typ: claims.TypeDate, val: "PRESENT_REF"}, true
		}
		return day(0)
	case "yesterday":
		return day(-1)
	case "tomorrow":
		return day(1)
	case "tonight":
		r, ok := day(0)
		r.d.pod, r.typ = "NI", claims.TypeTime
		return r, ok
	case "overnight":
		// "Shares fell overnight": the night before publication in a
		// past sentence (as "last night"), else the coming one (as
		// "tonight"); not the adjective ("an overnight stay")
		if !s.ending(i + 1) {
			switch s.w(i + 1) {
			case "in", "on", "at", "to", "and", "as", "after", "before", "while", "when", "from", "into", "but", "with", "amid", "following", "against", "because", "ahead", "despite", "by":
			default:
				return res{}, false
			}
		}
		n := 0
		if s.tenseAt(i, i+1) < 0 {
			n = -1
		}
		r, ok := day(n)
		r.d.pod, r.typ = "NI", claims.TypeTime
		return r, ok
	case "new":
		// "in the new year": the year to come, which late in a year is
		// the next one (not "New Year's Day", a feast)
		if s.w(i-1) == "the" && s.is(i+1, "year") && !s.is(i+2, "'") && !s.is(i+2, "’") && s.hasDCT {
			y := s.dct.Year()
			if s.dct.Month() >= time.July && s.tenseAt(i-1, i+2) >= 0 {
				y++
			}
			return res{end: i + 2, typ: claims.TypeDate, d: date{y: y, g: gYear}, det: true}, true
		}
	case "cy":
		// calendar year: "CY 2008", "cy18"
		if s.isYear(i+1) && !s.gluedTo(i+1) {
			return res{end: i + 2, typ: claims.TypeDate, d: date{y: s.tok(i + 1).num, g: gYear}}, true
		}
		if n := s.tok(i + 1); n.kind == kNum && n.glued && n.e-n.s == 2 && !s.gluedTo(i+2) {
			return res{end: i + 2, typ: claims.TypeDate, d: date{y: 2000 + n.num, g: gYear}}, true
		}
	case "now":
		if s.is(i+1, "-") && s.gluedTo(i+1) {
			return res{}, false // now-defunct
		}
		return res{end: i + 1, typ: claims.TypeDate, val: "PRESENT_REF"}, true
	case "currently", "presently", "nowadays":
		return res{end: i + 1, typ: claims.TypeDate, val: "PRESENT_REF"}, true
	case "present":
		if s.w(i-1) == "at" {
			return res{end: i + 1, typ: claims.TypeDate, val: "PRESENT_REF"}, true
		}
	case "recently", "lately":
		return res{end: i + 1, typ: claims.TypeDate, val: "PAST_REF"}, true
	case "more":
		if s.is(i+1, "recently") {
			return res{end: i + 2, typ: claims.TypeDate, val: "PAST_REF"}, true
		}
	case "future":
		if s.w(i-1) == "the" {
			return res{end: i + 1, typ: claims.TypeDate, val: "FUTURE_REF", det: true}, true
		}
	case "near":
		if s.w(i-1) == "the" && s.is(i+1, "future") {
			return res{end: i + 2, typ: claims.TypeDate, val: "FUTURE_REF", det: true}, true
		}
	case "past":
		if s.w(i-1) == "the" && s.w(i-2) == "in" && s.ending(i+1) {
			return res{end: i + 1, typ: claims.TypeDate, val: "PAST_REF", det: true}, true
		}
	case "long", "short", "medium":
		if s.w(i-1) == "the" && s.is(i+1, "term") && !s.is(i+2, "-") {
			return res{end: i + 2, typ: claims.TypeDate, val: "FUTURE_REF", det: true}, true
		}
	case "decade":
		// "by the end of the decade": the story's decade. "The decade"
		// alone is as often a span ("the decade since").
		if s.w(i-1) == "the" && s.w(i-2) == "of" && (pointWord(s.w(i-3)) || s.w(i-3) == "rest") {
			if base, ok := s.storyBase(); ok {
				return res{end: i + 1, typ: claims.TypeDate, d: atGran(base, gDecade), det: true}, true
			}
		}
	case "quarter":
		if r, ok := s.periodEnded(i); ok {
			return r, true // "the quarter ended Sept. 30"
		}
	case "day", "week", "month", "year", "weekend":
		if w != "day" && w != "weekend" && s.w(i-1) == "the" && s.is(i+1, "ahead") && !s.is(i+2, "of") && s.hasDCT {
			// "the year ahead", "the week ahead": the coming one, as "the
			// coming year"
			u := s.lex(i).unit
			return res{end: i + 2, typ: claims.TypeDate, d: relUnit(s.dct, rUpcoming, u), det: true}, true
		}
		// "the year 2011", "year 2012"
		if w == "year" && s.isYear(i+1) && s.tok(i-1).kind != kNum {
			return res{end: i + 2, typ: claims.TypeDate, d: date{y: s.tok(i + 1).num, g: gYear}, det: true}, true
		}
		// "week 10", "week 3 of 2027"
		if w == "week" && !(s.capital(i) && !s.tok(i).nl && s.sent[i] == s.sent[max(i-1, 0)] && i > 0) && s.tok(i+1).kind == kNum && s.tok(i+1).num >= 1 && s.tok(i+1).num <= 53 && s.tok(i+1).e-s.tok(i+1).s <= 2 {
			n := s.tok(i + 1).num
			y, e := 0, i+2
			if s.is(e, "of") || s.is(e, ",") {
				if yy, k, ok := s.yearAt(e + 1); ok {
					y, e = yy, k
				}
			}
			if y == 0 && s.hasDCT {
				y = s.dct.Year()
			}
			if y > 0 {
				return res{end: e, typ: claims.TypeDate, val: string(pad(append(pad(nil, y, 4), "-W"...), n, 2))}, true
			}
		}
		// "year to date", "month to date": the publication's year or month
		if (w == "year" || w == "month") && s.is(i+1, "to") && s.is(i+2, "date") && s.hasDCT {
			g := gYear
			if w == "month" {
				g = gMonth
			}
			return res{end: i + 3, typ: claims.TypeDate, d: atGran(s.dct, g)}, true
		}
		// "the week after next": two weeks on from the publication date;
		// "the month before last": two months back
		if s.w(i-1) == "the" && (s.is(i+1, "after") && s.is(i+2, "next") || s.is(i+1, "before") && s.is(i+2, "last")) && w != "weekend" && s.hasDCT {
			u, n := s.lex(i).unit, 2
			if s.is(i+1, "before") {
				n = -2
			}
			return res{end: i + 3, typ: claims.TypeDate, d: atGran(addUnits(s.dct, u, n), granOf(u)), det: true}, true
		}
		// "the day", "the year": the story's own day or year
		if s.w(i-1) != "the" && !(s.w(i-1) == "of" && pointWord(s.w(i-2))) {
			return res{}, false
		}
		// "the end of the year it had closed": after a point of the year a
		// pronoun opens the main clause, not a relative one ("the year it
		// was founded").
		pointOf := s.w(i-1) == "the" && s.w(i-2) == "of" && pointWord(s.w(i-3))
		if w == "week" && s.is(i+1, "of") && s.w(i-1) == "the" {
			// "the week of December 9": the week that day is in
			if r, ok := s.core(i + 2); ok && r.val == "" && r.d.g == gDay && r.typ == claims.TypeDate {
				if t, ok := r.d.toTime(); ok {
					return res{end: r.end, typ: claims.TypeDate, d: atGran(t, gWeek), det: true}, true
				}
			}
		}
		if r, ok := s.periodEnded(i); ok {
			return r, true
		}
		if w == "day" && s.w(i-1) == "the" && s.hasDCT && (s.is(i+1, "before") && s.is(i+2, "yesterday") || s.is(i+1, "after") && s.is(i+2, "tomorrow")) {
			n := -2 // "the day before yesterday", "the day after tomorrow"
			if s.is(i+1, "after") {
				n = 2
			}
			return res{end: i + 3, typ: claims.TypeDate, d: dayOf(s.dct.AddDate(0, 0, n)), det: true}, true
		}
		if w == "year" && s.w(i-1) == "the" && !pointOf && s.ending(i+2) {
			if n := yearStep(s.w(i + 1)); n != 0 {
				// "$118.3 billion last year, $19.8 billion less than the
				// year previous": the year before the one the story
				// spoke of last (the publication's when it named none).
				y := s.lastYear
				if y == 0 && s.hasDCT {
					y = s.dct.Year()
				}
				if y == 0 {
					return res{end: i + 2, typ: claims.TypeDate, d: date{g: gYear}, det: true}, true
				}
				return res{end: i + 2, typ: claims.TypeDate, d: date{y: y + n, g: gYear}, det: true}, true
			}
		}
		switch nx := s.w(i + 1); nx {
		case "of", "when", "that", "in", "'", "-", "after", "before", "ahead", "to", "he", "she", "they", "it", "we":
			if pointOf && (nx == "he" || nx == "she" || nx == "they" || nx == "it" || nx == "we") {
				break
			}
			if pointOf && nx == "to" && s.tok(i+2).kind == kWord && s.lex(i+2) == nil && !s.capital(i+2) {
				break // "has until the end of the month to decide": the main clause's purpose
			}
			if w == "day" && (s.w(i+1) == "before" || s.w(i+1) == "after") && s.ending(i+2) {
				base, ok := s.storyBase()
				if !ok {
					return res{end: i + 2, typ: claims.TypeDate, d: date{g: gUnknownDay}, det: true}, true
				}
				n := -1
				if s.w(i+1) == "after" {
					n = 1
				}
				return res{end: i + 2, typ: claims.TypeDate, d: dayOf(base.AddDate(0, 0, n)), det: true}, true
			}
			if (nx == "before" || nx == "after") && s.w(i-1) == "the" && !pointOf {
				return s.eventSide(i, w)
			}
			return res{}, false
		}
		if s.w(i+1) == "," && s.w(i+2) == "before" {
			return res{}, false
		}
		switch w {
		case "day":
			base, ok := s.storyBase()
			if !ok {
				return res{end: i + 1, typ: claims.TypeDate, d: date{g: gUnknownDay}, det: true}, true
			}
			return res{end: i + 1, typ: claims.TypeDate, d: dayOf(base), det: true}, true
		case "weekend":
			base, ok := s.storyBase()
			if !ok {
				return res{end: i + 1, typ: claims.TypeDate, d: date{g: gWeekend}, det: true}, true
			}
			if wd := isoWday(base); wd <= 5 && s.tenseAt(i, i+1) < 0 {
				// "Shares fell over the weekend", told on a weekday: the
				// weekend before it, not the one its week ends with.
				base = base.AddDate(0, 0, -wd)
			}
			return res{end: i + 1, typ: claims.TypeDate, d: atGran(base, gWeekend), det: true}, true
		case "week", "month":
			if w == "week" && (s.is(i+1, "ended") || s.is(i+1, "ending")) {
				// "the week ended Friday", "the week ending Nov. 16": the
				// week of that day, not the story's
				if r, ok := s.core(i + 2); ok && r.val == "" && r.d.g == gDay {
					if t, ok := r.d.toTime(); ok {
						return res{end: i + 1, typ: claims.TypeDate, d: atGran(t, gWeek), det: true}, true
					}
				}
			}
			base, ok := s.storyBase()
			g := gWeek
			if w == "month" {
				g = gMonth
			}
			if !ok {
				return res{end: i + 1, typ: claims.TypeDate, d: unknownAt(g), det: true}, true
			}
			return res{end: i + 1, typ: claims.TypeDate, d: atGran(base, g), det: true}, true
		case "year":
			if s.lastYear != 0 && !(s.hasDCT && s.lastYear < s.dct.Year() && s.tenseAt(i, i+1) > 0) {
				return res{end: i + 1, typ: claims.TypeDate, d: date{y: s.lastYear, g: gYear}, det: true}, true
			}
			// No year told yet, or a future one after a past year: "revenue
			// totaled $394 billion in fiscal 2022 … expect 80 million
			// units by the end of the year" is the publication's year.
			if s.hasDCT {
				return res{end: i + 1, typ: claims.TypeDate, d: date{y: s.dct.Year(), g: gYear}, det: true}, true
			}
			return res{end: i + 1, typ: claims.TypeDate, d: date{g: gYear}, det: true}, true
		}
		return res{}, false
	case "same":
		if s.w(i-1) == "the" {
			if l := s.lex(i + 1); l != nil && l.unit >= uDay && !l.plural && s.tok(i+1).kind == kWord {
				base, ok := s.storyBase()
				g := granOf(l.unit)
				end := i + 2
				if t, found := s.recentAt(i, g); found {
					// "in January, compared to the same month a year
					// ago": the month the story just named
					base, ok = t, true
				}
				if n, k, back := s.yearsBack(end); back && l.unit < uYear {
					// "the same quarter a year ago": that part of an
					// earlier year, one mention as MEANTIME writes it
					base, end = base.AddDate(-n, 0, 0), k
				}
				if !ok {
					return res{end: end, typ: claims.TypeDate, d: unknownAt(g), det: true}, true
				}
				return res{end: end, typ: claims.TypeDate, d: atGran(base, g), det: true}, true
			}
		}
	case "that":
		if l := s.lex(i + 1); l != nil && s.lastYear != 0 && s.tok(i+1).kind == kWord && !l.plural && !(s.capital(i+2) && s.tok(i+2).kind == kWord) {
			// "In 1969 ... That July": the month or season of the year the
			// story spoke of last (not "that May", a name)
			switch {
			case l.month > 0 && l.month != 5 && s.capital(i+1) && !l.abbr:
				return res{end: i + 2, typ: claims.TypeDate, d: date{y: s.lastYear, m: l.month, g: gMonth}}, true
			case l.season != "" && s.w(i+1) != "fall":
				return res{end: i + 2, typ: claims.TypeDate, d: date{y: s.lastYear, g: gSeason, season: l.season}}, true
			}
		}
		if l := s.lex(i + 1); l != nil && (s.w(i+1) == "day" || s.w(i+1) == "year" || s.w(i+1) == "week" || s.w(i+1) == "weekend") {
			base, ok := s.storyBase()
			g := granOf(l.unit)
			if s.w(i+1) == "year" && s.lastYear != 0 {
				return res{end: i + 2, typ: claims.TypeDate, d: date{y: s.lastYear, g: gYear}}, true
			}
			if !ok || !s.hasAnchor {
				// "Since that day he has never forgotten": a day the story
				// told of, not the publication's, when it named none
				return res{end: i + 2, typ: claims.TypeDate, d: unknownAt(g)}, true
			}
			return res{end: i + 2, typ: claims.TypeDate, d: atGran(base, g)}, true
		}
	case "every", "each":
		return s.set(i)
	case "in":
		// "in the morning", "in the evenings"
		k := i + 1
		if s.is(k, "the") {
			k++
		}
		if l := s.lex(k); l != nil && l.pod != "" && l.pod != "MN" && l.pod != "MI" && s.tok(k).kind == kWord && !s.is(k+1, "of") &&
			(k > i+1 || l.plural || s.tok(k+1).kind != kWord) {
			// Without "the", a part of the day before a noun is its
			// modifier ("in morning trading"), not what "in" governs.
			return s.podAt(i, k)
		}
	case "right", "just":
		if s.is(i+1, "now") && w == "right" {
			return res{end: i + 2, typ: claims.TypeDate, val: "PRESENT_REF"}, true
		}
	case "at":
		if s.is(i+1, "present") {
			return res{end: i + 2, typ: claims.TypeDate, val: "PRESENT_REF"}, true
		}
	case "all":
		if l := s.lex(i + 1); l != nil && l.unit >= uDay && !l.plural && s.tok(i+1).kind == kWord {
			return res{end: i + 2, typ: claims.TypeDuration, val: durValue(1, true, l.unit), unit: l.unit, amt: 1, known: true}, true
		}
	case "tonite":
		r, ok := day(0)
		r.d.pod, r.typ = "NI", claims.TypeTime
		return r, ok
	case "q", "h":
		// Q3, Q3 2014, H1
		if q, k, ok := s.quarterCode(i); ok {
			return s.quarterYear(q, i, k, s.capital(i))
		}
	case "once", "twice", "thrice":
		if (s.is(i+1, "a") || s.is(i+1, "per") || s.is(i+1, "every")) && s.lex(i+2) != nil && s.lex(i+2).unit > 0 {
			u := s.lex(i + 2).unit
			return res{end: i + 3, typ: claims.TypeSet, val: durValue(1, true, u)}, true
		}
	case "per":
		if l := s.lex(i + 1); l != nil && l.unit >= uHour && !l.plural && s.tok(i+1).kind == kWord {
			return res{end: i + 2, typ: claims.TypeSet, val: durValue(1, true, l.unit)}, true
		}
	case "a", "an":
		// "$5 billion a year": a rate
		if l := s.lex(i + 1); l != nil && l.unit >= uDay && !l.plural && s.tok(i+1).kind == kWord && s.ending(i+2) {
			p := s.tok(i - 1)
			if p.kind == kNum || p.lower == "million" || p.lower == "billion" || p.lower == "times" || p.lower == "dollars" || p.lower == "percent" || p.lower == "%" {
				return res{end: i + 2, typ: claims.TypeSet, val: durValue(1, true, l.unit)}, true
			}
		}
	case "fiscal", "financial":
		p := i + 1
		if s.is(p, "year") {
			p++
		}
		if r, ok := s.numeric(p); ok && r.val != "" && r.typ == claims.TypeDate {
			r.det = false
			return r, true // "fiscal 2018-19", "financial year 2015-16"
		}
		if s.is(i+1, "year") {
			if y, k, ok := s.yearAt(i + 2); ok {
				return res{end: k, typ: claims.TypeDate, d: date{y: y, g: gYear}}, true
			}
		}
		if y, k, ok := s.yearAt(i + 1); ok && w == "fiscal" {
			return res{end: k, typ: claims.TypeDate, d: date{y: y, g: gYear}}, true
		}
	case "fy":
		if r, ok := s.numeric(i + 1); ok && r.val != "" && r.typ == claims.TypeDate {
			r.det = false
			return r, true // "FY 2018-19"
		}
		if y, k, ok := s.fiscalYearAt(i); ok {
			return res{end: k, typ: claims.TypeDate, d: date{y: y, g: gYear}}, true
		}
	}
	if w == "annual" {
		// "annual profit": a year's worth (MEANTIME/TimeML annotate it)
		return res{end: i + 1, typ: claims.TypeDuration, val: "P1Y", unit: uYear, amt: 1, known: true}, true
	}
	if v := setWord(w); v != "" {
		if p := s.tok(i - 1); s.capital(i) && p.kind == kWord && s.capital(i-1) && s.sent[i-1] == s.sent[i] {
			return res{}, false // New York Daily News
		}
		return res{end: i + 1, typ: claims.TypeSet, val: v}, true
	}
	if (w == "bi" || w == "semi") && s.is(i+1, "-") && s.gluedTo(i+1) && s.gluedTo(i+2) {
		// bi-monthly, semi-annually
		switch v := setWord(s.w(i + 2)); {
		case v == "":
		case w == "bi":
			return res{end: i + 3, typ: claims.TypeSet, val: strings.Replace(v, "1", "2", 1)}, true
		default:
			return res{end: i + 3, typ: claims.TypeSet, val: halfSet(v)}, true
		}
	}
	if r, ok := s.holiday(i); ok {
		return r, true
	}
	return res{}, false
}

// recentAt is the last date of granularity g the story resolved before
// token i, in this sentence or the one before: what "the same month" or
// "the same quarter" refers to.
func (s *scan) recentAt(i, g int) (time.Time, bool) {
	sid := s.sent[i]
	for k := len(s.out) - 1; k >= 0 && s.outSent[k] >= sid-1; k-- {
		d := s.outDate[k]
		if d.g != g || d.y <= 0 {
			continue
		}
		m := d.m
		switch g {
		case gDay:
			return d.toTime()
		case gQuarter:
			m = (d.n-1)*3 + 1
		case gHalf:
			m = (d.n-1)*6 + 1
		case gYear:
			m = 1
		}
		if m < 1 || m > 12 {
			return time.Time{}, false
		}
		return time.Date(d.y, time.Month(m), 1, 12, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// yearsBack reads how many years back a "the same month" looks at j: "a
// year ago", "two years earlier", "a year before", "(of) last year", "(of)
// the previous year", "the year before"; the count and the end.
func (s *scan) yearsBack(j int) (int, int, bool) {
	if s.is(j, "of") || s.is(j, "in") {
		j++
	}
	switch {
	case s.is(j, "last") && s.is(j+1, "year"):
		return 1, j + 2, true
	case s.is(j, "the") && (s.is(j+1, "previous") || s.is(j+1, "prior") || s.is(j+1, "preceding")) && s.is(j+2, "year"):
		return 1, j + 3, true
	case s.is(j, "the") && s.is(j+1, "year") && (s.is(j+2, "before") || s.is(j+2, "earlier")):
		return 1, j + 3, true
	}
	v, known, k, ok := s.number(j)
	if !ok || !known || v != float64(int(v)) || v < 1 || v > 50 {
		return 0, j, false
	}
	if l := s.lex(k); l == nil || l.unit != uYear || s.tok(k).kind != kWord {
		return 0, j, false
	}
	switch s.w(k + 1) {
	case "ago", "earlier", "before", "prior", "previously":
		return int(v), k + 2, true
	}
	return 0, j, false
}

// fiscalYearAt reads "FY2019", "FY 2019", "FY19" at i: a fiscal year, as
// "fiscal 2019"; its year and end.
func (s *scan) fiscalYearAt(i int) (int, int, bool) {
	if !s.is(i, "fy") {
		return 0, i, false
	}
	if y, k, ok := s.yearAt(i + 1); ok {
		return y, k, true
	}
	if t := s.tok(i + 1); t.kind == kNum && s.gluedTo(i+1) {
		switch {
		case t.e-t.s == 2:
			return twoDigitYear(t.num), i + 2, true
		case t.e-t.s == 4 && t.num >= 1900 && t.num < 2100:
			return t.num, i + 2, true
		}
	}
	return 0, i, false
}

// quarterYear gives the quarter or half q, its code at tokens [i, k), the
// year written after it ("Q3 2014", "Q1-2019", "Q2/2019", "H1 FY21"), else,
// when bare is set (a capital code: "Q4", not "q4"), the publication
// year's, the one before for a quarter still ahead told in the past
// ("profit rose in Q4", said in March).
func (s *scan) quarterYear(q res, i, k int, bare bool) (res, bool) {
	e := k
	if s.is(e, "-") || s.is(e, ",") || s.is(e, "/") && s.gluedTo(e) {
		e++
	}
	if t := s.tok(e); e > k && s.gluedTo(e) && t.kind == kNum && t.e-t.s == 4 && t.num >= 1900 && t.num < 2100 && !(s.gluedTo(e+1) && (s.is(e+1, "-") || s.is(e+1, "/"))) {
		// "Q1-2019": a year the chain of numbers hides from isYear
		q.d.y, q.end = t.num, e+1
		return q, true
	}
	if y, k2, ok := s.yearAt(e); ok {
		q.d.y, q.end = y, k2
		return q, true
	}
	if y, k2, ok := s.fiscalYearAt(k); ok {
		// "Q2FY20", "H1 FY21": the quarter of that fiscal year, as
		// "the third quarter of fiscal 2012"
		q.d.y, q.end = y, k2
		return q, true
	}
	if !bare {
		return res{}, false
	}
	q.end = k
	if s.hasDCT {
		q.d.y = s.periodYear(s.dct.Year(), q.d.g, q.d.n, i, k)
	}
	return q, true
}

// periodYear is the year of quarter or half n (g) at tokens [i, k) that
// the text gives in year y without writing it: the year before when y is
// the publication's, the period has not begun by the publication date, the
// sentence tells of it in the past and last year's ended at most six months
// before ("profit rose in Q4", "in the fourth quarter", said in March;
// in August "has announced closures during the fourth quarter" is ahead).
func (s *scan) periodYear(y, g, n, i, k int) int {
	if !s.hasDCT || y != s.dct.Year() {
		return y
	}
	m := int(s.dct.Month())
	cur, last := (m-1)/3+1, 3*n // last: the period's last month
	if g == gHalf {
		cur, last = (m-1)/6+1, 6*n
	}
	if n > cur && m+12-last <= 6 && s.tenseAt(i, k) < 0 {
		return y - 1
	}
	return y
}

// set reads "every week", "each season", "every other Friday", "each two
// days", "every morning".
func (s *scan) set(i int) (res, bool) {
	j := i + 1
	n := 1.0
	if s.is(j, "other") || s.is(j, "alternate") {
		n = 2
		j++
	} else if v, known, k, ok := s.number(j); ok && known && s.tok(j).lower != "a" {
		n = v
		j = k
	}
	if s.is(j, "season") {
		return res{end: j + 1, typ: claims.TypeSet, val: "P3M"}, true // each season: every three months
	}
	l := s.lex(j)
	if l == nil || s.tok(j).kind != kWord {
		return res{}, false
	}
	switch {
	case l.wday > 0:
		r := res{end: j + 1, typ: claims.TypeSet, d: date{g: gWday, wday: l.wday}}
		if pl := s.lex(j + 1); pl != nil && pl.pod != "" {
			r.d.pod, r.end = pl.pod, j+2
		}
		if s.is(r.end, "at") {
			if c, ok := s.clockOnly(r.end + 1); ok {
				r.d.pod, r.d.hasT, r.d.hh, r.d.mi, r.d.prec = "", true, c.hh, c.mi, c.prec
				r.end = c.end
			}
		}
		return r, true
	case l.pod != "" && (l.unit == uNight || l.unit == 0):
		r := res{end: j + 1, typ: claims.TypeSet, val: "T" + l.pod}
		if s.is(r.end, "at") {
			if c, ok := s.clockOnly(r.end + 1); ok {
				r.val = date{g: gTimeOnly, hasT: true, hh: c.hh, mi: c.mi, prec: c.prec}.String()
				r.end = c.end
			}
		}
		return r, true
	case l.unit > 0:
		return res{end: j + 1, typ: claims.TypeSet, val: durValue(n, true, l.unit)}, true
	case l.pod != "":
		return res{end: j + 1, typ: claims.TypeSet, val: "T" + l.pod}, true
	case l.season != "":
		return res{end: j + 1, typ: claims.TypeSet, val: "XXXX-" + l.season}, true
	case l.month > 0 && (s.capital(j) || l.month != 5):
		return res{end: j + 1, typ: claims.TypeSet, val: "XXXX-" + date{m: l.month}.monthStr()}, true
	}
	return res{}, false
}

func (d date) monthStr() string { return string(d.month(nil)) }

// holidayAt reads the name of a fixed or movable feast at i: Christmas,
// Easter, Thanksgiving, Independence Day, New Year's Day, ... It returns
// the feast's month and day in a given year and the index after the name.
func (s *scan) holidayAt(i int) (func(y int) (int, int), int, bool) {
	w := s.w(i)
	e := i + 1
	fixed := func(m, d int) func(int) (int, int) { return func(int) (int, int) { return m, d } }
	switch w {
	case "christmas":
		if s.is(e, "day") {
			e++
		} else if s.is(e, "eve") {
			return fixed(12, 24), e + 1, true
		}
		return fixed(12, 25), e, true
	case "halloween":
		return fixed(10, 31), e, true
	case "easter":
		off := 0
		if s.is(e, "sunday") {
			e++
		} else if s.is(e, "monday") {
			off, e = 1, e+1 // Easter Monday
		}
		return func(y int) (int, int) { t := easter(y).AddDate(0, 0, off); return int(t.Month()), t.Day() }, e, true
	case "good":
		if s.is(e, "friday") && s.capital(i) {
			return func(y int) (int, int) { t := easter(y).AddDate(0, 0, -2); return int(t.Month()), t.Day() }, e + 1, true
		}
	case "australia":
		if s.is(e, "day") && s.capital(i) {
			return fixed(1, 26), e + 1, true
		}
	case "anzac":
		if s.is(e, "day") {
			return fixed(4, 25), e + 1, true
		}
	case "bonfire":
		if s.is(e, "night") && s.capital(i) {
			return fixed(11, 5), e + 1, true
		}
	case "remembrance", "armistice":
		if s.is(e, "day") && s.capital(i) {
			return fixed(11, 11), e + 1, true
		}
		if s.is(e, "sunday") && w == "remembrance" && s.capital(i) {
			// the second Sunday of November
			return func(y int) (int, int) { return 11, nthWeekday(y, 11, 7, 2).Day() }, e + 1, true
		}
	case "thanksgiving":
		if s.is(e, "day") {
			e++
		}
		return func(y int) (int, int) { return 11, nthWeekday(y, 11, 4, 4).Day() }, e, true
	case "independence":
		if s.is(e, "day") && (s.capital(i) || s.feastContext(e+1)) {
			return fixed(7, 4), e + 1, true
		}
	case "new":
		if s.is(e, "year") && !s.is(e+1, "'") {
			// "5 days before new year", "on New Year": New Year's Day
			switch s.w(i - 1) {
			case "before", "after", "on", "until", "till", "since", "by":
				return fixed(1, 1), e + 1, true
			}
		}
		if s.is(e, "year") && s.is(e+1, "'") && s.is(e+2, "s") && s.capital(i) {
			switch s.w(e + 3) {
			case "day":
				return fixed(1, 1), e + 4, true
			case "eve":
				return fixed(12, 31), e + 4, true
			}
		}
	case "valentine's":
		if s.is(e, "day") {
			return fixed(2, 14), e + 1, true
		}
	case "labor", "labour":
		if s.is(e, "day") && (s.capital(i) || s.feastContext(e+1)) {
			return func(y int) (int, int) { return 9, nthWeekday(y, 9, 1, 1).Day() }, e + 1, true
		}
	case "memorial":
		if s.is(e, "day") && s.capital(i) {
			return func(y int) (int, int) { return 5, nthWeekday(y, 5, 1, -1).Day() }, e + 1, true
		}
	case "black":
		if s.is(e, "friday") {
			return func(y int) (int, int) {
				t := nthWeekday(y, 11, 4, 4).AddDate(0, 0, 1)
				return int(t.Month()), t.Day()
			}, e + 1, true
		}
	case "international", "workers":
		// "International Workers' Day", "Workers' Day": May Day
		if !s.capital(i) {
			break
		}
		if w == "international" {
			if !s.is(e, "workers") {
				break
			}
			e++
		}
		if s.is(e, "'") && s.is(e+1, "day") {
			return fixed(5, 1), e + 2, true
		}
		if s.is(e, "day") {
			return fixed(5, 1), e + 1, true
		}
	case "boxing":
		if s.is(e, "day") {
			return fixed(12, 26), e + 1, true
		}
	}
	return nil, i, false
}

// feastContext reports whether what follows a lower-case feast name at k
// makes it the feast, not a phrase ("labor day 2021", "independence day of
// this year", "labor day weekend").
func (s *scan) feastContext(k int) bool {
	if _, _, ok := s.yearAt(k); ok {
		return true
	}
	if s.is(k, "weekend") {
		return true
	}
	l := s.lex(k + 1)
	return s.is(k, "of") && l != nil && l.rel != rNone && s.is(k+2, "year")
}

// holiday reads a feast with an optional year after it; without one the
// year follows the tense as for any month and day.
func (s *scan) holiday(i int) (res, bool) {
	at, e, ok := s.holidayAt(i)
	if !ok {
		return res{}, false
	}
	y := 0
	if yy, k, ok := s.yearAt(e); ok {
		y, e = yy, k
	} else if l := s.lex(e + 1); s.is(e, "of") && l != nil && l.rel != rNone && s.is(e+2, "year") && s.hasDCT {
		y, e = relUnit(s.dct, l.rel, uYear).y, e+3 // "independence day of this year"
	} else if s.hasDCT {
		m, d := at(s.dct.Year())
		y = s.yearFor(m, d, i, e)
	} else {
		y = s.storyYear
	}
	if y == 0 {
		m, d := at(2001)
		if m == 12 || m == 10 || m == 7 || m == 2 || m == 1 {
			return res{end: e, typ: claims.TypeDate, d: date{m: m, d: d, g: gDay}}, true
		}
		return res{end: e, typ: claims.TypeDate, d: date{g: gUnknownDay}}, true
	}
	m, d := at(y)
	// "Halloween weekend 2021", "Labor Day 2021 weekend": the weekend
	// nearest the feast
	k := e
	if s.is(k, "weekend") {
		k++
		if yy, k2, ok := s.yearAt(k); ok && !s.statesYear(i, e) {
			y, k = yy, k2
			m, d = at(y)
		}
		t := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
		back := (isoWday(t) + 1) % 7 // days back to the Saturday before
		if back > 3 {
			back -= 7 // Wednesday to Friday: the coming weekend
		}
		return res{end: k, typ: claims.TypeDate, d: dayOfGran(t.AddDate(0, 0, -back), gWeekend), hol: true}, true
	}
	return res{end: e, typ: claims.TypeDate, d: date{y: y, m: m, d: d, g: gDay}, hol: true}, true
}

// dayOfGran is the date of t at granularity g (a week or weekend keeps its
// day to find the ISO week).
func dayOfGran(t time.Time, g int) date {
	d := dayOf(t)
	d.g = g
	return d
}

// pointWord reports whether w names a point of a span of time before "of":
// "the end of the year", "the beginning of 2008".
func pointWord(w string) bool {
	return w == "end" || w == "beginning" || w == "start" || w == "middle"
}

// yearStep is how many years a word after "the year" moves it: -1 for
// "before", "previous", "prior", "earlier"; +1 for "after", "later"; 0 for
// any other word.
func yearStep(w string) int {
	switch w {
	case "before", "previous", "prior", "earlier":
		return -1
	case "after", "later":
		return 1
	}
	return 0
}
