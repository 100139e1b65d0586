package extractors_test

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/sqlite"
	"github.com/claimpipe/claimpipe/extractors"
	"github.com/claimpipe/claimpipe/extractors/claimbuild"
)

var (
	engineOnce sync.Once
	engine     *extractors.Engine
	engineErr  error
)

func newEngine(t testing.TB) *extractors.Engine {
	t.Helper()
	engineOnce.Do(func() { engine, engineErr = extractors.New() })
	if engineErr != nil {
		t.Fatal(engineErr)
	}
	return engine
}

func page(name, text, published string) *claims.Page {
	return &claims.Page{Name: name, Body: []byte(text), ContentType: "text/plain", Published: published}
}

// TestSameClaimTwoArticlesOneCluster: the same sentence in two different
// articles lands in one cluster in the store; a paraphrase is a near neighbour.
func TestSameClaimTwoArticlesOneCluster(t *testing.T) {
	e := newEngine(t)
	sentence := "According to campaign finance records, the Trump campaign paid Cambridge Analytica $5.9 million in 2016."
	a := "Data firm under scrutiny\n\nLawmakers in London questioned the firm's chief on Tuesday. " + sentence + " The firm denies wrongdoing.\n"
	b := "Campaign spending review\n\n" + sentence + "\n\nAnalysts in Washington said the figure was unusually large for a data contract, the Post reported.\n"
	reordered := "Campaign finance records show the Trump campaign paid $5.9 million to Cambridge Analytica in 2016."
	para := "The Trump campaign spent $5.9 million on data services from Cambridge Analytica during 2016, filings show."
	c := "Another report\n\n" + reordered + "\n"
	d := "A third report\n\n" + para + "\n"
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "c.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	find := func(r *claims.Result, s string) claims.Claim {
		for _, c := range r.Claims {
			if strings.Contains(c.Text, s) {
				return c
			}
		}
		t.Fatalf("no claim containing %q in %+v", s, r.Claims)
		return claims.Claim{}
	}
	var got []claims.Claim
	for i, text := range []string{a, b, c, d} {
		r, err := e.Extract(page("article-"+string(rune('a'+i)), text, "2017-11-10"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.SaveResult(context.Background(), r); err != nil {
			t.Fatal(err)
		}
		got = append(got, find(r, "$5.9 million"))
	}
	if got[0].ArticleID == got[1].ArticleID || got[0].ID == got[1].ID {
		t.Fatal("the two articles should be different articles with different claim IDs")
	}
	cluster, err := st.Claims(context.Background(), claims.ClaimFilter{Fingerprint: got[0].Fingerprint})
	if err != nil {
		t.Fatal(err)
	}
	// The repeated sentence and its reordering (same words, same amount,
	// attribution aside) are one cluster; a paraphrase in other words is not.
	if len(cluster) != 3 {
		t.Errorf("cluster of the repeated sentence has %d claims, want 3 (the same claim in three articles)", len(cluster))
	}
	if got[3].Fingerprint == got[0].Fingerprint {
		t.Errorf("a paraphrase in other words shares the exact fingerprint; it should be a neighbour, not the same cluster")
	}
	all, _ := st.Claims(context.Background(), claims.ClaimFilter{Limit: 1000})
	ns := claimbuild.Neighbours(got[0], all, 0.3)
	if len(ns) == 0 || ns[0].Claim.ID != got[3].ID {
		t.Errorf("the paraphrase is not the nearest neighbour: %+v", ns)
	}
	for _, n := range ns {
		t.Logf("neighbour %.2f %q", n.Similarity, n.Claim.Text)
	}
}

func TestBadInputErrorsNameTheInput(t *testing.T) {
	e := newEngine(t)
	tests := []struct {
		name, body, want string
	}{
		{"empty.txt", "", "empty"},
		{"blank.txt", " \n\t\n", "empty"},
		{"false-utf8.html", "<meta charset=\"utf-8\"><p>Caf\xe9 cr\xe8me</p>", "UTF-8"},
		{"binary.html", "\x00\x01\x02ELF\x00\x00", "binary"},
		{"huge.txt", strings.Repeat("a", extractors.MaxInputBytes+1), "limit"},
	}
	for _, tt := range tests {
		_, err := e.Extract(page(tt.name, tt.body, ""))
		if err == nil || claims.ErrorKind(err) != claims.Invalid || !strings.Contains(err.Error(), tt.name) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err %v, want an Invalid error naming the file and saying %q", tt.name, err, tt.want)
		}
	}
}

