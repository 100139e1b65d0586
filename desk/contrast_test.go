package desk

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// cssRule is one rule of the stylesheet: its selectors and declarations.
type cssRule struct {
	sel  string
	decl map[string]string
}

// parseCSS reads app.css's rules: enough for a stylesheet without strings
// or comments holding braces, where @media only wraps plain rules.
func parseCSS(t *testing.T) []cssRule {
	t.Helper()
	b, err := staticFS.ReadFile("static/app.css")
	if err != nil {
		t.Fatal(err)
	}
	css := regexp.MustCompile(`(?s)/\*.*?\*/`).ReplaceAllString(string(b), "")
	var rules []cssRule
	for _, m := range regexp.MustCompile(`([^{}]+)\{([^{}]*)\}`).FindAllStringSubmatch(css, -1) {
		r := cssRule{sel: strings.TrimSpace(m[1]), decl: map[string]string{}}
		for _, d := range strings.Split(m[2], ";") {
			if k, v, ok := strings.Cut(d, ":"); ok {
				r.decl[strings.TrimSpace(k)] = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "!important"))
			}
		}
		rules = append(rules, r)
	}
	return rules
}

// rgb reads a colour written #rgb or #rrggbb.
func rgb(s string) ([3]float64, bool) {
	var c [3]float64
	s = strings.TrimPrefix(s, "#")
	if len(s) == 3 {
		s = string([]byte{s[0], s[0], s[1], s[1], s[2], s[2]})
	}
	if len(s) != 6 {
		return c, false
	}
	for i := range c {
		v, err := strconv.ParseUint(s[2*i:2*i+2], 16, 8)
		if err != nil {
			return c, false
		}
		c[i] = float64(v) / 255
	}
	return c, true
}

// contrast is WCAG 2's contrast ratio of two colours.
func contrast(a, b [3]float64) float64 {
	lum := func(c [3]float64) float64 {
		var l [3]float64
		for i, v := range c {
			if v <= 0.03928 {
				l[i] = v / 12.92
			} else {
				l[i] = math.Pow((v+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	}
	x, y := lum(a), lum(b)
	return (math.Max(x, y) + 0.05) / (math.Min(x, y) + 0.05)
}

// TestStylesheetContrast computes the contrast ratios of the desk's colours
// from app.css against WCAG AA: 4.5:1 for text (the desk's is all normal
// size), 3:1 for what tells a control or a mark from what is around it.
// Opacity and rgba() are not modelled: the two translucent texts (the
// brand's "desk", a chip's value) are well above 4.5:1 as blended.
func TestStylesheetContrast(t *testing.T) {
	rules := parseCSS(t)
	if len(rules) < 50 {
		t.Fatalf("parsed %d rules from app.css: the parser no longer fits the stylesheet", len(rules))
	}
	root := map[string]string{}
	for _, r := range rules {
		if r.sel == ":root" {
			root = r.decl
		}
	}
	colour := func(v string) ([3]float64, bool) {
		if name, ok := strings.CutPrefix(v, "var("); ok {
			v = root[strings.TrimSuffix(name, ")")]
		}
		return rgb(v)
	}

	// Colours set in one rule and read on backgrounds set in others, by
	// their custom properties.
	pairs := []struct {
		fg, bg string
		min    float64
		what   string
	}{
		{"--ink", "--bg", 4.5, "text on the page"},
		{"--ink", "--card", 4.5, "text on a card"},
		{"--ink", "--claim", 4.5, "a claim marked in its article"},
		{"--ink", "--focus", 4.5, "the claim marked on its own page"},
		{"--ink", "--ent", 4.5, "an entity"},
		{"--ink", "--date", 4.5, "a date"},
		{"--ink", "--amt", 4.5, "an amount"},
		{"--muted", "--card", 4.5, "secondary text (.meta), a placeholder"},
		{"--muted", "--bg", 4.5, "secondary text on the page"},
		{"--muted", "--th", 4.5, "a table's headings"},
		{"--muted", "--sel", 4.5, "secondary text in the selected row"},
		{"--muted", "--warm", 4.5, "secondary text in an unseen alert, an earlier verdict"},
		{"--accent", "--card", 4.5, "a link on a card"},
		{"--accent", "--bg", 4.5, "a link on the page"},
		{"--accent", "--sel", 4.5, "a link in the selected row"},
		{"--accent", "--warm", 4.5, "a link in an unseen alert, an earlier verdict"},
		{"--head-link", "--brand", 4.5, "the header's links"},
		{"--head-muted", "--brand", 4.5, "the header's user and buttons"},
		{"--field-line", "--card", 3, "a form field's border"},
		{"--field-line", "--bg", 3, "a form field's border on the page"},
		{"--field-line", "--th", 3, "a form field's border on a grey card"},
		{"--muted", "--card", 3, "the dotted underline of a link to another claim"},
		{"--focus-line", "--card", 3, "the underline of the claim on its page"},
		{"--focus-line", "--focus", 3, "the underline of the claim against its highlight"},
		{"--ent-b", "--ent", 3, "an entity's underline"},
		{"--date-b", "--date", 3, "a date's underline"},
		{"--amt-b", "--amt", 3, "an amount's underline"},
	}
	for _, p := range pairs {
		fg, ok1 := rgb(root[p.fg])
		bg, ok2 := rgb(root[p.bg])
		if !ok1 || !ok2 {
			t.Errorf("%s: %s (%q) or %s (%q) is not a colour in app.css's :root", p.what, p.fg, root[p.fg], p.bg, root[p.bg])
			continue
		}
		if c := contrast(fg, bg); c < p.min {
			t.Errorf("%s: %s %s on %s %s is %.2f:1, want %.1f:1", p.what, p.fg, root[p.fg], p.bg, root[p.bg], c, p.min)
		}
	}

	// The rules that draw what the pairs above check use those properties.
	uses := []struct{ sel, prop, want string }{
		{"input,select,textarea", "border", "var(--field-line)"},
		{"button", "border", "var(--field-line)"},
		{"::placeholder", "color", "var(--muted)"},
		{"a.other", "text-decoration", "var(--muted)"},
		{"mark.focus", "box-shadow", "var(--focus-line)"},
		{"header.top a", "color", "var(--head-link)"},
	}
	for _, u := range uses {
		found := false
		for _, r := range rules {
			if r.sel == u.sel {
				found = true
				if !strings.Contains(r.decl[u.prop], u.want) {
					t.Errorf("%s{%s:%s}: want it drawn in %s", u.sel, u.prop, r.decl[u.prop], u.want)
				}
			}
		}
		if !found {
			t.Errorf("no rule %s in app.css", u.sel)
		}
	}

	// Every rule that sets both a text colour and a background (pills,
	// badges, buttons, keys, the toast) sets a readable pair.
	n := 0
	for _, r := range rules {
		bgv := r.decl["background"]
		if bgv == "" {
			bgv = r.decl["background-color"]
		}
		fg, ok1 := colour(r.decl["color"])
		bg, ok2 := colour(bgv)
		if !ok1 || !ok2 {
			continue
		}
		n++
		if c := contrast(fg, bg); c < 4.5 {
			t.Errorf("%s: color %s on background %s is %.2f:1, want 4.5:1", r.sel, r.decl["color"], bgv, c)
		}
	}
	if n < 15 {
		t.Errorf("only %d rules set both a colour and a background: the parser no longer fits the stylesheet", n)
	}
}
