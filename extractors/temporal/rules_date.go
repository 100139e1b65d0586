package temporal

import (
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

// isYear reports whether token i is a plausible four-digit year standing
// alone (not part of 1,200 or 3.2014 or $2000).
func (s *scan) isYear(i int) bool {
	t := s.tok(i)
	if t.kind != kNum || t.e-t.s != 4 || t.num < 1000 || t.num > 2199 {
		return false
	}
	if p := s.tok(i - 1); p.kind == kWord && (t.glued || p.lex == nil && p.e-p.s >= 2 && isUpperWord(s.text[p.s:p.e])) {
		return false // AC1700, 3440x1440, GTX 1660: model numbers
	}
	if t.num > 2100 && !s.prepBefore(i) {
		return false
	}
	if p := s.tok(i - 1); t.glued && (p.lower == "," || p.lower == "." || p.lower == "$" || p.lower == "£" || p.lower == "€") {
		if p.lower == "," && !s.tok(i-2).glued && s.tok(i-2).kind == kWord {
			return true // "Dec,2018"
		}
		if p.lower != "," {
			return false
		}
		if s.tok(i-2).kind == kNum && p.glued {
			return false
		}
	}
	n := s.tok(i + 1)
	if n.glued && (n.lower == "," || n.lower == ".") && s.tok(i+2).kind == kNum && s.tok(i+2).glued {
		return false
	}
	if n.glued && n.kind == kWord && n.lower != "s" {
		return false
	}
	if n.lower == "%" || s.streetAfter(i) {
		return false
	}
	return s.yearChain(i)
}

// streetAfter reports whether the number at i opens a street address: up
// to three capitalised words, then a street's kind ("1119 Eighth St.",
// "2134 Caldwell Place"), no year.
func (s *scan) streetAfter(i int) bool {
	for k := i + 1; k <= i+4; k++ {
		t := s.tok(k)
		if t.kind != kWord || t.s >= len(s.text) || s.text[t.s] < 'A' || s.text[t.s] > 'Z' {
			return false
		}
		if k > i+1 && streetKinds[t.lower] {
			return true
		}
		if n := s.tok(k + 1); n.glued && n.lower == "." {
			k++ // "W. County Road"
		}
	}
	return false
}

// streetKinds end the name of a street.
var streetKinds = map[string]bool{"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true,
	"drive": true, "dr": true, "place": true, "pl": true, "lane": true, "ln": true, "boulevard": true, "blvd": true,
	"way": true, "court": true, "ct": true, "circle": true, "terrace": true, "parkway": true, "highway": true}

// isUpperWord reports whether w is an acronym in capitals (GTX, RTX).
func isUpperWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// yearChain reports whether the hyphen-glued run of numbers around token i
// (2009-2010, 1957-58) can be years: at most two members, the first a
// four-digit year. Phone and part numbers (555-2010-2015) are not.
func (s *scan) yearChain(i int) bool {
	a := i
	for a >= 2 && s.toks[a].glued && s.toks[a-1].lower == "-" && s.toks[a-1].glued && s.toks[a-2].kind == kNum {
		a -= 2
	}
	b := i
	for b+2 < len(s.toks) && s.toks[b+1].lower == "-" && s.toks[b+1].glued && s.toks[b+2].glued && s.toks[b+2].kind == kNum {
		b += 2
	}
	if a == b {
		return true
	}
	if b-a > 2 {
		return false
	}
	first := &s.toks[a]
	return first.e-first.s == 4 && first.num >= 1000 && first.num <= 2199
}

// periodNamed reports whether the years at i..e-1 are named as one
// accounting or sporting period: "fiscal"/"FY"/"financial year" before
// them, or "season", "budget", "fiscal year", "financial year", "tax
// year", "school year" after them.
func (s *scan) periodNamed(i, e int) bool {
	switch s.w(i - 1) {
	case "fiscal", "fy", "season":
		return true
	case "year":
		switch s.w(i - 2) {
		case "financial", "fiscal", "tax", "budget", "school", "academic":
			return true
		}
	}
	switch s.w(e) {
	case "season", "seasons", "budget", "budgets", "campaign", "term", "session", "fiscal", "financial", "tax", "school", "academic", "crop", "harvest", "winter", "summer":
		return true
	}
	return false
}

// chained reports whether token i carries on the number before it (a
// glued word or number, or "-", "/" or "." glued between numbers), so that
// 2018-19-20 or 2018-19a is not a fiscal year.
func (s *scan) chained(i int) bool {
	if !s.gluedTo(i) {
		return false
	}
	if s.tok(i).kind != kPunct {
		return true
	}
	return (s.is(i, "-") || s.is(i, "/") || s.is(i, ".")) && s.gluedTo(i+1) && s.tok(i+1).kind == kNum
}

// dayNum reads a day of the month at i: 1..31 with an optional ordinal
// suffix (13th), or an ordinal word (thirteenth, twenty-first).
func (s *scan) dayNum(i int) (int, int, bool) {
	t := s.tok(i)
	if t.kind == kNum {
		if t.e-t.s > 2 || t.num < 1 || t.num > 31 {
			return 0, i, false
		}
		if p := s.tok(i - 1); t.glued && (p.lower == "$" || p.lower == "." || p.lower == "," || p.lower == "£" || p.lower == "€") {
			return 0, i, false // $12, 6,107.31
		}
		j := i + 1
		if n := s.tok(j); n.glued && n.kind == kWord {
			switch n.lower {
			case "th", "st", "nd", "rd":
				j++
			default:
				return 0, i, false
			}
		}
		if n := s.tok(j); n.glued && (n.lower == ":" || n.lower == "." && s.tok(j+1).kind == kNum && s.tok(j+1).glued) {
			return 0, i, false // a clock time or decimal
		}
		return t.num, j, true
	}
	if t.lex == nil {
		return 0, i, false
	}
	if t.lex.tens && t.lex.num >= 20 && t.lex.num <= 30 {
		j := i + 1
		if s.is(j, "-") && s.gluedTo(j) {
			j++
		}
		if l := s.lex(j); l != nil && l.ord > 0 && l.ord < 10 {
			return t.lex.num + l.ord, j + 1, true
		}
		if l := s.lex(j); l != nil && l.num > 0 && l.num < 10 && !l.tens && t.lex.num+l.num <= 31 {
			if ml := s.lex(j + 1); ml != nil && ml.month > 0 || s.lex(i-1) != nil && s.lex(i-1).month > 0 {
				return t.lex.num + l.num, j + 1, true // "twenty five January"
			}
		}
		return 0, i, false
	}
	if t.lex.ord > 0 && t.lex.ord <= 31 {
		return t.lex.ord, i + 1, true
	}
	return 0, i, false
}

// yearAt reads a year at i: 2016, '16, or (after a month) a plain 2-digit
// year is not accepted. It returns the year and the index after it.
func (s *scan) yearAt(i int) (int, int, bool) {
	if s.isYear(i) {
		return s.tok(i).num, i + 1, true
	}
	if w := s.w(i); (w == "'" || w == "’") && s.tok(i+1).kind == kNum && s.tok(i+1).e-s.tok(i+1).s == 2 && s.gluedTo(i+1) {
		return twoDigitYear(s.tok(i + 1).num), i + 2, true
	}
	if y, e, ok := s.spelledYear(i); ok {
		return y, e, true
	}
	return 0, i, false
}

// small reads a spelled number below 100 at i ("ninety six", "twenty-two",
// "fifteen", "oh five") and returns it with the index after it.
func (s *scan) small(i int) (int, int, bool) {
	l := s.lex(i)
	if s.tok(i).kind != kWord {
		return 0, i, false
	}
	if s.is(i, "oh") {
		if l2 := s.lex(i + 1); l2 != nil && l2.num > 0 && l2.num < 10 && !l2.tens {
			return l2.num, i + 2, true
		}
		return 0, i, false
	}
	if l == nil || l.num <= 0 || l.num >= 100 {
		return 0, i, false
	}
	v, j := l.num, i+1
	if l.tens {
		k := j
		if s.is(k, "-") && s.gluedTo(k) {
			k++
		}
		if l2 := s.lex(k); l2 != nil && l2.num > 0 && l2.num < 10 && !l2.tens && s.tok(k).kind == kWord {
			v, j = v+l2.num, k+1
		}
	}
	return v, j, true
}

// spelledYear reads a year in words: "nineteen ninety six", "twenty
// twenty", "two thousand and fifteen", "two thousand".
func (s *scan) spelledYear(i int) (int, int, bool) {
	h, j, ok := s.small(i)
	if !ok {
		return 0, i, false
	}
	if h == 2 && s.is(j, "thousand") {
		j++
		k := j
		if s.is(k, "and") {
			k++
		}
		if lo, e, ok := s.small(k); ok {
			return 2000 + lo, e, true
		}
		return 2000, j, true
	}
	if h < 11 || h > 20 {
		return 0, i, false
	}
	if lo, e, ok := s.small(j); ok && lo >= 1 {
		return h*100 + lo, e, true
	}
	return 0, i, false
}

func twoDigitYear(n int) int {
	if n < 40 {
		return 2000 + n
	}
	return 1900 + n
}

// monthLed reads dates that start with a month name: "July 29, 2016",
// "June 2016", "June", "Dec31 , 1994", "October of next year".
func (s *scan) monthLed(i int) (res, bool) {
	t := s.tok(i)
	m := t.lex.month
	j := i + 1
	abbr := t.e-t.s <= 4 && t.lower != "june" && t.lower != "july" && t.lower != "may"
	if abbr && s.is(j, ".") && s.gluedTo(j) {
		j++
	}
	if s.is(j, "/") && s.gluedTo(j) || s.is(j, "-") && s.gluedTo(j) && s.tok(j+1).kind == kNum && s.tok(j+1).e-s.tok(j+1).s <= 2 {
		j++ // May/22, jun-15
	}
	// day
	if s.is(j, "the") {
		if _, _, ok := s.dayNum(j + 1); ok {
			j++ // April the ninth
		}
	}
	if d, k, ok := s.dayNum(j); ok && !(s.tok(j).kind == kNum && s.isYear(j)) {
		if !(d <= daysIn(2016, m)) {
			// "Feb 30": a day no year has; written as given, year
			// unknown unless stated
			if d > 31 || !s.capital(i) && !s.prepBefore(i) && i > 0 && !s.tok(i).nl {
				return res{}, false
			}
			y := 0
			if yy, k2, ok := s.yearAt(k); ok {
				y, k = yy, k2
			}
			return res{end: k, typ: claims.TypeDate, d: date{y: y, m: m, d: d, g: gDay}}, true
		}
		e := k
		if s.is(e, ",") || s.is(e, "of") || (s.is(e, "-") || s.is(e, "/")) && s.gluedTo(e) && j > i+1 && !s.is(j-1, ".") {
			e++
		}
		if y, k2, ok := s.yearAt(e); ok {
			return res{end: k2, typ: claims.TypeDate, d: date{y: y, m: m, d: d, g: gDay}}, true
		}
		if e > k && s.gluedTo(e) && (s.is(e-1, "-") || s.is(e-1, "/")) && s.tok(e).kind == kNum && s.tok(e).e-s.tok(e).s == 4 &&
			s.tok(e).num >= 1000 && s.tok(e).num <= 2199 && !(s.gluedTo(e+1) && (s.tok(e+1).kind == kNum || s.tok(e+1).kind == kWord)) {
			return res{end: e + 1, typ: claims.TypeDate, d: date{y: s.tok(e).num, m: m, d: d, g: gDay}}, true // Sep-23-2020
		}
		if y, k2, ok := s.relYearAt(k); ok {
			return res{end: k2, typ: claims.TypeDate, d: date{y: y, m: m, d: d, g: gDay}}, true // March 12 last year
		}
		if l := s.lex(k); s.tok(k).kind == kWord && l != nil && l.unit > 0 && !(l.pod != "" && !l.plural && s.gluedTo(j)) {
			return res{}, false // "May 5 years" (not "mar4 night")
		}
		y := s.yearFor(m, d, i, k)
		return res{end: k, typ: claims.TypeDate, d: date{y: y, m: m, d: d, g: gDay}, noYear: true}, true
	}
	// year
	e := j
	if s.is(e, ",") || s.is(e, "of") || s.is(e, "-") && s.gluedTo(e) || s.is(e, "in") {
		e++
	}
	if y, k, ok := s.yearAt(e); ok {
		return res{end: k, typ: claims.TypeDate, d: date{y: y, m: m, g: gMonth}}, true
	}
	if s.is(j, "of") && s.tok(j+1).kind == kNum && s.tok(j+1).e-s.tok(j+1).s == 2 {
		return res{end: j + 2, typ: claims.TypeDate, d: date{y: twoDigitYear(s.tok(j + 1).num), m: m, g: gMonth}}, true
	}
	if s.is(j, "of") {
		if l := s.lex(j + 1); l != nil && l.rel != rNone && s.is(j+2, "year") && s.hasDCT {
			d := relUnit(s.dct, l.rel, uYear)
			return res{end: j + 3, typ: claims.TypeDate, d: date{y: d.y, m: m, g: gMonth}}, true
		}
	}
	if y, k, ok := s.relYearAt(j); ok && (s.capital(i) || s.prepBefore(i)) {
		return res{end: k, typ: claims.TypeDate, d: date{y: y, m: m, g: gMonth}}, true // April last year
	}
	// bare month: guard against "may", "march", "sat" and other words
	if abbr && !s.capital(i) {
		return res{}, false
	}
	if abbr && !(s.is(i+1, ".") && s.gluedTo(i+1)) && t.e-t.s == 3 && !s.prepBefore(i) {
		return res{}, false
	}
	if (m == 5 || m == 3) && !s.prepBefore(i) || m == 5 && !s.capital(i) || m == 3 && !s.capital(i) && s.is(i-1, "the") {
		return res{}, false // not "the march through London"
	}
	if m == 5 && personVerbs[s.w(i+1)] {
		return res{}, false // "He said that May would resign": Theresa May
	}
	if !s.capital(i) && !s.prepBefore(i) {
		return res{}, false
	}
	if s.capital(i) && s.capital(i+1) && s.tok(i+1).kind == kWord && !s.tok(i+1).nl {
		return res{}, false // part of a name: "August Wilson"
	}
	end := i + 1
	if abbr && s.is(end, ".") && s.gluedTo(end) {
		end = i + 1
	}
	y := s.yearFor(m, 0, i, end)
	return res{end: end, typ: claims.TypeDate, d: date{y: y, m: m, g: gMonth}}, true
}

// relYearAt reads "last year", "this year", "next year" right after a
// month or day ("in April last year", "on 12 March next year"): the year
// that month or day is in, counted from the publication date, and the end.
// Not "last year's", a possessive of what follows.
func (s *scan) relYearAt(j int) (int, int, bool) {
	switch s.w(j) {
	case "last", "this", "next":
	default:
		return 0, j, false
	}
	if !s.hasDCT || !s.is(j+1, "year") || s.tok(j+1).kind != kWord || (s.is(j+2, "'") || s.is(j+2, "’")) && s.is(j+3, "s") {
		return 0, j, false
	}
	return relUnit(s.dct, s.lex(j).rel, uYear).y, j + 2, true
}

// personVerbs after "May" make it a person speaking or deciding, not the
// month: "that May would resign", "and May said".
var personVerbs = map[string]bool{"said": true, "says": true, "told": true, "would": true, "will": true,
	"could": true, "should": true, "can": true, "must": true, "wants": true, "wanted": true, "added": true,
	"insisted": true, "argued": true, "announced": true, "urged": true, "warned": true, "met": true, "tried": true}

// abbrevEnd is the index after the month name at j and the period of its
// abbreviation ("Aug."), unless that period ends the sentence ("the second
// of Aug."): then the period is the sentence's.
func (s *scan) abbrevEnd(j int) int {
	k := j + 1
	if s.is(k, ".") && s.gluedTo(k) && !(s.ending(k+1) || s.capital(k+1) && s.tok(k+1).kind == kWord) {
		k++
	}
	return k
}

// prepBefore reports whether a preposition or date modifier comes right
// before token i ("in May", "since March", "early June").
func (s *scan) prepBefore(i int) bool {
	switch s.w(i - 1) {
	case "in", "of", "since", "until", "till", "by", "from", "through", "to", "early", "late", "mid", "last", "next",
		"this", "-", "before", "after", "during", "between", "and", "or", "the", "on", "that", "every", "each",
		"throughout", "around", "about", "for", "into":
		return true
	}
	return false
}

// dayFirst reads "13 June 2016", "the 9th of May", "second of Aug".
func (s *scan) dayFirst(i int) (res, bool) {
	d, j, ok := s.dayNum(i)
	if !ok {
		return res{}, false
	}
	slash := false
	if s.is(j, "of") {
		j++
	} else if (s.is(j, "/") || s.is(j, "-")) && s.gluedTo(j) && s.gluedTo(j+1) {
		j++ // 23/Sep/2020, 22-Jan-2019
		slash = true
	}
	l := s.lex(j)
	if l == nil || l.month == 0 || s.tok(j).kind != kWord {
		return res{}, false
	}
	m := l.month
	k := s.abbrevEnd(j)
	e := k
	if s.is(e, ",") || s.is(e, "of") || s.is(e, "in") || slash && (s.is(e, "/") || s.is(e, "-")) && s.gluedTo(e) {
		e++
	}
	if y, k2, ok := s.yearAt(e); ok {
		return res{end: k2, typ: claims.TypeDate, d: date{y: y, m: m, d: d, g: gDay}, det: true}, true
	}
	if y, k2, ok := s.relYearAt(k); ok {
		return res{end: k2, typ: claims.TypeDate, d: date{y: y, m: m, d: d, g: gDay}, det: true}, true // 12 March last year
	}
	y := s.yearFor(m, d, i, k)
	return res{end: k, typ: claims.TypeDate, d: date{y: y, m: m, d: d, g: gDay}, det: true, noYear: true}, true
}

// numeric reads expressions led by digits: years, decades, numeric dates.
func (s *scan) numeric(i int) (res, bool) {
	t := s.tok(i)
	n := t.e - t.s
	// ISO and numeric dates: 2016-07-29, 2016/7/6, 7/8/07, 23.04.2022, 12-2015
	if sep := s.tok(i + 1); n == 4 && sep.glued && (sep.lower == "-" || sep.lower == "/" || sep.lower == "–") && s.tok(i+2).kind == kNum && s.gluedTo(i+2) &&
		s.tok(i+2).e-s.tok(i+2).s == 2 && s.tok(i+2).num == (t.num+1)%100 && s.isYear(i) && !s.chained(i+3) && s.periodNamed(i, i+3) {
		// the 2018-19 season, fiscal 2019/20: one fiscal year or season,
		// which no single TIMEX3 value covers; written as the range of
		// its two years, as "from 2018 to 2019" is. Without such a word
		// it is two years, as the TimeML gold writes "1957-58".
		if v, ok := rangeValue(date{y: t.num, g: gYear}, date{y: t.num + 1, g: gYear}); ok {
			return res{end: i + 3, typ: claims.TypeDate, val: v}, true
		}
	}
	if sep := s.tok(i + 1); sep.glued && (sep.lower == "-" || sep.lower == "/" || sep.lower == ".") && s.tok(i+2).kind == kNum && s.gluedTo(i+2) {
		a, b := t.num, s.tok(i+2).num
		nb := s.tok(i+2).e - s.tok(i+2).s
		if sep2 := s.tok(i + 3); sep2.glued && sep2.lower == sep.lower && s.tok(i+4).kind == kNum && s.gluedTo(i+4) {
			c := s.tok(i + 4).num
			nc := s.tok(i+4).e - s.tok(i+4).s
			if n5 := s.tok(i + 5); n5.glued && (n5.kind == kNum || n5.lower == sep.lower && s.tok(i+6).kind == kNum) {
				return res{}, false // a phone or part number
			}
			var y, m, d int
			switch {
			case n == 4 && nb <= 2 && nc <= 2: // 2016-07-29
				y, m, d = a, b, c
			case n <= 2 && nb <= 2 && (nc == 4 || nc == 2 && sep.lower == "/"):
				y = c
				if nc == 2 {
					y = twoDigitYear(c)
				}
				m, d = a, b
				if sep.lower == "." || a > 12 {
					m, d = b, a
				}
			default:
				return res{}, false
			}
			if y < 1000 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
				return res{}, false
			}
			return res{end: i + 5, typ: claims.TypeDate, d: date{y: y, m: m, d: d, g: gDay}}, true
		}
		if l := s.lex(i + 4); n == 4 && nb <= 2 && (sep.lower == "/" || sep.lower == "-") && s.is(i+3, sep.lower) && s.gluedTo(i+3) && s.gluedTo(i+4) &&
			l != nil && l.month > 0 && s.tok(i+4).kind == kWord && a >= 1000 && a <= 2199 && b >= 1 && b <= daysIn(a, l.month) {
			return res{end: s.abbrevEnd(i + 4), typ: claims.TypeDate, d: date{y: a, m: l.month, d: b, g: gDay}}, true // 2020/23/Sep
		}
		if n == 4 && (nb == 2 || nb == 4) && sep.lower == "-" && s.isYear(i) {
			// 2009-2010, 1957-58: two years, the second read on its own
			return res{end: i + 1, typ: claims.TypeDate, d: date{y: t.num, g: gYear}}, true
		}
		if n <= 2 && nb == 4 && sep.lower != "." && a >= 1 && a <= 12 && b >= 1900 && b <= 2199 { // 12-2015
			return res{end: i + 3, typ: claims.TypeDate, d: date{y: b, m: a, g: gMonth}}, true
		}
		if n <= 2 && nb <= 2 && sep.lower == "/" && s.dateContext(i) && !(s.is(i+3, ".") && s.gluedTo(i+3) && s.tok(i+4).kind == kNum && s.gluedTo(i+4)) { // 7/6, not 8/1.5
			m, d := a, b
			if m > 12 {
				m, d = b, a
			}
			if m >= 1 && m <= 12 && d >= 1 && d <= daysIn(2016, m) {
				y := s.yearFor(m, d, i, i+3)
				return res{end: i + 3, typ: claims.TypeDate, d: date{y: y, m: m, d: d, g: gDay}, noYear: true}, true
			}
		}
		return res{}, false
	}
	if n == 2 && t.glued && s.is(i-1, "-") && s.tok(i-2).kind == kNum && s.tok(i-1).glued && s.isYear(i-2) {
		// the "58" of 1957-58
		y := s.tok(i-2).num/100*100 + t.num
		if y > s.tok(i-2).num && !(s.tok(i+1).glued && s.tok(i+1).kind != kPunct) {
			return res{end: i + 1, typ: claims.TypeDate, d: date{y: y, g: gYear}}, true
		}
	}
	// the 80s, the '90s
	if n == 2 && t.num%10 == 0 && s.is(i+1, "s") && s.gluedTo(i+1) && !s.tok(i).glued {
		switch s.w(i - 1) {
		case "the", "early", "mid", "late", "-":
			return res{end: i + 2, typ: claims.TypeDate, d: date{y: 1900 + t.num, g: gDecade}, det: true}, true
		}
	}
	if n != 4 || !s.isYear(i) {
		return res{}, false
	}
	y := t.num
	// 2019-aug-1, 2019/aug/01, 2020/23/Sep
	if sep := s.tok(i + 1); sep.glued && (sep.lower == "-" || sep.lower == "/") && s.gluedTo(i+2) {
		if l := s.lex(i + 2); l != nil && l.month > 0 && s.is(i+3, sep.lower) && s.gluedTo(i+3) && s.gluedTo(i+4) {
			if d, e, ok := s.dayNum(i + 4); ok && d <= daysIn(y, l.month) {
				return res{end: e, typ: claims.TypeDate, d: date{y: y, m: l.month, d: d, g: gDay}}, true
			}
		}
	}
	// 2016 10 16: year, month and day apart, after "on" or opening a line
	if m, d := s.tok(i+1), s.tok(i+2); m.kind == kNum && d.kind == kNum && !m.glued && !d.glued && m.e-m.s <= 2 && d.e-d.s <= 2 &&
		m.num >= 1 && m.num <= 12 && d.num >= 1 && d.num <= daysIn(y, m.num) && (s.is(i-1, "on") || i == 0 || s.tok(i).nl) &&
		(s.ending(i+3) || s.tok(i+3).kind == kPunct) {
		return res{end: i + 3, typ: claims.TypeDate, d: date{y: y, m: m.num, d: d.num, g: gDay}}, true
	}
	// decades: 1990s, 1990 s
	if nx := s.tok(i + 1); nx.lower == "s" && (nx.glued || s.tok(i+2).kind != kWord) && y%10 == 0 {
		g := gDecade
		if y%100 == 0 && y < 2000 {
			g = gCentury // the 1800s
		}
		return res{end: i + 2, typ: claims.TypeDate, d: date{y: y, g: g}, det: true}, true
	}
	if nx := s.tok(i + 1); nx.lower == "'" && nx.glued && s.is(i+2, "s") && s.gluedTo(i+2) && y%10 == 0 {
		if _, _, ok := s.possessedPeriod(i+1, y); ok {
			// "2020's first half": the year's, read by match
			return res{end: i + 1, typ: claims.TypeDate, d: date{y: y, g: gYear}}, true
		}
		return res{end: i + 3, typ: claims.TypeDate, d: date{y: y, g: gDecade}, det: true}, true
	}
	// quarters: 2017 q1, 2019-H2
	if q, k, ok := s.quarterCode(i + 1); ok {
		q.d.y = y
		q.end = k
		return q, true
	}
	if s.is(i+1, "-") && s.gluedTo(i+1) {
		if q, k, ok := s.quarterCode(i + 2); ok && s.gluedTo(i+2) {
			q.d.y = y
			q.end = k
			return q, true
		}
	}
	return res{end: i + 1, typ: claims.TypeDate, d: date{y: y, g: gYear}}, true
}

