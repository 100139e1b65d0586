package temporal

import (
	"strconv"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
)

// number reads a count at i: digits with an optional decimal part, number
// words ("twenty-five", "two and a half"), "a"/"an", "half", and vague
// quantifiers ("several", "a few", "recent": known is false).
func (s *scan) number(i int) (v float64, known bool, j int, ok bool) {
	t := s.tok(i)
	switch {
	case t.kind == kNum:
		if t.e-t.s > 6 {
			return 0, false, i, false
		}
		v = float64(t.num)
		j = i + 1
		// thousands separators: 1,000
		for s.is(j, ",") && s.gluedTo(j) && s.tok(j+1).kind == kNum && s.gluedTo(j+1) && s.tok(j+1).e-s.tok(j+1).s == 3 {
			v = v*1000 + float64(s.tok(j+1).num)
			j += 2
		}
		if s.is(j, ".") && s.gluedTo(j) && s.tok(j+1).kind == kNum && s.gluedTo(j+1) {
			frac := s.text[s.tok(j+1).s:s.tok(j+1).e]
			f, err := strconv.ParseFloat("0."+frac, 64)
			if err == nil {
				v += f
			}
			j += 2
		}
		if p := s.tok(i - 1); t.glued && (p.lower == "$" || p.lower == "£" || p.lower == "€" || p.lower == "." || p.lower == ",") {
			return 0, false, i, false
		}
		if s.is(j, "½") && s.gluedTo(j) {
			v += 0.5
			j++
		}
		known, ok = true, true
	case t.lower == "½":
		return 0.5, true, i + 1, true
	case t.lower == "a" || t.lower == "an" || t.lower == "one":
		j = i + 1
		switch s.w(j) {
		case "few":
			return 0, false, j + 1, true
		case "couple":
			j++
			if s.is(j, "of") {
				j++
			}
			return 2, true, j, true
		case "dozen":
			return 12, true, j + 1, true
		case "half":
			if t.lower != "one" {
				return 0.5, true, j + 1, true
			}
		}
		if t.lower == "one" {
			v, known, ok = 1, true, true
			break
		}
		return 1, true, j, true
	case t.lower == "half":
		j = i + 1
		if s.is(j, "a") || s.is(j, "an") {
			j++
		}
		return 0.5, true, j, true
	case t.lex != nil && t.lex.vague:
		j = i + 1
		if t.lower == "couple" {
			if s.is(j, "of") {
				j++
			}
			return 2, true, j, true
		}
		return 0, false, j, true
	case t.lex != nil && t.lex.num > 0:
		v = float64(t.lex.num)
		j = i + 1
		if t.lex.tens {
			k := j
			if s.is(k, "-") && s.gluedTo(k) {
				k++
			}
			if l := s.lex(k); l != nil && l.num > 0 && l.num < 10 && !l.tens {
				v += float64(l.num)
				j = k + 1
			}
		}
		if s.is(j, "hundred") {
			v *= 100
			j++
		}
		known, ok = true, true
	default:
		return 0, false, i, false
	}
	// "two and a half"
	if s.is(j, "and") && s.is(j+1, "a") && s.is(j+2, "half") {
		v += 0.5
		j += 3
	} else if known && s.is(j, "-") && s.gluedTo(j) && s.is(j+1, "and") && s.gluedTo(j+1) && s.is(j+2, "-") && s.gluedTo(j+2) &&
		s.is(j+3, "a") && s.gluedTo(j+3) && s.is(j+4, "-") && s.gluedTo(j+4) && s.is(j+5, "half") && s.gluedTo(j+5) {
		v += 0.5 // "a two-and-a-half-year investigation"
		j += 6
	}
	return v, known, j, ok
}

// unitAt reads a unit word at i, skipping an adjective such as "straight"
// or "trading"; it returns the unit, whether it was plural, and the index
// after it.
func (s *scan) unitAt(i int) (int, bool, int) {
	j := i
	if s.is(j, "-") && s.gluedTo(j) {
		j++
	}
	switch s.w(j) {
	case "straight", "consecutive", "trading", "business", "full", "more", "additional", "extra", "successive",
		"calendar", "working", "long", "whole", "entire", "solid", "previous", "past", "last", "next", "upcoming", "coming":
		if l := s.lex(j + 1); l != nil && l.unit > 0 {
			j++
		}
	}
	l := s.lex(j)
	if l == nil || l.unit == 0 || s.tok(j).kind != kWord {
		return 0, false, i
	}
	if (s.w(j) == "h" || s.w(j) == "y") && !s.gluedTo(j) {
		return 0, false, i // 3h, 3Y only glued to their number
	}
	return l.unit, l.plural, j + 1
}

