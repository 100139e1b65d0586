package desk

import (
	"context"
	"slices"
	"sort"
	"sync"

	"github.com/claimpipe/claimpipe/claims"
)

// judgedScan is how many judged claims, most confident first, the claim page
// and Paraphrases compare a claim with by default.
const judgedScan = 1000

// judgedMatch is a claim with a verdict and its similarity to the claim it
// was compared with.
type judgedMatch struct {
	claims.QueueItem
	Similarity float64
}

// judgedCache keeps the judged claims indexed by term, read again only when
// the store's verdicts have changed (a verdict given a moment ago counts).
// It is safe for concurrent use.
type judgedCache struct {
	store claims.ReviewStore
	terms func(claims.Claim) []string
	scan  int

	mu      sync.Mutex
	version string       // the store's VerdictsVersion when ix was read
	ix      *judgedIndex // nil until read
}

// newJudgedCache indexes the scan (zero: judgedScan) most confident judged
// claims of store by their terms.
func newJudgedCache(store claims.ReviewStore, terms func(claims.Claim) []string, scan int) *judgedCache {
	if scan <= 0 {
		scan = judgedScan
	}
	return &judgedCache{store: store, terms: terms, scan: scan}
}

// index returns the judged claims indexed by term, as of now.
func (c *judgedCache) index(ctx context.Context) (*judgedIndex, error) {
	version, err := c.store.VerdictsVersion(ctx)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ix != nil && version == c.version {
		return c.ix, nil
	}
	items, err := claims.JudgedClaims(ctx, c.store, c.scan)
	if err != nil {
		return nil, err
	}
	ix := &judgedIndex{items: items, size: make([]int, len(items)), post: map[string][]int32{}}
	for j := range items {
		terms := distinct(c.terms(items[j].Claim))
		ix.size[j] = len(terms)
		for _, t := range terms {
			ix.post[t] = append(ix.post[t], int32(j))
		}
	}
	c.ix, c.version = ix, version
	return ix, nil
}

// judgedIndex holds the judged claims and, for each term, those that have it.
// It is never written after it is built.
type judgedIndex struct {
	items []claims.QueueItem
	size  []int              // distinct terms of each
	post  map[string][]int32 // term → judged claims holding it
}

// near returns up to n judged claims whose terms are at least least alike
// to terms (Jaccard index), most alike first (ties: most confident first),
// passing over those skip reports.
func (ix *judgedIndex) near(terms []string, least float64, n int, skip func(*claims.QueueItem) bool) []judgedMatch {
	terms = distinct(terms)
	common := make([]int32, len(ix.items)) // terms in common with each judged claim
	var touched []int32
	for _, t := range terms {
		for _, j := range ix.post[t] {
			if common[j] == 0 {
				touched = append(touched, j)
			}
			common[j]++
		}
	}
	type hit struct {
		j   int32 // items are most confident first
		sim float64
	}
	var hits []hit
	for _, j := range touched {
		k := int(common[j])
		if sim := float64(k) / float64(len(terms)+ix.size[j]-k); sim >= least && !skip(&ix.items[j]) {
			hits = append(hits, hit{j, sim})
		}
	}
	sort.Slice(hits, func(a, b int) bool {
		if hits[a].sim != hits[b].sim {
			return hits[a].sim > hits[b].sim
		}
		return hits[a].j < hits[b].j
	})
	out := make([]judgedMatch, 0, min(len(hits), n))
	for _, h := range hits[:min(len(hits), n)] {
		out = append(out, judgedMatch{ix.items[h.j], h.sim})
	}
	return out
}

// distinct returns the distinct terms of ts, in a new slice.
func distinct(ts []string) []string {
	out := slices.Clone(ts)
	slices.Sort(out)
	return slices.Compact(out)
}
