package eval

import (
	"bufio"
	"compress/gzip"
	"io"
	"os"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
)

// CoNLLToken is one line of a CoNLL NER file: the token and its IOB2 tag.
type CoNLLToken struct {
	Text, Tag string
}

// CoNLLDoc is a document of a CoNLL NER file: its sentences in order. A file
// without -DOCSTART- lines reads as one document.
type CoNLLDoc struct {
	Sentences [][]CoNLLToken
}

// ReadCoNLL reads a "token TAB tag [TAB ...]" file (gzip'd when the name
// ends in .gz), with blank lines between sentences and -DOCSTART- lines
// between documents, as ../shared/data/training/ner holds.
func ReadCoNLL(path string) ([]CoNLLDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, claims.WrapKind(claims.Invalid, err) // "open PATH: ..."
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, claims.Errorf(claims.Invalid, "%s: %w", path, err)
		}
		r = zr
	}
	var docs []CoNLLDoc
	var cur []CoNLLToken
	doc := CoNLLDoc{}
	flushSent := func() {
		if len(cur) > 0 {
			doc.Sentences = append(doc.Sentences, cur)
			cur = nil
		}
	}
	flushDoc := func() {
		flushSent()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
		}
		doc = CoNLLDoc{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			flushSent()
			continue
		}
		cols := strings.Split(line, "\t")
		if cols[0] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		if len(cols) < 2 {
			return nil, claims.Errorf(claims.Invalid, "%s:%d: %q has no tag column", path, n, line)
		}
		cur = append(cur, CoNLLToken{cols[0], cols[1]})
	}
	if err := sc.Err(); err != nil {
		return nil, claims.Errorf(claims.Invalid, "read %s: %w", path, err)
	}
	flushDoc()
	return docs, nil
}

// WikiGoldHeldOut reports whether the WikiGold document with 0-based index i
// (in file order, 145 documents) is held back from NER training for
// evaluation: every fifth document, i = 4, 9, 14, ... (29 documents).
func WikiGoldHeldOut(i int) bool { return i%5 == 4 }
