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
