package entities

import (
	"math"
	"sort"
)

// Brown word clusters (Brown et al. 1992, "Class-based n-gram models of
// natural language"), built with the windowed algorithm of Liang (2005,
// "Semi-supervised learning for natural language", MIT): words are taken in
// order of frequency into a window of Clusters+1 clusters, and each time the
// window is full the two clusters whose merge loses the least mutual
// information between adjacent clusters are merged. When every word has been
// taken, the remaining clusters are merged down to one. The merge tree gives
// each word a bit string (its path from the root); prefixes of it name
// clusters at several granularities, the tagger's cluster features
// (Ratinov & Roth 2009, Turian et al. 2010).

// BrownOptions tune BrownClusters. The zero value uses the defaults.
type BrownOptions struct {
	Clusters int // size of the merge window (default 200)
	MinCount int // words seen fewer times are not clustered (default 2)
}

// BrownClusters clusters the words of sents (bigrams are counted within a
// sentence) and returns each clustered word's bit string. It is
// deterministic: the same sentences and options give the same map.
func BrownClusters(sents [][]string, opt BrownOptions) map[string]string {
	if opt.Clusters <= 0 {
		opt.Clusters = 200
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 2
	}
	count := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			count[w]++
		}
	}
	var words []string
	for w, n := range count {
		if n >= opt.MinCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) == 0 {
		return map[string]string{}
	}
	id := make(map[string]int32, len(words))
	for i, w := range words {
		id[w] = int32(i)
	}
	// Bigram counts between clustered words.
	big := map[[2]int32]int{}
	for _, s := range sents {
		for i := 0; i+1 < len(s); i++ {
			a, ok := id[s[i]]
			if !ok {
				continue
			}
			b, ok := id[s[i+1]]
			if !ok {
				continue
			}
			big[[2]int32{a, b}]++
		}
	}
	keys := make([][2]int32, 0, len(big))
	for k := range big {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	right := make([][]brownEdge, len(words)) // words following each word
	left := make([][]brownEdge, len(words))  // words preceding it
	for _, k := range keys {
		n := float64(big[k])
		right[k[0]] = append(right[k[0]], brownEdge{k[1], n})
		if k[0] != k[1] {
			left[k[1]] = append(left[k[1]], brownEdge{k[0], n})
		}
	}
	big = nil

	bc := newBrownState(min(opt.Clusters, len(words)-1)+1, len(words))
	// Leaves are nodes 0..len(words)-1; merges add nodes after them.
	parent := make([]int32, len(words), 2*len(words))
	bit := make([]byte, len(words), 2*len(words))
	newNode := func(a, b int32) int32 {
		n := int32(len(parent))
		parent = append(parent, -1)
		bit = append(bit, 0)
		parent[a], bit[a] = n, '0'
		parent[b], bit[b] = n, '1'
		return n
	}
	merge := func() {
		a, b := bc.best()
		na, nb := bc.node[a], bc.node[b]
		bc.merge(a, b)
		bc.node[a] = newNode(na, nb)
	}
	for w := range words {
		k := bc.add(int32(w), float64(count[words[w]]), right[w], left[w])
		bc.node[k] = int32(w)
		if bc.nActive == bc.c1 && bc.nActive > 1 {
			merge()
		}
	}
	for bc.nActive > 1 {
		merge()
	}
	out := make(map[string]string, len(words))
	var path []byte
	for w := range words {
		path = path[:0]
		for n := int32(w); parent[n] >= 0; n = parent[n] {
			path = append(path, bit[n])
		}
		for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
			path[i], path[j] = path[j], path[i]
		}
		out[words[w]] = string(path)
	}
	return out
}

// brownEdge is a bigram count with a neighbouring word.
type brownEdge struct {
	w int32
	n float64
}