// duration reads "five months", "33 years", "a decade", "four-week",
// "several days", "2 hours 30 minutes", "an hour and a half".
func (s *scan) duration(i int) (res, bool) {
	v, known, j, ok := s.number(i)
	if !ok {
		return res{}, false
	}
	unit, plural, k := s.unitAt(j)
	if unit == 0 {
		return s.countRangeDur(i, v, known, j)
	}
	if t := s.tok(i); t.kind == kNum && (t.e-t.s == 4 && t.num >= 1000 || t.e-t.s > 1 && s.text[t.s] == '0') {
		return res{}, false // "2021 weekend": a year, not a count; "0400 hours": a clock
	}
	w0 := s.w(i)
	if (w0 == "a" || w0 == "an") && s.is(k, "-") && s.gluedTo(k) && s.is(k+1, "long") {
		return res{}, false // "a year-long inquiry", "a weeks-long standoff": the unit reads it
	}
	if s.is(k, "-") && s.gluedTo(k) && s.gluedTo(k+1) && s.is(k+2, "-") && s.gluedTo(k+2) {
		switch s.w(k + 1) {
		case "on", "over", "to", "by", "after", "in":
			return res{}, false // "a year-on-year rise", "a day-to-day basis": a compound modifier
		}
	}
	if (w0 == "a" || w0 == "an") && unit == uSecond && !s.ending(k) {
		return res{}, false // "a second term"
	}
	if unit == uQuarter && known && s.is(k, "of") && (s.is(k+1, "a") || s.is(k+1, "an") || s.is(k+1, "one")) {
		// "a quarter of an hour", "three quarters of an hour", "a quarter
		// of a century": that share of the unit, in the unit below it
		var u2 int
		var n float64
		switch s.w(k + 2) {
		case "hour":
			u2, n = uMinute, v*15
		case "year":
			u2, n = uMonth, v*3
		case "century":
			u2, n = uYear, v*25
		}
		if u2 != 0 {
			return res{end: k + 3, typ: claims.TypeDuration, val: durValue(n, true, u2), unit: u2, amt: n, known: true, det: true}, true
		}
	}
	if s.is(k, "of") && (unit == uQuarter || w0 == "half") {
		return res{}, false // "a quarter of the vote"
	}
	if unit == uQuarter {
		n := k
		if s.is(n, "-") && s.gluedTo(n) {
			n++
		}
		switch s.w(n) {
		case "point", "points", "percentage", "percent", "pct":
			return res{}, false // "a quarter percentage point", "a quarter-point cut": a rate
		}
	}
	if unit == uQuarter && known && v < 1 {
		return res{}, false
	}
	if unit == uSecond && s.tok(i).kind == kNum && !plural && !s.gluedTo(j) && s.tok(j).lower == "second" && v > 1 {
		return res{}, false
	}
	// ages: "22-year-old", "five year olds", "ages 6 months and older"
	if s.is(k, "-") && s.gluedTo(k) && (s.is(k+1, "old") || s.is(k+1, "olds")) || s.is(k, "old") || s.is(k, "olds") || s.is(k, "of") && s.is(k+1, "age") {
		return res{}, false
	}
	switch strings.ToLower(s.w(i - 1)) {
	case "age", "ages", "aged":
		return res{}, false
	}
	if !known && !plural {
		return res{}, false
	}
	if !plural && known && v > 1 && s.capital(k-1) && !(s.is(j, "-") && s.gluedTo(j)) && s.tok(k-1).e-s.tok(k-1).s > 1 {
		return res{}, false // "80 Day Obsession", "4 Month of ...": a name
	}
	if w0 == "recent" && !plural {
		return res{}, false
	}
	// "the 5 upcoming years", "the 10 previous weeks": a stretch from the
	// publication date, as "the next five years" (countRange)
	if l := s.lex(j); known && l != nil && l.rel != rNone && l.rel != rThis && k == j+2 && s.tok(j).kind == kWord {
		if val, ok := s.countRange(l.rel, v, unit, false); ok {
			return res{end: k, typ: claims.TypeDate, val: val}, true
		}
	}
	// "the 90 years" takes its article; an adjective ("the 30-day period") does not
	r := res{end: k, typ: claims.TypeDuration, unit: unit, amt: v, known: known, det: !(s.is(j, "-") && s.gluedTo(j))}
	// "an hour and a half", "one hour and half", "one year and a quarter"
	if s.is(k, "and") && (s.is(k+1, "a") && s.is(k+2, "half") || s.is(k+1, "half")) && known {
		r.amt += 0.5
		r.end = k + 2
		if s.is(k+1, "a") {
			r.end = k + 3
		}
	} else if s.is(k, "and") && s.is(k+1, "a") && s.is(k+2, "quarter") && known && !s.is(k+3, "of") {
		r.amt += 0.25
		r.end = k + 3
	}
	r.val = durValue(r.amt, known, unit)
	if unit == uWeek && known && s.hasDCT && v == float64(int(v)) && s.is(k, "on") {
		// "a week on Friday", "two weeks on Sunday" (British): that many
		// weeks after the coming weekday
		if l := s.lex(k + 1); l != nil && l.wday > 0 && !l.plural && s.tok(k+1).kind == kWord && s.capital(k+1) && !s.is(k+2, "'") && !s.is(k+2, "’") {
			return res{end: k + 2, typ: claims.TypeDate, d: s.weeksAfterComing(l.wday, int(v))}, true
		}
	}
	// compound: "2 hours 30 minutes", "2 years 1 month 21 days"
	if known {
		parts := []struct {
			amt  float64
			unit int
		}{{r.amt, unit}}
		e := r.end
		for {
			k2 := e
			v2, kn2, j2, ok2 := s.number(k2)
			if !ok2 || !kn2 || s.tok(k2).lower == "a" || s.tok(k2).lower == "an" {
				break
			}
			u2, _, e2 := s.unitAt(j2)
			if u2 == 0 || u2 >= parts[len(parts)-1].unit {
				break
			}
			parts = append(parts, struct {
				amt  float64
				unit int
			}{v2, u2})
			e = e2
		}
		if len(parts) > 1 {
			r.end = e
			r.val = joinDur(parts[0].amt, parts[0].unit, parts[1:])
			for _, p := range parts[1:] {
				r.more = append(r.more, durPart{p.amt, p.unit})
			}
		}
	}
	// "five years'" keeps its apostrophe
	if plural && s.is(r.end, "'") && s.gluedTo(r.end) && !s.gluedTo(r.end+1) {
		r.end++
	}
	return r, true
}

