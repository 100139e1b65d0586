package main

import (
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

// TestClaimSimilarity: the similarity the desk is given to find judged claims
// said in other words puts a reworded claim above the desk's cut-off (0.3, as
// "claims similar" uses) and an unrelated one below it.
func TestClaimSimilarity(t *testing.T) {
	claim := func(s string) claims.Claim { return claims.Claim{Text: s, End: len(s)} }
	judged := claim("The city spent 5 million dollars on road repairs in 2023.")
	tests := []struct {
		text  string
		above bool
	}{
		{"In 2023 the city spent 5 million dollars repairing its roads.", true},
		{"Road repairs cost the city 5 million dollars in 2023, the council said.", true},
		{"The mayor hired 40 new teachers in 2023.", false},
		{"Nobody returned requests for comment.", false},
	}
	for _, tt := range tests {
		got := claimSimilarity(judged, claim(tt.text))
		if (got >= 0.3) != tt.above {
			t.Errorf("claimSimilarity(%q) = %.2f, want above 0.3: %v", tt.text, got, tt.above)
		}
		if back := claimSimilarity(claim(tt.text), judged); back != got {
			t.Errorf("claimSimilarity not symmetric on %q: %.3f vs %.3f", tt.text, got, back)
		}
	}
}
