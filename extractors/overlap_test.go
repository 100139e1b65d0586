package extractors

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

// Of overlapping mentions the longest stays, except that a name that runs
// into a date gives up the month or weekday names they share.
func TestResolveOverlaps(t *testing.T) {
	const text = "APEC will meet in Korea Jan-Feb 2017, during the Seven Years' War, on Monday Night Football."
	at := func(s, typ, value string) claims.Mention {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in the text", s)
		}
		return claims.Mention{Start: i, End: i + len(s), Type: typ, Text: s, Value: value}
	}
	got := resolveOverlaps([]claims.Mention{
		at("Korea Jan-Feb", claims.TypeLoc, "Korea"), at("Jan-Feb 2017", claims.TypeDate, "(2017-01-01,2017-02-01,P1M)"),
		at("Seven Years' War", claims.TypeMisc, ""), at("the Seven Years", claims.TypeDuration, "P7Y"),
		at("Monday Night Football", claims.TypeMisc, ""), at("Monday Night", claims.TypeTime, "XXXX-WXX-1TNI"),
	})
	var have []string
	for _, m := range got {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("%s %q: span [%d,%d) holds %q", m.Type, m.Text, m.Start, m.End, text[m.Start:m.End])
		}
		have = append(have, m.Type+" "+m.Text+"="+m.Value)
	}
	want := []string{"LOC Korea=", "DATE Jan-Feb 2017=(2017-01-01,2017-02-01,P1M)", "MISC Seven Years' War=", "MISC Monday Night Football="}
	if !slices.Equal(have, want) {
		t.Errorf("resolveOverlaps = %q, want %q", have, want)
	}
}

// A name the tagger made of a clock time and its zone ("4pm ET") gives way
// to the time; a longer name that holds more than the zone stays.
func TestResolveOverlapsTimeZones(t *testing.T) {
	tests := []struct {
		text, name, time string
		want             []string
	}{
		{"Polls close at 4pm ET on Tuesday.", "4pm ET", "4pm", []string{"TIME 4pm"}},
		{"The match starts at 10am IST.", "10am IST", "10am", []string{"TIME 10am"}},
		{"Trading resumes at 7.30pm (AEDT).", "7.30pm (AEDT)", "7.30pm", []string{"TIME 7.30pm"}},
		{"Watch 4pm ET Now on cable.", "4pm ET Now", "4pm", []string{"ORG 4pm ET Now"}},
	}
	for _, tt := range tests {
		at := func(s, typ string) claims.Mention {
			i := strings.Index(tt.text, s)
			if i < 0 {
				t.Fatalf("%q not in %q", s, tt.text)
			}
			return claims.Mention{Start: i, End: i + len(s), Type: typ, Text: s}
		}
		var have []string
		for _, m := range resolveOverlaps([]claims.Mention{at(tt.name, claims.TypeOrg), at(tt.time, claims.TypeTime)}) {
			have = append(have, m.Type+" "+m.Text)
		}
		if !slices.Equal(have, tt.want) {
			t.Errorf("%q: resolveOverlaps = %q, want %q", tt.text, have, tt.want)
		}
	}
}
