package claimbuild

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"slices"
	"sort"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
)

var stopwords = []string{"a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or",
	"but", "that", "this", "these", "those", "it", "its", "is", "was", "are", "were", "be", "been", "being",
	"has", "have", "had", "as", "than", "over", "about", "into", "which", "who", "whom", "also", "not", "no",
	"he", "she", "they", "them", "his", "her", "their", "there", "then", "so", "such", "any", "all", "some"}

// Terms returns the normalised content of a claim: its content words, stemmed
// crudely and with reporting words and the attribution left out, plus the
// normalised values of its amounts. Everything in it comes from the claim's
// own text, so the same sentence gives the same terms in any article; with
// names, the canonical names of its entities are added too (those depend on
// the rest of the article), which brings paraphrases closer.
func Terms(ws []word, ms []claims.Mention, attr *claims.Span, names bool) []string {
	ts := sortedSet(appendTerms(nil, ws, ms, attr, names))
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.s
	}
	return out
}

// term is a term with its first eight bytes read as a big-endian number,
// zero-padded: where two keys differ, they order the terms as their strings
// do, and most comparisons of a sort are then one of integers.
type term struct {
	key uint64
	s   string
}

func termOf(s string) term {
	var b [8]byte
	copy(b[:], s)
	return term{binary.BigEndian.Uint64(b[:]), s}
}

func (a term) less(b term) bool { return a.key < b.key || a.key == b.key && a.s < b.s }

// appendTerms appends the terms of Terms to out, unsorted and possibly
// repeated.
func appendTerms(out []term, ws []word, ms []claims.Mention, attr *claims.Span, names bool) []term {
	for _, w := range ws {
		if attr != nil && w.start >= attr.Start && w.end <= attr.End {
			continue
		}
		if w.is(clStopword|clReporting) || w.lower == "according" {
			continue
		}
		out = append(out, termOf(stem(w.lower)))
	}
	for _, m := range ms {
		switch {
		case m.IsAmount() && m.Value != "":
			out = append(out, termOf(m.Type+"="+m.Value))
		case names && m.IsEntity() && m.Value != "":
			out = append(out, termOf("E="+strings.ToLower(m.Value)))
		}
	}
	return out
}

// sortedSet sorts ts by their strings and drops empty and repeated ones, in
// place. A claim has a few dozen terms: insertion sort, unless it has many.
func sortedSet(ts []term) []term {
	if len(ts) <= 64 {
		for i := 1; i < len(ts); i++ {
			for j := i; j > 0 && ts[j].less(ts[j-1]); j-- {
				ts[j], ts[j-1] = ts[j-1], ts[j]
			}
		}
	} else {
		slices.SortFunc(ts, func(a, b term) int {
			if a.key != b.key {
				return cmp.Compare(a.key, b.key)
			}
			return strings.Compare(a.s, b.s)
		})
	}
	out := ts[:0]
	for _, t := range ts {
		if t.s != "" && (len(out) == 0 || out[len(out)-1].s != t.s) {
			out = append(out, t)
		}
	}
	return out
}

// stem strips the commonest English inflections, enough for "payment" and
// "payments" or "paid" variants of a number claim to meet.
func stem(w string) string {
	// The suffixes -ing, -ed, -es and -s, tried in that order, each on a
	// word of more than three letters besides it.
	switch n := len(w); {
	case n > 6 && w[n-3:] == "ing":
		return w[:n-3]
	case n > 5 && (w[n-2:] == "ed" || w[n-2:] == "es"):
		return w[:n-2]
	case n > 4 && w[n-1] == 's':
		return w[:n-1]
	}
	return w
}

// Fingerprint hashes Terms without names: the same claim in two articles
// gets the same fingerprint, whatever the article or the sentence's
// position. The fingerprint is the claim's cluster.
func Fingerprint(ws []word, ms []claims.Mention, attr *claims.Span) string {
	var sc scratch
	return sc.fingerprint(ws, ms, attr)
}

// fingerprint is Fingerprint in memory reused from claim to claim: the
// terms joined by NUL bytes, hashed with SHA-256.
func (sc *scratch) fingerprint(ws []word, ms []claims.Mention, attr *claims.Span) string {
	ts := appendTerms(sc.terms[:0], ws, ms, attr, false)
	sc.termsUsed = max(sc.termsUsed, len(ts))
	sc.terms = sortedSet(ts)
	sc.key = sc.key[:0]
	for i, t := range sc.terms {
		if i > 0 {
			sc.key = append(sc.key, 0)
		}
		sc.key = append(sc.key, t.s...)
	}
	h := sha256.Sum256(sc.key)
	return hex.EncodeToString(h[:12])
}

// ClaimTerms returns the terms of a stored claim, names included, for
// comparing it with others.
func ClaimTerms(c claims.Claim) []string {
	return Terms(wordsOf(c.Text, c.Start), c.Mentions, c.Attribution, true)
}

// Similarity is the Jaccard index of two sorted term lists: 1 for the same
// content, 0 for nothing in common.
func Similarity(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	i, j, common := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(common) / float64(len(a)+len(b)-common)
}

// Neighbour is a claim near another, with their similarity.
type Neighbour struct {
	Claim      claims.Claim
	Similarity float64
}

// Neighbours ranks candidates by similarity to c, most similar first, keeping
// those at or above min and leaving out c's own cluster.
func Neighbours(c claims.Claim, candidates []claims.Claim, min float64) []Neighbour {
	terms := ClaimTerms(c)
	var out []Neighbour
	for _, o := range candidates {
		if o.ID == c.ID || (c.Fingerprint != "" && o.Fingerprint == c.Fingerprint) {
			continue
		}
		if s := Similarity(terms, ClaimTerms(o)); s >= min {
			out = append(out, Neighbour{Claim: o, Similarity: s})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Similarity > out[j].Similarity })
	return out
}