// countRangeDur reads a length given as two counts of one unit, "six to
// eight weeks", "two or three days", "6-8 months", at i, whose first count
// v ends at j: one DURATION whose count is unknown (PXW), since a TIMEX3
// value holds one length and neither end is the length meant.
func (s *scan) countRangeDur(i int, v float64, known bool, j int) (res, bool) {
	if !known || s.tok(i).lower == "a" || s.tok(i).lower == "an" {
		return res{}, false
	}
	switch {
	case s.is(j, "to") || s.is(j, "or"):
	case (s.is(j, "-") || s.is(j, "–")) && s.gluedTo(j) && s.gluedTo(j+1) && s.tok(i).kind == kNum:
	default:
		return res{}, false
	}
	if s.depth >= maxDepth {
		return res{}, false
	}
	s.depth++
	r, ok := s.duration(j + 1)
	s.depth--
	if !ok || r.typ != claims.TypeDuration || !r.known || len(r.more) > 0 || r.amt <= v || r.val == "" {
		return res{}, false
	}
	return res{end: r.end, typ: claims.TypeDuration, val: durValue(0, false, r.unit), unit: r.unit, det: r.det}, true
}

func joinDur(a float64, u int, rest []struct {
	amt  float64
	unit int
}) string {
	var date, tm strings.Builder
	add := func(a float64, u int) {
		v := durValue(a, true, u)
		if strings.HasPrefix(v, "PT") {
			tm.WriteString(v[2:])
		} else {
			date.WriteString(v[1:])
		}
	}
	add(a, u)
	for _, p := range rest {
		add(p.amt, p.unit)
	}
	out := "P" + date.String()
	if tm.Len() > 0 {
		out += "T" + tm.String()
	}
	return out
}

