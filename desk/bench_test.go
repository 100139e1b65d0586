package desk

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/sqlite"
)

// fill stores nArticles articles of perArticle claims each in one
// transaction, as fast as SQLite allows; the desk's triggers index them as
// the store stage would.
func fill(b *testing.B, st *sqlite.Store, nArticles, perArticle int) {
	b.Helper()
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	orgs := []string{"Acme Corp", "the council", "Ministry of Health", "Globex", "the central bank", "Initech"}
	people := []string{"Jane Smith", "Ali Khan", "Maria Lopez", "Wei Zhang", "Tom Brown"}
	tx, err := st.DB().BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	stamp := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for a := range nArticles {
		var text string
		type cl struct {
			start, end int
			ms         []claims.Mention
		}
		var cls []cl
		for c := range perArticle {
			org, person := orgs[rng.IntN(len(orgs))], people[rng.IntN(len(people))]
			amount := rng.IntN(900) + 1
			s := fmt.Sprintf("%s said %s spent $%d million on project %d-%d in 2024. ", person, org, amount, a, c)
			start := len(text)
			text += s
			i := start + len(person) + len(" said ")
			m1 := claims.Mention{Start: start, End: start + len(person), Type: claims.TypePerson, Text: person}
			m2 := claims.Mention{Start: i, End: i + len(org), Type: claims.TypeOrg, Text: org}
			mt := fmt.Sprintf("$%d million", amount)
			j := i + len(org) + len(" spent ")
			m3 := claims.Mention{Start: j, End: j + len(mt), Type: claims.TypeMoney, Text: mt, Value: fmt.Sprintf("USD %d000000", amount)}
			cls = append(cls, cl{start, len(text) - 1, []claims.Mention{m1, m2, m3}})
		}
		id := claims.ArticleID(text)
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles (id, url, title, published, body, site_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			id, fmt.Sprintf("https://news%d.example/story/%d", a%20, a), fmt.Sprintf("Story number %d about spending", a), "2024-05-01", text,
			fmt.Sprintf("News %d", a%20), stamp.Add(time.Duration(a)*time.Second).Format("2006-01-02T15:04:05.000000000Z")); err != nil {
			b.Fatal(err)
		}
		for k, c := range cls {
			ms, _ := json.Marshal(c.ms)
			kind := []string{claims.KindQuantity, claims.KindOther, claims.KindCausation}[rng.IntN(3)]
			if _, err := tx.ExecContext(ctx, `INSERT INTO claims (id, article_id, ord, start_byte, end_byte, text, confidence, kind, mentions, fingerprint)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, claims.ClaimID(id, c.start, c.end), id, k, c.start, c.end, text[c.start:c.end],
				rng.Float64(), kind, string(ms), fmt.Sprintf("fp%d", rng.IntN(nArticles*perArticle/3+1))); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkQueuePage100k serves the queue page (HTML, 50 rows, the alert
// badge) over a store of 100,000 claims, unfiltered and with filters, and
// reports the median latency in ms.
func BenchmarkQueuePage100k(b *testing.B) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	t0 := time.Now()
	fill(b, st, 10_000, 10)
	if _, err := st.AddUser(ctx, "viewer", "viewer password", claims.RoleViewer); err != nil {
		b.Fatal(err)
	}
	tok, _, err := st.CreateToken(ctx, "viewer", "bench", "")
	if err != nil {
		b.Fatal(err)
	}
	_, n, _ := st.Counts(ctx)
	b.Logf("stored %d claims in %s", n, time.Since(t0).Round(time.Millisecond))
	if n != 100_000 {
		b.Fatalf("%d claims", n)
	}
	d := New(st, nil, nil)
	for _, bc := range []struct{ name, path string }{
		{"all", "/"},
		{"status=new", "/?status=new"},
		{"second_page", ""},
		{"entity", "/?entity=Globex"},
		{"amount", "/?amount_min=100000000&amount_max=200000000"},
		{"search", "/?q=project+spending"},
		{"kind+status", "/?kind=quantity&status=new"},
		{"api_queue", "/api/queue"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			path := bc.path
			if path == "" { // the page after the first, through its cursor
				w := httptest.NewRecorder()
				req := httptest.NewRequest("GET", "/api/queue", nil)
				req.Header.Set("Authorization", "Bearer "+tok)
				d.ServeHTTP(w, req)
				var p claims.QueuePage
				json.Unmarshal(w.Body.Bytes(), &p)
				path = "/?cursor=" + p.Next
			}
			var lat []time.Duration
			for b.Loop() {
				req := httptest.NewRequest("GET", path, nil)
				req.Header.Set("Authorization", "Bearer "+tok)
				w := httptest.NewRecorder()
				t := time.Now()
				d.ServeHTTP(w, req)
				lat = append(lat, time.Since(t))
				if w.Code != 200 {
					b.Fatalf("GET %s: %d %s", path, w.Code, w.Body)
				}
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "median_ms")
			b.ReportMetric(float64(lat[len(lat)*9/10].Microseconds())/1000, "p90_ms")
		})
	}
}

// BenchmarkParaphraseAlerts is what Paraphrases.Raise adds to the store
// stage: over a store of 10,000 claims of which 1,000 have a verdict, each
// iteration saves a new article of 15 claims (the baseline: SaveResult) and
// then raises its paraphrase alerts (reading the judged claims afresh and
// comparing every claim with each). It reports Raise's time as a share of
// the save's, both measured in the same iteration.
func BenchmarkParaphraseAlerts(b *testing.B) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	fill(b, st, 1_000, 10)
	if _, err := st.DB().ExecContext(ctx, `UPDATE reviews SET status = 'verdict', verdict = 'false'
		WHERE rid IN (SELECT rid FROM reviews ORDER BY rid LIMIT 1000)`); err != nil {
		b.Fatal(err)
	}
	p := &Paraphrases{Store: st, Terms: wordTerms}
	people := []string{"Jane Smith", "Ali Khan", "Maria Lopez"}
	var save, raise time.Duration
	raised := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		args := make([]string, 0, 30)
		for c := range 15 {
			args = append(args, fmt.Sprintf("%s told reporters the council spent $%d million on scheme %d-%d in 2025.", people[c%3], c+i%7, i, c), "")
		}
		r := resultOf(fmt.Sprintf("https://later.example/%d", i), args...)
		t0 := time.Now()
		if _, err := st.SaveResult(ctx, r); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		n, err := p.Raise(ctx, r)
		if err != nil {
			b.Fatal(err)
		}
		save, raise, raised = save+t1.Sub(t0), raise+time.Since(t1), raised+n
	}
	b.ReportMetric(100*raise.Seconds()/save.Seconds(), "raise-%-of-save")
	b.ReportMetric(float64(raised)/float64(b.N), "alerts/op")
}
