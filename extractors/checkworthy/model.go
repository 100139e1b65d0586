package checkworthy

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"io"
	"math"
	"sync"

	"github.com/claimpipe/claimpipe/claims"
)

// Model is a trained check-worthiness scorer: hashed-feature logistic
// regression plus a Platt calibration. A Model is immutable once built and safe
// for concurrent use.
type Model struct {
	features   FeatureSet
	bits       uint8
	q          []int16 // 1<<bits weights, quantised: weight = q·scale
	scale      float64
	bias       float64
	rowNorm    float64 // if > 0, the feature sum is scaled by sqrt(rowNorm/features)
	calibrated bool
	plattA     float64 // calibrated p = sigmoid(plattA*z + plattB)
	plattB     float64
	threshold  float64 // decision threshold on Score
}

//go:embed model.bin.gz
var embedded []byte

var (
	loadOnce  sync.Once
	loaded    *Model
	loadedErr error
)

// Load returns the embedded model, decoded on the first call and shared
// afterwards.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		m := new(Model)
		if err := m.UnmarshalBinary(embedded); err != nil {
			loadedErr = claims.WrapKind(claims.Internal, err)
			return
		}
		loaded = m
	})
	return loaded, loadedErr
}

// Raw returns the model's uncalibrated margin (log-odds before calibration)
// for sentence. Higher means more check-worthy; rankings by Raw and by Score
// are the same.
func (m *Model) Raw(sentence string, mentions []claims.Mention) float64 {
	k := sink{mask: uint32(len(m.q) - 1), q: m.q}
	featurize(sentence, mentions, m.features, &k)
	z := float64(k.sum) * m.scale
	if m.rowNorm > 0 && k.n > 0 {
		z *= math.Sqrt(m.rowNorm / float64(k.n))
	}
	return z + m.bias
}

// Score returns the calibrated probability that sentence is a check-worthy
// factual claim. mentions are the mentions inside the sentence with offsets
// relative to the article (nil if none); only their types matter, and only
// to a model trained with mentions (Features has MentionTypes): the shipped
// one was not.
func (m *Model) Score(sentence string, mentions []claims.Mention) float64 {
	return m.calibrate(m.Raw(sentence, mentions))
}

// Warm reads the weight table once, in order, so that the scoring of an
// article's sentences that follows finds it in the cache. The other
// extractors' tables evict it between articles, and one sequential pass,
// which the processor streams, costs less than the scattered misses of
// scoring a dozen sentences cold (about 4% of the claims' time). It returns
// a sum of the weights read, which only keeps the reads from being
// optimised away.
//
//go:noinline
func (m *Model) Warm() int {
	s := 0
	for i := 0; i < len(m.q); i += cacheLine / 2 {
		s += int(m.q[i])
	}
	return s
}

// cacheLine is the bytes of a cache line: Warm reads one weight of each.
const cacheLine = 64

// calibrate maps a margin (Raw) to the calibrated probability.
func (m *Model) calibrate(z float64) float64 {
	if m.calibrated {
		z = m.plattA*z + m.plattB
	}
	return sigmoid(z)
}

// Threshold is the decision threshold on Score meant to maximise the F1 of
// the check-worthy class: half the best F1 reached on out-of-fold predictions
// during training, the optimum for calibrated probabilities (0.5 when
// training did not choose one). Score(s) >= Threshold() means "check-worthy".
func (m *Model) Threshold() float64 {
	if m.threshold <= 0 || m.threshold >= 1 {
		return 0.5
	}
	return m.threshold
}

// Features returns the feature groups the model was trained with.
func (m *Model) Features() FeatureSet { return m.features }

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

const magic = "CWM2"

// MarshalBinary encodes the model (gzip-compressed; zero weights omitted).
func (m *Model) MarshalBinary() ([]byte, error) {
	var raw bytes.Buffer
	raw.WriteString(magic)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(v uint64) { raw.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	f64 := func(v float64) { uv(math.Float64bits(v)) }
	uv(uint64(m.features))
	uv(uint64(m.bits))
	f64(m.bias)
	f64(m.rowNorm)
	if m.calibrated {
		uv(1)
	} else {
		uv(0)
	}
	f64(m.plattA)
	f64(m.plattB)
	f64(m.threshold)
	f64(m.scale)
	nnz := 0
	for _, w := range m.q {
		if w != 0 {
			nnz++
		}
	}
	uv(uint64(nnz))
	last := -1
	for i, w := range m.q {
		if w == 0 {
			continue
		}
		uv(uint64(i - last))
		last = i
		raw.Write(tmp[:binary.PutVarint(tmp[:], int64(w))])
	}
	var out bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return nil, claims.Errorf(claims.Internal, "checkworthy: encode model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, claims.Errorf(claims.Internal, "checkworthy: encode model: %w", err)
	}
	return out.Bytes(), nil
}

// UnmarshalBinary decodes a model written by MarshalBinary.
func (m *Model) UnmarshalBinary(data []byte) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return claims.Errorf(claims.Invalid, "checkworthy: decode model (%d bytes): %w", len(data), err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return claims.Errorf(claims.Invalid, "checkworthy: decode model (%d bytes): %w", len(data), err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return claims.Errorf(claims.Invalid, "checkworthy: decode model: bad magic %q", raw[:min(4, len(raw))])
	}
	r := bytes.NewReader(raw[len(magic):])
	var rerr error
	uv := func() uint64 {
		v, err := binary.ReadUvarint(r)
		if err != nil && rerr == nil {
			rerr = err
		}
		return v
	}
	f64 := func() float64 { return math.Float64frombits(uv()) }
	var nm Model
	nm.features = FeatureSet(uv())
	bits := uv()
	if bits < 8 || bits > 26 {
		return claims.Errorf(claims.Invalid, "checkworthy: decode model: %d hash bits out of range", bits)
	}
	nm.bits = uint8(bits)
	nm.bias = f64()
	nm.rowNorm = f64()
	nm.calibrated = uv() == 1
	nm.plattA = f64()
	nm.plattB = f64()
	nm.threshold = f64()
	nm.scale = f64()
	nnz := uv()
	if rerr != nil {
		return claims.Errorf(claims.Invalid, "checkworthy: decode model header: %w", rerr)
	}
	nm.q = make([]int16, 1<<bits)
	idx := -1
	for range nnz {
		idx += int(uv())
		v, err := binary.ReadVarint(r)
		if err != nil && rerr == nil {
			rerr = err
		}
		if rerr != nil || idx < 0 || idx >= len(nm.q) || v < math.MinInt16 || v > math.MaxInt16 {
			return claims.Errorf(claims.Invalid, "checkworthy: decode model weights: index %d: %v", idx, rerr)
		}
		nm.q[idx] = int16(v)
	}
	*m = nm
	return nil
}

// quantise stores w as 16-bit integers scaled by max|w|/32767: half the
// memory of float32, so the weights a sentence touches stay in cache.
func (m *Model) quantise(w []float32) {
	var mx float64
	for _, v := range w {
		mx = max(mx, math.Abs(float64(v)))
	}
	m.q = make([]int16, len(w))
	if mx == 0 {
		m.scale = 1
		return
	}
	m.scale = mx / math.MaxInt16
	for i, v := range w {
		m.q[i] = int16(math.Round(float64(v) / m.scale))
	}
}