// bareUnits reads plural units without a count where they mean an unknown
// stretch: "for years", "decades-long", "the months ahead"; and one unit,
// "decade-long"; and, before "ago", a past moment: "just weeks ago" (DATE
// PAST_REF).
func (s *scan) bareUnits(i int) (res, bool) {
	l := s.lex(i)
	if l.plural && s.is(i+1, "ago") && !s.capital(i+1) && s.tok(i).kind == kWord {
		return res{end: i + 2, typ: claims.TypeDate, val: "PAST_REF"}, true // "just weeks ago", as "a few weeks ago"
	}
	if l.unit < uHour {
		return res{}, false
	}
	if l.plural && s.w(i-1) == "the" && s.is(i+1, "ahead") && !s.is(i+2, "of") {
		// "the months ahead", "in the days ahead": as "the coming months"
		return res{end: i + 2, typ: claims.TypeDuration, val: durValue(0, false, l.unit), unit: l.unit, det: true}, true
	}
	if s.is(i+1, "-") && s.gluedTo(i+1) && s.is(i+2, "long") {
		if !l.plural {
			// "a decade-long war", "the month-long strike": one unit
			return res{end: i + 3, typ: claims.TypeDuration, val: durValue(1, true, l.unit), unit: l.unit, amt: 1, known: true}, true
		}
		return res{end: i + 3, typ: claims.TypeDuration, val: durValue(0, false, l.unit), unit: l.unit}, true
	}
	if !l.plural {
		return res{}, false
	}
	if s.w(i-1) == "within" {
		return res{end: i + 1, typ: claims.TypeDuration, val: durValue(0, false, l.unit), unit: l.unit}, true // "within weeks"
	}
	if (s.w(i-1) == "for" || s.w(i-1) == "in" && l.unit >= uYear) && s.ending(i+1) || s.w(i-1) == "for" && (s.is(i+1, "to") || s.is(i+1, "and") || s.is(i+1, "now")) {
		return res{end: i + 1, typ: claims.TypeDuration, val: durValue(0, false, l.unit), unit: l.unit}, true
	}
	return res{}, false
}

