package money

import (
	"maps"
	"testing"
)

// TestTablesDeterministic builds the tables several times: map iteration
// order must not change what a name means.
func TestTablesDeterministic(t *testing.T) {
	first := buildTables()
	for range 8 {
		next := buildTables()
		if !maps.Equal(first.names, next.names) {
			for k, v := range first.names {
				if next.names[k] != v {
					t.Fatalf("name %q: %+v then %+v", k, v, next.names[k])
				}
			}
			t.Fatal("name tables differ")
		}
		if !maps.Equal(first.words, next.words) {
			t.Fatal("word tables differ")
		}
	}
}

func TestNames(t *testing.T) {
	tb := buildTables()
	for _, tc := range []struct {
		name, code string
		sub        int
	}{
		{"dollars", "USD", 0}, {"us dollars", "USD", 0}, {"pounds sterling", "GBP", 0}, {"euros", "EUR", 0},
		{"yen", "JPY", 0}, {"rupees", "INR", 0}, {"swiss francs", "CHF", 0}, {"francs", "XXX", 0},
		{"pence", "GBP", -2}, {"pennies", "USD", -2}, {"cents", "USD", -2}, {"euro cents", "EUR", -2},
		{"qatari riyals", "QAR", 0}, {"azerbaijani manat", "AZN", 0}, {"naira", "NGN", 0},
	} {
		got, ok := tb.names[tc.name]
		if !ok || got.code != tc.code || got.sub != tc.sub {
			t.Errorf("%q: got %+v (found %v), want %s sub %d", tc.name, got, ok, tc.code, tc.sub)
		}
	}
}
