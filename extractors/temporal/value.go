package temporal

import (
	"strconv"
	"strings"
	"time"
)

// Granularities of a date value.
const (
	gNone         = iota
	gDay          // 2016-07-29
	gMonth        // 2016-07
	gYear         // 2016
	gWeek         // 2017-W45
	gWeekend      // 2017-W45-WE
	gQuarter      // 2016-Q2
	gHalf         // 2016-H1
	gSeason       // 2016-SU
	gDecade       // 199
	gCentury      // 19
	gWday         // XXXX-WXX-4 (weekday, week unknown)
	gMonthWeek    // 2016-07-W05 (nth week of a month)
	gTimeOnly     // T14:00 (no date)
	gUnknownDay   // XXXX-XX-XX
	gUnknownMonth // XXXX-XX
)

// date is a calendar value under construction. Year 0 means unknown (XXXX),
// month 0 unknown (XX) where the granularity needs one.
type date struct {
	y, m, d int
	g       int
	n       int    // quarter, half, week-of-month number
	season  string // SP SU FA WI
	wday    int    // for gWday

	// time of day
	hasT   bool
	hh, mi int
	ss     int
	prec   int    // 1 hour only, 2 minutes, 3 seconds
	ampm   bool   // the text said am or pm
	pod    string // MO AF EV NI ... when no clock time
	tz     string // "Z" for UTC/GMT
}

