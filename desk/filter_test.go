package desk

import (
	"net/url"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

// TestParseQueueFilterRefuses: a filter value that can match nothing by
// its spelling is refused, naming it, rather than giving an empty queue.
func TestParseQueueFilterRefuses(t *testing.T) {
	tests := []struct {
		query   string
		invalid bool
	}{
		{"kind=quantity", false},
		{"kind=laws_rules", false},
		{"kind=none", false},
		{"kind=quantities", true},
		{"kind=Quantity", true},
		{"amount_min=1,000&amount_max=2e6", false},
		{"amount_min=NaN", true},
		{"amount_max=Inf", true},
		{"amount_min=-infinity", true},
		{"status=verdict&verdict=false", false},
		{"verdict=wrong", true},
	}
	for _, tt := range tests {
		q, err := url.ParseQuery(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		_, err = ParseQueueFilter(q, "rita")
		if got := claims.ErrorKind(err) == claims.Invalid; got != tt.invalid || (err != nil) != tt.invalid {
			t.Errorf("ParseQueueFilter(%s): %v, want invalid %v", tt.query, err, tt.invalid)
		}
	}
}
