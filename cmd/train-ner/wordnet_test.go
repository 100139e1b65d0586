package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimpipe/claimpipe/extractors/entities"
)

func TestReadWordNet(t *testing.T) {
	dir := t.TempDir()
	// Two synsets of "band" (an artifact, then a group), one proper-noun
	// sense ("Paris", a location) and a two-word lemma.
	data := `  1 This software and database is being provided to you, the LICENSEE
02784218 06 n 01 band 0 000 | a strip
08249038 14 n 01 band 0 000 | instrumentalists
08932568 15 n 01 Paris 0 000 | the capital
08000000 15 n 02 city 0 metropolis 0 000 | a large town
08000001 14 n 01 rock_band 0 000 | a group
`
	index := `  1 This software and database is being provided to you, the LICENSEE
band n 2 1 @ 2 1 02784218 08249038
paris n 1 1 @ 1 0 08932568
city n 1 1 @ 1 0 08000000
rock_band n 1 1 @ 1 0 08000001
`
	writeFile(t, dir, "data.noun", data)
	writeFile(t, dir, "index.noun", index)
	got, err := readWordNet(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]uint32{
		"band": entities.NounClassEntry([]int{6, 14}),
		"city": entities.NounClassEntry([]int{15}),
	}
	if len(got) != len(want) {
		t.Errorf("got %d nouns %v, want %v", len(got), got, want)
	}
	for w, e := range want {
		if got[w] != e {
			t.Errorf("%s: got %b, want %b", w, got[w], e)
		}
	}
	if _, err := readWordNet(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing WordNet directory: no error")
	}
}

func TestReadWordNetNames(t *testing.T) {
	dir := t.TempDir()
	// Pointers are "symbol offset pos source/target"; "@i" marks an
	// instance (a named individual).
	data := `  1 This software and database is being provided to you, the LICENSEE
11000001 18 n 02 Ford 0 Henry_Ford 0 001 @i 10000001 n 0000 | industrialist
09000001 17 n 01 Danube 0 001 @i 09000002 n 0000 | a river
08000001 14 n 02 Roman_Catholic_Church 0 Church_of_Rome 0 001 @i 08000002 n 0000 | a church
07000001 11 n 01 French_Revolution 0 001 @i 07000002 n 0000 | a revolution
10000002 18 n 01 Goth 0 001 @ 10000003 n 0000 | a member of a people
06000001 10 n 01 Latin 0 001 @ 06000002 n 0000 | a language
03000001 06 n 01 Eiffel_Tower 0 001 @ 03000002 n 0000 | not an instance here
02000001 06 n 01 band 0 001 @ 02000002 n 0000 | lower case
`
	writeFile(t, dir, "data.noun", data)
	b := &entities.GazetteerBuilder{}
	n, err := readWordNetNames(dir, b)
	if err != nil {
		t.Fatal(err)
	}
	g := b.Gazetteer()
	if n != 7 {
		t.Errorf("added %d names, want 7", n)
	}
	for _, c := range []struct {
		name string
		kind entities.GazKind
	}{
		{"Danube", entities.GazWNPlace}, {"Goth", entities.GazWNMember}, {"Latin", entities.GazWNOther},
	} {
		if g.Flags(c.name) != 1<<c.kind {
			t.Errorf("%s: flags %b, want list %d only", c.name, g.Flags(c.name), c.kind)
		}
	}
	if g.Flags("Ford") != 0 {
		t.Errorf("one-word person instance Ford listed: %b", g.Flags("Ford"))
	}
	for _, c := range []struct {
		toks []string
		kind entities.GazKind
	}{
		{[]string{"Henry", "Ford"}, entities.GazWNPerson},
		{[]string{"Roman", "Catholic", "Church"}, entities.GazWNOrg},
		{[]string{"French", "Revolution"}, entities.GazWNOther},
	} {
		l, f := g.MatchAt(func(i int) string { return c.toks[i] }, 0, len(c.toks))
		if l != len(c.toks) || f != 1<<c.kind {
			t.Errorf("%v: matched %d tokens, flags %b, want list %d", c.toks, l, f, c.kind)
		}
	}
}

func TestAddNameAdjectives(t *testing.T) {
	dir := t.TempDir()
	data := `  1 This software and database is being provided to you, the LICENSEE
03000001 01 a 02 Jewish 0 Judaic 0 000 | of Jews or Judaism
03000002 01 a 01 Latin(a) 0 000 | of Latin
03000003 00 a 01 big 0 000 | large
03000004 01 a 01 Anglo-Saxon 0 000 | of the Anglo-Saxons
03000005 01 a 01 New_World 0 000 | of the Americas
`
	writeFile(t, dir, "data.adj", data)
	classes := map[string]uint32{"big": 7}
	n, err := addNameAdjectives(dir, classes)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Jewish", "Judaic", "Latin", "Anglo-Saxon"} {
		if classes[w] != entities.NameAdjectiveEntry {
			t.Errorf("%s: got %b, want the name-adjective entry", w, classes[w])
		}
	}
	if n != 4 || len(classes) != 5 || classes["big"] != 7 {
		t.Errorf("added %d, table %v: want 4 added and the noun kept", n, classes)
	}
	if _, err := addNameAdjectives(filepath.Join(dir, "missing"), classes); err == nil {
		t.Error("missing WordNet directory: no error")
	}
}

func TestAddCommonAcronyms(t *testing.T) {
	dir := t.TempDir()
	// DVD and SUV are things; ABC is an idea (left out: broadcasters share
	// such letters); NATO is a named group; PBS has a thing's and a
	// group's sense; "Cd" is no acronym.
	data := `  1 This software and database is being provided to you, the LICENSEE
04000001 06 n 02 DVD 0 videodisk 0 000 | a disk
04000002 06 n 01 SUV 0 000 | a vehicle
04000003 09 n 01 ABC 0 000 | the basics
08000001 14 n 01 NATO 0 001 @i 08000009 n 0000 | an alliance
04000004 27 n 01 PBS 0 000 | a plastic
08000002 14 n 01 PBS 0 000 | a broadcaster
04000005 27 n 01 Cd 0 000 | cadmium
`
	writeFile(t, dir, "data.noun", data)
	classes := map[string]uint32{"dvd": 3}
	n, err := addCommonAcronyms(dir, classes)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 || classes["DVD"] != entities.NounClassEntry([]int{6}) || classes["SUV"] == 0 || classes["dvd"] != 3 {
		t.Errorf("added %d, table %v: want DVD and SUV as things and the noun kept", n, classes)
	}
	for _, w := range []string{"ABC", "NATO", "PBS", "Cd"} {
		if _, ok := classes[w]; ok {
			t.Errorf("%s added", w)
		}
	}
	if _, err := addCommonAcronyms(filepath.Join(dir, "missing"), classes); err == nil {
		t.Error("missing WordNet directory: no error")
	}
}

// writeFile writes a WordNet file of the test's fake database.
func writeFile(t *testing.T, dir, name, data string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
