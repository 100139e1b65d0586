package eval

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors"
)

// NERReport is what EvalNER measured: per-type rows (with a micro-average
// row last) for claimpipe's recogniser and for prose v2, on the same
// documents in the same run.
type NERReport struct {
	MEANTIMEDocs  int
	MEANTIME      []Row // PERSON, ORG, LOC
	MEANTIMEProse []Row
	// MEANTIMEOpening scores the title, date line and first four sentences
	// only, gold and system alike: the part of each article MEANTIME
	// annotates in full (see meantimeLines); after it only some names are
	// marked, so correct names there count as false positives in the
	// whole-document rows, which remain the measure.
	MEANTIMEOpening []Row
	WikiGoldDocs    int
	WikiGold        []Row // PERSON, ORG, LOC, MISC on the held-back documents
	WikiGoldProse   []Row
	// WikiGoldTrained scores the WikiGold documents the tagger trained on:
	// not a measure of accuracy (the tagger has seen them) but a guard for
	// the document pass, whose rules show up here as a drop when they
	// override right tags.
	WikiGoldTrained []Row
	WikiGoldSkipped bool // the training corpus was not found
}

// MEANTIMENERTypes are the types MEANTIME's name gold annotates.
var MEANTIMENERTypes = []string{claims.TypePerson, claims.TypeOrg, claims.TypeLoc}

// NERTypes are the four entity types.
var NERTypes = []string{claims.TypePerson, claims.TypeOrg, claims.TypeLoc, claims.TypeMisc}

// EvalNER scores the entity recogniser and prose v2 on MEANTIME
// (scoring/meantime.docs.jsonl against meantime-ner.gold.jsonl, PERSON/ORG/LOC;
// read overlap F1) and on the WikiGold documents held back from training
// (training/ner/wikigold/wikigold.conll, every fifth document, see
// WikiGoldHeldOut; read exact F1), printing both tables to w. dataDir is the
// shared data directory (the one holding scoring/ and training/); the shared
// folder above it is accepted too.
//
// The names scored are those `claimpipe annotate` writes (the engine's
// Annotate, with each document's DCT): names that lose an overlap to a date
// or an amount are not output, so they are not scored either.
func EvalNER(ctx context.Context, dataDir string, w io.Writer) (*NERReport, error) {
	return EvalNERTo(ctx, dataDir, "", w)
}

