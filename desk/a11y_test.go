package desk

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/claimpipe/claimpipe/claims"
)

// accessibleName is what a screen reader announces a form field by: its
// aria-label, aria-labelledby, a label for its id, or the label it is the
// first field of.
func accessibleName(doc *goquery.Document, f *goquery.Selection) string {
	if v := strings.TrimSpace(f.AttrOr("aria-label", "")); v != "" {
		return v
	}
	if ids := f.AttrOr("aria-labelledby", ""); ids != "" {
		return strings.TrimSpace(doc.Find("#" + ids).Text())
	}
	if id := f.AttrOr("id", ""); id != "" {
		if l := doc.Find(`label[for="` + id + `"]`); l.Length() > 0 {
			return strings.TrimSpace(l.Text())
		}
	}
	if l := f.ParentsFiltered("label").First(); l.Length() > 0 {
		if first := l.Find("input:not([type=hidden]),select,textarea").First(); first.Get(0) == f.Get(0) {
			return strings.TrimSpace(l.Text())
		}
	}
	return ""
}

// TestPagesHeadingsAndLabels checks every page a fact-checker works in:
// one h1 naming it, a name on every form field, and a name on every group
// of radio buttons (a screen reader reads "True, radio button" otherwise).
func TestPagesHeadingsAndLabels(t *testing.T) {
	d := newDesk(t)
	c := saveArticle(t, d.st, "https://a.example/1", "Roads", "The city spent $5 million on roads.", "fp", 0.9)
	if w := d.do("POST", "/api/claims/"+c.ID+"/actions", claims.RoleReviewer, `{"action":"start"}`); w.Code != 200 {
		t.Fatalf("start: %d %s", w.Code, w.Body)
	}
	tests := []struct {
		name, path string
		code       int
	}{
		{"queue", "/", 200},
		{"queue, filtered", "/?status=in_review&date_from=2024-01-01", 200},
		{"claim in review", "/claims/" + c.ID, 200},
		{"articles", "/articles", 200},
		{"article", "/articles/" + c.ArticleID, 200},
		{"alerts", "/alerts", 200},
		{"missing claim", "/claims/nope", 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := d.do("GET", tt.path, claims.RoleReviewer, "")
			if w.Code != tt.code {
				t.Fatalf("GET %s: %d, want %d", tt.path, w.Code, tt.code)
			}
			doc, err := goquery.NewDocumentFromReader(w.Body)
			if err != nil {
				t.Fatal(err)
			}
			if n := doc.Find("h1").Length(); n != 1 {
				t.Errorf("GET %s: %d h1 headings, want 1", tt.path, n)
			}
			doc.Find("input:not([type=hidden]),select,textarea").Each(func(_ int, f *goquery.Selection) {
				if accessibleName(doc, f) == "" {
					h, _ := goquery.OuterHtml(f)
					t.Errorf("GET %s: field without a label: %s", tt.path, h)
				}
			})
			doc.Find("input[type=radio]").Each(func(_ int, f *goquery.Selection) {
				g := f.ParentsFiltered(`[role=radiogroup],fieldset`).First()
				if g.Length() == 0 || accessibleName(doc, g) == "" && strings.TrimSpace(g.ChildrenFiltered("legend").Text()) == "" {
					t.Errorf("GET %s: radio button %s=%s is in no named group", tt.path, f.AttrOr("name", ""), f.AttrOr("value", ""))
				}
			})
		})
	}
}

// TestAlertsSayWhichAreNew: an alert not yet seen is told apart in words,
// not by its row's colour alone.
func TestAlertsSayWhichAreNew(t *testing.T) {
	d := newDesk(t)
	judged := saveArticle(t, d.st, "https://a.example/1", "Roads", "The city spent $5 million on roads.", "fp", 0.9)
	for _, ch := range []string{`{"action":"start"}`, `{"action":"verdict","verdict":"false"}`} {
		if w := d.do("POST", "/api/claims/"+judged.ID+"/actions", claims.RoleReviewer, ch); w.Code != 200 {
			t.Fatalf("%s: %d %s", ch, w.Code, w.Body)
		}
	}
	saveArticle(t, d.st, "https://b.example/2", "Roads again", "The city spent $5 million on roads, a leaflet says.", "fp", 0.8)
	rows := func() []string {
		doc, err := goquery.NewDocumentFromReader(d.do("GET", "/alerts", claims.RoleReviewer, "").Body)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		doc.Find("table.list tr").Slice(1, goquery.ToEnd).Each(func(_ int, r *goquery.Selection) {
			out = append(out, strings.Join(strings.Fields(r.Text()), " "))
		})
		return out
	}
	saysNew := func(row string) bool { return strings.Contains(" "+row+" ", " new ") }
	got := rows()
	if len(got) != 1 || !saysNew(got[0]) {
		t.Fatalf("unseen alert rows %q: want one that says new", got)
	}
	if err := d.st.MarkAlertsSeen(t.Context(), 1<<40); err != nil {
		t.Fatal(err)
	}
	if got := rows(); len(got) != 1 || saysNew(got[0]) {
		t.Errorf("seen alert rows %q: want one that does not say new", got)
	}
}
