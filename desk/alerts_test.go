package desk

import (
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

// wordTerms stands in for the claim builder's terms: lower-case words.
func wordTerms(c claims.Claim) []string {
	return strings.FieldsFunc(strings.ToLower(c.Text), func(r rune) bool { return r == ' ' || r == '.' || r == ',' })
}

// resultOf is an article of one sentence a claim, each with its fingerprint.
func resultOf(url string, claimsAndPrints ...string) *claims.Result {
	text := ""
	for i := 0; i < len(claimsAndPrints); i += 2 {
		text += claimsAndPrints[i] + " "
	}
	id := claims.ArticleID(text)
	r := &claims.Result{Article: claims.Article{ID: id, URL: url, Title: url, Published: "2024-05-01", Text: text}}
	at := 0
	for i := 0; i < len(claimsAndPrints); i += 2 {
		s := claimsAndPrints[i]
		r.Claims = append(r.Claims, claims.Claim{ID: claims.ClaimID(id, at, at+len(s)), ArticleID: id, Start: at, End: at + len(s),
			Text: s, Confidence: 0.8, Kind: claims.KindOther, Fingerprint: claimsAndPrints[i+1]})
		at += len(s) + 1
	}
	return r
}

func TestParaphraseAlerts(t *testing.T) { onEachStore(t, testParaphraseAlerts) }

// testParaphraseAlerts: a stored claim that says in other words what a judged
// claim of another article said raises one alert, naming the most similar
// judged claim and its verdict; a claim only a little alike, one of the
// judged claim's own article, and one the store already alerted on (same
// fingerprint) raise none; raising again raises nothing.
func testParaphraseAlerts(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	ctx := t.Context()
	judged := resultOf("https://a.example/1", "The city spent 5 million dollars on roads last year.", "fp-roads",
		"The mayor hired 40 new teachers in May.", "fp-teachers")
	for _, r := range []*claims.Result{judged} {
		if _, err := d.st.SaveResult(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	for i, v := range []claims.Verdict{claims.VerdictFalse, claims.VerdictTrue} {
		for _, ch := range []claims.Change{{Action: claims.ActStart}, {Action: claims.ActVerdict, Verdict: v}} {
			if _, err := d.st.Apply(ctx, claims.Principal{Name: "rita", Role: claims.RoleReviewer}, judged.Claims[i].ID, ch); err != nil {
				t.Fatal(err)
			}
		}
	}
	p := &Paraphrases{Store: d.st, Terms: wordTerms}
	later := resultOf("https://b.example/2",
		"Last year the city spent 5 million dollars on its roads.", "fp-x", // 10 of 11 words alike
		"The council hired new buses.", "fp-y", // 3 of 8 words: under 0.5
		"The city spent 5 million dollars on roads last year!", "fp-roads") // the store's own alert
	if _, err := d.st.SaveResult(ctx, later); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		r    *claims.Result
		want int
	}{
		{"a paraphrase raises one", later, 1},
		{"again: already raised", later, 0},
		{"the judged article itself", judged, 0},
		{"no claims", &claims.Result{Article: later.Article}, 0},
	} {
		if n, err := p.Raise(ctx, tc.r); err != nil || n != tc.want {
			t.Errorf("%s: raised %d, %v; want %d", tc.name, n, err, tc.want)
		}
	}
	all, err := d.st.Alerts(ctx, 10)
	if err != nil || len(all) != 2 {
		t.Fatalf("alerts %+v, %v; want the store's and the paraphrase's", all, err)
	}
	byClaim := map[string]claims.Alert{}
	for _, a := range all {
		byClaim[a.ClaimID] = a
	}
	if a := byClaim[later.Claims[0].ID]; a.PriorClaimID != judged.Claims[0].ID || a.Verdict != claims.VerdictFalse ||
		a.Similarity < 0.8 || a.Similarity >= 1 || a.ArticleID != later.Article.ID || a.Fingerprint != "fp-x" {
		t.Errorf("paraphrase alert %+v", a)
	}
	if a := byClaim[later.Claims[2].ID]; a.Similarity != 1 || a.PriorClaimID != judged.Claims[0].ID {
		t.Errorf("the store's alert %+v", a)
	}
	page := d.do("GET", "/alerts", claims.RoleViewer, "").Body.String()
	if strings.Count(page, "in other words, 91% alike") != 1 {
		t.Errorf("the alerts page does not mark the paraphrase's alert (and only it) as in other words:\n%s", page)
	}
	// A stricter Min raises nothing for a new paraphrase 10/11 alike.
	strict := &Paraphrases{Store: d.st, Terms: wordTerms, Min: 0.95}
	third := resultOf("https://c.example/3", "Last year the city spent 5 million dollars on its roads.", "fp-z")
	if _, err := d.st.SaveResult(ctx, third); err != nil {
		t.Fatal(err)
	}
	if n, err := strict.Raise(ctx, third); err != nil || n != 0 {
		t.Errorf("Min 0.95: raised %d, %v", n, err)
	}
}
