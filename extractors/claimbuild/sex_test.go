package claimbuild

import (
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

func TestPersonSex(t *testing.T) {
	tests := []struct {
		text, name, value string
		want              sex
	}{
		{"Ellen Fetter said so.", "Ellen Fetter", "", sexFemale},
		{"Edward Lorenz said so.", "Edward Lorenz", "", sexMale},
		{"Then Mr. Reeves said so.", "Reeves", "", sexMale},
		{"Then Ms Ardern said so.", "Ardern", "", sexFemale},
		{"Queen Elizabeth said so.", "Queen Elizabeth", "", sexFemale},
		{"Nix said so.", "Nix", "Alexander Nix", sexMale},
		{"J. K. Rowling said so.", "J. K. Rowling", "", sexUnknown}, // a surname alone tells nothing
		{"Taylor Swift said so.", "Taylor Swift", "", sexUnknown},   // Taylor is given to both
		{"Reeves said so.", "Reeves", "", sexUnknown},
	}
	for _, tt := range tests {
		m := mentionOf(t, tt.text, tt.name, claims.TypePerson, tt.value)
		if got := personSex(tt.text, m); got != tt.want {
			t.Errorf("personSex(%q in %q) = %d, want %d", tt.name, tt.text, got, tt.want)
		}
	}
}
