package entities

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimpipe/claimpipe/claims"
)

// BIO tags. The order is part of the model format.
const (
	tagO = iota
	tagBPer
	tagIPer
	tagBOrg
	tagIOrg
	tagBLoc
	tagILoc
	tagBMisc
	tagIMisc
	nTags
)

const (
	nOff   = 5            // word offsets -2..+2
	vecLen = nTags * nOff // weights of one word type at every offset
)

// TagNames are the BIO tag strings, indexed by tag number, as the training
// corpora spell them.
var TagNames = [nTags]string{"O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

var tagType = [nTags]string{"", claims.TypePerson, claims.TypePerson, claims.TypeOrg, claims.TypeOrg,
	claims.TypeLoc, claims.TypeLoc, claims.TypeMisc, claims.TypeMisc}

// isInside reports whether t is an I- tag.
func isInside(t int) bool { return t != tagO && t%2 == 0 }

// validTransition reports whether tag b may follow tag a (a = -1 at the
// start of a sentence): an I- tag continues a name of its own type.
func validTransition(a, b int) bool {
	if !isInside(b) {
		return true
	}
	return a == b || a == b-1
}

// TagIndex returns the tag number of a BIO tag string, or -1.
func TagIndex(s string) int {
	for i, n := range TagNames {
		if n == s {
			return i
		}
	}
	return -1
}

// Feature templates; the byte starts each feature's hash.
const (
	tplBias byte = iota + 1
	tplWord
	tplLower
	tplLC
	tplShape
	tplPre
	tplSuf
	tplLen
	tplGaz
	tplPad
	tplCluster
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStart(tpl byte) uint64 { return (fnvOffset ^ uint64(tpl)) * fnvPrime }

func hashBytes(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func hashByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

// Case classes of a token, used by the context features.
const (
	caseLower = iota
	caseTitle
	caseUpper
	caseDigit
	casePunct
	caseMixed
	nCase
)

// caseClass classifies w by its letters and digits.
func caseClass(w string) int {
	var up, low, dig, other int
	first := -1
	for i, r := range w {
		switch {
		case r < utf8.RuneSelf && r >= 'a' && r <= 'z':
			low++
		case r < utf8.RuneSelf && r >= 'A' && r <= 'Z':
			up++
		case r >= '0' && r <= '9':
			dig++
		case r >= utf8.RuneSelf && unicode.IsUpper(r):
			up++
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			low++
		default:
			other++
		}
		if i == 0 {
			switch {
			case up > 0:
				first = 1
			case low > 0:
				first = 0
			}
		}
	}
	switch {
	case up == 0 && low == 0 && dig == 0:
		return casePunct
	case dig > 0 && up+low <= dig:
		return caseDigit
	case up > 0 && low == 0:
		return caseUpper
	case up == 0:
		return caseLower
	case first == 1 && up == 1:
		return caseTitle
	case first == 1:
		return caseMixed
	}
	return caseMixed
}

// shape writes w's collapsed shape (X for upper, x for lower, d for digit,
// other bytes kept, runs of one class written once) into buf.
func shape(buf []byte, w string) []byte {
	buf = buf[:0]
	var last byte
	n := 0
	for _, r := range w {
		var c byte
		switch {
		case r >= 'a' && r <= 'z':
			c = 'x'
		case r >= 'A' && r <= 'Z':
			c = 'X'
		case r >= '0' && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		buf = append(buf, c)
		n++
		if n >= 12 {
			break
		}
	}
	return buf
}

// lowerInto writes the lower-case form of w into buf.
func lowerInto(buf []byte, w string) []byte {
	buf = buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			buf = buf[:0]
			for _, r := range w {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
			return buf
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

func lenBucket(n int) byte {
	switch {
	case n <= 4:
		return byte(n)
	case n <= 6:
		return 5
	case n <= 9:
		return 6
	}
	return 7
}

// subwordFeatures appends to dst the hashes of the features of w that need
// no vocabulary: bias, shape, affixes, length and gazetteer flags. They are
// what an unknown word is scored by. buf is scratch space.
func subwordFeatures(dst []uint64, w string, gazFlags uint16, buf []byte) ([]uint64, []byte) {
	dst = append(dst, hashStart(tplBias))
	buf = shape(buf, w)
	dst = append(dst, hashBytes(hashStart(tplShape), string(buf)))
	buf = lowerInto(buf, w)
	lw := string(buf) // no copy escapes: used only for hashing below
	nr := utf8.RuneCountInString(lw)
	// prefixes of 1..3 runes, suffixes of 1..4 runes, of the lower-cased word
	if nr > 1 {
		end := 0
		for k := 1; k <= 3 && k < nr; k++ {
			_, sz := utf8.DecodeRuneInString(lw[end:])
			end += sz
			dst = append(dst, hashByte(hashBytes(hashStart(tplPre), lw[:end]), byte(k)))
		}
		start := len(lw)
		for k := 1; k <= 4 && k < nr; k++ {
			_, sz := utf8.DecodeLastRuneInString(lw[:start])
			start -= sz
			dst = append(dst, hashByte(hashBytes(hashStart(tplSuf), lw[start:]), byte(k)))
		}
	}
	cc := caseClass(w)
	dst = append(dst, hashByte(hashByte(hashStart(tplLen), lenBucket(nr)), byte(cc)))
	for b := 0; b < nGaz; b++ {
		if gazFlags&(1<<b) != 0 {
			dst = append(dst, hashByte(hashStart(tplGaz), byte(b)))
		}
	}
	if gazFlags == 0 && (cc == caseTitle || cc == caseUpper) {
		dst = append(dst, hashByte(hashStart(tplGaz), 0xff))
	}
	return dst, buf
}

// vocabFeatures appends the features only a known word has: its form, its
// lower-cased form and its lower-case-ratio bucket.
func vocabFeatures(dst []uint64, w string, lcBucket uint8, buf []byte) ([]uint64, []byte) {
	dst = append(dst, hashBytes(hashStart(tplWord), w))
	buf = lowerInto(buf, w)
	dst = append(dst, hashBytes(hashStart(tplLower), string(buf)))
	dst = append(dst, hashByte(hashStart(tplLC), lcBucket))
	return dst, buf
}

// clusterPrefixes are the lengths of the Brown cluster bit-string prefixes
// a known word's features include (Ratinov & Roth 2009).
var clusterPrefixes = [...]int{4, 6, 10, 20}

// clusterFeatures appends the features of a word's Brown cluster path.
func clusterFeatures(dst []uint64, path string) []uint64 {
	if path == "" {
		return dst
	}
	for _, k := range clusterPrefixes {
		p := path[:min(k, len(path))]
		dst = append(dst, hashByte(hashBytes(hashStart(tplCluster), p), byte(k)))
		if k >= len(path) {
			break
		}
	}
	return dst
}

// Padding words before and after a sentence.
const (
	padBOS = "\x00<s>"
	padEOS = "\x00</s>"
)

// lcBucketOf buckets how often a word's lower-case form is written in lower
// case (away from the sentence start): 1 never ... 5 almost always;
// 0 means unknown.
func lcBucketOf(lowerCount, total int) uint8 {
	if total == 0 {
		return 0
	}
	r := float64(lowerCount) / float64(total)
	switch {
	case lowerCount == 0:
		return 1
	case r < 0.1:
		return 2
	case r < 0.5:
		return 3
	case r < 0.9:
		return 4
	}
	return 5
}

const nLC = 6

// Context features are indexed directly into a small table.
const (
	ctxFirst    = 0                                    // first-in-sentence x case class x lc bucket
	ctxCase3    = ctxFirst + 2*nCase*nLC               // case classes of w-1, w0, w+1
	ctxGaz      = ctxCase3 + (nCase+1)*nCase*(nCase+1) // multi-word gazetteer match: flag bit x B/I
	ctxQuote    = ctxGaz + nGaz*2                      // inside a quotation: first/later token x case class
	ctxDoc      = ctxQuote + 2*nCase                   // document cue bit (or "no other occurrence") x first-in-sentence
	ctxNbLC     = ctxDoc + (nDocCue+1)*2               // neighbour at -2,-1,+1,+2 x its case class x its lc bucket
	ctxDefFirst = ctxNbLC + 4*nCase*nLC                // defined subject: first sense's noun class x first/later token
	ctxDefAny   = ctxDefFirst + nNounClass*2           // defined subject: any sense's noun class x first/later token
	nCtx        = ctxDefAny + nNounClass*2
)

// isQuote reports whether w is a double quotation mark token.
func isQuote(w string) bool {
	switch w {
	case "\"", "``", "''", "\u201c", "\u201d", "\u201e":
		return true
	}
	return false
}
