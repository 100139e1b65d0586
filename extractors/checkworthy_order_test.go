package extractors_test

import (
	"os"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors"
	"github.com/claimpipe/claimpipe/extractors/checkworthy"
	"github.com/claimpipe/claimpipe/extractors/segment"
)

// TestCheckworthinessOrdersTheFixture: on the Cambridge Analytica article,
// the "returned requests for comment" sentence scores below every sentence
// that carries an amount (issue 5, acceptance 3).
func TestCheckworthinessOrdersTheFixture(t *testing.T) {
	b, err := os.ReadFile("../fixtures/cambridge-analytica-assange/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	e := newEngine(t)
	model, err := checkworthy.Load()
	if err != nil {
		t.Fatal(err)
	}
	ms := e.Annotate(text, extractors.ParseDate("2017-11-10"))
	doc := segment.Split(text)
	var comment float64 = -1
	var amounts []float64
	for i := range doc.Sentences {
		s := doc.Sentences[i]
		var in []claims.Mention
		amount := false
		for _, m := range ms {
			if m.Start >= s.Start && m.End <= s.End {
				in = append(in, m)
				amount = amount || m.Type == claims.TypeMoney || m.Type == claims.TypePercent
			}
		}
		score := model.Score(text[s.Start:s.End], in)
		if strings.HasPrefix(text[s.Start:s.End], "Neither Cambridge Analytica nor representatives") {
			comment = score
		}
		if amount {
			amounts = append(amounts, score)
		}
	}
	if comment < 0 || len(amounts) < 2 {
		t.Fatalf("sentences not found: comment %v, %d with amounts", comment, len(amounts))
	}
	for _, a := range amounts {
		if comment >= a {
			t.Errorf("the no-comment sentence scores %.3f, not below an amount sentence's %.3f", comment, a)
		}
	}
	t.Logf("no-comment sentence %.3f; sentences with amounts %v", comment, amounts)
}
