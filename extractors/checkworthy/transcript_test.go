package checkworthy

import (
	"slices"
	"testing"
)

func TestIsQuestion(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Is that a fact?", true},
		{"He asked, “Why not?”", true},
		{"And who pays for it? ", true},
		{"— who knows?)", true},
		{"Who knows?--", true},
		{"We spent $700 billion.", false},
		{"Why? Because it works.", false},
		{"", false},
		{"?", true},
	} {
		if got := isQuestion(c.in); got != c.want {
			t.Errorf("isQuestion(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestRankTranscript(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	claim := "We spent $700 billion on the military last year, the most in history."
	tests := []struct {
		name  string
		turns []Turn
		asked []int // indexes that must rank after all the others
	}{
		{
			name: "a moderator's claim-like summary ranks after the candidate",
			turns: []Turn{
				{"HOST", "Senator, you voted for a $1.5 trillion tax cut in 2017."},
				{"HOST", "Why did you do it?"},
				{"HOST", "Was it a mistake?"},
				{"SENATOR", "It was the largest tax cut in the history of our country."},
				{"SENATOR", claim},
				{"SENATOR", "Thank you."},
			},
			asked: []int{0, 1, 2},
		},
		{
			name: "a candidate's rhetorical question ranks last, the rest of their turns do not",
			turns: []Turn{
				{"A", claim},
				{"A", "And who paid for it?"},
				{"A", "Unemployment fell to 3.5 percent in 2019."},
				{"A", "Crime rose 20 percent in the cities they run."},
				{"A", "Wages grew faster than at any time in fifty years."},
				{"A", "The deficit was $984 billion in 2019."},
				{"A", "We passed the largest tax cut ever."},
				{"A", "Thank you all."},
				{"A", "It has been an honour."},
			},
			asked: []int{1},
		},
		{
			name:  "one speaker, no question: the model's order",
			turns: []Turn{{"", "Thank you."}, {"", claim}},
		},
		{name: "empty transcript"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := m.RankTranscript(tt.turns, nil)
			if len(got) != len(tt.turns) {
				t.Fatalf("%d ranked, want %d", len(got), len(tt.turns))
			}
			seen := make([]bool, len(tt.turns))
			for pos, r := range got {
				if seen[r.Index] {
					t.Fatalf("turn %d ranked twice", r.Index)
				}
				seen[r.Index] = true
				if want := slices.Contains(tt.asked, r.Index); r.Asked != want {
					t.Errorf("turn %d %q: Asked = %v, want %v", r.Index, tt.turns[r.Index].Text, r.Asked, want)
				}
				if want := m.Score(tt.turns[r.Index].Text, nil); r.Score != want {
					t.Errorf("turn %d: Score %v, want the sentence's own %v", r.Index, r.Score, want)
				}
				if pos > 0 {
					prev := got[pos-1]
					if prev.Asked && !r.Asked || prev.Asked == r.Asked && prev.Score < r.Score {
						t.Errorf("position %d (%+v) ranks after %+v", pos, r, prev)
					}
				}
			}
			if len(tt.asked) == 0 && len(got) > 0 && tt.turns[got[0].Index].Text != claim {
				t.Errorf("first = %q, want the claim", tt.turns[got[0].Index].Text)
			}
		})
	}
}
