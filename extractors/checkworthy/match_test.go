package checkworthy

import (
	"math"
	"slices"
	"testing"
)

func TestContentWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Walls work.", []string{"wall", "work"}},
		{"The wall works!", []string{"wall", "work"}},
		{"We're losing $500 billion, 40% of it.", []string{"losing", "$500", "billion", "40%"}},
		{"They’ve been paying", []string{"paying"}},
		{"It is what it is", []string{"what"}},
		{"Crossings dropped; crossing drops", []string{"cross", "dropp", "cross", "drop"}},
		{"Congress passed a bill", []string{"congress", "pass", "bill"}},
		{"", nil},
	} {
		if got := contentWords(c.in); !slices.Equal(got, c.want) {
			t.Errorf("contentWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMatcherNearest(t *testing.T) {
	checked := []string{
		"Walls work 100 percent.",
		"China takes $500 billion a year out of the United States.",
		"Crime fell in El Paso after the fence was built.",
	}
	sentences := []string{
		"Walls work 100 percent.",                           // the same claim: 0
		"We lose $500 billion a year with China.",           // in other words: 1
		"El Paso crime fell when the fence was built.",      // reordered: 2
		"Thank you very much.",                              // nothing in common
		"It is what it is.",                                 // function words only
		"The wall works, and crime in El Paso fell by 50%.", // shares with two; nearer 2
	}
	wantIdx := []int{0, 1, 2, -1, -1, 2}
	vecs, m := newMatcher(sentences, checked)
	acc := make([]float32, len(checked))
	for i, v := range vecs {
		idx, sim := m.nearest(v, acc)
		if idx != wantIdx[i] {
			t.Errorf("%q: nearest %d (%.2f), want %d", sentences[i], idx, sim, wantIdx[i])
		}
		if sim < 0 || sim > 1 || (idx < 0) != (sim == 0) {
			t.Errorf("%q: similarity %v with index %d", sentences[i], sim, idx)
		}
		if slices.ContainsFunc(acc, func(a float32) bool { return a != 0 }) {
			t.Fatalf("scratch not cleared after %q", sentences[i])
		}
	}
	if _, sim := m.nearest(vecs[0], acc); math.Abs(sim-1) > 1e-6 {
		t.Errorf("the same sentence: cosine %v, want 1", sim)
	}
	if _, sim := m.nearest(vecs[1], acc); sim < 0.4 || sim > 0.95 {
		t.Errorf("a paraphrase: cosine %v, want well between 0 and 1", sim)
	}
}

func TestRankTranscriptChecked(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	turns := []Turn{
		{"A", "Unemployment fell to 3.5 percent in 2019, the lowest in fifty years."},
		{"A", "Walls work, they work 100 percent."},
		{"A", "Thank you all for coming."},
	}
	alone := m.RankTranscript(turns, nil)
	if alone[0].Index != 0 {
		t.Fatalf("without checked claims the unemployment claim should lead: %+v", alone)
	}
	for _, r := range alone {
		if r.Checked != -1 || r.Match != 0 {
			t.Errorf("no checked claims, yet %+v", r)
		}
	}
	got := m.RankTranscript(turns, []string{"Walls work 100 percent.", "Mexico will pay for the wall."})
	if got[0].Index != 1 || got[0].Checked != 0 || got[0].Match < 0.5 {
		t.Errorf("the repeat of a checked claim should lead, matched to it: %+v", got)
	}
	if got[0].Score != alone[1].Score {
		t.Errorf("Score %v changed by the match; want the sentence's own %v", got[0].Score, alone[1].Score)
	}
	if got[2].Index != 2 {
		t.Errorf("the thanks should stay last: %+v", got)
	}
}

// TestRankTranscriptNeighbour: a sentence beside the same speaker's repeat
// of a checked claim ranks above the same sentence elsewhere; beside
// another speaker's repeat it does not.
func TestRankTranscriptNeighbour(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	checked := []string{"Walls work 100 percent.", "Mexico will pay for the wall."}
	same := "Crime fell 20 percent in the cities that built one."
	rank := func(turns []Turn) map[int]int {
		pos := map[int]int{}
		for p, r := range m.RankTranscript(turns, checked) {
			pos[r.Index] = p
		}
		return pos
	}
	pos := rank([]Turn{{"B", same}, {"B", "Thank you."}, {"A", "Walls work, they work 100 percent."}, {"A", same}})
	if pos[3] > pos[0] {
		t.Errorf("the sentence after its own speaker's repeat ranks %d, after the same sentence elsewhere (%d)", pos[3], pos[0])
	}
	pos = rank([]Turn{{"A", same}, {"A", "Thank you."}, {"A", "Walls work, they work 100 percent."}, {"B", same}})
	if pos[3] < pos[0] {
		t.Errorf("the sentence after another speaker's repeat ranks %d, before the same sentence elsewhere (%d)", pos[3], pos[0])
	}
}
