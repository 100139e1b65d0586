package entities

import (
	_ "embed"
	"sync"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors/segment"
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
	loadOnce.Do(func() { loaded, loadErr = LoadFresh() })
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
	defer r.release(s)
	s.toks = append(s.toks[:0], tokens...)
	out := make([]string, len(tokens))
	if len(tokens) == 0 {
		return out
	}
	s.sents = append(s.sents[:0], [2]int{0, len(tokens)})
	s.documentCues(func(i int) string { return tokens[i] }, len(tokens), r.m.nounClasses)
	r.m.tagSentence(s, s.cues, s.multi, s.defs)
	for i, t := range s.tags[:len(tokens)] {
		out[i] = TagNames[t]
	}
	return out
}

// tokSpan is a token's byte range.
type tokSpan struct{ start, end int }

// recognize tags each sentence [first,last) of s.sents over the tokens
// s.spans of text and returns the names after the document pass.
func (r *Recognizer) recognize(text string, s *scratch) []claims.Mention {
	toks := s.spans
	s.found = s.found[:0]
	s.documentCues(func(i int) string { return text[toks[i].start:toks[i].end] }, len(toks), r.m.nounClasses)
	for _, se := range s.sents {
		first, last := se[0], se[1]
		if first >= last {
			continue
		}
		s.toks = s.toks[:0]
		for _, t := range toks[first:last] {
			s.toks = append(s.toks, taggerForm(text[t.start:t.end]))
		}
		r.m.tagSentence(s, s.cues[first:last], s.multi[first:last], s.defs[first:last])
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
			s.found = splitTitles(s.found, found{first: first + i, last: first + j, typ: (t - 1) / 2}, s.toks[:n], first)
			i = j
		}
	}
	return r.docPass(text, toks, s)
}

// taggerForm is the form of a token the tagger reads: the typographic
// possessive as the straight one it was trained on, so that "People’s
// Liberation Army" is tagged as "People's Liberation Army" is.
func taggerForm(tok string) string {
	if tok == "’s" {
		return "'s"
	}
	return tok
}

// Recognize returns the PERSON, ORG, LOC and MISC names in doc, in text
// order, with byte spans into doc.Text. Short forms linked to a full name in
// the document carry it as Value; other names have an empty Value. A text
// in another language (segment.Foreign) has none: the model and the rules
// read English capitalisation, and on a German page took every noun for a
// name.
func (r *Recognizer) Recognize(doc *segment.Doc) []claims.Mention {
	if doc == nil || len(doc.Tokens) == 0 || doc.Foreign() {
		return nil
	}
	s := r.pool.Get().(*scratch)
	s.spans = grow(s.spans, len(doc.Tokens))
	for i, t := range doc.Tokens {
		s.spans[i] = tokSpan{t.Start, t.End}
	}
	s.sents = s.sents[:0]
	for _, se := range doc.Sentences {
		s.sents = append(s.sents, [2]int{se.First, se.Last})
	}
	defer r.release(s)
	return r.recognize(doc.Text, s)
}

// release returns s to the pool without the document's strings, so that a
// pooled scratch does not keep the last text alive.
func (r *Recognizer) release(s *scratch) {
	clear(s.toks[:cap(s.toks)])
	s.toks = s.toks[:0]
	clear(s.found[:cap(s.found)])
	s.found = s.found[:0]
	r.pool.Put(s)
}

// LoadFresh decodes the embedded model anew, bypassing Load's cache. It is
// for measuring load time; use Load.
func LoadFresh() (*Recognizer, error) {
	gaz, err := ParseGazetteer(gazetteerData)
	if err != nil {
		return nil, err
	}
	m, err := UnmarshalModel(modelData, gaz)
	if err != nil {
		return nil, err
	}
	return NewRecognizer(m), nil
}
