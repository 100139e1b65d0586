package temporal

import (
	"strings"
	"testing"
)

// TestLinearWork checks that repetitive, adversarial text costs a bounded
// number of rule evaluations per token (nested rules must not blow up).
func TestLinearWork(t *testing.T) {
	tg := New()
	for _, unit := range []string{
		"1-", "from 1 to 2 ", "Monday ", "the ", "5 to ", "next week ", "Monday 1-3 pm ", "between 3 and ",
		"1 2 3 ", "tomorrow 5 ", "January 5 to ", "3:00 to 4:00 tomorrow ", "a ", "in the morning ", "today at 5 ",
	} {
		text := strings.Repeat(unit, 200)
		s := &scan{}
		s.reset(tg.lx, text, dct2017)
		s.run()
		if per := float64(s.calls) / float64(len(s.toks)); per > 40 {
			t.Errorf("%q x200: %.1f rule evaluations per token", unit, per)
		}
	}
}
