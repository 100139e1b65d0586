package claimbuild

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
)

var stopwords = set("a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or",
	"but", "that", "this", "these", "those", "it", "its", "is", "was", "are", "were", "be", "been", "being",
	"has", "have", "had", "as", "than", "over", "about", "into", "which", "who", "whom", "also", "not", "no",
	"he", "she", "they", "them", "his", "her", "their", "there", "then", "so", "such", "any", "all", "some")

// Terms returns the normalised content of a claim: its content words, stemmed
// crudely and with reporting words and the attribution left out, plus the
// normalised values of its amounts. Everything in it comes from the claim's
// own text, so the same sentence gives the same terms in any article; with
// names, the canonical names of its entities are added too (those depend on
// the rest of the article), which brings paraphrases closer.
func Terms(ws []word, ms []claims.Mention, attr *claims.Span, names bool) []string {
	seen := map[string]bool{}
	var out []string
	add := func(t string) {
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, w := range ws {
		if attr != nil && w.start >= attr.Start && w.end <= attr.End {
			continue
		}
		if stopwords[w.lower] || reportingVerbs[w.lower] || w.lower == "according" {
			continue
		}
		add(stem(w.lower))
	}
	for _, m := range ms {
		switch {
		case m.IsAmount() && m.Value != "":
			add(m.Type + "=" + m.Value)
		case names && m.IsEntity() && m.Value != "":
			add("E=" + strings.ToLower(m.Value))
		}
	}
	sort.Strings(out)
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
	h := sha256.Sum256([]byte(strings.Join(Terms(ws, ms, attr, false), "\x00")))
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
