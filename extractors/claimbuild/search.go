package claimbuild

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// phraseSet answers whether a text contains any of a list of strings in one
// pass over the text, where strings.Contains would take one pass per string.
// At each byte of the text a bit table of the phrases' first two bytes rules
// out nearly every position; at the others, the phrases that start with that
// byte are compared.
type phraseSet struct {
	pairs   [1 << 12 / 64]uint64 // bit pairKey(a, b) is set if a phrase starts with a, b
	first   [256]uint8           // phrases[first[c]-1] is the first phrase that starts with c; 0: none does
	phrases []string             // sorted
	minLen  int                  // at least 2
}

func pairKey(a, b byte) uint { return (uint(a)<<4 ^ uint(b)) & (1<<12 - 1) }

func newPhraseSet(ps ...string) *phraseSet {
	if len(ps) == 0 || len(ps) > 255 {
		panic("claimbuild: a phrase set holds 1 to 255 phrases")
	}
	p := &phraseSet{phrases: append([]string(nil), ps...), minLen: len(ps[0])}
	sort.Strings(p.phrases)
	for i := len(p.phrases) - 1; i >= 0; i-- {
		s := p.phrases[i]
		if len(s) < 2 {
			panic("claimbuild: a phrase set's phrases are at least two bytes long")
		}
		p.first[s[0]] = uint8(i + 1)
		k := pairKey(s[0], s[1])
		p.pairs[k/64] |= 1 << (k % 64)
		p.minLen = min(p.minLen, len(s))
	}
	return p
}

// in reports whether s contains any of the phrases.
func (p *phraseSet) in(s string) bool {
	for i, last := 0, len(s)-p.minLen; i <= last; i++ {
		c := s[i]
		if k := pairKey(c, s[i+1]); p.pairs[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		j := int(p.first[c])
		if j == 0 {
			continue // the pair's bit is another pair's
		}
		for j--; j < len(p.phrases) && p.phrases[j][0] == c; j++ {
			if strings.HasPrefix(s[i:], p.phrases[j]) {
				return true
			}
		}
	}
	return false
}

// lowerInPlace returns strings.ToLower(s) when every rune's lower case is
// as long as the rune itself (always for ASCII, nearly always otherwise):
// then byte offsets into s are byte offsets into the result, and a slice of
// the result is the lower case of the same slice of s. It returns false,
// and no string, for any other s.
func lowerInPlace(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	// A piece at a time: copied to a buffer on the stack, lower-cased there
	// byte for byte (every rune keeps its length), written out in one call.
	var buf [4096]byte
	for i := 0; i < len(s); {
		piece := buf[:copy(buf[:len(buf)-utf8.UTFMax], s[i:])]
		for j := 0; j < len(piece); j++ {
			c := piece[j]
			if c < utf8.RuneSelf {
				piece[j] = asciiLower[c]
				continue
			}
			// A rune cut by the piece's end is read whole from s.
			r, size := utf8.DecodeRuneInString(s[i+j:])
			if r == utf8.RuneError && size == 1 {
				return "", false // invalid UTF-8: strings.ToLower writes U+FFFD, 3 bytes
			}
			l := unicode.ToLower(r)
			if utf8.RuneLen(l) != size {
				return "", false
			}
			if j+size > len(piece) {
				piece = buf[:j+size]
			}
			utf8.EncodeRune(piece[j:], l)
			j += size - 1
		}
		b.Write(piece)
		i += len(piece)
	}
	return b.String(), true
}

// asciiLower maps each ASCII byte to its lower case.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()
