package entities

// tokInfo is what the context features need to know of one token.
type tokInfo struct {
	cc      uint8  // case class
	lc      uint8  // lower-case-ratio bucket, 0 when unknown
	gzFlags uint16 // lists of the multi-word gazetteer entry covering it
	gzPos   uint8  // 0 none, 1 first token of the entry, 2 later token
	quote   uint8  // 0 outside quotes, 1 first token inside, 2 later token
	doc     uint8  // document cue bits of the word's other occurrences
	multi   bool   // the word occurs elsewhere in the document
	def     uint32 // definition cue (definitionCues)
}

// markQuotes marks the tokens between pairs of double quotes at most 10
// tokens apart in a sentence of n tokens.
func markQuotes(tok func(int) string, n int, info []tokInfo) {
	open := -1
	for i := 0; i < n; i++ {
		if !isQuote(tok(i)) {
			continue
		}
		if open >= 0 && i-open > 1 && i-open <= 11 {
			info[open+1].quote = 1
			for k := open + 2; k < i; k++ {
				info[k].quote = 2
			}
			open = -1
			continue
		}
		open = i
	}
}

// markGazetteer fills the multi-word gazetteer fields of info for a sentence
// of n tokens, taking the longest entry at each start, left to right.
func markGazetteer(g *Gazetteer, tok func(int) string, n int, info []tokInfo) {
	for i := 0; i < n; {
		if info[i].cc != caseTitle && info[i].cc != caseUpper {
			i++
			continue
		}
		l, f := g.MatchAt(tok, i, n)
		if l == 0 {
			i++
			continue
		}
		info[i].gzFlags, info[i].gzPos = f, 1
		for k := 1; k < l; k++ {
			info[i+k].gzFlags, info[i+k].gzPos = f, 2
		}
		i += l
	}
}

// contextIDs appends the context feature numbers of token i.
func contextIDs(dst []int32, info []tokInfo, i int) []int32 {
	first := 0
	if i == 0 {
		first = 1
	}
	t := info[i]
	dst = append(dst, int32(ctxFirst+first*nCase*nLC+int(t.cc)*nLC+int(t.lc)))
	prev, next := nCase, nCase
	if i > 0 {
		prev = int(info[i-1].cc)
	}
	if i+1 < len(info) {
		next = int(info[i+1].cc)
	}
	dst = append(dst, int32(ctxCase3+prev*nCase*(nCase+1)+int(t.cc)*(nCase+1)+next))
	if t.gzPos != 0 {
		for b := 0; b < nGaz; b++ {
			if t.gzFlags&(1<<b) != 0 {
				dst = append(dst, int32(ctxGaz+b*2+int(t.gzPos)-1))
			}
		}
	}
	for k, off := range [4]int{-2, -1, 1, 2} {
		if j := i + off; j >= 0 && j < len(info) {
			dst = append(dst, int32(ctxNbLC+(k*nCase+int(info[j].cc))*nLC+int(info[j].lc)))
		}
	}
	if t.def != 0 {
		pos := 0
		if t.def&defLaterBit != 0 {
			pos = 1
		}
		if f := t.def >> nounFirstShift; f != 0 {
			dst = append(dst, int32(ctxDefFirst+int(f-1)*2+pos))
		}
		for b := 0; b < nNounClass; b++ {
			if t.def&(1<<b) != 0 {
				dst = append(dst, int32(ctxDefAny+b*2+pos))
			}
		}
	}
	if t.quote != 0 {
		dst = append(dst, int32(ctxQuote+int(t.quote-1)*nCase+int(t.cc)))
	}
	if isCap(t.cc) {
		if !t.multi {
			dst = append(dst, int32(ctxDoc+nDocCue*2+first))
		}
		for b := 0; b < nDocCue; b++ {
			if t.doc&(1<<b) != 0 {
				dst = append(dst, int32(ctxDoc+b*2+first))
			}
		}
	}
	return dst
}

