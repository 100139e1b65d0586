package desk

import (
	"errors"
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
		param   string // the parameter the error names
	}{
		{"kind=quantity", false, ""},
		{"kind=laws_rules", false, ""},
		{"kind=none", false, ""},
		{"kind=quantities", true, "kind"},
		{"kind=Quantity", true, "kind"},
		{"amount_min=1,000&amount_max=2e6", false, ""},
		{"amount_min=NaN", true, "amount_min"},
		{"amount_max=Inf", true, "amount_max"},
		{"amount_min=-infinity", true, "amount_min"},
		{"status=verdict&verdict=false", false, ""},
		{"verdict=wrong", true, "verdict"},
		{"status=done", true, "status"},
		{"limit=0", true, "limit"},
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
		var pe *ParamError
		if errors.As(err, &pe) != (tt.param != "") || pe != nil && pe.Param != tt.param {
			t.Errorf("ParseQueueFilter(%s): %#v, want a ParamError naming %q", tt.query, pe, tt.param)
		}
	}
}