// dateContext reports whether a short numeric form like 7/6 at i is likely
// a date: a preposition or weekday before it.
func (s *scan) dateContext(i int) bool {
	switch s.w(i - 1) {
	case "on", "by", "until", "till", "from", "since", "before", "after", "to", "through", "for", "-", "(":
		return true
	case "", "?", "!", ":":
		// standing alone: "2/29", "The date? 11/20, 12 of Nov"
		return s.ending(i + 3)
	}
	if l := s.lex(i - 1); l != nil && l.wday > 0 {
		return true
	}
	return false
}

// quarterCode reads "Q1".."Q4" or "H1","H2" at i.
func (s *scan) quarterCode(i int) (res, int, bool) {
	if w := s.w(i); len(w) == 1 && s.tok(i+1).kind == kNum && s.gluedTo(i+1) {
		if d, ok := periodCode(w[0], s.tok(i+1).num); ok {
			return res{typ: claims.TypeDate, d: d}, i + 2, true
		}
	}
	return res{}, i, false
}

// periodCode is quarter n for the letter Q (1..4) or half n for H (1..2),
// of either case, as "Q3" and "3Q" write them.
func periodCode(letter byte, n int) (date, bool) {
	g, top := gQuarter, 4
	switch letter {
	case 'Q', 'q':
	case 'H', 'h':
		g, top = gHalf, 2
	default:
		return date{}, false
	}
	if n < 1 || n > top {
		return date{}, false
	}
	return date{g: g, n: n}, true
}

