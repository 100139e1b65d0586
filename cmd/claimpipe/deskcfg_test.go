package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/sqlite"
	"github.com/claimpipe/claimpipe/extractors/claimbuild"
)

// TestClaimSimilarity: the terms the desk is given to find judged claims said
// in other words (the claim builder's, compared by their Jaccard index, as
// "claims similar" compares them) put a reworded claim above the desk's
// cut-off (0.3) and an unrelated one below it.
func TestClaimSimilarity(t *testing.T) {
	claim := func(s string) claims.Claim { return claims.Claim{Text: s, End: len(s)} }
	claimSimilarity := func(a, b claims.Claim) float64 {
		return claimbuild.Similarity(claimbuild.ClaimTerms(a), claimbuild.ClaimTerms(b))
	}
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

// TestParaphraseSaver: --alert-paraphrase outside [0,1] is refused with the
// flag named; 0 saves straight to the store; a similarity in (0,1] saves
// through the paraphrase alerts.
func TestParaphraseSaver(t *testing.T) {
	st, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "c.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, tt := range []struct {
		min     float64
		wantErr bool
		wrapped bool
	}{
		{-0.1, true, false}, {1.5, true, false}, {0, false, false}, {0.5, false, true}, {1, false, true},
	} {
		c := deskConfig{paraphraseMin: tt.min}
		s, err := c.saver(st)
		if tt.wantErr {
			if claims.ErrorKind(err) != claims.Invalid || !strings.Contains(err.Error(), "--alert-paraphrase") {
				t.Errorf("--alert-paraphrase %v: %v, want an invalid-input error naming the flag", tt.min, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("--alert-paraphrase %v: %v", tt.min, err)
		}
		if _, wrapped := s.(*paraphraseSaver); wrapped != tt.wrapped {
			t.Errorf("--alert-paraphrase %v: saver %T", tt.min, s)
		}
	}
}
