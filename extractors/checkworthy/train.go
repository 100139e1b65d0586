package checkworthy

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/claimpipe/claimpipe/claims"
)

// Example is one labelled training sentence.
type Example struct {
	Text string
	// Mentions found in the sentence (only their types are used); nil if none.
	Mentions []claims.Mention
	// Label is true for a check-worthy factual claim.
	Label bool
}

// TrainOptions configure Train. The zero value trains the full model with the
// defaults below.
type TrainOptions struct {
	// Features selects the feature groups; zero means AllFeatures.
	// MentionTypes is left out when no example carries mentions.
	Features FeatureSet
	// HashBits is the log2 of the number of weight slots; zero means 18.
	HashBits int
	// L2 is the penalty (λ/2)·‖w‖² added to the mean log-loss; zero means
	// DefaultL2. The bias is not penalised.
	L2 float64
	// MaxIter bounds the L-BFGS iterations; zero means 150.
	MaxIter int
	// Folds is the number of stratified folds used to produce out-of-fold
	// scores for the calibration and the decision threshold; zero means 5. With
	// Folds == 1 there is neither calibration nor a chosen threshold (0.5).
	Folds int
	// NoPlatt skips Platt scaling (the threshold is still chosen out of fold):
	// Score is then the logistic regression's own probability.
	NoPlatt bool
	// NB in [0,1] scales each feature by (1-NB) + NB·|r|, r its
	// naive-Bayes log-count ratio on the training rows; zero means no scaling.
	NB float64
	// RowNorm scales each sentence's feature vector by sqrt(mean/count) —
	// mean the average number of features per training sentence, count the
	// sentence's own — so long sentences do not get extreme margins.
	RowNorm bool
	// Seed fixes the fold assignment; Train is deterministic for a given
	// Seed and examples.
	Seed uint64
}

// DefaultL2 is the L2 penalty used when TrainOptions.L2 is zero.
const DefaultL2 = 1e-2

// DefaultOptions are the options of the shipped model and of "ours" in the
// evaluation: all features, L2 2e-2, features half-scaled by their naive-Bayes
// ratio, row normalisation, Platt scaling on 5 out-of-fold scores, seed 1.
// They were chosen by 5-fold cross-validation on the ClaimBuster development
// half (ROC AUC and best F1), not on held-out data.
func DefaultOptions() TrainOptions {
	return TrainOptions{L2: 2e-2, NB: 0.5, RowNorm: true, Seed: 1, HashBits: 16}
}

// Train fits a model on examples: L-BFGS on the L2-penalised mean log-loss,
// then, unless opts.Folds == 1, Platt scaling and an F1-maximising threshold
// fitted on out-of-fold scores (the final weights are refitted on all
// examples).
func Train(examples []Example, opts TrainOptions) (*Model, error) {
	if len(examples) < 2 {
		return nil, claims.Errorf(claims.Invalid, "checkworthy: train: %d examples, need at least 2", len(examples))
	}
	npos := 0
	for _, e := range examples {
		if e.Label {
			npos++
		}
	}
	if npos == 0 || npos == len(examples) {
		return nil, claims.Errorf(claims.Invalid, "checkworthy: train: %d examples of one class only (%d positive)", len(examples), npos)
	}
	fs := opts.Features.orAll()
	if !slices.ContainsFunc(examples, func(e Example) bool { return len(e.Mentions) > 0 }) {
		// No weight is trained for a mention's features then: scoring
		// them would add the weights of the features they collide with
		// (ClaimBuster and CLEF sentences come without mentions).
		fs &^= MentionTypes
	}
	bits := opts.HashBits
	if bits == 0 {
		bits = 18
	}
	if bits < 8 || bits > 26 {
		return nil, claims.Errorf(claims.Invalid, "checkworthy: train: HashBits %d out of range 8..26", bits)
	}
	folds := opts.Folds
	if folds == 0 {
		folds = 5
	}
	if folds < 1 || folds > len(examples) {
		return nil, claims.Errorf(claims.Invalid, "checkworthy: train: Folds %d out of range 1..%d", folds, len(examples))
	}
	data := encode(examples, fs, bits)
	tr := trainer{l2: opts.L2, maxIter: opts.MaxIter, nb: opts.NB}
	if opts.RowNorm {
		tr.rowNorm = float64(len(data.feats)) / float64(len(examples))
	}
	if tr.l2 == 0 {
		tr.l2 = DefaultL2
	}
	if tr.maxIter == 0 {
		tr.maxIter = 150
	}
	m := &Model{features: fs, bits: uint8(bits), threshold: 0.5, rowNorm: tr.rowNorm}
	if folds > 1 {
		fold := Folds(labels(examples), folds, opts.Seed)
		oof := make([]float64, len(examples))
		for f := 0; f < folds; f++ {
			var trainIdx []int
			for i, fi := range fold {
				if fi != f {
					trainIdx = append(trainIdx, i)
				}
			}
			w, b := tr.fit(data, trainIdx, bits)
			for i, fi := range fold {
				if fi == f {
					oof[i] = data.margin(i, w, tr.rowNorm) + b
				}
			}
		}
		y := labels(examples)
		if !opts.NoPlatt {
			m.plattA, m.plattB = fitPlatt(oof, y)
			m.calibrated = true
		}
		p := make([]float64, len(oof))
		for i, z := range oof {
			if m.calibrated {
				z = m.plattA*z + m.plattB
			}
			p[i] = sigmoid(z)
		}
		// For calibrated probabilities the F1-optimal threshold is half the
		// best attainable F1 (Lipton, Elkan & Naryanaswamy 2014); the best F1
		// is a steadier estimate than the place where it is reached.
		_, f1 := bestF1Threshold(p, y)
		m.threshold = f1 / 2
	}
	all := make([]int, len(examples))
	for i := range all {
		all[i] = i
	}
	w, b := tr.fit(data, all, bits)
	m.quantise(w)
	m.bias = b
	return m, nil
}