// clockOnly reads a clock time at i: 14:00, 2 p.m., 8PM, 9.30am, 1140 a.m.,
// eight o'clock, noon, midnight, with an optional time zone.
func (s *scan) clockOnly(i int) (clk, bool) {
	t := s.tok(i)
	var c clk
	j := i
	switch {
	case t.kind == kNum:
		n := t.e - t.s
		h := t.num
		j = i + 1
		if p := s.tok(i - 1); t.glued && (p.lower == "." || p.lower == ",") && s.tok(i-2).kind == kNum && p.glued {
			return c, false // the "1" of 37.1
		}
		if p := s.tok(i - 1); t.glued && (p.lower == "$" || p.lower == "£" || p.lower == "€") {
			return c, false // "£12.50p": a price, not 12:50 pm
		}
		hasMin := false
		if (s.is(j, ":") || s.is(j, ".")) && s.gluedTo(j) && s.tok(j+1).kind == kNum && s.gluedTo(j+1) && s.tok(j+1).e-s.tok(j+1).s == 2 {
			if n > 2 || h > 24 || s.tok(j+1).num > 59 {
				return c, false
			}
			c.mi = s.tok(j + 1).num
			hasMin = s.is(j, ":")
			dot := s.is(j, ".")
			j += 2
			if s.is(j, ":") && s.gluedTo(j) && s.tok(j+1).kind == kNum && s.gluedTo(j+1) && s.tok(j+1).e-s.tok(j+1).s == 2 {
				c.ss = s.tok(j + 1).num
				c.prec = 3
				j += 2
			}
			if dot && s.is(i-1, "at") && amountWord(s.w(j)) {
				return c, false // "at 3.25 percent"
			}
			if dot && !s.is(i-1, "at") && !((s.is(i-1, "between") || s.is(i-1, "from")) && (s.is(j, "-") || s.is(j, "to") || s.is(j, "and")) && s.tok(j+1).kind == kNum) {
				// 9.30 and 17.30 need am/pm or "at" to be times, not numbers
				if _, ok := s.ampm(j); !ok {
					return c, false
				}
			}
			hasMin = hasMin || dot
			c.prec = max(c.prec, 2)
		} else if n == 4 && h%100 < 60 && h/100 <= 23 {
			// 1140 a.m.; 1300 GMT
			if _, ok := s.ampm(j); !ok || h/100 > 12 {
				switch s.w(j) {
				case "gmt", "utc", "hrs", "hours", "z":
				default:
					return c, false
				}
				if s.w(j) == "hrs" || s.w(j) == "hours" {
					j++
				}
			}
			c.mi = h % 100
			h /= 100
			c.prec = 2
			hasMin = true
		} else if n > 2 || h > 24 {
			return c, false
		}
		c.hh = h
		if k, ok := s.ampm(j); ok {
			pm := s.tok(j).lower[0] == 'p' || s.tok(j).lower[0] == 'P'
			if c.hh > 12 || c.hh == 0 {
				return c, false
			}
			if pm && c.hh < 12 {
				c.hh += 12
			}
			if !pm && c.hh == 12 {
				c.hh = 0
			}
			c.ampm = true
			j = k
			if c.prec == 0 {
				c.prec = 1
			}
		} else if s.is(j, "o'clock") || s.is(j, "oclock") {
			j++
			c.prec = 1
		} else if h == 12 && !hasMin && (s.is(j, "noon") || s.is(j, "midnight")) {
			// "12 noon", "12 midnight"
			c.hh, c.prec = 12, 2
			if s.is(j, "midnight") {
				c.hh = 0
			}
			j++
		} else if pc, ok := s.clockWords(i); ok {
			return pc, true
		} else if !hasMin && !(h >= 1 && h <= 12 && n <= 2 && s.podAfter(j) != "") {
			return c, false
		}
	case t.lex != nil && (t.lex.num > 0 || t.lower == "half" || t.lower == "quarter" || t.lower == "a"):
		if pc, ok := s.clockWords(i); ok {
			return pc, true
		}
		if pc, ok := s.spokenClock(i, s.clockCue(i-1)); ok {
			c, j = pc, pc.end
			break
		}
		if !(t.lex.num > 0 && t.lex.num <= 12 && (s.is(i+1, "o'clock") || s.is(i+1, "oclock"))) {
			return c, false
		}
		c.hh = t.lex.num
		c.prec = 1
		j = i + 2
	case t.lower == "noon" || t.lower == "midday" || t.lower == "noonish":
		c.hh, c.prec, j = 12, 2, i+1
	case t.lower == "midnight":
		c.hh, c.prec, j = 0, 2, i+1
	case t.lower == "mid" && s.is(i+1, "night"):
		c.hh, c.prec, j = 0, 2, i+2 // "mid night"
	default:
		return c, false
	}
	// "5 in the morning", "eight in the evening"
	if pod := s.podAfter(j); pod != "" && !c.ampm {
		switch pod {
		case "AF", "EV", "NI":
			if c.hh < 12 && !(pod == "NI" && c.hh < 5) {
				c.hh += 12
			}
		}
		c.ampm = true
		j += 3
		if s.is(j-3, "at") {
			j--
		}
	}
	// time zone
	switch s.w(j) {
	case "utc", "gmt", "z":
		c.tz = "Z"
		j++
	}
	// Other zones add nothing to the value and stay outside the extent
	// ("between 9 to 10:30 cst"), as Recognizers-Text writes it; a day
	// after them is still read (clock, zoneAt).
	c.end = j
	return c, true
}

// zoneAt reports whether token j is a time-zone abbreviation other than
// UTC/GMT.
func (s *scan) zoneAt(j int) bool {
	switch s.w(j) {
	case "est", "edt", "pst", "pdt", "cet", "bst", "et", "pt", "cst", "cdt", "mst", "mdt":
		return true
	}
	return false
}

// clockCue reports whether token k, right before a number, makes a spoken
// number a clock time: "at nine thirty", "from two thirty to two forty five".
func (s *scan) clockCue(k int) bool {
	switch s.w(k) {
	case "at", "from", "to", "till", "until", "between", "around", "by", "about", "and":
		return true
	}
	return false
}

