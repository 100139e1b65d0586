package temporal

import (
	"strconv"
	"strings"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

// point is one end of a range: a date or time core, or a bare hour/day
// number that takes its meaning from the other end ("5 to 6pm",
// "between 3 and 12 of Sept").
type point struct {
	end  int
	r    res
	bare int // the number of a bare end, 0 when r holds a core
}

func (s *scan) rangePoint(j int) (point, bool) {
	if s.hasDCT && (s.is(j, "now") || s.is(j, "today")) {
		return point{end: j + 1, r: res{end: j + 1, typ: claims.TypeDate, d: dayOf(s.dct)}}, true
	}
	if s.hasDCT && (s.is(j, "current") || s.is(j, "the") && s.is(j+1, "current")) {
		// "from 2010-01-01 till current date"
		k := j + 1
		if s.is(j, "the") {
			k++
		}
		if s.is(k, "date") || s.is(k, "day") {
			return point{end: k + 1, r: res{end: k + 1, typ: claims.TypeDate, d: dayOf(s.dct)}}, true
		}
	}
	if r, ok := s.core(j); ok && r.val == "" && (r.typ == claims.TypeDate || r.typ == claims.TypeTime) {
		return point{end: r.end, r: r}, true
	}
	if s.is(j, "the") {
		// "to the 28th of June of 2020"
		if r, ok := s.core(j + 1); ok && r.det && r.val == "" && r.typ == claims.TypeDate && r.d.g == gDay {
			return point{end: r.end, r: r}, true
		}
	}
	// "the end of 2008", "the middle of September"
	if m, k, kind := s.modPrefix(j); kind == 'd' && k > j && s.w(j) != "early" && s.w(j) != "late" && s.w(j) != "mid" {
		if s.is(k, "the") {
			k++
		}
		if r, ok := s.core(k); ok && r.val == "" && r.typ == claims.TypeDate {
			r.mod = m
			return point{end: r.end, r: r}, true
		}
	}
	t := s.tok(j)
	if t.lex != nil && t.lex.month > 0 && t.kind == kWord && (s.capital(j) || t.lex.month != 5) {
		// a bare month inside a range: "Jan-Feb 2017", "from Sep to Nov"
		return point{end: j + 1, r: res{end: j + 1, typ: claims.TypeDate, d: date{m: t.lex.month, g: gMonth}}}, true
	}
	if t.kind == kNum && t.e-t.s <= 2 && t.num >= 1 && t.num <= 31 && (!s.gluedTo(j+1) || s.is(j+1, "-") || s.is(j+1, "~") ||
		(s.is(j+1, ".") || s.is(j+1, ",") || s.is(j+1, ";") || s.is(j+1, ")")) && !(s.tok(j+2).kind == kNum && s.gluedTo(j+2))) {
		return point{end: j + 1, bare: t.num}, true
	}
	if t.lex != nil && t.lex.num > 0 && t.lex.num <= 12 && !t.lex.tens {
		return point{end: j + 1, bare: t.lex.num}, true
	}
	k := j
	if s.is(k, "the") {
		k++
	}
	if d, e, ok := s.dayNum(k); ok && (s.tok(k).kind == kWord || e > k+1) {
		return point{end: e, bare: d}, true
	}
	return point{}, false
}

// movingVerbs move an event from one time to another: what follows "from"
// after them is two times, the old and the new.
var movingVerbs = map[string]bool{"postpone": true, "postponed": true, "postpones": true, "move": true, "moved": true,
	"moves": true, "delay": true, "delayed": true, "delays": true, "push": true, "pushed": true, "pushes": true,
	"shift": true, "shifted": true, "shifts": true, "reschedule": true, "rescheduled": true, "reschedules": true,
	"change": true, "changed": true, "changes": true, "switch": true, "switched": true, "brought": true, "bring": true,
	"pushing": true, "moving": true, "delaying": true, "postponing": true, "shifting": true, "rescheduling": true}

// moved reports whether the "from" at token i follows a verb that moves an
// event, at most one word ("back", "forward", "up") between.
func (s *scan) moved(i int) bool {
	if movingVerbs[s.w(i-1)] {
		return true
	}
	switch s.w(i - 1) {
	case "back", "forward", "up", "ahead":
		return movingVerbs[s.w(i-2)]
	}
	return false
}

// rangeAt reads "from X to Y", "between X and Y", "Jan-Feb 2017",
// "5 to 6pm", "November 19-20": one DATE or TIME mention whose value is
// Recognizers-Text's range form (start,end,duration).
func (s *scan) rangeAt(i int) (res, bool) {
	j := i
	lead := s.w(i)
	if lead == "from" || lead == "between" {
		j++
	} else {
		lead = ""
	}
	if lead == "from" && s.moved(i) || lead == "" && s.w(i-1) == "from" && s.moved(i-1) {
		return res{}, false // "postponed from Tuesday to Friday": two days, not the days between
	}
	if r, ok := s.numRange(j); ok {
		return r, true
	}
	if lead != "" {
		if r, ok := s.militaryRange(j); ok {
			return r, true
		}
	}
	a, ok := s.rangePoint(j)
	if !ok {
		return res{}, false
	}
	k := a.end
	sep := s.w(k)
	switch sep {
	case "to", "till", "until", "through", "thru", "-", "~", "–":
	case "and":
		if lead != "between" {
			return res{}, false
		}
	default:
		return res{}, false
	}
	b, ok := s.rangePoint(k + 1)
	if !ok {
		return res{}, false
	}
	if b.bare != 0 && a.bare != 0 {
		// two bare hours on a known day: "next Monday 6-8", "between 3
		// and 8 yesterday"
		if a.bare > 24 || b.bare > 24 {
			return res{}, false
		}
		if s.rangeDay == nil {
			e := b.end
			if s.is(e, "on") {
				e++
			}
			if r, ok := s.dayAfterTime(e); !ok || r.d.g != gDay || e > b.end {
				return res{}, false
			}
		}
		a.r = res{typ: claims.TypeTime, d: date{g: gTimeOnly, hasT: true, hh: a.bare, prec: 1}}
		b.r = res{typ: claims.TypeTime, d: date{g: gTimeOnly, hasT: true, hh: b.bare, prec: 1}}
		if s.is(b.end, "pm") || s.is(b.end, "p") {
			if a.r.d.hh < 12 {
				a.r.d.hh += 12
			}
			if b.r.d.hh < 12 {
				b.r.d.hh += 12
			}
			b.end++
		} else if s.is(b.end, "am") {
			b.end++
		}
		a.bare, b.bare = 0, 0
	}
	if lead == "" {
		// Bare "2009-2010" stays two years (TimeML); a bare number start
		// needs a time or day after it.
		if a.bare == 0 && a.r.d.g == gYear && (sep == "-" || sep == "–") {
			return res{}, false
		}
		if sep == "to" && a.bare != 0 && b.r.typ != claims.TypeTime && b.r.d.g != gDay {
			return res{}, false
		}
	}
	if a.bare != 0 {
		a.r = b.r
		switch {
		case b.r.typ == claims.TypeTime && b.r.d.hasT:
			h := a.bare
			if b.r.d.hh >= 12 && h < 12 && h+12 <= b.r.d.hh {
				h += 12
			}
			a.r.d.hh, a.r.d.mi, a.r.d.ss, a.r.d.prec = h, 0, 0, 1
		case b.r.d.g == gDay && a.bare <= 31:
			a.r.d.d = a.bare
			if a.bare > b.r.d.d && b.r.d.m > 0 {
				// "from the twenty-seventh to the third of April": the
				// month before
				a.r.d.m--
				if a.r.d.m == 0 {
					a.r.d.m = 12
					if a.r.d.y > 0 {
						a.r.d.y--
					}
				}
				if a.bare > daysIn(max(a.r.d.y, 2016), a.r.d.m) {
					return res{}, false
				}
			}
		default:
			return res{}, false
		}
	}
	if b.bare != 0 {
		b.r = a.r
		switch {
		case a.r.typ == claims.TypeTime && a.r.d.hasT:
			h := b.bare
			if h < a.r.d.hh && h+12 > a.r.d.hh {
				h += 12
			}
			b.r.d.hh, b.r.d.mi, b.r.d.prec = h, 0, 1
		case a.r.d.g == gDay && b.bare > a.r.d.d:
			b.r.d.d = b.bare
		default:
			return res{}, false
		}
	}
	ad, bd := a.r.d, b.r.d
	// "from 2007 to the end of 2008", "from the end of March to the middle
	// of September": a modified year or month is the day it points at (the
	// end is the start of what follows), and the length is counted in
	// months, as Recognizers-Text writes it
	months := false
	for _, p := range []struct {
		d   *date
		mod string
	}{{&ad, a.r.mod}, {&bd, b.r.mod}} {
		if p.mod == "" || p.d.hasT || p.d.g != gYear && p.d.g != gMonth {
			continue
		}
		months = true
		y, m, d := p.d.y, p.d.m, 1
		if p.d.g == gYear {
			m = 1
			switch p.mod {
			case "END":
				y++
			case "MID":
				m = 7
			}
		} else {
			switch p.mod {
			case "END":
				if m++; m > 12 {
					m = 1
					if y > 0 {
						y++
					}
				}
			case "MID":
				d = 16
			}
		}
		*p.d = date{y: y, m: m, d: d, g: gDay}
	}
	// a month or year against a day: count from its first day
	if !ad.hasT && !bd.hasT && (ad.g == gDay) != (bd.g == gDay) {
		for _, d := range []*date{&ad, &bd} {
			switch d.g {
			case gMonth:
				d.d, d.g = 1, gDay
			case gYear:
				d.m, d.d, d.g = 1, 1, gDay
			}
		}
	}
	if wa, wb := s.lex(j), s.lex(k+1); !ad.hasT && !bd.hasT && ad.g == gDay && bd.g == gDay && wa != nil && wa.wday > 0 && wb != nil && wb.wday > 0 {
		// "from Monday to Friday": each weekday was resolved on its own;
		// an end before the start is the week after it, or, told of the
		// past, the start is the week before the end
		if ta, ok := ad.toTime(); ok {
			if tb, ok := bd.toTime(); ok && tb.Before(ta) {
				if s.tenseAt(j, b.end) < 0 {
					ad = dayOf(ta.AddDate(0, 0, -7))
				} else {
					bd = dayOf(tb.AddDate(0, 0, 7))
				}
			}
		}
	}
	if ad.hasT && bd.hasT && !ad.ampm && bd.ampm && bd.hh >= 12 && ad.hh < 12 && (ad.hh+12)*60+ad.mi < bd.hh*60+bd.mi {
		ad.hh += 12 // "2:00 to 2:30 pm" (not "2:30 to 2:15 pm")
	}
	if ad.hasT && bd.hasT && ad.g != bd.g {
		// "3:00 to 4:00 tomorrow", "from 2pm till tomorrow 4:30pm": the
		// named day holds for the other end
		if ad.g == gTimeOnly && bd.g == gDay {
			ad.y, ad.m, ad.d, ad.g = bd.y, bd.m, bd.d, gDay
			if _, clockFirst := s.clockOnly(k + 1); !clockFirst && s.hasDCT {
				if bt, ok := bd.toTime(); ok && bt.After(s.dct) {
					// "from 2pm till tomorrow 4:30pm": the day named
					// with the end is the end's; the start is today
					t := dayOf(s.dct)
					ad.y, ad.m, ad.d = t.y, t.m, t.d
				}
			}
		} else if bd.g == gTimeOnly && ad.g == gDay {
			bd.y, bd.m, bd.d, bd.g = ad.y, ad.m, ad.d, gDay
		}
	}
	if ad.g != bd.g || ad.hasT != bd.hasT {
		return res{}, false
	}
	// a missing year comes from the other end
	if ad.y == 0 || ad.y != bd.y && s.textYear(a) == 0 && s.textYear(b) != 0 && s.named(j) {
		ad.y = bd.y
		if ad.g == gMonth && ad.m > bd.m || ad.g == gDay && (ad.m > bd.m || ad.m == bd.m && ad.d > bd.d) {
			ad.y--
		}
	}
	// an end before the start is in the next year: "April 1 to March 31"
	if (ad.g == gDay || ad.g == gMonth) && !ad.hasT && ad.y > 0 && ad.y == bd.y && s.textYear(b) == 0 &&
		(bd.m < ad.m || bd.m == ad.m && ad.g == gDay && bd.d < ad.d) {
		bd.y++
	}
	// month-day ends that name no year stay XXXX, as one cannot know it
	// (and as the Recognizers-Text gold writes them whatever its reference
	// date), unless the story wrote a year out in the last sentences,
	// which year-less dates take: "In 2019 ... from 30 November to 20
	// December"
	if (ad.g == gDay || ad.g == gMonth) && !ad.hasT && s.textYear(a) == 0 && s.textYear(b) == 0 && s.named(j) && s.named(k+1) &&
		!(s.statedYear != 0 && int(s.sent[i])-s.storySent <= storyWindow) {
		ad.y, bd.y = 0, 0
	}
	if ad.hasT && ad.g == gTimeOnly && bd.g != gTimeOnly {
		return res{}, false
	}
	end := b.end
	typ := claims.TypeDate
	if ad.hasT {
		typ = claims.TypeTime
		if s.rangeDay != nil {
			dd := *s.rangeDay
			late := dd.pod == "EV" || dd.pod == "NI" || dd.pod == "AF"
			for _, d := range []*date{&ad, &bd} {
				d.y, d.m, d.d, d.g = dd.y, dd.m, dd.d, gDay
				switch {
				case dd.g == gWday:
					d.g, d.wday = gWday, dd.wday
				case dd.y == 0 && dd.m == 0 && dd.d == 0:
					d.g = gTimeOnly
				}
				if late && d.hh < 12 {
					d.hh += 12
				}
			}
		}
		// a day after the range: "3:00 to 4:00 tomorrow", "... on 1/1/2015"
		e := end
		if s.is(e, "on") {
			e++
		}
		if r, ok := s.dayAfterTime(e); ok && r.d.g == gDay && s.rangeDay == nil {
			late := r.d.pod == "EV" || r.d.pod == "NI" || r.d.pod == "AF"
			for _, d := range []*date{&ad, &bd} {
				d.y, d.m, d.d, d.g = r.d.y, r.d.m, r.d.d, gDay
				if late && d.hh < 12 && !d.ampm {
					d.hh += 12
				}
			}
			end = r.end
		}
	}
	v, ok := rangeValue(ad, bd)
	if !ok {
		return res{}, false
	}
	if months && ad.g == gDay && !ad.hasT {
		n := (bd.y-ad.y)*12 + bd.m - ad.m
		if ad.y == 0 || bd.y == 0 {
			n = (bd.m - ad.m + 12) % 12
		}
		if p := strings.LastIndexByte(v, ','); p > 0 && n > 0 {
			v = v[:p+1] + "P" + strconv.Itoa(n) + "M)"
		}
	}
	return res{end: end, typ: typ, val: v}, true
}

// numDate reads a numeric day at i for numRange: M/D, M/D/YY(YY) or
// M-D-YYYY (day first when the first number cannot be a month). Year 0:
// none given.
func (s *scan) numDate(i int) (date, int, bool) {
	a, sep, b := s.tok(i), s.tok(i+1), s.tok(i+2)
	if a.kind != kNum || b.kind != kNum || !sep.glued || !b.glued || a.e-a.s > 2 || b.e-b.s > 2 || sep.lower != "/" && sep.lower != "-" {
		return date{}, i, false
	}
	m, d, y, e := a.num, b.num, 0, i+3
	if s.is(e, sep.lower) && s.gluedTo(e) && s.tok(e+1).kind == kNum && s.gluedTo(e+1) {
		n := s.tok(e+1).e - s.tok(e+1).s
		switch {
		case n == 4:
			y = s.tok(e + 1).num
		case n == 2 && sep.lower == "/":
			y = twoDigitYear(s.tok(e + 1).num)
		}
		if y != 0 {
			e += 2
		}
	}
	if sep.lower == "-" && y == 0 {
		return date{}, i, false // 5-7 is a count, not a day
	}
	if m > 12 {
		m, d = d, m
	}
	ly := y
	if ly == 0 {
		ly = 2016 // a leap year: 2/29 stands
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(ly, m) || y != 0 && (y < 1000 || y > 2199) {
		return date{}, i, false
	}
	return date{y: y, m: m, d: d, g: gDay}, e, true
}

// numRange reads two numeric days joined by a hyphen: "10/1-11/2/2017",
// "10-1-2018-10-7-2018", "5/1-5/7, 2020", "2/29-3/1". A year given with one
// end holds for the other; none leaves both XXXX.
func (s *scan) numRange(i int) (res, bool) {
	a, k, ok := s.numDate(i)
	if !ok || !(s.is(k, "-") || s.is(k, "~")) || !s.gluedTo(k) || !s.gluedTo(k+1) {
		return res{}, false
	}
	b, e, ok := s.numDate(k + 1)
	if !ok || s.gluedTo(e) && (s.tok(e).kind == kNum || s.is(e, "-") || s.is(e, "/")) {
		return res{}, false
	}
	if a.y == 0 && b.y == 0 && s.is(e, ",") && s.isYear(e+1) {
		a.y, b.y, e = s.tok(e+1).num, s.tok(e+1).num, e+2 // "5/1-5/7, 2020"
	}
	switch {
	case a.y == 0 && b.y != 0:
		a.y = b.y
		if a.m > b.m || a.m == b.m && a.d > b.d {
			a.y--
		}
	case b.y == 0 && a.y != 0:
		b.y = a.y
		if b.m < a.m || b.m == a.m && b.d < a.d {
			b.y++
		}
	}
	v, ok := rangeValue(a, b)
	if !ok {
		return res{}, false
	}
	return res{end: e, typ: claims.TypeDate, val: v}, true
}

// rangeOnDay re-reads the time range at j as falling on day d; an evening
// or night day moves bare hours past noon.
func (s *scan) rangeOnDay(j int, d date) (string, int, bool) {
	save := s.rangeDay
	s.rangeDay = &d
	rr, ok := s.rangeAt(j)
	s.rangeDay = save
	return rr.val, rr.end, ok && rr.typ == claims.TypeTime
}

// named reports whether the range end at j is a calendar name or number
// (not "next Friday" or "today").
func (s *scan) named(j int) bool {
	if s.is(j, "the") {
		j++
	}
	if _, k, kind := s.modPrefix(j); kind == 'd' && k > j {
		j = k // "the end of March"
		if s.is(j, "the") {
			j++
		}
	}
	t := s.tok(j)
	return t.kind == kNum || t.lex != nil && (t.lex.month > 0 || t.lex.ord > 0 || t.lex.num > 0 || t.lex.tens)
}

// textYear is the year an end gave in its own words (0 when inferred):
// digits, or "last year" after it ("from 3 to 7 May last year").
func (s *scan) textYear(p point) int {
	if p.end >= 2 {
		if y, k, ok := s.relYearAt(p.end - 2); ok && k == p.end {
			return y
		}
	}
	for k := p.end - 1; k >= 0 && k >= p.end-4; k-- {
		if s.isYear(k) {
			return s.tok(k).num
		}
	}
	return 0
}

// rangeValue formats (start,end,duration) as Recognizers-Text does.
func rangeValue(a, b date) (string, bool) {
	var sa, sb, dur string
	switch {
	case a.hasT:
		ta := a.hh*60 + a.mi
		tb := b.hh*60 + b.mi
		if a.g == gDay && b.g == gDay && a.y > 0 && b.y > 0 {
			// ends on different days: "from 2pm till tomorrow 4:30pm"
			da, oka := a.toTime()
			db, okb := b.toTime()
			if oka && okb {
				tb += int(db.Sub(da).Hours()/24+0.5) * 24 * 60
			}
		}
		if tb <= ta {
			if b.ampm || b.hh >= 12 || tb+12*60 <= ta {
				// an end that said am or pm, or that is still before the
				// start in the afternoon, is the next day: "from 10pm to
				// 5am", "from 20:00 to 06:00"
				tb += 24 * 60
				b = b.nextDay()
			} else {
				// an end with no am or pm is in the afternoon: "between
				// 0930-0730" is (T09:30,T19:30,PT10H)
				tb += 12 * 60
				b.hh += 12
			}
		}
		sa, sb = rangeTime(a), rangeTime(b)
		dur = clockDur((tb-ta)/60, (tb-ta)%60, 0)
	case a.g == gYear:
		if b.y <= a.y {
			return "", false
		}
		sa, sb = string(pad(nil, a.y, 4)), string(pad(nil, b.y, 4))
		return "(" + sa + "-01-01," + sb + "-01-01,P" + strconv.Itoa(b.y-a.y) + "Y)", true
	case a.g == gMonth:
		n := (b.y-a.y)*12 + b.m - a.m
		if a.y == 0 || b.y == 0 {
			n = (b.m - a.m + 12) % 12
		}
		if n <= 0 {
			return "", false
		}
		sa = string(a.year(nil)) + "-" + string(a.month(nil)) + "-01"
		sb = string(b.year(nil)) + "-" + string(b.month(nil)) + "-01"
		dur = "P" + strconv.Itoa(n) + "M"
	case a.g == gQuarter:
		n := (b.y-a.y)*12 + (b.n-a.n)*3
		if n <= 0 {
			return "", false
		}
		sa = string(a.year(nil)) + "-" + string(pad(nil, (a.n-1)*3+1, 2)) + "-01"
		sb = string(b.year(nil)) + "-" + string(pad(nil, (b.n-1)*3+1, 2)) + "-01"
		dur = "P" + strconv.Itoa(n) + "M"
	case a.g == gDay:
		ya, yb := a.y, b.y
		if ya == 0 || yb == 0 {
			ya, yb = 2016, 2016 // a leap year, so that 2/29 stands
			if b.m < a.m || b.m == a.m && b.d < a.d {
				yb++
			}
		}
		ta := time.Date(ya, time.Month(a.m), a.d, 12, 0, 0, 0, time.UTC)
		tb := time.Date(yb, time.Month(b.m), b.d, 12, 0, 0, 0, time.UTC)
		n := int(tb.Sub(ta).Hours()/24 + 0.5)
		if n <= 0 {
			return "", false
		}
		sa, sb = a.String(), b.String()
		dur = "P" + strconv.Itoa(n) + "D"
	default:
		return "", false
	}
	return "(" + sa + "," + sb + "," + dur + ")", true
}

// rangeTime writes a range end: the date when known, then T and the hour,
// with minutes only when the text gave them.
func rangeTime(d date) string {
	var b strings.Builder
	if d.g == gDay || d.g == gWday {
		e := d
		e.hasT = false
		b.WriteString(e.String())
	}
	b.WriteByte('T')
	b.Write(pad(nil, d.hh, 2))
	if d.prec >= 2 || d.mi != 0 {
		b.WriteByte(':')
		b.Write(pad(nil, d.mi, 2))
	}
	return b.String()
}

// boundAt reads a bound before a date: "after 2010", "since August",
// "before 2.30pm", "later than 2020", "as early as next year".
func (s *scan) boundAt(i int) (res, bool) {
	j := i + 1
	mod := ""
	switch s.w(i) {
	case "after":
		mod = "AFTER"
	case "before":
		mod = "BEFORE"
	case "later", "earlier":
		if !s.is(j, "than") {
			return res{}, false
		}
		j++
		mod = "AFTER"
		if s.w(i) == "earlier" {
			mod = "BEFORE"
		}
	case "no":
		if !(s.is(j, "later") || s.is(j, "earlier")) || !s.is(j+1, "than") {
			return res{}, false
		}
		mod = "ON_OR_BEFORE"
		if s.is(j, "earlier") {
			mod = "ON_OR_AFTER"
		}
		j += 2
	case "until", "till":
		mod = "BEFORE"
	case "as":
		if !(s.is(j, "early") || s.is(j, "late")) || !s.is(j+1, "as") {
			return res{}, false
		}
		mod = "ON_OR_AFTER"
		if s.is(j, "late") {
			mod = "ON_OR_BEFORE"
		}
		j += 2
	default:
		return res{}, false
	}
	if s.is(j, "around") || s.is(j, "about") {
		j++ // "after around 3:30pm"
	}
	// "before lunch", "after dinner": the meal's time of day
	if (mod == "BEFORE" || mod == "AFTER") && (s.is(j, "lunch") || s.is(j, "dinner")) {
		pod := "MEL"
		if s.is(j, "dinner") {
			pod = "MED"
		}
		return res{end: j + 1, typ: claims.TypeTime, d: date{g: gTimeOnly, pod: pod}, mod: mod}, true
	}
	r, ok := s.core(j)
	if !ok && s.is(j, "the") {
		r, ok = s.core(j + 1) // "after the year 2020"
		ok = ok && r.det
	}
	if !ok || r.typ == claims.TypeDuration || r.typ == claims.TypeSet || r.val != "" {
		return res{}, false
	}
	// Only explicit points: a year, a month, a clock time; "after Friday"
	// and "since yesterday" keep the bare date (TimeML leaves the
	// preposition out).
	switch {
	case r.typ == claims.TypeTime && (r.d.hasT || r.d.g == gTimeOnly && r.d.pod != "") && s.w(i) != "until" && s.w(i) != "till":
	case (r.d.g == gYear || r.d.g == gMonth) && s.w(i) != "until" && s.w(i) != "till":
	case r.d.g == gDay && !r.d.hasT && s.named(j):
	default:
		return res{}, false
	}
	r.mod = mod
	return r, true
}

// durMinutes is a known duration of hours and minutes in minutes ("3 hours
// 30 minutes", "2.5 hours"); ok is false for other units.
func durMinutes(r res) (int, bool) {
	if r.typ != claims.TypeDuration || !r.known {
		return 0, false
	}
	total := 0.0
	for _, p := range append([]durPart{{r.amt, r.unit}}, r.more...) {
		switch p.unit {
		case uHour:
			total += p.amt * 60
		case uMinute:
			total += p.amt
		default:
			return 0, false
		}
	}
	if total <= 0 || total != float64(int(total)) {
		return 0, false
	}
	return int(total), true
}

// clockSpan is the range from clock time d for n minutes, as
// Recognizers-Text writes it: the start as given, the end to the second,
// and the length in hours and minutes ("(T10,T13:30:00,PT3H30M)").
func clockSpan(d date, n int) (string, bool) {
	end := d.hh*60 + d.mi + n
	if end >= 24*60 {
		return "", false
	}
	e := d
	e.hh, e.mi, e.prec = end/60, end%60, 2
	sb := rangeTime(e) + ":00"
	return "(" + rangeTime(d) + "," + sb + "," + clockDur(n/60, n%60, 0) + ")", true
}

// clockForDur reads "from 10 am for 3 hours 30 minutes" at i (at "from")
// on day (nil: no day named): a time range of that length.
func (s *scan) clockForDur(i int, day *date) (res, bool) {
	if !s.is(i, "from") {
		return res{}, false
	}
	c, ok := s.clockOnly(i + 1)
	if !ok {
		if h, e, ok2 := s.bareHour(i + 1); ok2 {
			c, ok = clk{end: e, hh: h, prec: 1}, true
		}
	}
	if !ok || !s.is(c.end, "for") {
		return res{}, false
	}
	dr, ok := s.duration(c.end + 1)
	n, ok2 := durMinutes(dr)
	if !ok || !ok2 {
		return res{}, false
	}
	d := date{g: gTimeOnly, hasT: true, hh: c.hh, mi: c.mi, prec: c.prec}
	if day != nil {
		d.y, d.m, d.d, d.g = day.y, day.m, day.d, gDay
	}
	v, ok := clockSpan(d, n)
	if !ok {
		return res{}, false
	}
	return res{end: dr.end, typ: claims.TypeTime, val: v}, true
}

// durFrom reads a length of time that starts at a named point: "for 2
// hours from 2pm" (i at "for"), "3 days starting from next Monday", "2
// weeks starting May 20th", "for 3 days, from today" (i at the count):
// one range.
func (s *scan) durFrom(i int) (res, bool) {
	j := i
	if s.is(j, "for") {
		j++
	}
	dr, ok := s.duration(j)
	if !ok || !dr.known {
		return res{}, false
	}
	k := dr.end
	if s.is(k, ",") && j > i {
		k++
	}
	switch {
	case (s.is(k, "starting") || s.is(k, "beginning")) && j == i: // "for" stays out
		k++
		if s.is(k, "from") || s.is(k, "on") {
			k++
		}
	case s.is(k, "from") && j > i:
		k++
	default:
		return res{}, false
	}
	if n, ok := durMinutes(dr); ok && j > i {
		// "for 2.5 hours from 9"
		c, ok := s.clockOnly(k)
		if !ok {
			if h, e, ok2 := s.bareHour(k); ok2 {
				c, ok = clk{end: e, hh: h, prec: 1}, true
			}
		}
		if !ok {
			return res{}, false
		}
		v, ok := clockSpan(date{g: gTimeOnly, hasT: true, hh: c.hh, mi: c.mi, prec: c.prec}, n)
		if !ok {
			return res{}, false
		}
		return res{end: c.end, typ: claims.TypeTime, val: v}, true
	}
	if dr.unit < uDay || dr.amt != float64(int(dr.amt)) || len(dr.more) > 0 {
		return res{}, false
	}
	var start date
	end := k
	switch {
	case s.is(k, "today") && s.hasDCT:
		start, end = dayOf(s.dct), k+1
	default:
		r, ok := s.core(k)
		if !ok || r.val != "" || r.d.g != gDay || r.d.hasT {
			return res{}, false
		}
		start, end = r.d, r.end
	}
	t, ok := start.toTime()
	if !ok {
		return res{}, false
	}
	v, ok := rangeValue(start, dayOf(addUnits(t, dr.unit, int(dr.amt))))
	if !ok {
		return res{}, false
	}
	// the length as the text gives it ("P2W", not "P14D")
	if p := strings.LastIndexByte(v, ','); p > 0 {
		v = v[:p+1] + dr.val + ")"
	}
	return res{end: end, typ: claims.TypeDate, val: v}, true
}

// militaryRange reads "0730-0930" after from/between at j: four-digit
// clock times, at least one with a leading zero (so that "between
// 2000-2010" stays years).
func (s *scan) militaryRange(j int) (res, bool) {
	hhmm := func(k int) (int, int, bool) {
		t := s.tok(k)
		if t.kind != kNum || t.e-t.s != 4 || t.num/100 > 23 || t.num%100 > 59 {
			return 0, 0, false
		}
		return t.num / 100, t.num % 100, true
	}
	ah, am, ok1 := hhmm(j)
	sep := j + 1
	if !(s.is(sep, "-") || s.is(sep, "to") || s.is(sep, "and")) {
		return res{}, false
	}
	bh, bm, ok2 := hhmm(sep + 1)
	if !ok1 || !ok2 || s.text[s.tok(j).s] != '0' && s.text[s.tok(sep+1).s] != '0' || s.gluedTo(sep+2) && s.tok(sep+2).kind != kPunct {
		return res{}, false
	}
	v, ok := rangeValue(date{g: gTimeOnly, hasT: true, hh: ah, mi: am, prec: 2}, date{g: gTimeOnly, hasT: true, hh: bh, mi: bm, prec: 2})
	if !ok {
		return res{}, false
	}
	return res{end: sep + 2, typ: claims.TypeTime, val: v}, true
}