func labels(examples []Example) []bool {
	y := make([]bool, len(examples))
	for i, e := range examples {
		y[i] = e.Label
	}
	return y
}

// Folds assigns each item to one of k folds, stratified by label: the
// positives and the negatives are each shuffled with seed and dealt round
// robin, so every fold gets nearly the same class balance.
func Folds(y []bool, k int, seed uint64) []int {
	r := rand.New(rand.NewPCG(seed, 0x636865636b))
	fold := make([]int, len(y))
	for _, cls := range []bool{true, false} {
		var idx []int
		for i, v := range y {
			if v == cls {
				idx = append(idx, i)
			}
		}
		r.Shuffle(len(idx), func(a, b int) { idx[a], idx[b] = idx[b], idx[a] })
		for j, i := range idx {
			fold[i] = j % k
		}
	}
	return fold
}

// dataset holds featurised examples in compressed sparse rows.
type dataset struct {
	off   []int    // row i is feats[off[i]:off[i+1]]
	feats []uint32 // slot | sign<<31
	y     []float64
}

func encode(examples []Example, fs FeatureSet, bits int) *dataset {
	d := &dataset{off: make([]int, 1, len(examples)+1), y: make([]float64, len(examples))}
	k := sink{mask: 1<<bits - 1}
	for i, e := range examples {
		featurize(e.Text, e.Mentions, fs, &k)
		d.off = append(d.off, len(k.feats))
		if e.Label {
			d.y[i] = 1
		}
	}
	d.feats = k.feats
	return d
}

func (d *dataset) margin(i int, w []float32, rowNorm float64) float64 {
	var s float64
	row := d.feats[d.off[i]:d.off[i+1]]
	for _, f := range row {
		if f>>31 != 0 {
			s -= float64(w[f&0x7fffffff])
		} else {
			s += float64(w[f&0x7fffffff])
		}
	}
	if rowNorm > 0 && len(row) > 0 {
		s *= math.Sqrt(rowNorm / float64(len(row)))
	}
	return s
}

type trainer struct {
	rowNorm float64
	nb      float64
	l2      float64
	maxIter int
}