// spokenClock reads a clock time in words: "six pm", "nine thirty",
// "two forty five", "five-thirty", "seven oh five". Without am/pm or
// o'clock after it, it needs cued (a preposition or a named day before it)
// and minutes.
func (s *scan) spokenClock(i int, cued bool) (clk, bool) {
	var c clk
	l := s.lex(i)
	if s.tok(i).kind != kWord || l == nil || l.num < 1 || l.num > 12 || l.tens {
		return c, false
	}
	c.hh, c.prec = l.num, 1
	j := i + 1
	hasMin := false
	k := j
	if s.is(k, "-") && s.gluedTo(k) {
		k++
	}
	if m, e, ok := s.small(k); ok && (s.lex(k).tens || s.is(k, "oh") || m >= 10) && m <= 59 && !(s.lex(e) != nil && s.lex(e).unit > 0) && !(s.is(e, "-") && s.gluedTo(e)) {
		c.mi, c.prec, j, hasMin = m, 2, e, true
	}
	if e, ok := s.ampm(j); ok {
		pm := s.tok(j).lower[0] == 'p' || s.tok(j).lower[0] == 'P'
		if pm && c.hh < 12 {
			c.hh += 12
		}
		if !pm && c.hh == 12 {
			c.hh = 0
		}
		c.ampm, c.end = true, e
		return c, true
	}
	if s.is(j, "o'clock") || s.is(j, "oclock") {
		c.end = j + 1
		return c, true
	}
	if !cued || !hasMin {
		return c, false
	}
	c.end = j
	return c, true
}

// amountWord reports whether w, after a decimal number, makes it an amount.
func amountWord(w string) bool {
	switch strings.ToLower(w) {
	case "%", "percent", "per", "pc", "points", "point", "cents", "dollars", "euros", "pounds", "yen", "million",
		"billion", "trillion", "times", "kg", "km", "miles", "metres", "meters", "degrees":
		return true
	}
	return false
}

// podAfter returns the part of day in "in the morning", "in the evening",
// "at night" at j, or "".
func (s *scan) podAfter(j int) string {
	if s.is(j, "at") && s.is(j+1, "night") {
		return "NI"
	}
	if s.is(j, "in") && s.is(j+1, "the") {
		switch s.w(j + 2) {
		case "morning":
			return "MO"
		case "afternoon":
			return "AF"
		case "evening":
			return "EV"
		}
	}
	return ""
}

// clockWords reads spoken clock times: "half past seven", "15 past seven
// o'clock", "20 min past eight", "a quarter to nine".
func (s *scan) clockWords(i int) (clk, bool) {
	var c clk
	j := i
	m := 0
	switch {
	case s.is(j, "half"):
		m, j = 30, j+1
	case s.is(j, "quarter"):
		m, j = 15, j+1
	case s.is(j, "a") && s.is(j+1, "quarter"):
		m, j = 15, j+2
	default:
		v, known, k, ok := s.number(j)
		if !ok || !known || v < 1 || v > 59 || v != float64(int(v)) || s.tok(j).lower == "a" || s.tok(j).lower == "an" {
			return c, false
		}
		m, j = int(v), k
		if s.is(j, "min") || s.is(j, "mins") || s.is(j, "minutes") || s.is(j, "minute") {
			j++
		}
	}
	dir := 0
	switch s.w(j) {
	case "past", "after":
		dir = 1
	case "to", "before":
		if m != 15 && m != 30 && !s.is(j-1, "minutes") && !s.is(j-1, "min") && !s.is(j-1, "mins") {
			return c, false // "5 to 6pm" is a range
		}
		dir = -1
	default:
		return c, false
	}
	j++
	h := 0
	if t := s.tok(j); t.kind == kNum && t.e-t.s <= 2 && t.num >= 1 && t.num <= 12 {
		h = t.num
	} else if t.lex != nil && t.lex.num >= 1 && t.lex.num <= 12 && !t.lex.tens {
		h = t.lex.num
	} else if t.lower == "noon" || t.lower == "midnight" {
		h = 12
		if t.lower == "midnight" {
			h = 0
		}
	} else {
		return c, false
	}
	j++
	if s.is(j, "o'clock") || s.is(j, "oclock") {
		j++
	} else if s.podAfter(j) == "" && !s.ending(j) && dir > 0 && m != 30 && m != 15 {
		return c, false // "20 past eight" needs o'clock, a part of day or an end
	}
	if dir > 0 {
		c.hh, c.mi = h, m
	} else {
		c.hh, c.mi = (h+23)%24, 60-m
	}
	c.prec, c.end = 2, j
	if pod := s.podAfter(j); pod != "" {
		if (pod == "AF" || pod == "EV" || pod == "NI") && c.hh < 12 {
			c.hh += 12
		}
		c.ampm = true
		c.end = j + 3
		if s.is(j, "at") {
			c.end = j + 2
		}
	}
	return c, true
}

