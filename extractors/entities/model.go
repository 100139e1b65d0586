package entities

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"io"
	"math"
	"sort"

	"github.com/claimpipe/claimpipe/claims"
)

// Model is a trained tagger: per known word its weights at every offset,
// per sub-word feature its weights (for unknown words), context and
// transition weights, and the gazetteer its features were computed with.
// It is read-only once built and safe for concurrent use.
type Model struct {
	vocab    map[string]int32 // word -> row of vocabVec
	vocabLC  []uint8          // lower-case-ratio bucket per row
	vocabVec []float32        // rows of vecLen
	sub      map[uint64]int32 // sub-word feature hash -> row of subVec
	subVec   []float32
	ctx      []float32 // nCtx x nTags
	trans    []float32 // (nTags+1) x nTags; row 0 is the sentence start
	gaz      *Gazetteer
	// nounClasses are the WordNet noun classes of common nouns (see
	// nounClass), read by the definition cues.
	nounClasses map[string]uint32
}

const modelMagic = "claimpipe-ner-v1\n"

// featureVersion names the feature extraction a model was trained with.
// Bump it whenever features.go or tagger.go change what a token's features
// are, so that a stale embedded model fails to load instead of silently
// scoring with features it was not trained on.
const featureVersion = 5

// MarshalBinary writes the model, gzip'd, word and sub-word weights
// quantised to 8 bits with a scale per row.
// The gazetteer is not included: it is stored beside the model.
func (m *Model) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	w.WriteString(modelMagic)
	le := binary.LittleEndian
	put32 := func(v uint32) { binary.Write(w, le, v) }
	put32(featureVersion)
	put32(nTags)
	put32(vecLen)
	put32(uint32(nCtx))
	binary.Write(w, le, m.trans)
	binary.Write(w, le, m.ctx)
	q := make([]int8, vecLen)
	quant := func(row []float32) {
		var mx float32
		for _, v := range row {
			mx = max(mx, v, -v)
		}
		scale := mx / 127
		if scale == 0 {
			scale = 1
		}
		binary.Write(w, le, scale)
		for i, v := range row {
			q[i] = int8(math.Round(float64(v / scale)))
		}
		binary.Write(w, le, q)
	}
	words := make([]string, 0, len(m.vocab))
	for k := range m.vocab {
		words = append(words, k)
	}
	sort.Strings(words)
	put32(uint32(len(words)))
	var vb [binary.MaxVarintLen64]byte
	for _, k := range words {
		r := m.vocab[k]
		w.Write(vb[:binary.PutUvarint(vb[:], uint64(len(k)))])
		w.WriteString(k)
		w.WriteByte(m.vocabLC[r])
		quant(m.vocabVec[int(r)*vecLen : int(r+1)*vecLen])
	}
	hs := make([]uint64, 0, len(m.sub))
	for h := range m.sub {
		hs = append(hs, h)
	}
	sort.Slice(hs, func(i, j int) bool { return hs[i] < hs[j] })
	put32(uint32(len(hs)))
	for _, h := range hs {
		binary.Write(w, le, h)
		r := m.sub[h]
		quant(m.subVec[int(r)*vecLen : int(r+1)*vecLen])
	}
	nouns := make([]string, 0, len(m.nounClasses))
	for k := range m.nounClasses {
		nouns = append(nouns, k)
	}
	sort.Strings(nouns)
	put32(uint32(len(nouns)))
	for _, k := range nouns {
		w.Write(vb[:binary.PutUvarint(vb[:], uint64(len(k)))])
		w.WriteString(k)
		put32(m.nounClasses[k])
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// UnmarshalModel reads what MarshalBinary wrote and attaches gaz.
func UnmarshalModel(data []byte, gaz *Gazetteer) (*Model, error) {
	raw, err := gunzip(data)
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "ner model: %w", err)
	}
	keys := string(raw) // vocabulary keys are substrings of one copy
	bad := func(what string) error { return claims.Errorf(claims.Invalid, "ner model: %s", what) }
	if !bytes.HasPrefix(raw, []byte(modelMagic)) {
		return nil, bad("bad magic")
	}
	p := raw[len(modelMagic):]
	le := binary.LittleEndian
	need := func(n int) bool { return len(p) >= n }
	u32 := func() uint32 { v := le.Uint32(p); p = p[4:]; return v }
	f32s := func(dst []float32) {
		for i := range dst {
			dst[i] = math.Float32frombits(le.Uint32(p))
			p = p[4:]
		}
	}
	if !need(16) {
		return nil, bad("truncated header")
	}
	if u32() != featureVersion {
		return nil, bad("trained with other features than this build's; retrain with cmd/train-ner")
	}
	if u32() != nTags || u32() != vecLen || u32() != uint32(nCtx) {
		return nil, bad("feature layout differs from this build; retrain with cmd/train-ner")
	}
	m := &Model{gaz: gaz, trans: make([]float32, (nTags+1)*nTags), ctx: make([]float32, nCtx*nTags)}
	if !need(4 * (len(m.trans) + len(m.ctx) + 1)) {
		return nil, bad("truncated weights")
	}
	f32s(m.trans)
	f32s(m.ctx)
	row := func(dst []float32) {
		scale := math.Float32frombits(le.Uint32(p))
		q := p[4 : 4+len(dst)]
		for i := range dst {
			dst[i] = float32(int8(q[i])) * scale
		}
		p = p[4+len(dst):]
	}
	const rowBytes = 4 + vecLen
	nv := int(u32())
	m.vocab = make(map[string]int32, nv)
	m.vocabLC = make([]uint8, nv)
	m.vocabVec = make([]float32, nv*vecLen)
	for i := 0; i < nv; i++ {
		l, k := binary.Uvarint(p)
		if k <= 0 || !need(k+int(l)+1+rowBytes) {
			return nil, bad("truncated vocabulary")
		}
		p = p[k:]
		m.vocab[keys[len(raw)-len(p):][:l]] = int32(i)
		p = p[l:]
		m.vocabLC[i] = p[0]
		p = p[1:]
		row(m.vocabVec[i*vecLen : (i+1)*vecLen])
	}
	if !need(4) {
		return nil, bad("truncated")
	}
	ns := int(u32())
	if !need(ns * (8 + rowBytes)) {
		return nil, bad("truncated sub-word table")
	}
	m.sub = make(map[uint64]int32, ns)
	m.subVec = make([]float32, ns*vecLen)
	for i := 0; i < ns; i++ {
		m.sub[le.Uint64(p)] = int32(i)
		p = p[8:]
		row(m.subVec[i*vecLen : (i+1)*vecLen])
	}
	if !need(4) {
		return nil, bad("truncated noun classes")
	}
	nn := int(u32())
	m.nounClasses = make(map[string]uint32, nn)
	for i := 0; i < nn; i++ {
		l, k := binary.Uvarint(p)
		if k <= 0 || !need(k+int(l)+4) {
			return nil, bad("truncated noun classes")
		}
		m.nounClasses[keys[len(raw)-len(p)+k:][:l]] = le.Uint32(p[k+int(l):])
		p = p[k+int(l)+4:]
	}
	return m, nil
}

