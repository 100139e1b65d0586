package eval

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

// Regression floors on the development data, set just under what the
// embedded model measures through the annotate path: MEANTIME overlap F1
// 0.604 over whole articles (the issue asks for 0.60), WikiGold held-back
// exact F1 0.809 (asks 0.80). MEANTIME's name gold covers each article's
// title, date line and first four sentences (all 127 LOC and 388 of the
// 595 mentions lie there; after them only some organisations and people
// are marked, and even inside the region names after "the" are not: "in
// the United States"); over that region the same output scores overlap F1
// 0.822, correct names after the region counting as false positives over
// whole articles. The documents the tagger trained on score 0.915: the
// guard for the document rules.
const (
	meantimeOverlapF1Floor = 0.595
	meantimeOpeningF1Floor = 0.81
	wikigoldExactF1Floor   = 0.795
	wikigoldTrainedF1Floor = 0.91
)

func TestEvalNER(t *testing.T) {
	dir, ok := SharedDir()
	if !ok {
		t.Skip("SHARED DATA NOT FOUND: set CLAIMPIPE_SHARED to the shared folder to run the NER evaluation")
	}
	var out strings.Builder
	outDir := t.TempDir()
	rep, err := EvalNERTo(context.Background(), filepath.Join(dir, "data"), outDir, &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	micro := rep.MEANTIME[len(rep.MEANTIME)-1]
	// The written system file scores as the run did (what score.py reads).
	written, err := ReadJSONL[GoldDoc](filepath.Join(outDir, "meantime.system.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	gold, err := ReadJSONL[GoldDoc](filepath.Join(dir, "data", "scoring", "meantime-ner.gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	sc := Scorer{Types: MEANTIMENERTypes}
	if rows := sc.Score(gold, written); rows[len(rows)-1] != micro {
		t.Errorf("written system file scores %+v, the run %+v", rows[len(rows)-1], micro)
	}
	for _, name := range []string{"meantime.prose.jsonl", "wikigold-heldout.docs.jsonl", "wikigold-heldout.gold.jsonl", "wikigold-heldout.system.jsonl", "wikigold-heldout.prose.jsonl"} {
		if docs, err := ReadJSONL[GoldDoc](filepath.Join(outDir, name)); err != nil || len(docs) == 0 {
			t.Errorf("%s: %d documents, %v", name, len(docs), err)
		}
	}
	if micro.Gold == 0 {
		t.Fatal("no MEANTIME gold mentions read")
	}
	if micro.OverlapF1 < meantimeOverlapF1Floor {
		t.Errorf("MEANTIME PER/ORG/LOC overlap F1 %.3f < %.2f", micro.OverlapF1, meantimeOverlapF1Floor)
	}
	if op := rep.MEANTIMEOpening[len(rep.MEANTIMEOpening)-1]; op.OverlapF1 < meantimeOpeningF1Floor {
		t.Errorf("MEANTIME opening sentences PER/ORG/LOC overlap F1 %.3f < %.2f", op.OverlapF1, meantimeOpeningF1Floor)
	}
	if rep.WikiGoldSkipped {
		t.Log("WikiGold corpus not found: held-back score skipped")
	} else if wg := rep.WikiGold[len(rep.WikiGold)-1]; wg.ExactF1 < wikigoldExactF1Floor {
		t.Errorf("WikiGold held-back exact F1 %.3f < %.3f", wg.ExactF1, wikigoldExactF1Floor)
	} else if tr := rep.WikiGoldTrained[len(rep.WikiGoldTrained)-1]; tr.ExactF1 < wikigoldTrainedF1Floor {
		t.Errorf("WikiGold trained-on exact F1 %.3f < %.3f: a document rule overrides right tags", tr.ExactF1, wikigoldTrainedF1Floor)
	}
	if p := rep.MEANTIMEProse[len(rep.MEANTIMEProse)-1]; p.OverlapF1 >= micro.OverlapF1 {
		t.Errorf("prose overlap F1 %.3f not below ours %.3f", p.OverlapF1, micro.OverlapF1)
	}
}

func TestCoNLLToDoc(t *testing.T) {
	d := CoNLLDoc{Sentences: [][]CoNLLToken{
		{{"Julian", "B-PERSON"}, {"Assange", "I-PERSON"}, {"left", "O"}, {"London", "B-LOC"}, {".", "O"}},
		{{"The", "O"}, {"BBC", "B-ORG"}, {"said", "O"}},
	}}
	doc, g := CoNLLToDoc("x", d)
	if doc.Text != "Julian Assange left London .\nThe BBC said" {
		t.Fatalf("text %q", doc.Text)
	}
	want := []string{"PERSON:Julian Assange", "LOC:London", "ORG:BBC"}
	if len(g.Mentions) != len(want) {
		t.Fatalf("got %d mentions, want %d", len(g.Mentions), len(want))
	}
	for i, m := range g.Mentions {
		if err := claims.CheckSpan(doc.Text, m.Start, m.End, m.Text); err != nil {
			t.Error(err)
		}
		if got := m.Type + ":" + m.Text; got != want[i] {
			t.Errorf("mention %d = %s, want %s", i, got, want[i])
		}
	}
}

func TestProseNEROffsets(t *testing.T) {
	p, err := NewProseNER()
	if err != nil {
		t.Fatal(err)
	}
	text := "Barack Obama met Angela Merkel in Berlin on Tuesday ."
	ms, err := p.Recognize(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 {
		t.Fatal("prose found nothing")
	}
	for _, m := range ms {
		if err := claims.CheckSpan(text, m.Start, m.End, m.Text); err != nil {
			t.Error(err)
		}
	}
}

func TestWriteJSONL(t *testing.T) {
	tests := []struct {
		name string
		docs []GoldDoc
	}{
		{"empty", nil},
		{"mentions", []GoldDoc{{ID: "a", Mentions: []GoldMention{{Mention: claims.Mention{Start: 0, End: 3, Type: "ORG", Text: "AT&T"}}}}, {ID: "b"}}},
	}
	for _, tc := range tests {
		path := filepath.Join(t.TempDir(), tc.name+".jsonl")
		if err := WriteJSONL(path, tc.docs); err != nil {
			t.Fatal(err)
		}
		got, err := ReadJSONL[GoldDoc](path)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(tc.docs) {
			t.Fatalf("%s: read %d documents, wrote %d", tc.name, len(got), len(tc.docs))
		}
		for i := range got {
			if got[i].ID != tc.docs[i].ID || len(got[i].Mentions) != len(tc.docs[i].Mentions) {
				t.Errorf("%s: document %d = %+v, want %+v", tc.name, i, got[i], tc.docs[i])
			}
			for k, m := range got[i].Mentions {
				if m.Mention != tc.docs[i].Mentions[k].Mention {
					t.Errorf("%s: mention %+v, want %+v", tc.name, m.Mention, tc.docs[i].Mentions[k].Mention)
				}
			}
		}
	}
	if err := WriteJSONL(filepath.Join(t.TempDir(), "no", "such", "dir.jsonl"), []Doc{{ID: "x"}}); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
}