// ampm reads am/pm/a.m./p.m./a/p at i; it returns the index after it.
func (s *scan) ampm(i int) (int, bool) {
	w := s.tok(i).lower
	switch w {
	case "am", "pm":
		return i + 1, true
	case "a", "p":
		if s.is(i+1, ".") && s.gluedTo(i+1) && (s.is(i+2, "m") || s.is(i+2, "M")) && s.gluedTo(i+2) {
			if s.is(i+3, ".") && s.gluedTo(i+3) {
				return i + 4, true
			}
			return i + 3, true
		}
		if s.gluedTo(i) && s.ending(i+1) && s.text[s.tok(i).s] >= 'a' {
			return i + 1, true // 9p, 8:45a (not the class names 6A, 5-1A)
		}
	case "ampm":
		return i + 1, true
	}
	if w == "A" || w == "P" {
		if s.is(i+1, ".") && s.gluedTo(i+1) && s.is(i+2, "M") && s.gluedTo(i+2) {
			if s.is(i+3, ".") && s.gluedTo(i+3) {
				return i + 4, true
			}
			return i + 3, true
		}
	}
	return i, false
}

// clock reads a clock time as a TIME mention, with the day it belongs to:
// a day named after it ("15:00 GMT Saturday"), one named before it in the
// sentence, or the publication date in a past-tense report.
func (s *scan) clock(i int) (res, bool) {
	c, ok := s.clockOnly(i)
	if !ok {
		return res{}, false
	}
	if c.prec == 3 && !c.ampm && c.tz == "" && (s.is(i-1, "in") || s.is(i-1, "of")) {
		// "won in 2:01:39", "a time of 2:08:13": a race time, hours,
		// minutes and seconds long, not a clock
		if v := clockDur(c.hh, c.mi, c.ss); v != "PT" {
			return res{end: c.end, typ: claims.TypeDuration, val: v}, true
		}
	}
	if c.prec == 2 && !c.ampm && c.tz == "" && c.end == i+3 && s.raceTime(i) {
		// "ran in 3:43", "clocked 1:59", "a time of 3:29": a race time in
		// minutes and seconds, as sports pages write the shorter races
		if v := clockDur(0, c.hh, c.mi); v != "PT" {
			return res{end: c.end, typ: claims.TypeDuration, val: v}, true
		}
	}
	if !c.ampm && c.tz == "" && s.gameClock(i, c.end) {
		// "with 2:13 left", "with 0:45 to play": a game clock, the
		// minutes and seconds still to play (hours too in "1:02:30")
		h, m, sec := 0, c.hh, c.mi
		if c.prec == 3 {
			h, m, sec = c.hh, c.mi, c.ss
		}
		if v := clockDur(h, m, sec); v != "PT" {
			return res{end: c.end, typ: claims.TypeDuration, val: v}, true
		}
	}
	d := date{g: gTimeOnly, hasT: true, hh: c.hh, mi: c.mi, ss: c.ss, prec: c.prec, tz: c.tz, ampm: c.ampm}
	end := c.end
	// a day after the time
	k := end
	if s.zoneAt(k) {
		k++ // "3pm EST Monday"
	} else if s.is(k, "local") && s.is(k+1, "time") && s.is(k+2, "on") {
		k += 2 // "9:30 local time on Sunday"
	}
	if s.is(k, "on") {
		// "1 p.m. on March 18": the day gives the value, the extents stay apart
		if r, ok := s.dayAfterTime(k + 1); ok && r.d.g == gDay {
			r.d.hasT, r.d.hh, r.d.mi, r.d.ss, r.d.prec, r.d.tz, r.d.ampm = true, c.hh, c.mi, c.ss, c.prec, c.tz, c.ampm
			r.d.pod = ""
			r.typ, r.end = claims.TypeTime, end
			return r, true
		}
	}
	if r, ok := s.dayAfterTime(k); ok {
		if pod := r.d.pod; !c.ampm && c.hh < 12 && (pod == "AF" || pod == "EV" || pod == "NI" && c.hh >= 5) {
			c.hh += 12 // "five-thirty tomorrow evening"
		}
		r.d.hasT, r.d.hh, r.d.mi, r.d.ss, r.d.prec, r.d.tz, r.d.ampm = true, c.hh, c.mi, c.ss, c.prec, c.tz, c.ampm
		r.d.pod = ""
		r.typ = claims.TypeTime
		return r, true
	}
	if s.is(end, ",") {
		// "16:15 UTC, June 1st": the day named right after
		if r, ok := s.dayAfterTime(end + 1); ok && r.d.g == gDay && r.d.y > 0 {
			dd := date{y: r.d.y, m: r.d.m, d: r.d.d, g: gDay, hasT: true, hh: c.hh, mi: c.mi, ss: c.ss, prec: c.prec, tz: c.tz, ampm: c.ampm}
			return res{end: end, typ: claims.TypeTime, d: dd}, true
		}
	}
	if cd, ok := s.contextDay(i, end); ok {
		cd.hasT, cd.hh, cd.mi, cd.ss, cd.prec, cd.tz, cd.ampm = true, c.hh, c.mi, c.ss, c.prec, c.tz, c.ampm
		d = cd
	}
	return res{end: end, typ: claims.TypeTime, d: d}, true
}

