package sqlite_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/sqlite"
)

// mention names a piece of a claim's text with its type and value.
type mention struct{ text, typ, value string }

type claimSpec struct {
	text        string
	conf        float64
	kind        string
	source      string
	fingerprint string
	mentions    []mention
}

// article builds a valid result: the claims are the sentences of the text,
// every span computed.
func article(t *testing.T, url, title string, cs ...claimSpec) *claims.Result {
	t.Helper()
	var parts []string
	for _, c := range cs {
		parts = append(parts, c.text)
	}
	text := strings.Join(parts, " ")
	id := claims.ArticleID(text)
	r := &claims.Result{Article: claims.Article{ID: id, URL: url, Title: title, Published: "2024-03-01", Text: text, SiteName: "Example News"}}
	off := 0
	for _, c := range cs {
		cl := claims.Claim{ID: claims.ClaimID(id, off, off+len(c.text)), ArticleID: id, Start: off, End: off + len(c.text), Text: c.text,
			Confidence: c.conf, Kind: c.kind, Source: c.source, Fingerprint: c.fingerprint, Mentions: []claims.Mention{}}
		for _, m := range c.mentions {
			i := strings.Index(c.text, m.text)
			if i < 0 {
				t.Fatalf("%q not in %q", m.text, c.text)
			}
			mm := claims.Mention{Start: off + i, End: off + i + len(m.text), Type: m.typ, Text: m.text, Value: m.value}
			cl.Mentions = append(cl.Mentions, mm)
			r.Mentions = append(r.Mentions, mm)
		}
		r.Claims = append(r.Claims, cl)
		off += len(c.text) + 1
	}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	return r
}

func save(t *testing.T, s *sqlite.Store, r *claims.Result) {
	t.Helper()
	if _, err := s.SaveResult(context.Background(), r); err != nil {
		t.Fatal(err)
	}
}

var (
	rita = claims.Principal{Name: "rita", Role: claims.RoleReviewer}
	ed   = claims.Principal{Name: "ed", Role: claims.RoleEditor}
)