// Stats describes a model's size.
type Stats struct{ Words, SubwordFeatures int }

// Stats returns the model's table sizes.
func (m *Model) Stats() Stats { return Stats{len(m.vocab), len(m.sub)} }

// viterbi writes into out the best tag sequence for n tokens with emission
// scores em (n x nTags) under trans; back is scratch of n*nTags.
func viterbi(em []float32, n int, trans []float32, back []uint8, out []uint8) {
	if n == 0 {
		return
	}
	const negInf = float32(-1e30)
	var cur, prev [nTags]float32
	for t := 0; t < nTags; t++ {
		if validTransition(-1, t) {
			prev[t] = trans[t] + em[t]
		} else {
			prev[t] = negInf
		}
	}
	for i := 1; i < n; i++ {
		e := em[i*nTags : (i+1)*nTags]
		bk := back[i*nTags : (i+1)*nTags]
		for t := 0; t < nTags; t++ {
			best, arg := negInf, 0
			for a := 0; a < nTags; a++ {
				if !validTransition(a, t) {
					continue
				}
				if s := prev[a] + trans[(a+1)*nTags+t]; s > best {
					best, arg = s, a
				}
			}
			cur[t] = best + e[t]
			bk[t] = uint8(arg)
		}
		prev = cur
	}
	best, arg := negInf, 0
	for t := 0; t < nTags; t++ {
		if prev[t] > best {
			best, arg = prev[t], t
		}
	}
	out[n-1] = uint8(arg)
	for i := n - 1; i > 0; i-- {
		out[i-1] = back[i*nTags+int(out[i])]
	}
}

// gunzip decompresses a gzip member into a buffer sized from its trailer.
func gunzip(data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	size := 0
	if len(data) >= 4 {
		size = int(binary.LittleEndian.Uint32(data[len(data)-4:]))
	}
	var buf bytes.Buffer
	buf.Grow(min(size, 64<<20) + 1)
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
