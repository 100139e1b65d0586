package temporal

import "time"

// yearFor picks the year of a month (and day, 0 if none) the text gives
// without one, for the expression at tokens [i, j). The story's own year
// wins when the story has moved away from the publication year, stated that
// year within the last storyWindow sentences, and the sentence does not look
// ahead; otherwise the tense of the sentence picks the
// last (past) or next (future) such date around the publication date, and
// without a tense the nearest one.
func (s *scan) yearFor(m, d, i, j int) int {
	y := s.yearFor1(m, d, i, j)
	if m == 2 && d == 29 && y > 0 && daysIn(y, 2) < 29 {
		// a leap day: the leap year the tense points to
		step := 1
		if s.tenseAt(i, j) < 0 {
			step = -1
		}
		for daysIn(y, 2) < 29 {
			y += step
		}
	}
	return y
}

// storyWindow is how many sentences a year the story stated ("June 2,
// 2016") keeps governing year-less dates; past it, news speaks of the
// publication year again.
const storyWindow = 3

func (s *scan) yearFor1(m, d, i, j int) int {
	tense := s.tenseAt(i, j)
	if !s.hasDCT {
		return s.storyYear
	}
	y := s.dct.Year()
	dm, dd := int(s.dct.Month()), s.dct.Day()
	asOf := s.w(i-1) == "of" && s.w(i-2) == "as"
	if asOf {
		// "with 24.4% of the company as of March 20": a state up to now,
		// counted from the last such date, whatever year the story
		// spoke of before.
		tense = -1
	}
	if s.storyYear != 0 && s.storyYear != y && tense <= 0 && !asOf && !s.recent(m, d) && int(s.sent[i])-s.storySent <= storyWindow {
		return s.storyYear
	}
	cmp := 0 // -1: the date falls before the dct in the dct's year
	switch {
	case m < dm || m == dm && d != 0 && d < dd:
		cmp = -1
	case m > dm || m == dm && d != 0 && d > dd:
		cmp = 1
	}
	switch {
	case tense < 0:
		if cmp > 0 && !(s.soon(m, d) && s.arrangedFor(i)) {
			return y - 1
		}
	case tense > 0 && tense != tenseNear:
		if cmp < 0 {
			return y + 1
		}
	default:
		// nearest: more than half a year away means the other year
		diff := (m - dm)
		if diff > 6 {
			return y - 1
		}
		if diff < -6 {
			return y + 1
		}
	}
	return y
}

// recent reports whether month m (day d, 0 if none) of the publication
// year falls in the six weeks before the publication date: news speaks of
// such a date as the recent one even when the story has moved to another
// year.
func (s *scan) recent(m, d int) bool {
	if d == 0 {
		d = daysIn(s.dct.Year(), m) // a month is recent if its end is: "In October" in November
	}
	t := time.Date(s.dct.Year(), time.Month(m), d, 12, 0, 0, 0, time.UTC)
	gap := s.dct.Sub(t)
	return gap >= 0 && gap <= 42*24*time.Hour
}

// soon reports whether day d of month m in the publication year falls in
// the two weeks after the publication date. A past sentence that names
// such a day as what something was arranged for (arrangedFor: "the hearing
// was listed for 25 November", "the case was adjourned to Dec. 3") tells
// of that coming day, not of the same day a year before, which news would
// give its year.
func (s *scan) soon(m, d int) bool {
	if d == 0 {
		return false
	}
	t := time.Date(s.dct.Year(), time.Month(m), d, 12, 0, 0, 0, time.UTC)
	gap := t.Sub(time.Date(s.dct.Year(), s.dct.Month(), s.dct.Day(), 12, 0, 0, 0, time.UTC))
	return gap > 0 && gap <= 14*24*time.Hour
}

// arrangedFor reports whether "for", "to" or "until" leads the expression
// at i, at most seven tokens before it in its clause ("listed for 10.30am
// on 25 November").
func (s *scan) arrangedFor(i int) bool {
	for k := i - 1; k >= 0 && k >= i-7 && s.sent[k] == s.sent[i] && s.toks[k].lower != ","; k-- {
		switch s.toks[k].lower {
		case "for", "to", "until", "till":
			return true
		}
	}
	return false
}