// fit minimises (1/n)·Σ logloss + (l2/2)·‖w‖² over the rows idx by L-BFGS, in
// a compact space of the slots those rows use, and returns the weights over
// all 1<<bits slots and the bias.
func (t trainer) fit(d *dataset, idx []int, bits int) ([]float32, float64) {
	// Compact the slots used by these rows.
	compact := make([]int32, 1<<bits)
	for i := range compact {
		compact[i] = -1
	}
	var slots []uint32
	nEnt := 0
	for _, i := range idx {
		nEnt += d.off[i+1] - d.off[i]
	}
	ids := make([]int32, 0, nEnt)
	vals := make([]float64, 0, nEnt) // ±1, then scaled below
	off := make([]int, 1, len(idx)+1)
	y := make([]float64, len(idx))
	for r, i := range idx {
		y[r] = d.y[i]
		for _, f := range d.feats[d.off[i]:d.off[i+1]] {
			s := f & 0x7fffffff
			c := compact[s]
			if c < 0 {
				c = int32(len(slots))
				compact[s] = c
				slots = append(slots, s)
			}
			ids = append(ids, c)
			if f>>31 != 0 {
				vals = append(vals, -1)
			} else {
				vals = append(vals, 1)
			}
		}
		off = append(off, len(ids))
	}
	dim := len(slots) + 1 // last is the bias
	n := float64(len(idx))
	// Per-feature scale: 1, or a mix with the naive-Bayes log-count ratio
	// (NBSVM, Wang & Manning 2012), which amounts to a per-feature L2 penalty
	// that is weaker for features whose class ratio is far from even.
	sc := make([]float64, dim-1)
	for c := range sc {
		sc[c] = 1
	}
	if t.nb > 0 {
		pc := make([]float64, dim-1)
		nc := make([]float64, dim-1)
		var pt, nt float64
		for r := range y {
			for _, c := range ids[off[r]:off[r+1]] {
				if y[r] == 1 {
					pc[c]++
					pt++
				} else {
					nc[c]++
					nt++
				}
			}
		}
		for c := range sc {
			r := math.Abs(math.Log(((pc[c] + 1) / (pt + 1)) / ((nc[c] + 1) / (nt + 1))))
			sc[c] = (1 - t.nb) + t.nb*r
		}
	}
	// Fold sign, feature scale and row normalisation into the values.
	for r := range y {
		rs := 1.0
		if t.rowNorm > 0 && off[r+1] > off[r] {
			rs = math.Sqrt(t.rowNorm / float64(off[r+1]-off[r]))
		}
		for e := off[r]; e < off[r+1]; e++ {
			vals[e] *= rs * sc[ids[e]]
		}
	}
	eval := func(x, g []float64) float64 {
		clear(g)
		bias := x[dim-1]
		var loss, gb float64
		for r, yr := range y {
			z := bias
			rid, rv := ids[off[r]:off[r+1]], vals[off[r]:off[r+1]]
			for e, c := range rid {
				z += rv[e] * x[c]
			}
			// log(1+exp(z)) - y*z, stable.
			if z > 0 {
				loss += z + math.Log1p(math.Exp(-z)) - yr*z
			} else {
				loss += math.Log1p(math.Exp(z)) - yr*z
			}
			gr := (sigmoid(z) - yr) / n
			gb += gr
			for e, c := range rid {
				g[c] += gr * rv[e]
			}
		}
		g[dim-1] = gb
		loss /= n
		for j := 0; j < dim-1; j++ {
			loss += 0.5 * t.l2 * x[j] * x[j]
			g[j] += t.l2 * x[j]
		}
		return loss
	}
	x := make([]float64, dim)
	lbfgs(x, eval, t.maxIter)
	w := make([]float32, 1<<bits)
	for c, s := range slots {
		w[s] = float32(sc[c] * x[c])
	}
	return w, x[dim-1]
}

// lbfgs minimises f from x (updated in place) with limited-memory BFGS
// (history 10) and a backtracking Armijo line search.
func lbfgs(x []float64, f func(x, g []float64) float64, maxIter int) {
	const hist = 10
	dim := len(x)
	g := make([]float64, dim)
	fx := f(x, g)
	var sList, yList [][]float64
	var rho []float64
	dir := make([]float64, dim)
	xNew := make([]float64, dim)
	gNew := make([]float64, dim)
	alpha := make([]float64, hist)
	for it := 0; it < maxIter; it++ {
		gnorm := math.Sqrt(dot(g, g))
		if gnorm < 1e-6 {
			return
		}
		// Two-loop recursion: dir = -H·g.
		copy(dir, g)
		for j := len(sList) - 1; j >= 0; j-- {
			alpha[j] = rho[j] * dot(sList[j], dir)
			axpy(-alpha[j], yList[j], dir)
		}
		if k := len(sList); k > 0 {
			gamma := dot(sList[k-1], yList[k-1]) / dot(yList[k-1], yList[k-1])
			scale(gamma, dir)
		} else {
			scale(1/gnorm, dir)
		}
		for j := 0; j < len(sList); j++ {
			beta := rho[j] * dot(yList[j], dir)
			axpy(alpha[j]-beta, sList[j], dir)
		}
		scale(-1, dir)
		gd := dot(g, dir)
		if gd >= 0 { // not a descent direction: restart from steepest descent
			sList, yList, rho = nil, nil, nil
			copy(dir, g)
			scale(-1/gnorm, dir)
			gd = dot(g, dir)
		}
		step := 1.0
		var fNew float64
		ok := false
		for ls := 0; ls < 30; ls++ {
			for j := range x {
				xNew[j] = x[j] + step*dir[j]
			}
			fNew = f(xNew, gNew)
			if fNew <= fx+1e-4*step*gd {
				ok = true
				break
			}
			step *= 0.5
		}
		if !ok {
			return
		}
		var s, yv []float64
		if len(sList) == hist {
			s, yv = sList[0], yList[0]
			sList, yList, rho = sList[1:], yList[1:], rho[1:]
		} else {
			s, yv = make([]float64, dim), make([]float64, dim)
		}
		for j := range x {
			s[j] = xNew[j] - x[j]
			yv[j] = gNew[j] - g[j]
		}
		sy := dot(s, yv)
		if sy > 1e-12 {
			sList = append(sList, s)
			yList = append(yList, yv)
			rho = append(rho, 1/sy)
		}
		rel := (fx - fNew) / math.Max(math.Abs(fx), 1e-12)
		copy(x, xNew)
		copy(g, gNew)
		fx = fNew
		if rel < 1e-7 {
			return
		}
	}
}

