package entities

import (
	_ "embed"
	"sync"

	"github.com/claimpipe/claimpipe/claims"
)

//go:embed model.bin.gz
var modelData []byte

//go:embed gazetteer.txt.gz
var gazetteerData []byte

// Recognizer finds names with a Model. It is safe for concurrent use.
type Recognizer struct {
	m    *Model
	pool sync.Pool // *scratch
}

var (
	loadOnce sync.Once
	loaded   *Recognizer
	loadErr  error
)

// Load returns the recogniser built from the embedded model, decoding it on
// the first call only.
func Load() (*Recognizer, error) {
	loadOnce.Do(func() {
		gaz, err := ParseGazetteer(gazetteerData)
		if err != nil {
			loadErr = err
			return
		}
		m, err := UnmarshalModel(modelData, gaz)
		if err != nil {
			loadErr = err
			return
		}
		loaded = NewRecognizer(m)
	})
	return loaded, loadErr
}

// NewRecognizer returns a recogniser using m.
func NewRecognizer(m *Model) *Recognizer {
	r := &Recognizer{m: m}
	r.pool.New = func() any { return new(scratch) }
	return r
}

// TagTokens returns the BIO tag (TagNames) of each token of one sentence,
// without the document pass. It is for evaluation on pre-tokenised corpora.
func (r *Recognizer) TagTokens(tokens []string) []string {
	s := r.pool.Get().(*scratch)
	defer r.pool.Put(s)
	s.toks = append(s.toks[:0], tokens...)
	out := make([]string, len(tokens))
	if len(tokens) == 0 {
		return out
	}
	r.m.tagSentence(s)
	for i, t := range s.tags[:len(tokens)] {
		out[i] = TagNames[t]
	}
	return out
}

// tokSpan is a token's byte range.
type tokSpan struct{ start, end int }

// recognize tags each sentence [first,last) of tokens in text and returns
// the names after the document pass.
func (r *Recognizer) recognize(text string, toks []tokSpan, sents [][2]int) []claims.Mention {
	s := r.pool.Get().(*scratch)
	defer r.pool.Put(s)
	s.found = s.found[:0]
	for _, se := range sents {
		first, last := se[0], se[1]
		if first >= last {
			continue
		}
		s.toks = s.toks[:0]
		for _, t := range toks[first:last] {
			s.toks = append(s.toks, text[t.start:t.end])
		}
		r.m.tagSentence(s)
		n := last - first
		for i := 0; i < n; {
			t := int(s.tags[i])
			if t == tagO {
				i++
				continue
			}
			j := i + 1
			for j < n && int(s.tags[j]) == t+1 {
				j++
			}
			s.found = append(s.found, found{first: first + i, last: first + j, typ: (t - 1) / 2})
			i = j
		}
	}
	return r.docPass(text, toks, s)
}