// brownState is the window of active clusters: slot counts, bigram counts
// between slots and, for each pair of slots, the loss of merging them.
type brownState struct {
	c1      int       // number of slots
	nActive int       // active slots
	active  []bool    // per slot
	n1      []float64 // word count per slot
	n2      []float64 // c1 x c1: n2[s*c1+t] = times s is followed by t
	loss    []float64 // c1 x c1, s < t: mutual information lost by merging s and t
	members [][]int32 // words per slot
	node    []int32   // merge-tree node per slot
	slotOf  []int32   // slot per word, -1 when not taken yet or merged away
	ready   bool      // loss is maintained (the window has filled once)
	qx      []float64 // per slot, scratch
	logN1   []float64 // log of n1 per slot
	// side is, per slot x, the sum over active slots y of the terms of
	// x followed by y and y followed by x.
	side []float64
}

func newBrownState(c1, nWords int) *brownState {
	s := &brownState{c1: c1, active: make([]bool, c1), n1: make([]float64, c1),
		n2: make([]float64, c1*c1), loss: make([]float64, c1*c1), members: make([][]int32, c1),
		node: make([]int32, c1), slotOf: make([]int32, nWords), qx: make([]float64, c1),
		logN1: make([]float64, c1), side: make([]float64, c1)}
	for i := range s.slotOf {
		s.slotOf[i] = -1
	}
	return s
}

// q is one pair's term of the mutual information (up to a constant
// factor): n2 log(n2 / (n1a n1b)).
func q(n2, n1a, n1b float64) float64 {
	if n2 == 0 {
		return 0
	}
	return n2 * math.Log(n2/(n1a*n1b))
}

// qq is the term of slots s followed by t.
func (s *brownState) qq(a, b int) float64 {
	n := s.n2[a*s.c1+b]
	if n == 0 {
		return 0
	}
	return n * (math.Log(n) - s.logN1[a] - s.logN1[b])
}

// sideOf computes side[x] from the counts.
func (s *brownState) sideOf(x int) float64 {
	var v float64
	for y := 0; y < s.c1; y++ {
		if s.active[y] {
			v += s.qq(x, y) + s.qq(y, x)
		}
	}
	return v
}

// add takes word w (count n, neighbours right and left) into a free slot
// and returns the slot.
func (s *brownState) add(w int32, n float64, right, left []brownEdge) int {
	k := 0
	for s.active[k] {
		k++
	}
	c1 := s.c1
	s.active[k] = true
	s.nActive++
	s.n1[k] = n
	s.logN1[k] = math.Log(n)
	s.members[k] = append(s.members[k][:0], w)
	s.slotOf[w] = int32(k)
	for _, e := range right {
		if t := s.slotOf[e.w]; t >= 0 {
			s.n2[k*c1+int(t)] += e.n
		}
	}
	for _, e := range left {
		if t := s.slotOf[e.w]; t >= 0 && int(t) != k {
			s.n2[int(t)*c1+k] += e.n
		}
	}
	s.side[k] = s.sideOf(k)
	for x := 0; x < c1; x++ {
		if s.active[x] && x != k {
			s.side[x] += s.qq(x, k) + s.qq(k, x)
		}
	}
	switch {
	case s.ready:
		// Every other pair gains the terms of the new cluster.
		s.addContrib(k, k, 1)
		s.lossRow(k)
	case s.nActive == c1:
		s.ready = true
		for a := 0; a < c1; a++ {
			for b := a + 1; b < c1; b++ {
				s.loss[a*c1+b] = s.lossFull(a, b)
			}
		}
	}
	return k
}

// contrib is what cluster x adds to the loss of merging c and d.
func (s *brownState) contrib(c, d, x int) float64 {
	c1 := s.c1
	v := s.qx[c] + s.qx[d]
	n1, n2 := s.n2[c*c1+x]+s.n2[d*c1+x], s.n2[x*c1+c]+s.n2[x*c1+d]
	if n1 == 0 && n2 == 0 {
		return v
	}
	lm := math.Log(s.n1[c]+s.n1[d]) + s.logN1[x]
	if n1 != 0 {
		v -= n1 * (math.Log(n1) - lm)
	}
	if n2 != 0 {
		v -= n2 * (math.Log(n2) - lm)
	}
	return v
}

