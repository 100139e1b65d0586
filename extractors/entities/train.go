package entities

import (
	"math/rand/v2"

	"github.com/claimpipe/claimpipe/claims"
)

// Sentence is one tagged training sentence.
type Sentence struct {
	Tokens []string
	Tags   []uint8 // indices into TagNames
	Weight float32 // update weight; 0 means 1
	// Doc numbers the document the sentence belongs to: consecutive
	// sentences with the same Doc are one document for the document cues.
	Doc int
}

// TrainOptions tune Train. The zero value trains with the defaults.
type TrainOptions struct {
	Epochs          int    // passes over the data (default 6)
	Seed            uint64 // shuffling seed; the same seed gives the same model
	MinWordCount    int    // words seen fewer times are unknown words (default 2)
	MinFeatureCount int    // sub-word features seen fewer times are dropped (default 3)
	// WordDropout is the share of known-word tokens trained, in each epoch,
	// as if unknown (only their sub-word features), so that the features
	// unknown names rely on learn from names in every context. 0 disables.
	WordDropout float64
	// Clusters maps words to their Brown cluster bit strings
	// (BrownClusters); a known word's features then include prefixes of
	// its string. They are folded into the word's weights, so the model
	// does not need the map at run time.
	Clusters map[string]string
	// NounClasses are WordNet's noun classes of common nouns (see
	// nounClass), for the definition cues; the model keeps them.
	NounClasses map[string]uint32
	// Logf, when set, receives progress lines.
	Logf func(format string, args ...any)
}

