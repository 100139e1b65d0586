package article

import (
	"strconv"
	"strings"
	"time"
)

// Layouts with a zone give an RFC 3339 timestamp; the rest only a date.
var zonedLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05Z07:00",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC822Z,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	time.UnixDate,
	// Day-first and JavaScript's Date.toString ("Wed Nov 20 2019 08:00:58
	// GMT+0000 (Coordinated Universal Time)", its note in parentheses cut).
	"2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"2 January 2006 15:04 -0700",
	"Jan 2, 2006 15:04 -0700",
	"January 2, 2006 15:04 -0700",
	"Mon Jan 2 2006 15:04:05 GMT-0700",
}

// zoneOffsets are the zone abbreviations news pages write after a time,
// as numeric offsets: Go's parser reads an abbreviation it does not know
// as UTC, which puts an evening in New York on the wrong day.
var zoneOffsets = map[string]string{
	"GMT": "+0000", "UTC": "+0000", "Z": "+0000", "BST": "+0100", "CET": "+0100", "CEST": "+0200",
	"EET": "+0200", "EEST": "+0300", "MSK": "+0300", "JST": "+0900", "KST": "+0900", "HKT": "+0800",
	"SGT": "+0800", "AEST": "+1000", "AEDT": "+1100", "EST": "-0500", "EDT": "-0400", "CST": "-0600",
	"CDT": "-0500", "MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700", "ET": "-0500",
}

// numericZone rewrites a trailing zone abbreviation ("08:00 GMT",
// "6:30 PM EDT") as its offset and drops a trailing note in parentheses;
// s unchanged when it ends otherwise.
func numericZone(s string) string {
	if i := strings.LastIndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[:i])
	}
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s
	}
	if off, ok := zoneOffsets[s[i+1:]]; ok {
		return s[:i+1] + off
	}
	return s
}

var dateLayouts = []string{
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"2006.01.02",
	"20060102",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Jan 2 2006",
	"2 January 2006",
	"2 Jan 2006",
	"02 Jan 2006",
	"Monday, January 2, 2006",
	"Mon, January 2, 2006",
	"Monday January 2, 2006",
	"Mon Jan 2 2006",
	"Monday, 2 January 2006",
	"January 2, 2006 3:04 PM",
	"January 2, 2006 at 3:04 pm",
	"January 2, 2006 15:04",
	"Jan 2, 2006 3:04 PM",
	"01/02/2006",
	"01/02/2006 3:04 PM",
	"01/02/2006 15:04",
}

// ParseDate reads a date or timestamp in the forms pages use and returns it
// as RFC 3339 when it carries a time zone, else as YYYY-MM-DD; "" when s is
// no date or an implausible one (before 1990 or after 2100).
func ParseDate(s string) string { return parseDate(s) }

func parseDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 6 || len(s) > 64 {
		return ""
	}
	if t, ok := epoch(s); ok {
		return t.UTC().Format(time.RFC3339)
	}
	// The zone as an offset first: "MST" in a layout takes any letters.
	forms := []string{s}
	if z := numericZone(s); z != s {
		forms = []string{z, s}
	}
	for _, z := range forms {
		for _, l := range zonedLayouts {
			if t, err := time.Parse(l, z); err == nil && plausible(t) {
				return t.Format(time.RFC3339)
			}
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil && plausible(t) {
			return t.Format("2006-01-02")
		}
	}
	// A leading ISO date followed by anything ("2019-11-20 10:43 IST").
	if len(s) > 10 && s[4] == '-' && s[7] == '-' {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil && plausible(t) {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// epoch reads 10- or 13-digit Unix times (seconds or milliseconds).
func epoch(s string) (time.Time, bool) {
	if len(s) != 10 && len(s) != 13 {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	var t time.Time
	if len(s) == 13 {
		t = time.UnixMilli(n)
	} else {
		t = time.Unix(n, 0)
	}
	return t, plausible(t)
}

func plausible(t time.Time) bool {
	y := t.Year()
	return y >= 1990 && y <= 2100
}

// dateFromURL finds a publication date in a URL path: /2019/11/18/,
// /2019-11-18-, /20191118/ (year, month and day all present).
func dateFromURL(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexByte(u, '/'); i >= 0 {
		u = u[i:]
	} else {
		return ""
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	for i := 0; i+10 <= len(u); i++ {
		if u[i] != '/' && u[i] != '-' && u[i] != '_' {
			continue
		}
		rest := u[i+1:]
		// yyyy/mm/dd or yyyy-mm-dd
		if len(rest) >= 10 && digits(rest[:4]) && (rest[4] == '/' || rest[4] == '-') && digits(rest[5:7]) &&
			rest[7] == rest[4] && digits(rest[8:10]) && (len(rest) == 10 || !isDigit(rest[10])) {
			if t, err := time.Parse("2006-01-02", rest[:4]+"-"+rest[5:7]+"-"+rest[8:10]); err == nil && plausible(t) {
				return t.Format("2006-01-02")
			}
		}
		// yyyymmdd between separators
		if len(rest) >= 8 && digits(rest[:8]) && (len(rest) == 8 || !isDigit(rest[8])) {
			if t, err := time.Parse("20060102", rest[:8]); err == nil && plausible(t) {
				return t.Format("2006-01-02")
			}
		}
	}
	return ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
