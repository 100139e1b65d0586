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
// normalised values of its amounts and dates and the canonical names of its
// entities. Two claims saying the same thing share most terms.
func Terms(ws []word, ms []claims.Mention, attr *claims.Span) []string {
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
		case m.IsEntity() && m.Value != "":
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

// Fingerprint hashes Terms: the same claim in two articles gets the same
// fingerprint, whatever the article or the sentence's position.
func Fingerprint(ws []word, ms []claims.Mention, attr *claims.Span) string {
	h := sha256.Sum256([]byte(strings.Join(Terms(ws, ms, attr), "\x00")))
	return hex.EncodeToString(h[:12])
}
