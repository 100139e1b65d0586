package claimbuild

import (
	"encoding/binary"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// phraseSet answers whether a text contains any of a list of strings in one
// pass over the text, where strings.Contains would take one pass per string.
// It is Wu and Manber's search: a window as long as the shortest phrase slides
// over the text, by as many bytes as the window's last block of two or three
// bytes allows (a block no phrase has near its start moves it a whole window
// on, less the block); where it cannot move, the phrases that start with the
// window's first byte are compared.
type phraseSet struct {
	shift   [1 << 12]uint8 // by blockKey of the window's last block bytes
	first   [256]uint8     // phrases[first[c]-1] is the first phrase that starts with c; 0: none does
	phrases []string       // sorted
	minLen  int            // 2 to 255
	block   int            // bytes a shift is looked up by: 3 when the shortest phrase has 5 or more, else 2
	// short holds the phrases of fewer than shortLen bytes of a set whose
	// shortest phrase has three bytes or fewer, and others shortLen or
	// more: searched apart, the long ones move the window three bytes at
	// a time or more, by blocks of three, where one set of them all moves
	// it by two at most and stops at most pairs of letters (the reporting
	// stems: a fifth faster).
	short *phraseSet
}

// shortLen is the length from which phrases are searched by blocks of three
// bytes.
const shortLen = 5

// blockKey hashes the block bytes of s ending at end (exclusive) to 12
// bits; blocks that share a key share the smaller shift, which is safe.
// Three bytes stop the window far less often than two in English text,
// where most pairs of letters begin some phrase.
func blockKey(s string, end, block int) uint {
	k := uint(s[end-2])<<4 ^ uint(s[end-1])
	if block == 3 {
		k ^= uint(s[end-3]) << 7
	}
	return k & (1<<12 - 1)
}

func newPhraseSet(ps ...string) *phraseSet {
	if len(ps) == 0 || len(ps) > 255 {
		panic("claimbuild: a phrase set holds 1 to 255 phrases")
	}
	var long, short []string
	minLen := len(ps[0])
	for _, s := range ps {
		minLen = min(minLen, len(s))
		if len(s) >= shortLen {
			long = append(long, s)
		} else {
			short = append(short, s)
		}
	}
	if minLen <= 3 && len(long) > 0 {
		p := newPhraseSet(long...)
		p.short = newPhraseSet(short...)
		return p
	}
	p := &phraseSet{phrases: append([]string(nil), ps...), minLen: minLen}
	sort.Strings(p.phrases)
	if p.minLen < 2 || p.minLen > 255 {
		panic("claimbuild: a phrase set's shortest phrase has 2 to 255 bytes")
	}
	m := p.minLen
	p.block = 2
	if m >= shortLen {
		p.block = 3
	}
	for k := range p.shift {
		p.shift[k] = uint8(m - p.block + 1)
	}
	for i := len(p.phrases) - 1; i >= 0; i-- {
		s := p.phrases[i]
		p.first[s[0]] = uint8(i + 1)
		// The block ending at q, of the first m bytes, lets the window
		// move m-1-q bytes on.
		for q := p.block - 1; q < m; q++ {
			k := blockKey(s, q+1, p.block)
			p.shift[k] = min(p.shift[k], uint8(m-1-q))
		}
	}
	return p
}

// in reports whether s contains any of the phrases.
func (p *phraseSet) in(s string) bool {
	return p.search(s) || p.short != nil && p.short.search(s)
}

// search is in without the short phrases.
func (p *phraseSet) search(s string) bool {
	m := p.minLen
	for i := 0; i+m <= len(s); {
		if sh := p.shift[blockKey(s, i+m, p.block)]; sh > 0 {
			i += int(sh)
			continue
		}
		c := s[i]
		if j := int(p.first[c]); j > 0 {
			for j--; j < len(p.phrases) && p.phrases[j][0] == c; j++ {
				if strings.HasPrefix(s[i:], p.phrases[j]) {
					return true
				}
			}
		}
		i++
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
	// (every rune keeps its length), written out in one call.
	var buf [4096]byte
	for i := 0; i < len(s); {
		piece := buf[:copy(buf[:len(buf)-utf8.UTFMax], s[i:])]
		for j := 0; j < len(piece); {
			if j+8 <= len(piece) {
				// Eight ASCII bytes at once.
				if v := binary.LittleEndian.Uint64(piece[j:]); v&highBits == 0 {
					binary.LittleEndian.PutUint64(piece[j:], lowerASCII8(v))
					j += 8
					continue
				}
			}
			if c := piece[j]; c < utf8.RuneSelf {
				piece[j] = asciiLower[c]
				j++
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
			j += size
		}
		b.Write(piece)
		i += len(piece)
	}
	return b.String(), true
}

const highBits = 0x8080808080808080 // the top bit of each of eight bytes

// lowerASCII8 lower-cases the eight ASCII bytes packed in v: a byte from A
// to Z gets 0x20 added, found without a branch by adding to every byte at
// once (no byte carries into the next: all are below 0x80).
func lowerASCII8(v uint64) uint64 {
	const ones = 0x0101010101010101
	atLeastA := v + ones*(0x80-'A')        // top bit set where the byte >= 'A'
	aboveZ := v + ones*(0x80-'Z'-1)        // top bit set where the byte > 'Z'
	upper := atLeastA &^ aboveZ & highBits // top bit set where 'A' <= byte <= 'Z'
	return v | upper>>2                    // 0x80>>2 is 0x20
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
