package claimbuild

import (
	"crypto/sha256"
	"encoding/hex"
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
	return sortedSet(appendTerms(nil, ws, ms, attr, names))
}

// appendTerms appends the terms of Terms to out, unsorted and possibly
// repeated.
func appendTerms(out []string, ws []word, ms []claims.Mention, attr *claims.Span, names bool) []string {
	for _, w := range ws {
		if attr != nil && w.start >= attr.Start && w.end <= attr.End {
			continue
		}
		if w.is(clStopword|clReporting) || w.lower == "according" {
			continue
		}
		out = append(out, stem(w.lower))
	}
	for _, m := range ms {
		switch {
		case m.IsAmount() && m.Value != "":
			out = append(out, m.Type+"="+m.Value)
		case names && m.IsEntity() && m.Value != "":
			out = append(out, "E="+strings.ToLower(m.Value))
		}
	}
	return out
}

// sortedSet sorts ts and drops empty and repeated strings, in place.
func sortedSet(ts []string) []string {
	sort.Strings(ts)
	out := ts[:0]
	for _, t := range ts {
		if t != "" && (len(out) == 0 || out[len(out)-1] != t) {
			out = append(out, t)
		}
	}
	return out
}

// stem strips the commonest English inflections, enough for "payment" and
// "payments" or "paid" variants of a number claim to meet.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
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
	sc.terms = sortedSet(appendTerms(sc.terms[:0], ws, ms, attr, false))
	sc.key = sc.key[:0]
	for i, t := range sc.terms {
		if i > 0 {
			sc.key = append(sc.key, 0)
		}
		sc.key = append(sc.key, t...)
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