// EvalNERTo is EvalNER that, when outDir is not empty, also writes there the
// files the reference scorer (scoring/score.py) reads: meantime.system.jsonl
// and meantime.prose.jsonl (mentions of every type), and for the held-back
// WikiGold documents wikigold-heldout.docs.jsonl, wikigold-heldout.gold.jsonl,
// wikigold-heldout.system.jsonl and wikigold-heldout.prose.jsonl, and the
// same docs, gold and system files of the trained-on documents
// (wikigold-trained.*.jsonl), to read what a document rule breaks there.
func EvalNERTo(ctx context.Context, dataDir, outDir string, w io.Writer) (*NERReport, error) {
	if st, err := os.Stat(filepath.Join(dataDir, "data", "scoring")); err == nil && st.IsDir() {
		dataDir = filepath.Join(dataDir, "data")
	}
	eng, err := extractors.New()
	if err != nil {
		return nil, err
	}
	pr, err := NewProseNER()
	if err != nil {
		return nil, err
	}
	if outDir != "" {
		if err := os.MkdirAll(outDir, 0o755); err != nil {
			return nil, claims.Errorf(claims.Internal, "eval ner output %s: %w", outDir, err)
		}
	}
	write := func(name string, v []GoldDoc) error {
		if outDir == "" {
			return nil
		}
		return WriteJSONL(filepath.Join(outDir, name), v)
	}
	rep := &NERReport{}

	docs, err := ReadJSONL[Doc](filepath.Join(dataDir, "scoring", "meantime.docs.jsonl"))
	if err != nil {
		return nil, err
	}
	gold, err := ReadJSONL[GoldDoc](filepath.Join(dataDir, "scoring", "meantime-ner.gold.jsonl"))
	if err != nil {
		return nil, err
	}
	ours, base, err := runNER(ctx, eng, pr, docs)
	if err != nil {
		return nil, err
	}
	if err := errors.Join(write("meantime.system.jsonl", ours), write("meantime.prose.jsonl", base)); err != nil {
		return nil, err
	}
	sc := Scorer{Types: MEANTIMENERTypes}
	rep.MEANTIMEDocs = len(docs)
	rep.MEANTIME, rep.MEANTIMEProse = sc.Score(gold, ours), sc.Score(gold, base)
	PrintRows(w, fmt.Sprintf("MEANTIME names, %d docs: claimpipe entities (read overlap F1)", len(docs)), rep.MEANTIME)
	PrintRows(w, fmt.Sprintf("MEANTIME names, %d docs: prose v2 baseline, same run", len(docs)), rep.MEANTIMEProse)
	rep.MEANTIMEOpening = sc.Score(annotatedOnly(docs, gold, meantimeLines), annotatedOnly(docs, ours, meantimeLines))
	PrintRows(w, fmt.Sprintf("MEANTIME names, %d docs, title and first four sentences only (gold and system cut there; fully annotated part)", len(docs)), rep.MEANTIMEOpening)

	wgPath := filepath.Join(dataDir, "training", "ner", "wikigold", "wikigold.conll")
	wg, err := ReadCoNLL(wgPath)
	if err != nil {
		rep.WikiGoldSkipped = true
		fmt.Fprintf(w, "== WikiGold held-back: skipped (%v)\n", err)
		return rep, nil
	}
	var wdocs, tdocs []Doc
	var wgold, tgold []GoldDoc
	for i, d := range wg {
		doc, g := CoNLLToDoc(fmt.Sprintf("wikigold-%03d", i), d)
		if !WikiGoldHeldOut(i) {
			tdocs, tgold = append(tdocs, doc), append(tgold, g)
			continue
		}
		wdocs = append(wdocs, doc)
		wgold = append(wgold, g)
	}
	ours, base, err = runNER(ctx, eng, pr, wdocs)
	if err != nil {
		return nil, err
	}
	if err := errors.Join(writeDocs(outDir, "wikigold-heldout.docs.jsonl", wdocs), write("wikigold-heldout.gold.jsonl", wgold),
		write("wikigold-heldout.system.jsonl", ours), write("wikigold-heldout.prose.jsonl", base)); err != nil {
		return nil, err
	}
	sc = Scorer{Types: NERTypes}
	rep.WikiGoldDocs = len(wdocs)
	rep.WikiGold, rep.WikiGoldProse = sc.Score(wgold, ours), sc.Score(wgold, base)
	PrintRows(w, fmt.Sprintf("WikiGold held-back (every 5th doc, never trained on), %d docs: claimpipe entities (read exact F1)", len(wdocs)), rep.WikiGold)
	PrintRows(w, fmt.Sprintf("WikiGold held-back, %d docs: prose v2 baseline, same run", len(wdocs)), rep.WikiGoldProse)
	trained, _, err := runNER(ctx, eng, nil, tdocs)
	if err != nil {
		return nil, err
	}
	if err := errors.Join(writeDocs(outDir, "wikigold-trained.docs.jsonl", tdocs), write("wikigold-trained.gold.jsonl", tgold),
		write("wikigold-trained.system.jsonl", trained)); err != nil {
		return nil, err
	}
	rep.WikiGoldTrained = sc.Score(tgold, trained)
	PrintRows(w, fmt.Sprintf("WikiGold documents the tagger trained on, %d docs (a guard for the document rules, not a measure)", len(tdocs)), rep.WikiGoldTrained)
	return rep, nil
}

// runNER runs the engine's annotate path (as `claimpipe annotate` does) and,
// unless pr is nil, prose over docs.
func runNER(ctx context.Context, eng *extractors.Engine, pr *ProseNER, docs []Doc) (ours, base []GoldDoc, err error) {
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		ms := eng.Annotate(d.Text, extractors.ParseDate(d.DCT))
		ours = append(ours, toGold(d.ID, ms))
		if pr == nil {
			continue
		}
		pm, err := pr.Recognize(d.Text)
		if err != nil {
			return nil, nil, fmt.Errorf("prose on %s: %w", d.ID, err)
		}
		base = append(base, toGold(d.ID, pm))
	}
	return ours, base, nil
}