// numQuarter reads a quarter or half written number first, as financial
// news writes them: "3Q19", "2Q 2019", "1H 2020", a bare "4Q" as "Q4".
func (s *scan) numQuarter(i int) (res, bool) {
	t, c := s.tok(i), s.tok(i+1)
	if t.e-t.s != 1 || t.glued || c.kind != kWord || !c.glued || c.e-c.s != 1 {
		return res{}, false
	}
	d, ok := periodCode(s.text[c.s], t.num)
	if !ok {
		return res{}, false
	}
	q := res{typ: claims.TypeDate, d: d}
	if y := s.tok(i + 2); y.kind == kNum && y.glued && y.e-y.s == 2 {
		if n := s.tok(i + 3); n.glued && (n.kind == kNum || n.kind == kWord) {
			return res{}, false // "3Q19x": a code
		}
		q.d.y, q.end = twoDigitYear(y.num), i+3
		return q, true
	}
	if s.gluedTo(i+2) && s.tok(i+2).kind != kPunct {
		return res{}, false
	}
	return s.quarterYear(q, i, i+2, s.capital(i+1))
}

// shortYear reads '82 and the '90s.
func (s *scan) shortYear(i int) (res, bool) {
	n := s.tok(i + 1)
	if n.kind != kNum || !n.glued || n.e-n.s != 2 {
		return res{}, false
	}
	y := twoDigitYear(n.num)
	if s.is(i+2, "s") && s.gluedTo(i+2) && y%10 == 0 {
		return res{end: i + 3, typ: claims.TypeDate, d: date{y: y, g: gDecade}, det: true}, true
	}
	if s.tok(i+2).glued && s.tok(i+2).kind == kWord {
		return res{}, false
	}
	p := s.w(i - 1)
	if p != "since" && p != "in" && p != "of" && p != "from" && p != "until" && p != "by" && p != "-" && s.lex(i-1) == nil {
		return res{}, false
	}
	return res{end: i + 2, typ: claims.TypeDate, d: date{y: y, g: gYear}}, true
}