// weekdayDate resolves a weekday name (ISO 1..7) for the expression at
// [i, j): in a past sentence the last such day on or before the publication
// date, in a future one the next on or after it, after "would" the nearest;
// without a tense, the past.
func (s *scan) weekdayDate(wd, i, j int) date {
	if !s.hasDCT {
		return date{g: gWday, wday: wd}
	}
	cur := isoWday(s.dct)
	tense := s.tenseAt(i, j)
	ahead, back := (wd-cur+7)%7, (cur-wd+7)%7
	var delta int
	switch {
	case tense == tenseNear && ahead < back:
		delta = ahead // "said it would close the plant on Friday"
	case tense == tenseNear:
		delta = -back
	case tense > 0:
		delta = ahead
	case ahead == 1 && s.earlyInDay(i, j):
		// "Asian markets were mixed in early trading Tuesday" in a story
		// dated Monday: a date-only publication date is the publisher's
		// day, and the morning after it is already past in a time zone
		// ahead of it; a morning six days back would be "last Tuesday"
		delta = 1
	default:
		delta = -back
	}
	return dayOf(s.dct.AddDate(0, 0, delta))
}

// earlyInDay reports whether the text places the weekday at tokens [i, j)
// early in its day: "early Tuesday", "early on Tuesday", "in early trading
// Tuesday", "Tuesday morning"; not "early Tuesday evening".
func (s *scan) earlyInDay(i, j int) bool {
	if l := s.lex(j); l != nil && l.pod != "" && s.tok(j).kind == kWord {
		return l.pod == "MO" // not "early Tuesday evening"
	}
	k := i - 1
	if s.is(k, "on") {
		k--
	}
	if s.tok(k).kind == kWord && !s.capital(k) && s.is(k-1, "early") {
		k-- // "early trading", "early deals"
	}
	return s.is(k, "early")
}

func isoWday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// relWeekday resolves "last Friday", "next Friday", "this Friday".
func (s *scan) relWeekday(rel, wd int) date {
	if !s.hasDCT {
		return date{g: gWday, wday: wd}
	}
	cur := isoWday(s.dct)
	var delta int
	switch rel {
	case rLast:
		delta = -((cur - wd + 7) % 7)
		if delta == 0 {
			delta = -7
		}
	case rNext:
		// "next Friday": the Friday of next week
		delta = 7 + wd - cur
	case rUpcoming:
		delta = (wd - cur + 7) % 7
		if delta == 0 {
			delta = 7
		}
	default: // this: the day of the current week
		delta = wd - cur
	}
	return dayOf(s.dct.AddDate(0, 0, delta))
}

// weeksAfterComing is the day weeks weeks after the coming weekday wd
// (relWeekday's rUpcoming): "Thursday week", "two weeks on Sunday". It
// needs the publication date.
func (s *scan) weeksAfterComing(wd, weeks int) date {
	t, _ := s.relWeekday(rUpcoming, wd).toTime()
	return dayOf(t.AddDate(0, 0, 7*weeks))
}

// relMonth resolves "last July", "next May", "this June".
func (s *scan) relMonth(rel, m int) date {
	if !s.hasDCT {
		return date{m: m, g: gMonth}
	}
	return date{y: yearAfter(s.dct, rel, m, m), m: m, g: gMonth}
}

// relUnit resolves "last week", "this month", "next year" against base.
func relUnit(base time.Time, rel, unit int) date {
	n := 0
	switch rel {
	case rLast:
		n = -1
	case rNext, rUpcoming:
		n = 1
	}
	return atGran(addUnits(base, unit, n), granOf(unit))
}

// storyBase is the date relative story expressions count from: the last
// full date the story gave, else the publication date.
func (s *scan) storyBase() (time.Time, bool) {
	if s.hasAnchor {
		return s.anchor.toTime()
	}
	return s.dct, s.hasDCT
}

// contextDay is the day a bare clock time at token i belongs to: a day
// named earlier in the same sentence, else the publication date when the
// sentence reports the past.
func (s *scan) contextDay(i, j int) (date, bool) {
	sid := s.sent[i]
	for k := len(s.out) - 1; k >= 0 && s.outSent[k] == sid; k-- {
		if d := s.outDate[k]; d.g == gDay && d.y > 0 && d.d > 0 {
			return date{y: d.y, m: d.m, d: d.d, g: gDay}, true
		}
	}
	if s.hasDCT && s.tenseAt(i, j) < 0 {
		return dayOf(s.dct), true
	}
	return date{}, false
}

// easter returns Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b := y / 100
	c := y % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 12, 0, 0, 0, time.UTC)
}

// nthWeekday returns the n-th (n<0: last) weekday wd (ISO) of month m in y.
func nthWeekday(y, m, wd, n int) time.Time {
	if n < 0 {
		t := time.Date(y, time.Month(m)+1, 0, 12, 0, 0, 0, time.UTC)
		for isoWday(t) != wd {
			t = t.AddDate(0, 0, -1)
		}
		return t
	}
	t := time.Date(y, time.Month(m), 1, 12, 0, 0, 0, time.UTC)
	for isoWday(t) != wd {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(n-1))
}
