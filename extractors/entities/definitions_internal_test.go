package entities

import (
	"strings"
	"testing"
)

func TestFindDefinitions(t *testing.T) {
	tests := []struct {
		text string
		want string // "subject|description;..."
	}{
		{"Aisby is a village in the English county of Lincolnshire .", "Aisby|village"},
		{"The Ayalon Cave is a large underground limestone cave located near Ramla .", "Ayalon Cave|large underground limestone cave located"},
		{"Crazyhead are an English punk rock band from Leicester .", "Crazyhead|English punk rock band"},
		{"Agnieszka Baranowska ( 1819 - 1890 ) was a Polish playwright and poet .", "Agnieszka Baranowska|Polish playwright"},
		{"Emil Touma was one of the Palestinian intellectuals who remained .", "Emil Touma|Palestinian intellectuals"},
		{"Shares rose after Cisco , a networking company , reported profits .", "Cisco|networking company"},
		{"He is a footballer from Switzerland .", ""},       // a pronoun is no name
		{"Ford said sales were a disappointment .", ""},     // not the sentence's subject
		{"Airbus , which builds planes , is a rival .", ""}, // a clause, not a parenthesis
		{"Bank of America is the largest lender .", "Bank of America|largest lender"},
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.text)
		cc := make([]uint8, len(toks))
		for i, w := range toks {
			cc[i] = uint8(caseClass(w))
		}
		tok := func(i int) string { return toks[i] }
		var parts []string
		for _, d := range findDefinitions(nil, tok, cc, [][2]int{{0, len(toks)}}) {
			parts = append(parts, strings.Join(toks[d.first:d.last], " ")+"|"+strings.Join(toks[d.npFirst:d.npLast], " "))
		}
		if got := strings.Join(parts, ";"); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestNounClasses(t *testing.T) {
	const person, group, location = 18 - 3, 14 - 3, 15 - 3
	classes := map[string]uint32{
		"band":    NounClassEntry([]int{6, 7, 10, 14}), // first sense an artifact
		"village": NounClassEntry([]int{14, 15}),
		"city":    NounClassEntry([]int{15}),
		"singer":  NounClassEntry([]int{18}),
	}
	if e := classes["band"]; e>>nounFirstShift != 6-3+1 || e&(1<<group) == 0 || e&(1<<person) != 0 {
		t.Errorf("band entry %b", e)
	}
	if NounClassEntry([]int{1, 2, 40}) != 0 {
		t.Error("non-noun lexicographer files gave an entry")
	}
	for _, tc := range []struct {
		w    string
		want uint32
	}{
		{"Singer", classes["singer"]}, {"cities", classes["city"]}, {"villages", classes["village"]},
		{"bass", 0}, {"is", 0},
	} {
		if got, _ := nounClass(classes, tc.w, nil); got != tc.want {
			t.Errorf("nounClass(%q) = %b, want %b", tc.w, got, tc.want)
		}
	}
	// Every occurrence of the defined subject gets the head's classes.
	toks := strings.Fields("Crazyhead are an English punk rock band . They toured . Crazyhead split . Cities grew .")
	cc := make([]uint8, len(toks))
	for i, w := range toks {
		cc[i] = uint8(caseClass(w))
	}
	sents := [][2]int{{0, 8}, {8, 11}, {11, 14}, {14, 17}}
	out := make([]uint32, len(toks))
	definitionCues(func(i int) string { return toks[i] }, cc, len(toks), sents, classes, out, nil, nil)
	for i, w := range toks {
		want := uint32(0)
		if w == "Crazyhead" {
			want = classes["band"]
		}
		if out[i] != want {
			t.Errorf("token %d %q: cue %b, want %b", i, w, out[i], want)
		}
	}
	_ = location
}