// weekday reads "Thursday", "Friday, September 18, 2008", "Tue May 9",
// "Friday 7/6", and plural "Fridays" (a set).
func (s *scan) weekday(i int) (res, bool) {
	t := s.tok(i)
	wd := t.lex.wday
	short := t.lex.abbr
	j := i + 1
	if short && s.is(j, ".") && s.gluedTo(j) {
		j++
	}
	k := j
	if s.is(k, ",") {
		k++
	}
	if s.tok(k).nl {
		k = len(s.toks) // a new line (a title, a dateline) is not part of it
	}
	// an explicit date in brackets: "Friday (Jun-15)", "Friday (6/15)"
	if s.is(k, "(") && k == j {
		if r, ok := s.dateAfterWeekday(k + 1); ok && s.is(r.end, ")") {
			r.end++
			return r, true
		}
	}
	if r, ok := s.dateAfterWeekday(k); ok {
		return r, true
	}
	if _, _, ok := s.dayNum(j); ok && short && s.capital(i) {
		// "Sat 14th" reads as a weekday below
	} else if short && !s.capital(i) || short && (t.lower == "sun" || t.lower == "sat" || t.lower == "wed" || t.lower == "mon") && (!s.prepBefore(i) || s.is(i-1, "the")) {
		return res{}, false // not "The Sun reported"
	}
	if n := s.tok(i + 1); n.kind == kWord && (n.lex == nil || !n.lex.starter) && s.capital(i+1) && !n.nl {
		return res{}, false // a name: the Sunday Times, Monday Night Football
	}
	if t.lex.plural {
		if !s.capital(i) && !s.prepBefore(i) {
			return res{}, false
		}
		r := res{end: j, typ: claims.TypeSet, d: date{g: gWday, wday: wd}}
		if l := s.lex(j); l != nil && l.pod != "" && l.month == 0 {
			r.d.pod = l.pod
			r.end = j + 1
		}
		if s.is(r.end, "at") {
			if c, ok := s.clockOnly(r.end + 1); ok {
				r.d.pod, r.d.hasT, r.d.hh, r.d.mi, r.d.prec = "", true, c.hh, c.mi, c.prec
				r.end = c.end
			}
		}
		return r, true
	}
	// "Friday mornings": a set
	if l := s.lex(j); l != nil && l.pod != "" && s.tok(j).kind == kWord && len(s.w(j)) > 2 && s.w(j)[len(s.w(j))-1] == 's' {
		return res{end: j + 1, typ: claims.TypeSet, d: date{g: gWday, wday: wd, pod: l.pod}}, true
	}
	// "Monday 21", "Tuesday the eleventh": the day of the month nearest the
	// publication date that falls on that weekday
	k = j
	if s.is(k, "the") {
		k++
	}
	_, isClock := s.clockOnly(k)
	if d, e, ok := s.dayNum(k); ok && s.hasDCT && !isClock && !(s.lex(e) != nil && s.lex(e).unit > 0) && !(s.gluedTo(e) && (s.is(e, "-") || s.is(e, ":"))) {
		if l := s.lex(e); l == nil || l.month == 0 {
			if dd, ok := nearestWdayDom(s.dct, wd, d); ok {
				return res{end: e, typ: claims.TypeDate, d: dd, wdOnly: k == j}, true // "Monday 21", not "Monday the 21st"
			}
		}
	}
	// "Wednesday next week", "Wednesday evening next week": that weekday of
	// the week named after it
	if s.hasDCT && !t.lex.plural {
		k := j
		pod := ""
		if l := s.lex(k); l != nil && l.pod != "" && l.month == 0 && s.tok(k).kind == kWord {
			pod, k = l.pod, k+1
		}
		if l := s.lex(k); l != nil && (l.rel == rNext || l.rel == rLast || l.rel == rThis) && s.is(k+1, "week") {
			bt, _ := relUnit(s.dct, l.rel, uWeek).toTime()
			d := dayOf(bt.AddDate(0, 0, wd-isoWday(bt)))
			typ := claims.TypeDate
			if pod != "" {
				d.pod, typ = pod, claims.TypeTime
			}
			return res{end: k + 2, typ: typ, d: d}, true
		}
	}
	// "Monday of last week", "next week Monday" are read by relative().
	if s.is(j, "of") {
		if l := s.lex(j + 1); l != nil && l.rel != rNone && s.is(j+2, "week") && s.hasDCT {
			base := relUnit(s.dct, l.rel, uWeek)
			bt, _ := base.toTime()
			d := dayOf(bt.AddDate(0, 0, wd-isoWday(bt)))
			return res{end: j + 3, typ: claims.TypeDate, d: d}, true
		}
	}
	if s.is(j, "week") && s.hasDCT && !t.lex.plural && !s.is(j+1, "of") && !s.is(j+1, "'") && !s.is(j+1, "’") && !(s.tok(j+1).kind == kWord && s.tok(j+1).lex == nil) {
		// "Thursday week": a week after the coming Thursday (British)
		return res{end: j + 1, typ: claims.TypeDate, d: s.weeksAfterComing(wd, 1)}, true
	}
	if s.is(i-1, "a") && s.is(i-2, "on") {
		// "Christmas Day falls on a Wednesday this year", "the 4th is on a
		// Sunday": the weekday of the day the sentence just named
		sid := s.sent[i]
		for k := len(s.out) - 1; k >= 0 && s.outSent[k] == sid; k-- {
			if d := s.outDate[k]; d.g == gDay && d.y > 0 && !d.hasT {
				if t, ok := d.toTime(); ok && isoWday(t) == wd {
					return res{end: j, typ: claims.TypeDate, d: date{y: d.y, m: d.m, d: d.d, g: gDay}}, true
				}
				break
			}
		}
	}
	return res{end: j, typ: claims.TypeDate, d: s.weekdayDate(wd, i, j), wdOnly: true}, true
}