// scratch is the per-call working memory of the tagger.
type scratch struct {
	toks  []string
	rows  [][]float32
	oov   []float32
	info  []tokInfo
	em    []float32
	back  []uint8
	tags  []uint8
	ctx   []int32
	feats []uint64
	buf   []byte
	found []found
	vrow  []int32
	spans []tokSpan
	sents [][2]int
	cover []bool
	dcs   docCueScratch
	cc    []uint8  // case class per document token
	cues  []uint8  // document cue bits per document token
	multi []bool   // per document token: its word occurs elsewhere
	defs  []uint32 // definition cue per document token
	defl  []definition
}

// documentCues fills s.cc, s.cues and s.multi for the n document tokens
// whose texts tok returns, cut into sentences s.sents.
func (s *scratch) documentCues(tok func(int) string, n int, classes map[string]uint32) {
	s.cc = grow(s.cc, n)
	s.cues = grow(s.cues, n)
	s.multi = grow(s.multi, n)
	s.defs = grow(s.defs, n)
	for i := 0; i < n; i++ {
		s.cc[i] = uint8(caseClass(tok(i)))
	}
	s.buf = docCues(&s.dcs, tok, s.cc, n, s.sents, s.cues, s.multi, s.buf)
	s.defl, s.buf = definitionCues(tok, s.cc, n, s.sents, classes, s.defs, s.defl, s.buf)
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	return s[:n]
}

// tagSentence tags the tokens in s.toks, whose document cues are cues,
// multi and defs, and leaves the tags in s.tags.
func (m *Model) tagSentence(s *scratch, cues []uint8, multi []bool, defs []uint32) {
	n := len(s.toks)
	s.rows = grow(s.rows, n)
	s.info = grow(s.info, n)
	s.em = grow(s.em, n*nTags)
	s.back = grow(s.back, n*nTags)
	s.tags = grow(s.tags, n)
	s.vrow = grow(s.vrow, n)
	noov := 0
	for i, w := range s.toks {
		r, ok := m.vocab[w]
		if !ok {
			r = -1
			noov++
		}
		s.vrow[i] = r
	}
	s.oov = grow(s.oov, noov*vecLen)
	o := 0
	for i, w := range s.toks {
		cc := uint8(caseClass(w))
		if r := s.vrow[i]; r >= 0 {
			s.rows[i] = m.vocabVec[int(r)*vecLen : int(r+1)*vecLen]
			s.info[i] = tokInfo{cc: cc, lc: m.vocabLC[r]}
			continue
		}
		s.info[i] = tokInfo{cc: cc}
		s.buf = lowerInto(s.buf, w)
		if r, ok := m.vocab[string(s.buf)]; ok {
			s.info[i].lc = m.vocabLC[r]
		}
		row := s.oov[o*vecLen : (o+1)*vecLen]
		o++
		clear(row)
		s.feats, s.buf = subwordFeatures(s.feats[:0], w, m.gaz.Flags(w), s.buf)
		for _, h := range s.feats {
			if r, ok := m.sub[h]; ok {
				add(row, m.subVec[int(r)*vecLen:int(r+1)*vecLen])
			}
		}
		s.rows[i] = row
	}
	for i := range n {
		s.info[i].doc, s.info[i].multi, s.info[i].def = cues[i], multi[i], defs[i]
	}
	tok := func(i int) string { return s.toks[i] }
	markGazetteer(m.gaz, tok, n, s.info)
	markQuotes(tok, n, s.info)
	bos := m.vocabVec[int(m.vocab[padBOS])*vecLen:]
	eos := m.vocabVec[int(m.vocab[padEOS])*vecLen:]
	for i := 0; i < n; i++ {
		e := s.em[i*nTags : (i+1)*nTags : (i+1)*nTags]
		clear(e)
		for k := 0; k < nOff; k++ {
			j := i + k - 2
			var r []float32
			switch {
			case j < 0:
				r = bos
			case j >= n:
				r = eos
			default:
				r = s.rows[j]
			}
			add(e, r[k*nTags:(k+1)*nTags])
		}
		s.ctx = contextIDs(s.ctx[:0], s.info[:n], i)
		for _, c := range s.ctx {
			add(e, m.ctx[int(c)*nTags:(int(c)+1)*nTags])
		}
	}
	viterbi(s.em, n, m.trans, s.back, s.tags)
}

func add(dst, src []float32) {
	src = src[:len(dst)]
	for i := range dst {
		dst[i] += src[i]
	}
}