// Train fits a tagger to sents by the averaged structured perceptron with
// Viterbi decoding. It is deterministic for a given input and options.
func Train(sents []Sentence, gaz *Gazetteer, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 6
	}
	if opt.MinWordCount <= 0 {
		opt.MinWordCount = 2
	}
	if opt.MinFeatureCount <= 0 {
		opt.MinFeatureCount = 3
	}
	logf := opt.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	for i, s := range sents {
		if len(s.Tokens) != len(s.Tags) {
			return nil, claims.Errorf(claims.Invalid, "training sentence %d: %d tokens, %d tags", i, len(s.Tokens), len(s.Tags))
		}
		for _, t := range s.Tags {
			if int(t) >= nTags {
				return nil, claims.Errorf(claims.Invalid, "training sentence %d: tag %d out of range", i, t)
			}
		}
	}

	// Word types, their counts and lower-case statistics.
	typeID := map[string]int32{padBOS: 0, padEOS: 1}
	words := []string{padBOS, padEOS}
	counts := []int{0, 0}
	lowerTotal, lowerLC := map[string]int{}, map[string]int{}
	var buf []byte
	for _, s := range sents {
		for i, w := range s.Tokens {
			id, ok := typeID[w]
			if !ok {
				id = int32(len(words))
				typeID[w] = id
				words = append(words, w)
				counts = append(counts, 0)
			}
			counts[id]++
			if i > 0 {
				buf = lowerInto(buf, w)
				lowerTotal[string(buf)]++
				if string(buf) == w {
					lowerLC[w]++
				}
			}
		}
	}
	inVocab := func(id int32) bool { return id < 2 || counts[id] >= opt.MinWordCount }
	lcOf := make([]uint8, len(words))
	for id, w := range words {
		if id >= 2 && inVocab(int32(id)) {
			buf = lowerInto(buf, w)
			lcOf[id] = lcBucketOf(lowerLC[string(buf)], lowerTotal[string(buf)])
		}
	}
	// An unknown word whose lower-case form is a known word gets that
	// word's bucket, as the tagger looks it up at run time.
	for id, w := range words {
		if id >= 2 && !inVocab(int32(id)) {
			buf = lowerInto(buf, w)
			if l, ok := typeID[string(buf)]; ok && inVocab(l) {
				lcOf[id] = lcOf[l]
			}
		}
	}

	// Features of every type, then the kept feature set.
	typeHashes := make([][]uint64, len(words))
	featCount := map[uint64]int{}
	vocabHash := map[uint64]bool{}
	var hs []uint64
	for id, w := range words {
		hs = hs[:0]
		switch id {
		case 0, 1:
			hs = append(hs, hashByte(hashStart(tplPad), byte(id)))
		default:
			hs, buf = subwordFeatures(hs, w, gaz.Flags(w), buf)
			if inVocab(int32(id)) {
				n := len(hs)
				hs, buf = vocabFeatures(hs, w, lcOf[id], buf)
				hs = clusterFeatures(hs, opt.Clusters[w])
				for _, h := range hs[n:] {
					vocabHash[h] = true
				}
			}
		}
		typeHashes[id] = append([]uint64(nil), hs...)
		for _, h := range hs {
			featCount[h] += max(counts[id], 1)
		}
	}
	featIdx := map[uint64]int32{}
	var featHash []uint64
	typeOff := make([]int32, len(words)+1)
	typeSubEnd := make([]int32, len(words)) // end of the sub-word features of each type
	var typeFeats []int32
	for id := range words {
		typeOff[id] = int32(len(typeFeats))
		typeSubEnd[id] = typeOff[id]
		for _, h := range typeHashes[id] {
			if !vocabHash[h] && id >= 2 && featCount[h] < opt.MinFeatureCount {
				continue
			}
			f, ok := featIdx[h]
			if !ok {
				f = int32(len(featHash))
				featIdx[h] = f
				featHash = append(featHash, h)
			}
			typeFeats = append(typeFeats, f)
			if !vocabHash[h] {
				typeSubEnd[id] = int32(len(typeFeats))
			}
		}
	}
	typeOff[len(words)] = int32(len(typeFeats))
	typeHashes = nil
	logf("ner: %d sentences, %d word types (%d known), %d features", len(sents), len(words), countTrue(len(words), inVocab), len(featHash))

	// Per-token type ids and context features.
	type tsent struct {
		types  []int32
		ctxOff []int32
		ctx    []int32
		gold   []uint8
		weight float32
	}
	data := make([]tsent, len(sents))
	var info []tokInfo
	// Document cues of every token, document by document.
	cues := make([][]uint8, len(sents))
	multis := make([][]bool, len(sents))
	defcs := make([][]uint32, len(sents))
	{
		var ds docCueScratch
		var dtok []string
		var ddefl []definition
		var dcc, dcue []uint8
		var ddef []uint32
		var dmulti []bool
		var dsents [][2]int
		for a := 0; a < len(sents); {
			b := a + 1
			for b < len(sents) && sents[b].Doc == sents[a].Doc {
				b++
			}
			dtok, dsents = dtok[:0], dsents[:0]
			for k := a; k < b; k++ {
				dsents = append(dsents, [2]int{len(dtok), len(dtok) + len(sents[k].Tokens)})
				dtok = append(dtok, sents[k].Tokens...)
			}
			n := len(dtok)
			dcc, dcue, dmulti = grow(dcc, n), grow(dcue, n), grow(dmulti, n)
			for i, w := range dtok {
				dcc[i] = uint8(caseClass(w))
			}
			buf = docCues(&ds, func(i int) string { return dtok[i] }, dcc, n, dsents, dcue, dmulti, buf)
			ddef = grow(ddef, n)
			ddefl, buf = definitionCues(func(i int) string { return dtok[i] }, dcc, n, dsents, opt.NounClasses, ddef, ddefl, buf)
			for k := a; k < b; k++ {
				se := dsents[k-a]
				defcs[k] = append([]uint32(nil), ddef[se[0]:se[1]]...)
				cues[k] = append([]uint8(nil), dcue[se[0]:se[1]]...)
				multis[k] = append([]bool(nil), dmulti[se[0]:se[1]]...)
			}
			a = b
		}
	}
	for si, s := range sents {
		n := len(s.Tokens)
		d := tsent{types: make([]int32, n), ctxOff: make([]int32, n+1), gold: s.Tags, weight: s.Weight}
		if d.weight == 0 {
			d.weight = 1
		}
		info = grow(info, n)
		for i, w := range s.Tokens {
			id := typeID[w]
			d.types[i] = id
			info[i] = tokInfo{cc: uint8(caseClass(w)), lc: lcOf[id], doc: cues[si][i], multi: multis[si][i], def: defcs[si][i]}
		}
		toks := s.Tokens
		tok := func(i int) string { return toks[i] }
		markGazetteer(gaz, tok, n, info)
		markQuotes(tok, n, info)
		for i := 0; i < n; i++ {
			d.ctxOff[i] = int32(len(d.ctx))
			d.ctx = contextIDs(d.ctx, info[:n], i)
		}
		d.ctxOff[n] = int32(len(d.ctx))
		data[si] = d
	}

	nF := len(featHash)
	W := make([]float32, nF*vecLen)
	U := make([]float32, nF*vecLen)
	Wc := make([]float32, nCtx*nTags)
	Uc := make([]float32, nCtx*nTags)
	Wt := make([]float32, (nTags+1)*nTags)
	Ut := make([]float32, (nTags+1)*nTags)
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var em []float32
	var back, pred []uint8
	c := float32(1)
	typeAt := func(d *tsent, j int) int32 {
		switch {
		case j < 0:
			return 0
		case j >= len(d.types):
			return 1
		}
		return d.types[j]
	}
	var drop []bool
	// feats returns the features of the token at j (a pad outside the
	// sentence), only the sub-word ones when it is dropped this epoch.
	feats := func(d *tsent, j int) []int32 {
		id := typeAt(d, j)
		if j >= 0 && j < len(d.types) && drop[j] {
			return typeFeats[typeOff[id]:typeSubEnd[id]]
		}
		return typeFeats[typeOff[id]:typeOff[id+1]]
	}
	var ctxBuf []int32
	// ctxOf returns the context features of token i; a dropped token's
	// lower-case-ratio bucket is unknown, as at run time.
	ctxOf := func(d *tsent, i int) []int32 {
		c := d.ctx[d.ctxOff[i]:d.ctxOff[i+1]]
		if !drop[i] {
			return c
		}
		ctxBuf = append(ctxBuf[:0], c...)
		ctxBuf[0] -= int32(lcOf[d.types[i]]) // contextIDs puts the first/case/lc feature first
		return ctxBuf
	}
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total := 0, 0
		for _, si := range order {
			d := &data[si]
			n := len(d.types)
			if n == 0 {
				continue
			}
			em = grow(em, n*nTags)
			back = grow(back, n*nTags)
			pred = grow(pred, n)
			drop = grow(drop, n)
			for i := range drop {
				drop[i] = opt.WordDropout > 0 && d.types[i] >= 2 && inVocab(d.types[i]) && rng.Float64() < opt.WordDropout
			}
			for i := 0; i < n; i++ {
				e := em[i*nTags : (i+1)*nTags]
				clear(e)
				for k := 0; k < nOff; k++ {
					for _, f := range feats(d, i+k-2) {
						base := int(f)*vecLen + k*nTags
						add(e, W[base:base+nTags])
					}
				}
				for _, cf := range ctxOf(d, i) {
					add(e, Wc[int(cf)*nTags:int(cf+1)*nTags])
				}
			}
			viterbi(em, n, Wt, back, pred)
			total += n
			w := d.weight
			cw := c * w
			for i := 0; i < n; i++ {
				g, p := int(d.gold[i]), int(pred[i])
				pg, pp := -1, -1
				if i > 0 {
					pg, pp = int(d.gold[i-1]), int(pred[i-1])
				}
				if pg != pp || g != p {
					Wt[(pg+1)*nTags+g] += w
					Ut[(pg+1)*nTags+g] += cw
					Wt[(pp+1)*nTags+p] -= w
					Ut[(pp+1)*nTags+p] -= cw
				}
				if g == p {
					continue
				}
				errs++
				for k := 0; k < nOff; k++ {
					for _, f := range feats(d, i+k-2) {
						base := int(f)*vecLen + k*nTags
						W[base+g] += w
						U[base+g] += cw
						W[base+p] -= w
						U[base+p] -= cw
					}
				}
				for _, cf := range ctxOf(d, i) {
					base := int(cf) * nTags
					Wc[base+g] += w
					Uc[base+g] += cw
					Wc[base+p] -= w
					Uc[base+p] -= cw
				}
			}
			c++
		}
		logf("ner: epoch %d: %d/%d tokens wrong (%.2f%%)", ep+1, errs, total, 100*float64(errs)/float64(max(total, 1)))
	}
	avg := func(w, u []float32) {
		for i := range w {
			w[i] -= u[i] / c
		}
	}
	avg(W, U)
	avg(Wc, Uc)
	avg(Wt, Ut)

	m := &Model{gaz: gaz, ctx: Wc, trans: Wt, vocab: map[string]int32{}, sub: map[uint64]int32{}, nounClasses: opt.NounClasses}
	for id, w := range words {
		if !inVocab(int32(id)) {
			continue
		}
		row := make([]float32, vecLen)
		for _, f := range typeFeats[typeOff[id]:typeOff[id+1]] {
			add(row, W[int(f)*vecLen:int(f+1)*vecLen])
		}
		m.vocab[w] = int32(len(m.vocabLC))
		m.vocabLC = append(m.vocabLC, lcOf[id])
		m.vocabVec = append(m.vocabVec, row...)
	}
	for f, h := range featHash {
		if vocabHash[h] || h == hashByte(hashStart(tplPad), 0) || h == hashByte(hashStart(tplPad), 1) {
			continue
		}
		row := W[f*vecLen : (f+1)*vecLen]
		var mx float32
		for _, v := range row {
			mx = max(mx, v, -v)
		}
		if mx < 0.01 {
			continue
		}
		m.sub[h] = int32(len(m.subVec) / vecLen)
		m.subVec = append(m.subVec, row...)
	}
	logf("ner: model: %d known words, %d sub-word features", len(m.vocab), len(m.sub))
	return m, nil
}

func countTrue(n int, f func(int32) bool) int {
	k := 0
	for i := 0; i < n; i++ {
		if f(int32(i)) {
			k++
		}
	}
	return k
}