// dateAfterWeekday reads the explicit date a weekday may be followed by:
// "September 18, 2008", "18 September", "7/6", "7.6" (month first).
func (s *scan) dateAfterWeekday(k int) (res, bool) {
	if l := s.lex(k); l != nil && l.month > 0 {
		if r, ok := s.monthLed(k); ok && r.d.g == gDay {
			return r, true
		}
	}
	if r, ok := s.dayFirst(k); ok {
		return r, true
	}
	if s.tok(k).kind != kNum {
		return res{}, false
	}
	if r, ok := s.numeric(k); ok && r.d.g == gDay {
		return r, true
	}
	if sep := s.tok(k + 1).lower; (sep == "/" || sep == ".") && s.tok(k+2).kind == kNum && s.gluedTo(k+1) && s.gluedTo(k+2) {
		a, b := s.tok(k).num, s.tok(k+2).num
		if a >= 1 && a <= 12 && b >= 1 && b <= daysIn(2016, a) && s.tok(k).e-s.tok(k).s <= 2 && s.tok(k+2).e-s.tok(k+2).s <= 2 &&
			!(s.gluedTo(k+3) && s.tok(k+3).kind == kNum) && !amountWord(s.w(k+3)) {
			y := s.yearFor(a, b, k, k+3)
			return res{end: k + 3, typ: claims.TypeDate, d: date{y: y, m: a, d: b, g: gDay}, noYear: true}, true
		}
	}
	return res{}, false
}

