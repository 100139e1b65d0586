package article

import (
	"strings"
	"unicode"
)

// pickTitle takes the headline the page declares (JSON-LD, OpenGraph, title
// meta tags) and falls back to the <title> with the site name cut off.
func pickTitle(m *pageMeta, ld ldInfo) string {
	if ld.found {
		switch {
		case ld.name != "" && ld.headline != "" && ld.name != ld.headline:
			t := docTitle(m)
			if similarity(ld.headline, t) > 0.75 && similarity(ld.name, t) <= 0.75 {
				return ld.headline
			}
			return ld.name
		case ld.name != "":
			return ld.name
		case ld.headline != "":
			return ld.headline
		}
	}
	for _, k := range []string{"dc.title", "dcterm.title", "dcterms.title", "og:title", "weibo:article:title",
		"weibo:webpage:title", "title", "twitter:title", "parsely-title"} {
		if v := collapse(m.metas[k]); v != "" {
			return v
		}
	}
	return docTitle(m)
}

func isTitleSep(r rune) bool {
	switch r {
	case '|', '-', '\\', '/', '>', '»':
		return true
	}
	return false
}

func wordCount(s string) int { return len(strings.Fields(s)) + boolInt(strings.TrimSpace(s) == "") }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// separators returns the byte offsets of " X " separators in s, X one of
// | - \ / > ».
func separators(s string) (idx []int, hierarchical bool) {
	for i, r := range s {
		if !isTitleSep(r) || i == 0 || s[i-1] != ' ' {
			continue
		}
		end := i + len(string(r))
		if end < len(s) && s[end] == ' ' {
			idx = append(idx, i-1)
			if r != '|' && r != '-' {
				hierarchical = true
			}
		}
	}
	return idx, hierarchical
}

// docTitle cleans the <title>: the site name after the last separator goes,
// a "Section: Headline" keeps the headline, and a title too short or too
// long gives way to the only <h1>.
func docTitle(m *pageMeta) string {
	orig := strings.TrimSpace(m.title)
	cur := orig
	seps, hier := separators(cur)
	switch {
	case len(seps) > 0:
		cur = orig[:seps[len(seps)-1]]
		if wordCount(cur) < 3 {
			// drop the first part instead
			if i := strings.IndexFunc(orig, isTitleSep); i >= 0 {
				cur = orig[i+len(string([]rune(orig[i:])[0])):]
			}
		}
	case strings.Contains(cur, ": "):
		match := false
		for _, h := range append(append([]string(nil), m.h1...), m.h2...) {
			if strings.TrimSpace(h) == cur {
				match = true
				break
			}
		}
		if !match {
			cur = orig[strings.LastIndex(orig, ":")+1:]
			if wordCount(cur) < 3 {
				cur = orig[strings.Index(orig, ":")+1:]
			} else if wordCount(orig[:strings.Index(orig, ":")]) > 5 {
				cur = orig
			}
		}
	case len(cur) > 150 || len(cur) < 15:
		if len(m.h1) == 1 {
			cur = m.h1[0]
		}
	}
	cur = collapse(cur)
	n := wordCount(cur)
	if n <= 4 {
		stripped := strings.Map(func(r rune) rune {
			if isTitleSep(r) {
				return -1
			}
			return r
		}, orig)
		if !hier || n != wordCount(stripped)-1 {
			cur = collapse(orig)
		}
	}
	return cur
}

// similarity is the share of b's token text also in a (Readability's
// _textSimilarity).
func similarity(a, b string) float64 {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_')
		})
	}
	ta, tb := split(a), split(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	in := map[string]bool{}
	for _, t := range ta {
		in[t] = true
	}
	var uniq []string
	for _, t := range tb {
		if !in[t] {
			uniq = append(uniq, t)
		}
	}
	return 1 - float64(len(strings.Join(uniq, " ")))/float64(len(strings.Join(tb, " ")))
}