// TestLegacyEncodings: a page in another encoding than UTF-8 is read in the
// one it declares, in its content type or a <meta> tag, and a text file in
// none as windows-1252, as browsers do.
func TestLegacyEncodings(t *testing.T) {
	e := newEngine(t)
	const latin1 = "Caf\xe9 au lait: le prix co\xfbte 3 euros \xe0 Paris, selon l'Insee, qui a publi\xe9 ses chiffres."
	tests := []struct {
		name, contentType, body, want string
	}{
		{"meta.html", "text/html", "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9 prices</title></head><body><article><p>" + latin1 + "</p></article></body></html>", "Café au lait: le prix coûte 3 euros à Paris"},
		{"http-equiv.html", "", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>" + latin1 + " \x80 5.</p></body></html>", "publié ses chiffres. € 5."},
		{"header.html", "text/html; charset=ISO-8859-1", "<p>" + latin1 + "</p>", "Café au lait"},
		{"said-utf8.txt", "text/plain; charset=utf-8", latin1, "Café au lait"},
		{"plain.txt", "text/plain", latin1 + " \x80", "chiffres. €"},
	}
	for _, tt := range tests {
		a, err := e.Article(&claims.Page{Name: tt.name, Body: []byte(tt.body), ContentType: tt.contentType})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !strings.Contains(a.Text, tt.want) {
			t.Errorf("%s: text %q, want it to hold %q", tt.name, a.Text, tt.want)
		}
	}
}

// TestConcurrentExtract runs the engine from many goroutines (run with -race).
func TestConcurrentExtract(t *testing.T) {
	e := newEngine(t)
	text := "Nix said on Thursday that the campaign paid $100,000 to Cambridge Analytica on July 29, 2016, records show.\n"
	want, err := e.Extract(page("a.txt", text, "2017-11-10"))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				got, err := e.Extract(page("a.txt", text, "2017-11-10"))
				if err != nil || len(got.Mentions) != len(want.Mentions) || len(got.Claims) != len(want.Claims) {
					t.Errorf("concurrent extract differs: %v", err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func newEngineUncached() (*extractors.Engine, error) { return extractors.New() }

// TestTextTitle: a plain-text article's first line is its title when more
// lines follow; a text of one line is all body, so its sentence can be a
// claim (taken as the title, it made none: a headline repeated is no claim).
func TestTextTitle(t *testing.T) {
	e := newEngine(t)
	const sentence = "The company paid $5 million to Acme Corp last Tuesday, its chief executive John Smith said."
	tests := []struct {
		name, body, title string
		claims            int
	}{
		{"one line", sentence + "\n", "", 1},
		{"one line, blank lines around", "\n\n" + sentence + "\n\n", "", 1},
		{"headline and body", "Acme paid\n\n" + sentence + "\n", "Acme paid", 1},
	}
	for _, tt := range tests {
		r, err := e.Extract(page(tt.name+".txt", tt.body, ""))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if r.Article.Title != tt.title || len(r.Claims) != tt.claims {
			t.Errorf("%s: title %q and %d claims, want %q and %d", tt.name, r.Article.Title, len(r.Claims), tt.title, tt.claims)
		}
	}
}

// TestFeedPublished: the date a feed gave an item is the article's when its
// page gives none; the page's own date wins over it, and a date given with
// the submission (Published) over both. It used to be dropped, leaving the
// article undated and its relative dates unresolved.
func TestFeedPublished(t *testing.T) {
	e := newEngine(t)
	const dated = `<html><head><title>Story</title><meta property="article:published_time" content="2019-11-19T04:50:22Z"></head><body><article><p>The company paid $5 million to Acme Corp last Tuesday, its chief executive John Smith said.</p></article></body></html>`
	const undated = `<html><head><title>Story</title></head><body><article><p>The company paid $5 million to Acme Corp last Tuesday, its chief executive John Smith said.</p></article></body></html>`
	for _, tt := range []struct {
		name, body, published, feed, want string
	}{
		{"undated page", undated, "", "2024-10-02T10:00:00Z", "2024-10-02T10:00:00Z"},
		{"dated page", dated, "", "2024-10-02T10:00:00Z", "2019-11-19T04:50:22Z"},
		{"date given", undated, "2020-01-01", "2024-10-02T10:00:00Z", "2020-01-01"},
		{"no feed date", undated, "", "", ""},
	} {
		a, err := e.Article(&claims.Page{URL: "https://x.example/story", Body: []byte(tt.body), ContentType: "text/html",
			Published: tt.published, FeedPublished: tt.feed})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if a.Published != tt.want {
			t.Errorf("%s: published %q, want %q", tt.name, a.Published, tt.want)
		}
	}
}

// TestTrailingSpeakerIsNoSubject checks, through the whole engine, that a
// second speaker closing a unit after its source ("the officials said, …,”
// Mr. McHugh said.") is not what the claim is about.
func TestTrailingSpeakerIsNoSubject(t *testing.T) {
	e := newEngine(t)
	text := "Winter under the streets\n\nTo alleviate the threat, the officials said, the utility switched most of its manhole covers to vented ones that allow gases to escape, “so they cannot form a combustible amount,” Mr. McHugh said.\n"
	r, err := e.Extract(page("trailing-speaker", text, "2019-02-01"))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Claims) != 1 || r.Claims[0].Source != "the officials" || r.Claims[0].Subject != nil {
		t.Fatalf("claims %+v, want one from the officials about no one named", r.Claims)
	}
}