// addContrib adds sign times cluster x's contribution to the loss of every
// active pair not involving x or skip.
func (s *brownState) addContrib(x, skip int, sign float64) {
	c1 := s.c1
	for c := 0; c < c1; c++ {
		if s.active[c] && c != x {
			s.qx[c] = s.qq(c, x) + s.qq(x, c)
		}
	}
	for c := 0; c < c1; c++ {
		if !s.active[c] || c == x || c == skip {
			continue
		}
		for d := c + 1; d < c1; d++ {
			if !s.active[d] || d == x || d == skip {
				continue
			}
			s.loss[c*c1+d] += sign * s.contrib(c, d, x)
		}
	}
}

// lossRow recomputes the loss of every pair involving slot k.
func (s *brownState) lossRow(k int) {
	c1 := s.c1
	for x := 0; x < c1; x++ {
		if !s.active[x] || x == k {
			continue
		}
		a, b := min(k, x), max(k, x)
		s.loss[a*c1+b] = s.lossFull(a, b)
	}
}

// lossFull computes the loss of merging a and b from the counts and the
// side sums.
func (s *brownState) lossFull(a, b int) float64 {
	c1 := s.c1
	m := s.n1[a] + s.n1[b]
	lm := math.Log(m)
	l := s.side[a] + s.side[b] - s.qq(a, a) - s.qq(b, b) - s.qq(a, b) - s.qq(b, a)
	ra, rb := s.n2[a*c1:(a+1)*c1], s.n2[b*c1:(b+1)*c1]
	for x := 0; x < c1; x++ {
		if !s.active[x] || x == a || x == b {
			continue
		}
		if n := ra[x] + rb[x]; n != 0 {
			l -= n * (math.Log(n) - lm - s.logN1[x])
		}
		if n := s.n2[x*c1+a] + s.n2[x*c1+b]; n != 0 {
			l -= n * (math.Log(n) - lm - s.logN1[x])
		}
	}
	if n := ra[a] + ra[b] + rb[a] + rb[b]; n != 0 {
		l -= n * (math.Log(n) - 2*lm)
	}
	return l
}

// best returns the active pair a < b whose merge loses least.
func (s *brownState) best() (int, int) {
	c1 := s.c1
	ba, bb := -1, -1
	bl := math.Inf(1)
	for a := 0; a < c1; a++ {
		if !s.active[a] {
			continue
		}
		for b := a + 1; b < c1; b++ {
			if s.active[b] && s.loss[a*c1+b] < bl {
				ba, bb, bl = a, b, s.loss[a*c1+b]
			}
		}
	}
	return ba, bb
}

// merge merges slot b into slot a and updates the losses.
func (s *brownState) merge(a, b int) {
	// Take out what a and b contributed to the other pairs' losses.
	s.addContrib(a, b, -1)
	s.addContrib(b, a, -1)
	for x := 0; x < s.c1; x++ {
		if s.active[x] && x != a && x != b {
			s.side[x] -= s.qq(x, a) + s.qq(a, x) + s.qq(x, b) + s.qq(b, x)
		}
	}
	s.mergeCounts(a, b)
	for x := 0; x < s.c1; x++ {
		if s.active[x] && x != a {
			s.side[x] += s.qq(x, a) + s.qq(a, x)
		}
	}
	s.side[a] = s.sideOf(a)
	// Put back what the merged cluster contributes.
	s.addContrib(a, a, 1)
	s.lossRow(a)
}

// mergeCounts merges the counts and members of slot b into slot a.
func (s *brownState) mergeCounts(a, b int) {
	c1 := s.c1
	s.n1[a] += s.n1[b]
	s.logN1[a] = math.Log(s.n1[a])
	for x := 0; x < c1; x++ {
		s.n2[a*c1+x] += s.n2[b*c1+x]
	}
	for x := 0; x < c1; x++ {
		s.n2[x*c1+a] += s.n2[x*c1+b]
	}
	for x := 0; x < c1; x++ {
		s.n2[b*c1+x], s.n2[x*c1+b] = 0, 0
	}
	s.n1[b] = 0
	s.active[b] = false
	s.nActive--
	for _, w := range s.members[b] {
		s.slotOf[w] = int32(a)
	}
	s.members[a] = append(s.members[a], s.members[b]...)
	s.members[b] = s.members[b][:0]
}
