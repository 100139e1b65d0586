package checkworthy

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Turn is one sentence of a transcript (a debate, an interview, a press
// conference) and the name of whoever spoke it, as the transcript gives it.
type Turn struct {
	Speaker string
	Text    string
}

// Ranked is one sentence of a ranked transcript.
type Ranked struct {
	// Index is the sentence's position in the transcript.
	Index int
	// Score is the sentence's own Score, the transcript aside.
	Score float64
	// Asked is true for a question and for every sentence of a speaker who
	// asks: questions and a moderator's remarks are not what gets checked.
	Asked bool
	// Checked is the index of the checked claim the sentence is nearest to,
	// -1 if it shares no content word with any; Match is their cosine
	// similarity in [0,1].
	Checked int
	Match   float64

	key float64 // the ranking key: Raw, plus matchWeight·Match, plus neighbourWeight·the same speaker's next or previous Match
}

// Asking speakers: one who puts at least minQuestions questions, making at
// least 1/askShare of their sentences, is a moderator or an interviewer.
// Candidates and interviewees ask rhetorical questions too, but in the
// CLEF-2019 development transcripts at most 8% of their sentences (a
// moderator's: 15% and up, a news anchor's 30%).
const (
	minQuestions = 2
	askShare     = 8
)

// RankTranscript orders the sentences of a transcript for a fact-checker:
// most check-worthy first, by the model's margin raised by the sentence's
// similarity to the nearest of the claims already checked (nil if none:
// a repeat of a checked claim is worth a look first), and less by that of
// the same speaker's sentence before or after it (the claim may run on
// into it), except that what is
// asked comes after everything that is said — questions, and all the
// sentences of a speaker who mostly asks. Scoring a sentence alone cannot
// tell a moderator's summary of a candidate's record ("You voted for the war
// in 2002") from the candidate's claim; the transcript can. Ties keep
// transcript order.
func (m *Model) RankTranscript(turns []Turn, checked []string) []Ranked {
	asked := map[string][2]int{} // speaker → questions, sentences
	out := make([]Ranked, len(turns))
	for i, t := range turns {
		q := isQuestion(t.Text)
		c := asked[t.Speaker]
		if q {
			c[0]++
		}
		c[1]++
		asked[t.Speaker] = c
		z := m.Raw(t.Text, nil)
		out[i] = Ranked{Index: i, Score: m.calibrate(z), Asked: q, Checked: -1, key: z}
	}
	if len(checked) > 0 {
		texts := make([]string, len(turns))
		for i, t := range turns {
			texts[i] = t.Text
		}
		vecs, mt := newMatcher(texts, checked)
		acc := make([]float32, len(checked))
		for i, v := range vecs {
			out[i].Checked, out[i].Match = mt.nearest(v, acc)
			out[i].key += matchWeight * out[i].Match
		}
		for i := range out {
			// The same speaker's sentence before or after that repeats
			// a checked claim: the claim may run on into this one.
			near := 0.0
			for _, j := range [2]int{i - 1, i + 1} {
				if j >= 0 && j < len(out) && turns[j].Speaker == turns[i].Speaker {
					near = max(near, out[j].Match)
				}
			}
			out[i].key += neighbourWeight * near
		}
	}
	for i, t := range turns {
		if c := asked[t.Speaker]; c[0] >= minQuestions && askShare*c[0] >= c[1] {
			out[i].Asked = true
		}
	}
	slices.SortStableFunc(out, func(a, b Ranked) int {
		switch {
		case a.Asked != b.Asked:
			if a.Asked {
				return 1
			}
			return -1
		case a.key > b.key:
			return -1
		case a.key < b.key:
			return 1
		}
		return 0
	})
	return out
}

// isQuestion reports whether a sentence ends in a question mark, closing
// quotation marks, brackets and dashes aside ("Why not?”", "— who knows?)").
func isQuestion(s string) bool {
	s = strings.TrimRight(s, " \t\r\n\"'”’»)]-–—")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '?' || r == '？'
}
