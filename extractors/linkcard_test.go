package extractors

import "testing"

// TestWithoutLinkCards: a news page's inline card, run into the linked name
// and closed by MORE, is cut out of plain text; MORE and run-together words
// elsewhere are left alone.
func TestWithoutLinkCards(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"the card",
			"about the emails that Hillary ClintonHillary Diane Rodham ClintonDemocrats say it's up to GOP to stop Trump 2024 Hillary Clinton to speak at summit MORE deleted from the private server.",
			"about the emails that Hillary Clinton deleted from the private server."},
		{"two cards",
			"Sen. Lindsey GrahamLindsey Olin GrahamSenate passes bill MORE (R-S.C.) and Rep. Adam SchiffAdam Bennett SchiffHouse panel votes MORE said so.",
			"Sen. Lindsey Graham (R-S.C.) and Rep. Adam Schiff said so."},
		{"no card", "The council spent $5 million on roads in 2019.", "The council spent $5 million on roads in 2019."},
		{"MORE in capitals without a card", "Click READ MORE below for the full story.", "Click READ MORE below for the full story."},
		{"a lower-case word run into a capital", "The new iPhone and iPad sell MORE than ever at Apple stores.", "The new iPhone and iPad sell MORE than ever at Apple stores."},
		{"a sentence ends before MORE", "Sales at McDonald rose. Analysts expect MORE growth next year.", "Sales at McDonald rose. Analysts expect MORE growth next year."},
		{"MORE on the next line", "He met ClintonHillary in 2016\nMORE news follows here.", "He met ClintonHillary in 2016\nMORE news follows here."},
		{"MORE at the end", "He met ClintonHillary Diane Rodham Clinton MORE ", "He met ClintonHillary Diane Rodham Clinton MORE "},
	} {
		if got := withoutLinkCards(tc.in); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