// nearestWdayDom finds the date nearest t whose day of the month is dom
// and whose weekday is wd, within a year either way.
func nearestWdayDom(t time.Time, wd, dom int) (date, bool) {
	best, bestDist := date{}, 1<<30
	for n := -12; n <= 12; n++ {
		m := addMonths(time.Date(t.Year(), t.Month(), 1, 12, 0, 0, 0, time.UTC), n)
		if dom > daysIn(m.Year(), int(m.Month())) {
			continue
		}
		c := time.Date(m.Year(), m.Month(), dom, 12, 0, 0, 0, time.UTC)
		if isoWday(c) != wd {
			continue
		}
		dist := int(c.Sub(t).Hours() / 24)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = dayOf(c), dist
		}
	}
	return best, bestDist < 1<<30
}

// fallIsDrop reports whether "fall" at i is a drop, not the season: "a fall
// in oil prices", "a fall to 3%", "by 5%", "the fall of the government" (but
// "the fall of 2012").
func (s *scan) fallIsDrop(i int) bool {
	return s.w(i) == "fall" && (s.is(i+1, "of") && !s.isYear(i+2) || s.is(i+1, "in") || s.is(i+1, "to") || s.is(i+1, "by"))
}

// season reads "summer", "summer 2012", "the summer of 2012" (rel from a
// preceding this/last/next).
func (s *scan) season(i int, rel int) (res, bool) {
	se := s.lex(i).season
	if s.capital(i) && (s.capital(i+1) && s.tok(i+1).kind == kWord || s.capital(i-1) && s.tok(i-1).kind == kWord && !s.tok(i).nl && s.lex(i-1) == nil) {
		return res{}, false // British Summer Time, Arab Spring
	}
	if s.w(i) == "fall" {
		switch s.w(i - 1) {
		case "in", "this", "last", "next", "the", "during", "early", "late", "by", "since", "until", "that", "mid", "-":
		default:
			return res{}, false
		}
		if s.fallIsDrop(i) {
			return res{}, false
		}
	}
	j := i + 1
	e := j
	if s.is(e, "of") || s.is(e, ",") {
		e++
	}
	if y, k, ok := s.yearAt(e); ok {
		return res{end: k, typ: claims.TypeDate, d: date{y: y, g: gSeason, season: se}, det: true}, true
	}
	if y, k, ok := s.relYearAt(e); ok && rel == rNone && !s.is(j, ",") {
		// "the autumn of last year", "the summer last year"
		return res{end: k, typ: claims.TypeDate, d: date{y: y, g: gSeason, season: se}, det: true}, true
	}
	if s.w(i) == "fall" && !s.prepBefore(i) {
		return res{}, false
	}
	if s.w(i) == "spring" && !s.prepBefore(i) && rel == rNone {
		return res{}, false
	}
	if !s.hasDCT {
		return res{end: j, typ: claims.TypeDate, d: date{g: gSeason, season: se}, det: true}, true
	}
	y := s.dct.Year()
	sm := seasonMonth(se)
	cur := int(s.dct.Month())
	switch rel {
	case rLast:
		if sm >= cur-1 {
			y--
		}
	case rNext, rUpcoming:
		if sm <= cur {
			y++
		}
	case rThis:
	default:
		if t := s.tenseAt(i, j); t < 0 && sm > cur {
			y--
		} else if t > 0 && sm+2 < cur {
			y++
		}
	}
	return res{end: j, typ: claims.TypeDate, d: date{y: y, g: gSeason, season: se}, det: true}, true
}

func seasonMonth(se string) int {
	switch se {
	case "SP":
		return 3
	case "SU":
		return 6
	case "FA":
		return 9
	}
	return 12
}