func TestReviewWorkflow(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	r := article(t, "https://a.example/1", "Budget",
		claimSpec{text: "The council spent $5 million on roads in 2023.", conf: 0.9, kind: "quantity", fingerprint: "fp1",
			mentions: []mention{{"$5 million", "MONEY", "USD 5000000"}, {"council", "ORG", ""}, {"2023", "DATE", "2023"}}})
	save(t, s, r)
	id := r.Claims[0].ID
	rv, err := s.Review(ctx, id)
	if err != nil || rv.Status != claims.StatusNew || rv.Assignee != "" || len(rv.Sources) != 0 {
		t.Fatalf("fresh review %+v, %v", rv, err)
	}
	if _, err := s.Review(ctx, "nope"); claims.ErrorKind(err) != claims.NotFound {
		t.Errorf("missing claim: %v", err)
	}
	if _, err := s.Apply(ctx, rita, id, claims.Change{Action: claims.ActVerdict, Verdict: claims.VerdictTrue}); claims.ErrorKind(err) != claims.Conflict {
		t.Errorf("verdict before review: %v", err)
	}
	steps := []claims.Change{
		{Action: claims.ActStart},
		{Action: claims.ActNote, Note: "Budget book p. 12"},
		{Action: claims.ActVerdict, Verdict: claims.VerdictMostlyFalse, Note: "It was $4.2m.", Sources: []string{"https://council.example/budget.pdf"}},
	}
	for _, ch := range steps {
		if _, err := s.Apply(ctx, rita, id, ch); err != nil {
			t.Fatalf("%s: %v", ch.Action, err)
		}
	}
	rv, _ = s.Review(ctx, id)
	if rv.Status != claims.StatusVerdict || rv.Verdict != claims.VerdictMostlyFalse || rv.Assignee != "rita" ||
		len(rv.Sources) != 1 || rv.UpdatedBy != "rita" || rv.UpdatedAt.IsZero() {
		t.Errorf("after verdict %+v", rv)
	}
	if _, err := s.Apply(ctx, claims.Principal{Name: "vera", Role: claims.RoleViewer}, id, claims.Change{Action: claims.ActReopen}); claims.ErrorKind(err) != claims.Forbidden {
		t.Errorf("viewer reopen: %v", err)
	}
	hist, err := s.History(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range hist {
		got = append(got, e.Field+":"+e.From+">"+e.To)
		if e.Who != "rita" || e.At.IsZero() {
			t.Errorf("event %+v", e)
		}
	}
	want := "status:new>in_review assignee:>rita note:>Budget book p. 12 status:in_review>verdict verdict:>mostly_false sources:>https://council.example/budget.pdf note:>It was $4.2m."
	if strings.Join(got, " ") != want {
		t.Errorf("history\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	notes, err := s.Notes(ctx, id)
	if err != nil || len(notes) != 2 || notes[1].Text != "It was $4.2m." || notes[0].Author != "rita" {
		t.Errorf("notes %+v, %v", notes, err)
	}
}

func queueIDs(p *claims.QueuePage) []string {
	var out []string
	for _, it := range p.Items {
		out = append(out, it.Text[:strings.IndexByte(it.Text, ' ')])
	}
	return out
}

func fptr(f float64) *float64 { return &f }

func TestQueueFilters(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	save(t, s, article(t, "https://news.example/a", "Roads budget",
		claimSpec{text: "Alpha: the council spent $5 million on roads on 3 May 2023.", conf: 0.9, kind: "quantity", source: "Mayor Jones",
			mentions: []mention{{"$5 million", "MONEY", "USD 5000000"}, {"council", "ORG", ""}, {"3 May 2023", "DATE", "2023-05-03"}}},
		claimSpec{text: "Bravo: Acme Corp hired 300 people.", conf: 0.5, kind: "quantity",
			mentions: []mention{{"Acme Corp", "ORG", ""}}},
	))
	save(t, s, article(t, "https://other.example/b", "Hospital waiting lists",
		claimSpec{text: "Charlie: waiting lists fell by 12% in 2021, the minister said.", conf: 0.7, kind: "correlation_causation", source: "the minister",
			mentions: []mention{{"2021", "DATE", "2021"}}},
		claimSpec{text: "Delta: the hospital cost €80 million.", conf: 0.3, kind: "quantity",
			mentions: []mention{{"€80 million", "MONEY", "EUR 80000000"}}},
	))
	all, err := s.Queue(ctx, claims.QueueFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(queueIDs(all), " "); got != "Alpha: Charlie: Bravo: Delta:" {
		t.Fatalf("queue order %q: want by confidence", got)
	}
	alpha := all.Items[0]
	if alpha.ArticleTitle != "Roads budget" || alpha.ArticleURL != "https://news.example/a" || alpha.Review.Status != claims.StatusNew || len(alpha.Mentions) != 3 {
		t.Errorf("item %+v", alpha)
	}
	if _, err := s.Apply(ctx, rita, alpha.ID, claims.Change{Action: claims.ActStart}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    claims.QueueFilter
		want string
	}{
		{"status new", claims.QueueFilter{Status: claims.StatusNew}, "Charlie: Bravo: Delta:"},
		{"status in review", claims.QueueFilter{Status: claims.StatusInReview}, "Alpha:"},
		{"assignee", claims.QueueFilter{Assignee: "rita"}, "Alpha:"},
		{"unassigned", claims.QueueFilter{Assignee: "-"}, "Charlie: Bravo: Delta:"},
		{"kind", claims.QueueFilter{Kind: "correlation_causation"}, "Charlie:"},
		{"entity prefix, any case", claims.QueueFilter{Entity: "acme"}, "Bravo:"},
		{"entity LIKE characters are literal", claims.QueueFilter{Entity: "%"}, ""},
		{"date range", claims.QueueFilter{DateFrom: "2023-01-01", DateTo: "2023-12-31"}, "Alpha:"},
		{"date from only", claims.QueueFilter{DateFrom: "2021-01-01"}, "Alpha: Charlie:"},
		{"amount range", claims.QueueFilter{AmountMin: fptr(1e6), AmountMax: fptr(1e7)}, "Alpha:"},
		{"amount min", claims.QueueFilter{AmountMin: fptr(1e6)}, "Alpha: Delta:"},
		{"source", claims.QueueFilter{Source: "minister"}, "Charlie:"},
		{"published range", claims.QueueFilter{PublishedFrom: "2024-03-01", PublishedTo: "2024-03-01"}, "Alpha: Charlie: Bravo: Delta:"},
		{"published after", claims.QueueFilter{PublishedFrom: "2024-03-02"}, ""},
		{"feed by host", claims.QueueFilter{Feed: "other.example"}, "Charlie: Delta:"},
		{"full text", claims.QueueFilter{Query: "fell"}, "Charlie:"},
		{"full text in the title", claims.QueueFilter{Query: "waiting"}, "Charlie: Delta:"},
		{"full text prefix of last word", claims.QueueFilter{Query: "hosp"}, "Charlie: Delta:"},
		{"full text title", claims.QueueFilter{Query: "roads budget"}, "Alpha: Bravo:"},
		{"full text punctuation only", claims.QueueFilter{Query: `"*(`}, "Alpha: Charlie: Bravo: Delta:"},
		{"full text operators are words", claims.QueueFilter{Query: `roads NEAR( OR`}, ""},
		{"combined", claims.QueueFilter{Status: claims.StatusNew, Kind: "quantity", AmountMin: fptr(1)}, "Delta:"},
	}
	for _, tt := range tests {
		p, err := s.Queue(ctx, tt.f)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := strings.Join(queueIDs(p), " "); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
	// Pages of one chain to the same order as one big page.
	var seen []string
	f := claims.QueueFilter{Limit: 1}
	for range 10 {
		p, err := s.Queue(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		seen = append(seen, queueIDs(p)...)
		if p.Next == "" {
			break
		}
		f.Cursor = p.Next
	}
	if got := strings.Join(seen, " "); got != "Alpha: Charlie: Bravo: Delta:" {
		t.Errorf("paged %q", got)
	}
	for _, bad := range []claims.QueueFilter{{Cursor: "!!"}, {Cursor: "e30"}, {DateFrom: "May"}, {PublishedTo: "2024"}} {
		if _, err := s.Queue(ctx, bad); claims.ErrorKind(err) != claims.Invalid {
			t.Errorf("%+v: %v, want invalid", bad, err)
		}
	}
}

// The queue, filtered or not, reads an index in order instead of scanning
// and sorting the claims.
func TestQueueUsesIndex(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	for _, f := range []claims.QueueFilter{{}, {Status: claims.StatusNew}, {Assignee: "rita"}, {Status: claims.StatusNew, Cursor: "eyJjIjowLjUsImkiOiJ4In0"}} {
		q, args, err := sqlite.QueueSQL(f)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := s.DB().QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, args...)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		p := strings.Join(plan, "; ")
		if !strings.Contains(p, "USING INDEX reviews_") && !strings.Contains(p, "USING COVERING INDEX reviews_") || strings.Contains(p, "TEMP B-TREE FOR ORDER BY") {
			t.Errorf("filter %+v: plan %q: want the queue index in order, no sort", f, p)
		}
	}
}

// Filters on facets and full text read their indexes, never scan a table.
func TestQueueFiltersUseIndexes(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	for _, f := range []claims.QueueFilter{{Entity: "Acme"}, {AmountMin: fptr(1e6)}, {DateFrom: "2020-01-01"}, {Query: "budget"},
		{Entity: "Acme", Status: claims.StatusNew, Query: "roads"}, {Kind: "quantity"}, {Source: "minister"}} {
		q, args, err := sqlite.QueueSQL(f)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := s.DB().QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, args...)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		for _, step := range plan {
			if strings.HasPrefix(step, "SCAN ") && !strings.Contains(step, "INDEX") && !strings.Contains(step, "VIRTUAL TABLE") {
				t.Errorf("filter %+v scans a table: %q in %q", f, step, plan)
			}
		}
		t.Logf("%+v: %s", f, strings.Join(plan, "; "))
	}
}

func TestClusterAndAlerts(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	first := article(t, "https://a.example/1", "First", claimSpec{text: "Unemployment is at 3 million, he said.", conf: 0.8, fingerprint: "fp-unemp"})
	other := article(t, "https://a.example/2", "Unrelated", claimSpec{text: "Exports rose by 4% last year.", conf: 0.6, fingerprint: "fp-exp"})
	save(t, s, first)
	save(t, s, other)
	id := first.Claims[0].ID
	// A repeat before any verdict raises nothing.
	early := article(t, "https://b.example/1", "Early repeat", claimSpec{text: "Unemployment is at 3 million, she repeated.", conf: 0.7, fingerprint: "fp-unemp"})
	save(t, s, early)
	if n, _ := s.UnseenAlerts(ctx); n != 0 {
		t.Fatalf("%d alerts before any verdict", n)
	}
	for _, ch := range []claims.Change{{Action: claims.ActStart}, {Action: claims.ActVerdict, Verdict: claims.VerdictFalse}} {
		if _, err := s.Apply(ctx, rita, id, ch); err != nil {
			t.Fatal(err)
		}
	}
	repeat := article(t, "https://c.example/9", "Repeat", claimSpec{text: "Yet again: unemployment is at 3 million.", conf: 0.5, fingerprint: "fp-unemp"},
		claimSpec{text: "Exports rose by 4% again.", conf: 0.5, fingerprint: "fp-exp"})
	save(t, s, repeat)
	cl, err := s.Cluster(ctx, id, 10)
	if err != nil || len(cl) != 2 || cl[0].ArticleTitle != "Repeat" || cl[1].ArticleTitle != "Early repeat" {
		t.Fatalf("cluster %+v, %v", cl, err)
	}
	back, _ := s.Cluster(ctx, repeat.Claims[0].ID, 10)
	if len(back) != 2 || back[1].Review.Verdict != claims.VerdictFalse {
		t.Errorf("cluster of the repeat should show the earlier verdict: %+v", back)
	}
	al, err := s.PendingAlerts(ctx, 10)
	if err != nil || len(al) != 1 {
		t.Fatalf("pending alerts %+v, %v", al, err)
	}
	a := al[0]
	if a.ClaimID != repeat.Claims[0].ID || a.PriorClaimID != id || a.Verdict != claims.VerdictFalse || a.Fingerprint != "fp-unemp" ||
		a.ArticleID != repeat.Article.ID || a.Text != repeat.Claims[0].Text || a.At.IsZero() {
		t.Errorf("alert %+v", a)
	}
	if n, _ := s.UnseenAlerts(ctx); n != 1 {
		t.Errorf("unseen %d", n)
	}
	if err := s.MarkAlertDelivered(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if al, _ := s.PendingAlerts(ctx, 10); len(al) != 0 {
		t.Errorf("delivered alert still pending")
	}
	if err := s.MarkAlertsSeen(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.UnseenAlerts(ctx); n != 0 {
		t.Errorf("unseen %d after marking", n)
	}
	// Saving the same article again raises nothing new.
	save(t, s, repeat)
	if all, _ := s.Alerts(ctx, 10); len(all) != 1 {
		t.Errorf("alerts %d after a resave", len(all))
	}
}

func TestUsersTokensSessions(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	admin, err := s.AddUser(ctx, "ada", "a long passphrase", claims.RoleAdmin)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddUser(ctx, "ada", "another passphrase", claims.RoleViewer); claims.ErrorKind(err) != claims.Conflict {
		t.Errorf("duplicate user: %v", err)
	}
	for _, bad := range []struct{ name, pw, role string }{{"", "a long passphrase", "viewer"}, {"a b", "a long passphrase", "viewer"},
		{"x", "short", "viewer"}, {"x", "a long passphrase", "god"}} {
		if _, err := s.AddUser(ctx, bad.name, bad.pw, claims.Role(bad.role)); claims.ErrorKind(err) != claims.Invalid {
			t.Errorf("AddUser%v: %v", bad, err)
		}
	}
	if _, err := s.AddUser(ctx, "vera", "viewer passphrase", claims.RoleViewer); err != nil {
		t.Fatal(err)
	}
	us, _ := s.Users(ctx)
	if len(us) != 2 || us[0].Name != "ada" || us[1].Role != claims.RoleViewer {
		t.Errorf("users %+v", us)
	}
	if u, err := s.Login(ctx, "ada", "a long passphrase"); err != nil || u.ID != admin.ID {
		t.Errorf("login %+v %v", u, err)
	}
	for _, bad := range [][2]string{{"ada", "a long passphrasE"}, {"nobody", "a long passphrase"}} {
		if _, err := s.Login(ctx, bad[0], bad[1]); claims.ErrorKind(err) != claims.Unauthorized {
			t.Errorf("login %v: %v", bad, err)
		}
	}
	secret, tok, err := s.CreateToken(ctx, "ada", "ci", claims.RoleReviewer)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(secret, "cpt_") {
		t.Errorf("secret %q", secret)
	}
	var stored int
	_ = s.DB().QueryRowContext(ctx, `SELECT COUNT(*) FROM api_tokens WHERE hash = ?`, secret).Scan(&stored)
	if stored != 0 {
		t.Error("the token secret is stored in clear")
	}
	p, err := s.TokenPrincipal(ctx, secret)
	if err != nil || p.Name != "ada" || p.Role != claims.RoleReviewer {
		t.Errorf("token principal %+v %v", p, err)
	}
	if _, _, err := s.CreateToken(ctx, "vera", "", claims.RoleAdmin); claims.ErrorKind(err) != claims.Forbidden {
		t.Errorf("viewer with an admin token: %v", err)
	}
	if err := s.RevokeToken(ctx, tok.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.TokenPrincipal(ctx, secret); claims.ErrorKind(err) != claims.Unauthorized {
		t.Errorf("revoked token still works: %v", err)
	}
	if err := s.RevokeToken(ctx, 999); claims.ErrorKind(err) != claims.NotFound {
		t.Errorf("revoke unknown: %v", err)
	}
	ts, _ := s.Tokens(ctx, "ada")
	if len(ts) != 1 || ts[0].RevokedAt.IsZero() {
		t.Errorf("tokens %+v", ts)
	}
	sess, sp, err := s.CreateSession(ctx, admin.ID, time.Hour)
	if err != nil || sp.Name != "ada" || sp.CSRF == "" {
		t.Fatalf("session %+v %v", sp, err)
	}
	if p, err := s.SessionPrincipal(ctx, sess); err != nil || p.CSRF != sp.CSRF {
		t.Errorf("session principal %+v %v", p, err)
	}
	if err := s.EndSession(ctx, sess); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SessionPrincipal(ctx, sess); claims.ErrorKind(err) != claims.Unauthorized {
		t.Errorf("ended session: %v", err)
	}
	expired, _, _ := s.CreateSession(ctx, admin.ID, -time.Second)
	if _, err := s.SessionPrincipal(ctx, expired); claims.ErrorKind(err) != claims.Unauthorized {
		t.Errorf("expired session: %v", err)
	}
}