func pad(b []byte, v, w int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < w; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

func (d date) year(b []byte) []byte {
	if d.y <= 0 {
		return append(b, "XXXX"...)
	}
	return pad(b, d.y, 4)
}

func (d date) month(b []byte) []byte {
	if d.m <= 0 {
		return append(b, "XX"...)
	}
	return pad(b, d.m, 2)
}

// String formats the TIMEX3 value.
func (d date) String() string {
	b := make([]byte, 0, 24)
	switch d.g {
	case gDay:
		b = d.year(b)
		b = append(b, '-')
		b = d.month(b)
		b = append(b, '-')
		if d.d <= 0 {
			b = append(b, "XX"...)
		} else {
			b = pad(b, d.d, 2)
		}
	case gMonth:
		b = d.year(b)
		b = append(b, '-')
		b = d.month(b)
	case gYear:
		b = d.year(b)
	case gWeek, gWeekend:
		if d.y > 0 && d.m > 0 && d.d > 0 {
			y, w := time.Date(d.y, time.Month(d.m), d.d, 12, 0, 0, 0, time.UTC).ISOWeek()
			b = pad(b, y, 4)
			b = append(b, "-W"...)
			b = pad(b, w, 2)
		} else {
			b = d.year(b)
			b = append(b, "-WXX"...)
		}
		if d.g == gWeekend {
			b = append(b, "-WE"...)
		}
	case gQuarter:
		b = d.year(b)
		b = append(b, "-Q"...)
		b = strconv.AppendInt(b, int64(d.n), 10)
	case gHalf:
		b = d.year(b)
		b = append(b, "-H"...)
		b = strconv.AppendInt(b, int64(d.n), 10)
	case gSeason:
		b = d.year(b)
		b = append(b, '-')
		b = append(b, d.season...)
	case gDecade:
		if d.y <= 0 {
			b = append(b, "XXX"...)
		} else {
			b = pad(b, d.y/10, 3)
		}
	case gCentury:
		if d.y <= 0 {
			b = append(b, "XX"...)
		} else {
			b = pad(b, d.y/100, 2)
		}
	case gWday:
		b = append(b, "XXXX-WXX-"...)
		b = strconv.AppendInt(b, int64(d.wday), 10)
	case gMonthWeek:
		b = d.year(b)
		b = append(b, '-')
		b = d.month(b)
		b = append(b, "-W"...)
		b = pad(b, d.n, 2)
	case gUnknownDay: // the year may be known: 2012-XX-XX
		b = d.year(b)
		b = append(b, "-XX-XX"...)
	case gUnknownMonth:
		b = d.year(b)
		b = append(b, "-XX"...)
	}
	if d.hasT {
		b = append(b, 'T')
		b = pad(b, d.hh, 2)
		b = append(b, ':')
		b = pad(b, d.mi, 2)
		if d.prec >= 3 {
			b = append(b, ':')
			b = pad(b, d.ss, 2)
		}
		b = append(b, d.tz...)
	} else if d.pod != "" {
		if d.g == gTimeOnly && len(b) > 0 {
			b = b[:0]
		}
		b = append(b, 'T')
		b = append(b, d.pod...)
	}
	return string(b)
}

// dayOf returns a day-granular date from a time.
func dayOf(t time.Time) date {
	return date{y: t.Year(), m: int(t.Month()), d: t.Day(), g: gDay}
}

// toTime returns the date as a time (noon UTC); ok only when the day is known.
func (d date) toTime() (time.Time, bool) {
	if d.y <= 0 || d.m <= 0 || d.d <= 0 {
		return time.Time{}, false
	}
	return time.Date(d.y, time.Month(d.m), d.d, 12, 0, 0, 0, time.UTC), true
}

// nextDay returns d one day later: the next date, or for a bare weekday the
// next weekday (a time alone stays as it is).
func (d date) nextDay() date {
	switch {
	case d.g == gWday:
		d.wday = d.wday%7 + 1
	case d.g != gDay:
	case d.y > 0:
		if t, ok := d.toTime(); ok {
			t = t.AddDate(0, 0, 1)
			d.y, d.m, d.d = t.Year(), int(t.Month()), t.Day()
		}
	case d.m > 0 && d.d > 0:
		// no year: a leap year's lengths, so "February 28" is followed by
		// the 29th as it may be
		if d.d++; d.d > daysIn(2000, d.m) {
			d.d, d.m = 1, d.m%12+1
		}
	}
	return d
}

// addUnits moves t by n units (negative n goes back).
func addUnits(t time.Time, unit, n int) time.Time {
	switch unit {
	case uSecond:
		return t.Add(time.Duration(n) * time.Second)
	case uMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case uHour:
		return t.Add(time.Duration(n) * time.Hour)
	case uDay, uNight:
		return t.AddDate(0, 0, n)
	case uWeek, uWeekend:
		return t.AddDate(0, 0, 7*n)
	case uFortnight:
		return t.AddDate(0, 0, 14*n)
	case uMonth:
		return addMonths(t, n)
	case uQuarter:
		return addMonths(t, 3*n)
	case uHalf:
		return addMonths(t, 6*n)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	case uCentury:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}

// addMonths adds months clamping the day to the target month's length.
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	mm := int(m) - 1 + n
	y += mm / 12
	mm %= 12
	if mm < 0 {
		mm += 12
		y--
	}
	if last := daysIn(y, mm+1); d > last {
		d = last
	}
	return time.Date(y, time.Month(mm+1), d, t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// granOf maps a unit to the date granularity naming it ("last month" -> gMonth).
func granOf(unit int) int {
	switch unit {
	case uDay, uNight:
		return gDay
	case uWeek, uFortnight:
		return gWeek
	case uWeekend:
		return gWeekend
	case uMonth:
		return gMonth
	case uQuarter:
		return gQuarter
	case uHalf:
		return gHalf
	case uYear:
		return gYear
	case uDecade:
		return gDecade
	case uCentury:
		return gCentury
	}
	return gNone
}

// atGran returns the date of t at granularity g.
func atGran(t time.Time, g int) date {
	d := dayOf(t)
	d.g = g
	switch g {
	case gQuarter:
		d.n = (d.m-1)/3 + 1
	case gHalf:
		d.n = (d.m-1)/6 + 1
	}
	return d
}

// clockDur formats a length of h hours, m minutes and sec seconds as a
// duration value, leaving out the parts that are not above zero:
// "PT3H30M"; "PT" when none is.
func clockDur(h, m, sec int) string {
	v := "PT"
	if h > 0 {
		v += strconv.Itoa(h) + "H"
	}
	if m > 0 {
		v += strconv.Itoa(m) + "M"
	}
	if sec > 0 {
		v += strconv.Itoa(sec) + "S"
	}
	return v
}

// durValue formats a duration value: P5M, PT3H, P2.5Y, PXD.
func durValue(amount float64, known bool, unit int) string {
	var b strings.Builder
	b.WriteByte('P')
	letter := ""
	mult := 1.0
	switch unit {
	case uSecond:
		b.WriteByte('T')
		letter = "S"
	case uMinute:
		b.WriteByte('T')
		letter = "M"
	case uHour:
		b.WriteByte('T')
		letter = "H"
	case uDay, uNight:
		letter = "D"
	case uWeekend:
		letter = "WE"
	case uWeek:
		letter = "W"
	case uFortnight:
		letter, mult = "W", 2
	case uMonth:
		letter = "M"
	case uQuarter:
		letter, mult = "M", 3
	case uHalf:
		letter, mult = "M", 6
	case uYear:
		letter = "Y"
	case uDecade:
		letter, mult = "Y", 10
	case uCentury:
		letter, mult = "Y", 100
	}
	if !known {
		b.WriteByte('X')
	} else {
		b.WriteString(strconv.FormatFloat(amount*mult, 'f', -1, 64))
	}
	b.WriteString(letter)
	return b.String()
}
