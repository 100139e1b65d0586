package postgres

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Full-text search matches claims/sqlite's FTS5 table (tokenize =
// 'unicode61 remove_diacritics 2') token for token: the text is split and
// folded here, in Go, by the same rules (fts5tables.go is generated from
// SQLite's tokenizer and checked against it by TestFTS5Tables), and handed
// to PostgreSQL as a ready tsvector or tsquery literal. PostgreSQL's own
// parser and dictionaries never see the text, so the result depends neither
// on the server's locale nor on extensions such as unaccent.

// Limits of PostgreSQL's tsvector: a lexeme of at most 2047 bytes, positions
// 1..16383, at most 256 positions per lexeme, 1 MiB of lexemes in all.
const (
	maxLexemeBytes   = 2047
	maxPosition      = 16383
	maxPositions     = 256
	maxTSVectorBytes = 1 << 19 // well inside the 1 MiB limit
)

// fts5Tokens splits s into tokens as SQLite's unicode61 tokenizer with
// remove_diacritics 2 does: runs of non-separator code points, each folded
// (lower case, diacritics removed); a token that folds to nothing is dropped.
// Tokens longer than a tsvector lexeme may be are cut at a rune boundary, the
// same in documents and queries.
func fts5Tokens(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			t := b.String()
			if len(t) > maxLexemeBytes {
				n := maxLexemeBytes
				for n > 0 && !utf8.RuneStart(t[n]) {
					n--
				}
				t = t[:n]
			}
			out = append(out, t)
			b.Reset()
		}
	}
	for _, r := range s {
		if unicode.Is(fts5Separators, r) {
			flush()
			continue
		}
		if f, ok := fts5Fold[r]; ok {
			if f >= 0 {
				b.WriteRune(f)
			}
			continue
		}
		b.WriteRune(r)
	}
	flush()
	return out
}

// quoteLexeme quotes a lexeme for tsvector and tsquery input.
func quoteLexeme(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `''`).Replace(s) + "'"
}

// searchVector is the tsvector literal of a claim's text and its article's
// title: the tokens of each with their positions, the title's one position
// after the text's so that no phrase spans the two (FTS5 keeps them in
// separate columns).
func searchVector(text, title string) string {
	pos := map[string][]int{}
	n, size := 0, 0
	add := func(s string) {
		for _, t := range fts5Tokens(s) {
			n++
			ps, seen := pos[t]
			if !seen {
				if size+len(t) > maxTSVectorBytes {
					continue
				}
				size += len(t)
			}
			if len(ps) < maxPositions {
				pos[t] = append(ps, min(n, maxPosition))
			}
		}
	}
	add(text)
	n++ // a gap between the columns
	add(title)
	lex := make([]string, 0, len(pos))
	for t := range pos {
		lex = append(lex, t)
	}
	sort.Strings(lex)
	var b strings.Builder
	for i, t := range lex {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(quoteLexeme(t))
		b.WriteByte(':')
		last := 0
		for j, p := range pos[t] {
			if p == last { // clamped positions repeat
				continue
			}
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Itoa(p))
			last = p
		}
	}
	return b.String()
}

// queryWords splits what a user typed into words as claims/sqlite's
// ftsQuery does: letters, digits, apostrophes, hyphens and anything beyond
// ASCII make up words; everything else separates them.
func queryWords(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool {
		return !(r == '\'' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127)
	})
}

// searchQuery turns what a user typed into a tsquery literal with FTS5's
// meaning of claims/sqlite's query: every word must appear, as a phrase of
// its tokens ("don't" is don followed by t), the last word's last token as a
// prefix. A word without tokens ("—") is ignored, as FTS5 ignores an empty
// phrase. ok is false when q has no words (no filter); a query whose words
// all lack tokens returns "", ok: it matches nothing, as in FTS5.
func searchQuery(q string) (tsquery string, ok bool) {
	words := queryWords(q)
	if len(words) == 0 {
		return "", false
	}
	var phrases []string
	for i, w := range words {
		toks := fts5Tokens(w)
		if len(toks) == 0 {
			continue
		}
		parts := make([]string, len(toks))
		for j, t := range toks {
			parts[j] = quoteLexeme(t)
		}
		if i == len(words)-1 {
			parts[len(parts)-1] += ":*"
		}
		phrases = append(phrases, "("+strings.Join(parts, " <-> ")+")")
	}
	return strings.Join(phrases, " & "), true
}

// sqliteReal reads the number at the start of s as SQLite's CAST(s AS REAL)
// does: leading spaces skipped, the longest prefix that is a decimal number
// (sign, digits, point, exponent) converted, 0 when there is none.
func sqliteReal(s string) float64 {
	s = strings.TrimLeft(s, " \t\n\f\r\v")
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return 0
	}
	end := i
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > j {
			end = k
		}
	}
	// Out of range, ParseFloat returns ±Inf or 0 (with an error), as SQLite does.
	f, _ := strconv.ParseFloat(s[:end], 64)
	return f
}

// moneyAmount is the amount of a MONEY mention's value ("USD 5900000"): the
// number after the first space, as claims/sqlite's facets compute it; nil
// when the value has no space.
func moneyAmount(value string) *float64 {
	_, num, ok := strings.Cut(value, " ")
	if !ok {
		return nil
	}
	f := sqliteReal(num)
	return &f
}

// prefixUpper returns the least string greater than every string that starts
// with p (byte order), and false when there is none.
func prefixUpper(p string) (string, bool) {
	rs := []rune(p)
	for i := len(rs) - 1; i >= 0; i-- {
		r := rs[i] + 1
		if r >= 0xD800 && r < 0xE000 {
			r = 0xE000
		}
		if r <= unicode.MaxRune {
			return string(rs[:i]) + string(r), true
		}
	}
	return "", false
}