func toGold(id string, ms []claims.Mention) GoldDoc {
	g := GoldDoc{ID: id, Mentions: make([]GoldMention, len(ms))}
	for i, m := range ms {
		g.Mentions[i] = GoldMention{Mention: m}
	}
	return g
}

// CoNLLToDoc turns a CoNLL document into text (tokens joined by spaces,
// sentences by line breaks) and its gold mentions with byte spans.
func CoNLLToDoc(id string, d CoNLLDoc) (Doc, GoldDoc) {
	var b strings.Builder
	g := GoldDoc{ID: id}
	for si, s := range d.Sentences {
		if si > 0 {
			b.WriteByte('\n')
		}
		starts := make([]int, len(s))
		ends := make([]int, len(s))
		for i, t := range s {
			if i > 0 {
				b.WriteByte(' ')
			}
			starts[i] = b.Len()
			b.WriteString(t.Text)
			ends[i] = b.Len()
		}
		for i := 0; i < len(s); {
			tag := s[i].Tag
			if len(tag) < 3 || (tag[0] != 'B' && tag[0] != 'I') {
				i++
				continue
			}
			typ := tag[2:]
			j := i + 1
			for j < len(s) && s[j].Tag == "I-"+typ {
				j++
			}
			g.Mentions = append(g.Mentions, GoldMention{Mention: claims.Mention{Start: starts[i], End: ends[j-1], Type: typ}})
			i = j
		}
	}
	text := b.String()
	for i := range g.Mentions {
		m := &g.Mentions[i]
		m.Text = text[m.Start:m.End]
	}
	return Doc{ID: id, Text: text}, g
}

// ProseNER is prose v2's entity extractor with its model loaded once, the
// baseline every NER evaluation prints beside claimpipe's.
type ProseNER struct {
	model *prose.Model
}

var (
	proseOnce  sync.Once
	proseModel *prose.Model
	proseErr   error
)

// NewProseNER loads prose's default model (once per process).
func NewProseNER() (*ProseNER, error) {
	proseOnce.Do(func() {
		d, err := prose.NewDocument("Loading.", prose.WithSegmentation(false))
		if err != nil {
			proseErr = claims.Errorf(claims.Internal, "prose model: %w", err)
			return
		}
		proseModel = d.Model
	})
	if proseErr != nil {
		return nil, proseErr
	}
	return &ProseNER{model: proseModel}, nil
}

// proseTypes maps prose's (NLTK ne_chunk) labels onto FORMAT.md types.
var proseTypes = map[string]string{
	"PERSON": claims.TypePerson, "ORGANIZATION": claims.TypeOrg,
	"GPE": claims.TypeLoc, "LOCATION": claims.TypeLoc, "GSP": claims.TypeLoc, "FACILITY": claims.TypeLoc,
}

// Recognize returns prose's entities in text. prose gives no offsets, so
// each entity's text is searched for forward from the end of the previous
// one; entities that cannot be found are dropped.
func (p *ProseNER) Recognize(text string) ([]claims.Mention, error) {
	d, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(p.model))
	if err != nil {
		return nil, claims.Errorf(claims.Internal, "prose: %w", err)
	}
	var out []claims.Mention
	pos := 0
	for _, e := range d.Entities() {
		k := strings.Index(text[pos:], e.Text)
		if k < 0 {
			continue
		}
		typ, ok := proseTypes[e.Label]
		if !ok {
			typ = claims.TypeMisc
		}
		st := pos + k
		out = append(out, claims.Mention{Start: st, End: st + len(e.Text), Type: typ, Text: e.Text})
		pos = st + len(e.Text)
	}
	return out, nil
}

// writeDocs writes docs to outDir/name, or nothing when outDir is empty.
func writeDocs(outDir, name string, docs []Doc) error {
	if outDir == "" {
		return nil
	}
	return WriteJSONL(filepath.Join(outDir, name), docs)
}
