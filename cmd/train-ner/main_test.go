package main

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/claimpipe/claimpipe/eval"
	"github.com/claimpipe/claimpipe/extractors/entities"
)

func TestSpans(t *testing.T) {
	got := spans([]string{"B-PERSON", "I-PERSON", "O", "B-LOC", "B-LOC", "I-ORG", "O"})
	want := map[string]bool{"0:2:PERSON": true, "3:4:LOC": true, "4:5:LOC": true, "5:6:ORG": true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{"SMITH": "Smith", "O": "O", "": "", "MCDONALD": "Mcdonald"} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBuildGazetteer(t *testing.T) {
	dir, ok := eval.SharedDir()
	if !ok {
		t.Skip("SHARED DATA NOT FOUND: set CLAIMPIPE_SHARED to test the gazetteer build")
	}
	b, err := buildGazetteer(filepath.Join(dir, "data", "training", "gazetteers"))
	if err != nil {
		t.Fatal(err)
	}
	g := b.Gazetteer()
	for _, c := range []struct {
		name string
		kind entities.GazKind
	}{
		{"Lisbon", entities.GazCapital}, {"Portugal", entities.GazCountry}, {"James", entities.GazFirstTop},
		{"Smith", entities.GazSurTop}, {"McDonald", entities.GazSur}, {"Iraqis", entities.GazNationality},
		{"Ltd", entities.GazLegalForm}, {"California", entities.GazAdmin1},
	} {
		if g.Flags(c.name)&(1<<c.kind) == 0 {
			t.Errorf("%s: flags %b lack list %d", c.name, g.Flags(c.name), c.kind)
		}
	}
	toks := []string{"New", "York"}
	if n, _ := g.MatchAt(func(i int) string { return toks[i] }, 0, 2); n != 2 {
		t.Errorf("New York: matched %d tokens", n)
	}
}
