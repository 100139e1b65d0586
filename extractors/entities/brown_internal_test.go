package entities

import (
	"math"
	"math/rand/v2"
	"testing"
)

// mutualInfo computes the (unnormalised) mutual information of the active
// slots from the counts.
func (s *brownState) mutualInfo() float64 {
	var mi float64
	for a := 0; a < s.c1; a++ {
		for b := 0; b < s.c1; b++ {
			if s.active[a] && s.active[b] {
				mi += s.qq(a, b)
			}
		}
	}
	return mi
}

func (s *brownState) clone() *brownState {
	c := *s
	c.active = append([]bool(nil), s.active...)
	c.n1 = append([]float64(nil), s.n1...)
	c.n2 = append([]float64(nil), s.n2...)
	c.loss = append([]float64(nil), s.loss...)
	c.logN1 = append([]float64(nil), s.logN1...)
	c.side = append([]float64(nil), s.side...)
	c.qx = make([]float64, len(s.qx))
	c.members = make([][]int32, len(s.members))
	for i, m := range s.members {
		c.members[i] = append([]int32(nil), m...)
	}
	c.slotOf = append([]int32(nil), s.slotOf...)
	return &c
}

// TestBrownIncrementalLoss checks the incrementally maintained merge
// losses against losses computed from scratch, step by step.
func TestBrownIncrementalLoss(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const nw = 40
	right := make([][]brownEdge, nw)
	left := make([][]brownEdge, nw)
	cnt := make([]float64, nw)
	pairs := map[[2]int32]float64{}
	for i := 0; i < 2000; i++ {
		a, b := int32(rng.IntN(nw)*rng.IntN(nw)/nw), int32(rng.IntN(nw))
		pairs[[2]int32{a, b}]++
	}
	for a := int32(0); a < nw; a++ {
		for b := int32(0); b < nw; b++ {
			n := pairs[[2]int32{a, b}]
			if n == 0 {
				continue
			}
			cnt[a] += n
			right[a] = append(right[a], brownEdge{b, n})
			if a != b {
				left[b] = append(left[b], brownEdge{a, n})
			}
		}
	}
	s := newBrownState(8, nw)
	check := func(step int) {
		base := s.mutualInfo()
		for a := 0; a < s.c1; a++ {
			for b := a + 1; b < s.c1; b++ {
				if !s.active[a] || !s.active[b] {
					continue
				}
				c := s.clone()
				c.ready = false // plain merge of counts; losses not needed
				c.mergeCounts(a, b)
				want := base - c.mutualInfo()
				if got := s.loss[a*s.c1+b]; math.Abs(got-want) > 1e-6*math.Max(1, math.Abs(want)) {
					t.Fatalf("step %d: loss(%d,%d) = %g, from scratch %g", step, a, b, got, want)
				}
			}
		}
	}
	for w := 0; w < nw; w++ {
		if cnt[w] == 0 {
			cnt[w] = 1
		}
		s.add(int32(w), cnt[w], right[w], left[w])
		if s.ready {
			check(w)
		}
		if s.nActive == s.c1 {
			a, b := s.best()
			s.merge(a, b)
			check(w)
		}
	}
}

func TestBrownClusters(t *testing.T) {
	// Two word classes in the same contexts: names after "Mr.", places
	// after "in". Their members should share longer prefixes with each
	// other than with the other class.
	var sents [][]string
	names := []string{"Smith", "Jones", "Brown", "Lee"}
	places := []string{"Paris", "Rome", "Oslo", "Lima"}
	for i := 0; i < 50; i++ {
		n, p := names[i%4], places[(i/4)%4]
		sents = append(sents, []string{"Mr.", n, "said", "it", "rained", "in", p, "."})
		sents = append(sents, []string{"we", "met", "Mr.", n, "in", p, "today", "."})
	}
	m := BrownClusters(sents, BrownOptions{Clusters: 4, MinCount: 1})
	if len(m) == 0 {
		t.Fatal("no clusters")
	}
	common := func(a, b string) int {
		n := 0
		for n < len(a) && n < len(b) && a[n] == b[n] {
			n++
		}
		return n
	}
	for _, a := range names {
		for _, b := range names {
			for _, p := range places {
				if common(m[a], m[b]) <= common(m[a], m[p]) {
					t.Errorf("%s %q shares no more with %s %q than with %s %q", a, m[a], b, m[b], p, m[p])
				}
			}
		}
	}
	again := BrownClusters(sents, BrownOptions{Clusters: 4, MinCount: 1})
	for w, p := range m {
		if again[w] != p {
			t.Errorf("not deterministic: %s %q then %q", w, p, again[w])
		}
	}
}