// gameClock reports whether the clock at tokens [i, end) is the time left
// in a game: "with" before it and "left", "remaining", "to go" or "to
// play" after it ("with 2:13 left in the fourth quarter", "With 2:13 left
// in the game, Smith scored": "with" is no lexicon word, so it keeps its
// capital).
func (s *scan) gameClock(i, end int) bool {
	if w := s.w(i - 1); w != "with" && w != "With" {
		return false
	}
	return s.is(end, "left") || s.is(end, "remaining") || s.is(end, "to") && (s.is(end+1, "go") || s.is(end+1, "play"))
}

// raceTime reports whether the m:ss at token i is how long a race took:
// after "clocked" or "timed", "a time (best, record) of", or "in" after a
// verb of racing ("ran the mile in", "won in", "finished in").
func (s *scan) raceTime(i int) bool {
	switch s.w(i - 1) {
	case "clocked", "timed":
		return true
	case "of":
		switch s.w(i - 2) {
		case "time", "best", "record", "pb":
			return true
		}
		return false
	case "in":
	default:
		return false
	}
	for k := i - 2; k >= 0 && k >= i-5 && s.sent[k] == s.sent[i]; k-- {
		switch s.w(k) {
		case "ran", "run", "runs", "won", "wins", "finished", "finishes", "clocked", "completed", "completes", "swam", "swims", "raced", "races", "covered":
			return true
		case ",", ".", ";", "at", "on":
			return false
		}
	}
	return false
}

// dayAfterTime reads a day right after a clock time: a weekday, a dated
// day, today/tomorrow/yesterday.
func (s *scan) dayAfterTime(k int) (res, bool) {
	l := s.lex(k)
	if l == nil {
		if s.tok(k).kind == kNum {
			if r, ok := s.numeric(k); ok && r.d.g == gDay {
				return r, true
			}
			// the day first, as British, Australian and Indian papers
			// write it: "at 10am on 25 November"
			if r, ok := s.dayFirst(k); ok {
				return r, true
			}
		}
		return res{}, false
	}
	switch {
	case l.wday > 0 && !l.plural:
		return s.weekday(k)
	case l.month > 0:
		if r, ok := s.monthLed(k); ok && r.d.g == gDay {
			return r, true
		}
	case s.w(k) == "today" || s.w(k) == "tomorrow" || s.w(k) == "yesterday" || s.w(k) == "tonight":
		r, ok := s.words(k)
		if ok && r.d.pod == "" {
			r = s.attachPod(r)
		}
		return r, ok
	case l.rel != rNone:
		if r, ok := s.relative(k); ok && r.val == "" && r.d.g == gDay {
			return r, true
		}
	}
	return res{}, false
}

// setDur maps "daily", "weekly", ... to their set value.
func setWord(w string) string {
	switch w {
	case "daily", "everyday", "nightly":
		return "P1D"
	case "weekly":
		return "P1W"
	case "fortnightly":
		return "P2W"
	case "monthly":
		return "P1M"
	case "quarterly":
		return "P3M"
	case "annually", "yearly":
		return "P1Y"
	case "hourly":
		return "PT1H"
	case "biannually":
		return "P6M"
	}
	return ""
}
