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
// most check-worthy first, by Score, except that what is asked comes after
// everything that is said — questions, and all the sentences of a speaker
// who mostly asks. Scoring a sentence alone cannot tell a moderator's
// summary of a candidate's record ("You voted for the war in 2002") from the
// candidate's claim; the transcript can. Ties keep transcript order.
func (m *Model) RankTranscript(turns []Turn) []Ranked {
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
		out[i] = Ranked{Index: i, Score: m.Score(t.Text, nil), Asked: q}
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
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
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
