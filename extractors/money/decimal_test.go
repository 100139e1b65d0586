package money

import "testing"

func TestDecString(t *testing.T) {
	for _, tc := range []struct {
		d    dec
		want string
	}{
		{dec{coef: 59, exp: 5}, "5900000"},
		{dec{coef: 250, exp: -2}, "2.5"},
		{dec{coef: 5, exp: -3}, "0.005"},
		{dec{coef: 1200, exp: -2}, "12"},
		{dec{coef: 0}, "0"},
		{dec{coef: 5, neg: true}, "-5"},
		{dec{bad: true}, ""},
	} {
		if got := tc.d.String(); got != tc.want {
			t.Errorf("%+v: got %q want %q", tc.d, got, tc.want)
		}
	}
}
