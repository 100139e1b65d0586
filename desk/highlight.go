package desk

import (
	"sort"

	"github.com/claimpipe/claimpipe/claims"
)

// Piece is a run of article text with the same highlighting: inside a claim
// or not, and inside a mention of some type or not.
type Piece struct {
	Text    string
	ClaimID string // non-empty inside a claim
	Type    string // mention type, lower case, non-empty inside a mention
	Value   string // the mention's normalised value
}

// Highlight cuts text at every claim and mention boundary. Mentions outside
// claims are left plain so the claims stand out.
func Highlight(text string, cs []claims.Claim, ms []claims.Mention) []Piece {
	cuts := map[int]bool{0: true, len(text): true}
	for _, c := range cs {
		cuts[c.Start], cuts[c.End] = true, true
	}
	for _, m := range ms {
		cuts[m.Start], cuts[m.End] = true, true
	}
	pos := make([]int, 0, len(cuts))
	for p := range cuts {
		if p >= 0 && p <= len(text) {
			pos = append(pos, p)
		}
	}
	sort.Ints(pos)
	var out []Piece
	for i := 0; i+1 < len(pos); i++ {
		a, b := pos[i], pos[i+1]
		p := Piece{Text: text[a:b]}
		for _, c := range cs {
			if c.Start <= a && b <= c.End {
				p.ClaimID = c.ID
				break
			}
		}
		if p.ClaimID != "" {
			for _, m := range ms {
				if m.Start <= a && b <= m.End {
					p.Type, p.Value = lower(m.Type), m.Value
					break
				}
			}
		}
		out = append(out, p)
	}
	return out
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