func dot(a, b []float64) float64 {
	var s float64
	for i, v := range a {
		s += v * b[i]
	}
	return s
}

func axpy(a float64, x, y []float64) {
	for i, v := range x {
		y[i] += a * v
	}
}

func scale(a float64, x []float64) {
	for i := range x {
		x[i] *= a
	}
}

// fitPlatt fits p = sigmoid(a·z + b) to labels y by Newton's method on the
// log-loss, with Platt's smoothed targets (N₊+1)/(N₊+2) and 1/(N₋+2).
func fitPlatt(z []float64, y []bool) (a, b float64) {
	var npos, nneg float64
	for _, v := range y {
		if v {
			npos++
		} else {
			nneg++
		}
	}
	tPos, tNeg := (npos+1)/(npos+2), 1/(nneg+2)
	loss := func(a, b float64) float64 {
		var l float64
		for i, zi := range z {
			t := tNeg
			if y[i] {
				t = tPos
			}
			u := a*zi + b
			// t·log(1+e^-u) + (1-t)·log(1+e^u)
			l += t*softplus(-u) + (1-t)*softplus(u)
		}
		return l
	}
	a, b = 1, 0
	cur := loss(a, b)
	for it := 0; it < 100; it++ {
		var ga, gb, haa, hab, hbb float64
		for i, zi := range z {
			t := tNeg
			if y[i] {
				t = tPos
			}
			p := sigmoid(a*zi + b)
			d := p - t
			ga += d * zi
			gb += d
			h := math.Max(p*(1-p), 1e-12)
			haa += h * zi * zi
			hab += h * zi
			hbb += h
		}
		haa += 1e-9
		hbb += 1e-9
		det := haa*hbb - hab*hab
		if det <= 0 {
			break
		}
		da := (hbb*ga - hab*gb) / det
		db := (haa*gb - hab*ga) / det
		step := 1.0
		improved := false
		for ls := 0; ls < 30; ls++ {
			na, nb := a-step*da, b-step*db
			if l := loss(na, nb); l < cur {
				a, b, cur = na, nb, l
				improved = true
				break
			}
			step /= 2
		}
		if !improved || math.Abs(ga)+math.Abs(gb) < 1e-9 {
			break
		}
	}
	return a, b
}

func softplus(u float64) float64 {
	if u > 0 {
		return u + math.Log1p(math.Exp(-u))
	}
	return math.Log1p(math.Exp(u))
}

// bestF1Threshold returns the threshold on p that maximises the F1 of the
// positive class (the midpoint between the lowest score kept and the next)
// and that F1.
func bestF1Threshold(p []float64, y []bool) (threshold, f1 float64) {
	order := make([]int, len(p))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case p[a] > p[b]:
			return -1
		case p[a] < p[b]:
			return 1
		}
		return 0
	})
	var npos int
	for _, v := range y {
		if v {
			npos++
		}
	}
	best, bestAt, tp := -1.0, 0.5, 0
	for k, i := range order {
		if y[i] {
			tp++
		}
		if k+1 < len(order) && p[order[k+1]] == p[i] {
			continue // ties are kept or dropped together
		}
		f1 := 2 * float64(tp) / float64(k+1+npos)
		if f1 > best {
			best = f1
			if k+1 < len(order) {
				bestAt = (p[i] + p[order[k+1]]) / 2
			} else {
				bestAt = p[i] / 2
			}
		}
	}
	return bestAt, best
}
