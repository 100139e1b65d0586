package checkworthy

import (
	"math"
	"strings"
	"unicode"
)

// Repeats of claims already checked are what fact-checkers look for first
// (Full Fact's claim matching): a speaker who made a claim once makes it
// again, in other words. A transcript's sentences are matched to the
// checked claims by the cosine of their TF-IDF vectors over stemmed content
// words, the document frequencies counted over the transcript and the
// checked claims together, so that a word every sentence uses weighs
// nothing and a rare one shared with a checked claim weighs most.

// matchWeight is what a perfect match (cosine 1) adds to a sentence's margin
// (Raw). Chosen on the CLEF-2019 training debates, each matched against the
// checked sentences of the others: 3 to 6 rank about alike there, 4 is in
// the middle.
const matchWeight = 4

// neighbourWeight is what a perfect match of the sentence before or after
// (cosine 1), the same speaker's, adds to a sentence's margin: a claim
// runs over a speaker's consecutive sentences, and the fact-checkers mark
// all of them, so the sentence next to a repeat is likely part of it. On
// the CLEF-2019 training debates, 14% of the sentences beside a positive of
// the same speaker are positive, against 0.9% of the rest. Chosen there too,
// each debate against the checked claims of the others: 1.5 ranks best on
// a grid of 0.5 steps (MAP 0.2314 against 0.2224 without it; 1 to 2.5 are
// all above 0.228).
const neighbourWeight = 1.5

// termVec is a sparse unit vector: term ids and weights.
type termVec struct {
	ids []int32
	w   []float32
}

// matcher finds each sentence's nearest checked claim.
type matcher struct {
	checked []termVec
	post    map[int32][]posting // term id → checked claims holding it
}

type posting struct {
	claim int32
	w     float32
}

// newMatcher builds the vectors of the sentences and of the checked claims;
// it returns the sentences' vectors and a matcher over the checked ones.
func newMatcher(sentences, checked []string) ([]termVec, *matcher) {
	ids := map[string]int32{}
	var df []int32
	tokens := func(s string) map[int32]int {
		tf := map[int32]int{}
		for _, w := range contentWords(s) {
			id, ok := ids[w]
			if !ok {
				id = int32(len(df))
				ids[w] = id
				df = append(df, 0)
			}
			if tf[id] == 0 {
				df[id]++
			}
			tf[id]++
		}
		return tf
	}
	tfs := make([]map[int32]int, 0, len(sentences)+len(checked))
	for _, s := range sentences {
		tfs = append(tfs, tokens(s))
	}
	for _, s := range checked {
		tfs = append(tfs, tokens(s))
	}
	n := float64(len(tfs) + 1)
	vecs := make([]termVec, len(tfs))
	for i, tf := range tfs {
		var v termVec
		var norm float64
		for id, c := range tf {
			w := (1 + math.Log(float64(c))) * math.Log(n/float64(1+df[id]))
			if w <= 0 {
				continue
			}
			v.ids = append(v.ids, id)
			v.w = append(v.w, float32(w))
			norm += w * w
		}
		if norm > 0 {
			inv := float32(1 / math.Sqrt(norm))
			for k := range v.w {
				v.w[k] *= inv
			}
		}
		vecs[i] = v
	}
	m := &matcher{checked: vecs[len(sentences):], post: map[int32][]posting{}}
	for c, v := range m.checked {
		for k, id := range v.ids {
			m.post[id] = append(m.post[id], posting{int32(c), v.w[k]})
		}
	}
	return vecs[:len(sentences)], m
}

// nearest returns the checked claim most similar to v and the cosine, or
// -1 and 0 when none shares a content word. acc is scratch of one slot per
// checked claim, all zero on entry and on return.
func (m *matcher) nearest(v termVec, acc []float32) (int, float64) {
	var touched []int32
	for k, id := range v.ids {
		for _, p := range m.post[id] {
			if acc[p.claim] == 0 {
				touched = append(touched, p.claim)
			}
			acc[p.claim] += v.w[k] * p.w
		}
	}
	best, sim := -1, float32(0)
	for _, c := range touched {
		if acc[c] > sim || acc[c] == sim && int(c) < best {
			best, sim = int(c), acc[c]
		}
		acc[c] = 0
	}
	return best, math.Min(float64(sim), 1)
}

// contentWords lower-cases s, splits it into words of letters, digits, '$'
// and '%', drops function words and strips the commonest inflections, so
// that "walls work" meets "the wall works".
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '$' && r != '%'
	}) {
		if functionWords[w] {
			continue
		}
		out = append(out, stemWord(w))
	}
	return out
}

// stemWord strips -ing(s), -ed, -es or -s from a word long enough to keep a
// stem.
func stemWord(w string) string {
	if strings.HasSuffix(w, "ings") {
		w = w[:len(w)-1]
	}
	switch n := len(w); {
	case n > 6 && strings.HasSuffix(w, "ing"):
		return w[:n-3]
	case n > 5 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es")):
		return w[:n-2]
	case n > 4 && w[n-1] == 's' && w[n-2] != 's':
		return w[:n-1]
	}
	return w
}

// functionWords carry no content of their own for matching.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but so of to in on at by for with from as
		is are was were be been being am it its it's that this these those there
		i you he she we they me him her us them my your his our their
		have has had do does did not no just very s t re ve ll d m`) {
		m[w] = true
	}
	return m
}()
