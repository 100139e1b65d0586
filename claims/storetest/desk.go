package storetest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

// The desk's half of the suite: claims.ReviewStore and claims.UserStore.

// DeskMention names a piece of a claim's text with its type and value.
type DeskMention struct{ Text, Type, Value string }

// DeskClaim describes one claim of an Article.
type DeskClaim struct {
	Text        string
	Conf        float64
	Kind        string
	Source      string
	Fingerprint string
	Mentions    []DeskMention
}

// Article builds a valid result whose claims are the given sentences of its
// text, every span computed.
func Article(t testing.TB, url, title string, cs ...DeskClaim) *claims.Result {
	t.Helper()
	var parts []string
	for _, c := range cs {
		parts = append(parts, c.Text)
	}
	text := strings.Join(parts, " ")
	id := claims.ArticleID(text)
	r := &claims.Result{Article: claims.Article{ID: id, URL: url, Title: title, Published: "2024-03-01", Text: text, SiteName: "Example News"}}
	off := 0
	for _, c := range cs {
		cl := claims.Claim{ID: claims.ClaimID(id, off, off+len(c.Text)), ArticleID: id, Start: off, End: off + len(c.Text), Text: c.Text,
			Confidence: c.Conf, Kind: c.Kind, Source: c.Source, Fingerprint: c.Fingerprint, Mentions: []claims.Mention{}}
		for _, m := range c.Mentions {
			i := strings.Index(c.Text, m.Text)
			if i < 0 {
				t.Fatalf("%q not in %q", m.Text, c.Text)
			}
			mm := claims.Mention{Start: off + i, End: off + i + len(m.Text), Type: m.Type, Text: m.Text, Value: m.Value}
			cl.Mentions = append(cl.Mentions, mm)
			r.Mentions = append(r.Mentions, mm)
		}
		r.Claims = append(r.Claims, cl)
		off += len(c.Text) + 1
	}
	sort.Slice(r.Mentions, func(i, j int) bool { return r.Mentions[i].Start < r.Mentions[j].Start })
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	return r
}

func save(t *testing.T, s Store, r *claims.Result) {
	t.Helper()
	if _, err := s.SaveResult(t.Context(), r); err != nil {
		t.Fatal(err)
	}
}

var (
	rita = claims.Principal{Name: "rita", Role: claims.RoleReviewer}
	ed   = claims.Principal{Name: "ed", Role: claims.RoleEditor}
)

func testReviewWorkflow(t *testing.T, s Store) {
	ctx := t.Context()
	r := Article(t, "https://a.example/1", "Budget",
		DeskClaim{Text: "The council spent $5 million on roads in 2023.", Conf: 0.9, Kind: "quantity", Fingerprint: "fp1",
			Mentions: []DeskMention{{"$5 million", "MONEY", "USD 5000000"}, {"council", "ORG", ""}, {"2023", "DATE", "2023"}}})
	save(t, s, r)
	id := r.Claims[0].ID
	rv, err := s.Review(ctx, id)
	if err != nil || rv.ClaimID != id || rv.Status != claims.StatusNew || rv.Assignee != "" || rv.Sources == nil || len(rv.Sources) != 0 || !rv.UpdatedAt.IsZero() {
		t.Fatalf("fresh review %+v, %v", rv, err)
	}
	if notes, err := s.Notes(ctx, id); err != nil || notes == nil || len(notes) != 0 {
		t.Errorf("notes of an untouched claim = %#v, %v; want empty non-nil", notes, err)
	}
	if hist, err := s.History(ctx, id); err != nil || hist == nil || len(hist) != 0 {
		t.Errorf("history of an untouched claim = %#v, %v; want empty non-nil", hist, err)
	}
	if _, err := s.Review(ctx, "nope"); claims.ErrorKind(err) != claims.NotFound {
		t.Errorf("missing claim: %v", err)
	}
	if _, err := s.Apply(ctx, rita, "nope", claims.Change{Action: claims.ActStart}); claims.ErrorKind(err) != claims.NotFound {
		t.Errorf("apply to a missing claim: %v", err)
	}
	refused := []struct {
		name string
		p    claims.Principal
		ch   claims.Change
		kind claims.Kind
	}{
		{"verdict before review", rita, claims.Change{Action: claims.ActVerdict, Verdict: claims.VerdictTrue}, claims.Conflict},
		{"viewer", claims.Principal{Name: "vera", Role: claims.RoleViewer}, claims.Change{Action: claims.ActStart}, claims.Forbidden},
		{"unknown action", rita, claims.Change{Action: "fly"}, claims.Invalid},
		{"empty note", rita, claims.Change{Action: claims.ActNote, Note: "  "}, claims.Invalid},
	}
	for _, tt := range refused {
		if _, err := s.Apply(ctx, tt.p, id, tt.ch); claims.ErrorKind(err) != tt.kind {
			t.Errorf("%s: %v, want %s", tt.name, err, tt.kind)
		}
	}
	if h, _ := s.History(ctx, id); len(h) != 0 {
		t.Fatalf("refused changes left history: %+v", h)
	}
	steps := []claims.Change{
		{Action: claims.ActStart},
		{Action: claims.ActNote, Note: "Budget book p. 12"},
		{Action: claims.ActAssign, Assignee: "rita"}, // no change: no history
		{Action: claims.ActVerdict, Verdict: claims.VerdictMostlyFalse, Note: "It was $4.2m.", Sources: []string{"https://council.example/budget.pdf"}},
	}
	var last *claims.Review
	for _, ch := range steps {
		if last, err = s.Apply(ctx, rita, id, ch); err != nil {
			t.Fatalf("%s: %v", ch.Action, err)
		}
	}
	rv, _ = s.Review(ctx, id)
	if rv.Status != claims.StatusVerdict || rv.Verdict != claims.VerdictMostlyFalse || rv.Assignee != "rita" ||
		len(rv.Sources) != 1 || rv.UpdatedBy != "rita" || rv.UpdatedAt.IsZero() {
		t.Errorf("after verdict %+v", rv)
	}
	if !last.UpdatedAt.Equal(rv.UpdatedAt) || last.Status != rv.Status || strings.Join(last.Sources, " ") != strings.Join(rv.Sources, " ") {
		t.Errorf("Apply returned %+v, a read gives %+v", last, rv)
	}
	hist, err := s.History(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, e := range hist {
		got = append(got, e.Field+":"+e.From+">"+e.To)
		if e.Who != "rita" || e.At.IsZero() || e.ClaimID != id || i > 0 && e.ID <= hist[i-1].ID {
			t.Errorf("event %+v", e)
		}
	}
	want := "status:new>in_review assignee:>rita note:>Budget book p. 12 status:in_review>verdict verdict:>mostly_false sources:>https://council.example/budget.pdf note:>It was $4.2m."
	if strings.Join(got, " ") != want {
		t.Errorf("history\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	notes, err := s.Notes(ctx, id)
	if err != nil || len(notes) != 2 || notes[1].Text != "It was $4.2m." || notes[0].Author != "rita" || notes[0].At.IsZero() || notes[0].ClaimID != id {
		t.Errorf("notes %+v, %v", notes, err)
	}
	// The verdict keeps its own note, time and author; a note added after
	// it, even by another user, is internal and changes none of them (the
	// ClaimReview export publishes them; updated_by moves on).
	if rv.VerdictNote != "It was $4.2m." || !rv.VerdictAt.Equal(hist[len(hist)-1].At) || !last.VerdictAt.Equal(rv.VerdictAt) {
		t.Errorf("verdict note %q at %v (Apply said %v), want %q at %v", rv.VerdictNote, rv.VerdictAt, last.VerdictAt, "It was $4.2m.", hist[len(hist)-1].At)
	}
	if rv.VerdictBy != "rita" || last.VerdictBy != "rita" {
		t.Errorf("verdict by %q (Apply said %q), want rita", rv.VerdictBy, last.VerdictBy)
	}
	if _, err := s.Apply(ctx, ed, id, claims.Change{Action: claims.ActNote, Note: "rita was here"}); err != nil {
		t.Fatal(err)
	}
	if after, err := s.Review(ctx, id); err != nil || after.VerdictNote != rv.VerdictNote || !after.VerdictAt.Equal(rv.VerdictAt) ||
		after.VerdictBy != "rita" || after.UpdatedBy != "ed" {
		t.Errorf("after ed's later note the verdict's note is %q at %v by %q (updated by %q), %v; want %q at %v by rita (updated by ed)",
			after.VerdictNote, after.VerdictAt, after.VerdictBy, after.UpdatedBy, err, rv.VerdictNote, rv.VerdictAt)
	}
	// Editors reopen; the verdict goes with its note and author, the sources stay.
	if rv, err := s.Apply(ctx, ed, id, claims.Change{Action: claims.ActReopen}); err != nil || rv.Status != claims.StatusInReview || rv.Verdict != "" || len(rv.Sources) != 1 {
		t.Errorf("reopen: %+v, %v", rv, err)
	}
	if rv, err := s.Review(ctx, id); err != nil || rv.VerdictNote != "" || !rv.VerdictAt.IsZero() || rv.VerdictBy != "" {
		t.Errorf("reopened review keeps the verdict's note %q at %v by %q, %v", rv.VerdictNote, rv.VerdictAt, rv.VerdictBy, err)
	}
	// The verdict is the decider's, not the assignee's: an editor judging
	// rita's claim gives it.
	if _, err := s.Apply(ctx, ed, id, claims.Change{Action: claims.ActVerdict, Verdict: claims.VerdictFalse}); err != nil {
		t.Fatal(err)
	}
	if rv, err := s.Review(ctx, id); err != nil || rv.VerdictBy != "ed" || rv.Assignee != "rita" {
		t.Errorf("ed's verdict on rita's claim: by %q, assigned to %q, %v; want by ed, assigned to rita", rv.VerdictBy, rv.Assignee, err)
	}
}

// CheckVerdictNoteBackfill checks that migration 0012 finds the note and
// time of verdicts given before it from their history. open opens the same
// database each time; rewind takes it back to before 0012 (its columns and
// later migrations' dropped, their rows of schema_migrations deleted). The
// test closes what open returns.
func CheckVerdictNoteBackfill(t *testing.T, open func(t *testing.T) Store, rewind func(t *testing.T, s Store)) {
	s := open(t)
	r, want := judgeForBackfill(t, s)
	if rv := want[r.Claims[0].ID]; rv.VerdictNote != "WSJ confirms" || rv.VerdictAt.IsZero() {
		t.Fatalf("before the rewind: %+v", rv)
	}
	for i, rv := range reviewsAfterRewind(t, s, open, rewind, r) {
		c := r.Claims[i]
		if w := want[c.ID]; rv.VerdictNote != w.VerdictNote || !rv.VerdictAt.Equal(w.VerdictAt) {
			t.Errorf("claim %d (%q) after the backfill: verdict note %q at %v, want %q at %v", i, c.Text, rv.VerdictNote, rv.VerdictAt, w.VerdictNote, w.VerdictAt)
		}
	}
}

// CheckVerdictByBackfill checks that migration 0013 finds who gave each
// verdict given before it from their history, whoever touched the claim
// last. open opens the same database each time; rewind takes it back to
// before 0013 (its column dropped, its row of schema_migrations deleted).
// The test closes what open returns.
func CheckVerdictByBackfill(t *testing.T, open func(t *testing.T) Store, rewind func(t *testing.T, s Store)) {
	s := open(t)
	r, want := judgeForBackfill(t, s)
	// rita judged 0, 1 and 4 (ed noted 4 last), nobody 2 (reopened), ed 3
	// (the second verdict, after rita's first was reopened).
	wantBy := []string{"rita", "rita", "", "ed", "rita"}
	for i, c := range r.Claims {
		if rv := want[c.ID]; rv.VerdictBy != wantBy[i] {
			t.Fatalf("before the rewind, claim %d (%q): verdict by %q, want %q", i, c.Text, rv.VerdictBy, wantBy[i])
		}
	}
	if rv := want[r.Claims[4].ID]; rv.UpdatedBy != "ed" {
		t.Fatalf("before the rewind, claim 4 updated by %q, want ed", rv.UpdatedBy)
	}
	for i, rv := range reviewsAfterRewind(t, s, open, rewind, r) {
		c := r.Claims[i]
		if w := want[c.ID]; rv.VerdictBy != wantBy[i] || rv.UpdatedBy != w.UpdatedBy || rv.VerdictNote != w.VerdictNote || !rv.VerdictAt.Equal(w.VerdictAt) {
			t.Errorf("claim %d (%q) after the backfill: verdict by %q (updated by %q), note %q at %v; want by %q (updated by %q), note %q at %v",
				i, c.Text, rv.VerdictBy, rv.UpdatedBy, rv.VerdictNote, rv.VerdictAt, wantBy[i], w.UpdatedBy, w.VerdictNote, w.VerdictAt)
		}
	}
}

// reviewsAfterRewind rewinds s to before a migration, closes it and opens
// the database again, which applies the migration, and returns the review
// of each of r's claims as the reopened store reads it.
func reviewsAfterRewind(t *testing.T, s Store, open func(t *testing.T) Store, rewind func(t *testing.T, s Store), r *claims.Result) []claims.Review {
	t.Helper()
	rewind(t, s)
	s.Close()
	s = open(t)
	defer s.Close()
	out := make([]claims.Review, len(r.Claims))
	for i, c := range r.Claims {
		rv, err := s.Review(t.Context(), c.ID)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = *rv
	}
	return out
}

// judgeForBackfill stores an article whose claims are judged in the ways a
// backfill from the history must tell apart, and returns it with each
// claim's review as Apply left it: 0 noted before and after its verdict, by
// its judge and another; 1 judged without a note; 2 judged and reopened; 3
// judged by rita, reopened and judged again by ed; 4 noted by ed after
// rita's verdict.
func judgeForBackfill(t *testing.T, s Store) (*claims.Result, map[string]claims.Review) {
	t.Helper()
	ctx := t.Context()
	r := Article(t, "https://a.example/v", "Verdicts",
		DeskClaim{Text: "One with a note.", Conf: 0.9}, DeskClaim{Text: "One without.", Conf: 0.8},
		DeskClaim{Text: "One reopened.", Conf: 0.7}, DeskClaim{Text: "One judged twice.", Conf: 0.6},
		DeskClaim{Text: "One noted by another.", Conf: 0.5})
	save(t, s, r)
	steps := []struct {
		claim int
		p     claims.Principal
		ch    claims.Change
	}{
		{0, rita, claims.Change{Action: claims.ActStart}},
		{0, rita, claims.Change{Action: claims.ActNote, Note: "Budget book p. 12"}},
		{0, rita, claims.Change{Action: claims.ActVerdict, Verdict: claims.VerdictFalse, Note: "WSJ confirms"}},
		{0, ed, claims.Change{Action: claims.ActNote, Note: "rita was here"}},
		{0, rita, claims.Change{Action: claims.ActNote, Note: "and so was I"}},
		{1, rita, claims.Change{Action: claims.ActStart}},
		{1, rita, claims.Change{Action: claims.ActVerdict, Verdict: claims.VerdictTrue}},
		{1, rita, claims.Change{Action: claims.ActNote, Note: "an afterthought"}},
		{2, rita, claims.Change{Action: claims.ActStart}},
		{2, rita, claims.Change{Action: claims.ActVerdict, Verdict: claims.VerdictTrue, Note: "withdrawn"}},
		{2, ed, claims.Change{Action: claims.ActReopen}},
		{3, rita, claims.Change{Action: claims.ActStart}},
		{3, rita, claims.Change{Action: claims.ActVerdict, Verdict: claims.VerdictTrue, Note: "first"}},
		{3, ed, claims.Change{Action: claims.ActReopen}},
		{3, ed, claims.Change{Action: claims.ActVerdict, Verdict: claims.VerdictHalfTrue, Note: "second"}},
		{4, rita, claims.Change{Action: claims.ActStart}},
		{4, rita, claims.Change{Action: claims.ActVerdict, Verdict: claims.VerdictMostlyTrue}},
		{4, ed, claims.Change{Action: claims.ActNote, Note: "checked rita's sources"}},
	}
	for _, st := range steps {
		if _, err := s.Apply(ctx, st.p, r.Claims[st.claim].ID, st.ch); err != nil {
			t.Fatalf("claim %d, %s: %v", st.claim, st.ch.Action, err)
		}
	}
	want := map[string]claims.Review{}
	for _, c := range r.Claims {
		rv, err := s.Review(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		want[c.ID] = *rv
	}
	return r, want
}

// Concurrent changes of one claim are serialised: of eight reviewers
// starting it at once exactly one gets it, and the history says so once.
func testConcurrentApply(t *testing.T, s Store) {
	ctx := t.Context()
	r := Article(t, "https://a.example/1", "Race", DeskClaim{Text: "Everyone wants this claim.", Conf: 0.5})
	save(t, s, r)
	id := r.Claims[0].ID
	var wg sync.WaitGroup
	var mu sync.Mutex
	won, refused := 0, 0
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := claims.Principal{Name: fmt.Sprintf("r%d", i), Role: claims.RoleReviewer}
			for {
				_, err := s.Apply(ctx, p, id, claims.Change{Action: claims.ActStart})
				mu.Lock()
				switch claims.ErrorKind(err) {
				case "":
					won++
				case claims.Conflict, claims.Forbidden:
					refused++
				case claims.Transient:
					mu.Unlock()
					continue // busy: a client would retry
				default:
					t.Errorf("start by %s: %v", p.Name, err)
				}
				mu.Unlock()
				return
			}
		}()
	}
	wg.Wait()
	if won != 1 || refused != 7 {
		t.Errorf("8 concurrent starts: %d won, %d refused; want 1 and 7", won, refused)
	}
	hist, _ := s.History(ctx, id)
	if len(hist) != 2 {
		t.Errorf("history after the race: %+v; want one status and one assignee entry", hist)
	}
}

// An assignment names a user of the store who can review claims: anything
// else is Invalid and changes nothing, since the claim would be stuck with
// nobody who may work it.
func testAssignOnlyToReviewers(t *testing.T, s Store) {
	ctx := t.Context()
	for name, role := range map[string]claims.Role{"omar": claims.RoleReviewer, "vera": claims.RoleViewer, "edna": claims.RoleEditor} {
		if _, err := s.AddUser(ctx, name, name+" password", role); err != nil {
			t.Fatal(err)
		}
	}
	r := Article(t, "https://a.example/assign", "Assign", DeskClaim{Text: "Somebody must check this.", Conf: 0.5})
	save(t, s, r)
	id := r.Claims[0].ID
	tests := []struct {
		assignee string
		kind     claims.Kind
	}{
		{"ghost", claims.Invalid},
		{"Omar", claims.Invalid}, // names are case-sensitive
		{"vera", claims.Invalid}, // a viewer cannot work it
		{"omar", ""},
		{"edna", ""},
		{"ghost", claims.Invalid},
		{"", ""}, // unassigned
	}
	want := claims.Review{Status: claims.StatusNew}
	for _, tt := range tests {
		_, err := s.Apply(ctx, ed, id, claims.Change{Action: claims.ActAssign, Assignee: tt.assignee})
		if claims.ErrorKind(err) != tt.kind {
			t.Errorf("assign to %q: %v, want kind %q", tt.assignee, err, tt.kind)
		}
		if err == nil {
			want.Assignee = tt.assignee
		} else if !strings.Contains(err.Error(), tt.assignee) {
			t.Errorf("assign to %q: %q does not name the user", tt.assignee, err)
		}
		if rv, err := s.Review(ctx, id); err != nil || rv.Assignee != want.Assignee || rv.Status != want.Status {
			t.Errorf("after assigning to %q: %+v, %v; want assignee %q", tt.assignee, rv, err, want.Assignee)
		}
	}
	hist, err := s.History(ctx, id)
	if err != nil || len(hist) != 3 {
		t.Errorf("history %+v, %v: want the three assignments that took place", hist, err)
	}
	// Taking a claim oneself needs no account: the desk's --no-auth mode
	// acts as "local", an admin with no row in users.
	local := claims.Principal{Name: "local", Role: claims.RoleAdmin}
	if rv, err := s.Apply(ctx, local, id, claims.Change{Action: claims.ActAssign, Assignee: "local"}); err != nil || rv.Assignee != "local" {
		t.Errorf("assign to oneself without an account: %+v, %v", rv, err)
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

func testQueueFilters(t *testing.T, s Store) {
	ctx := t.Context()
	save(t, s, Article(t, "https://news.example/a", "Roads budget",
		DeskClaim{Text: "Alpha: the council spent $5 million on roads on 3 May 2023.", Conf: 0.9, Kind: "quantity", Source: "Mayor Jones",
			Mentions: []DeskMention{{"$5 million", "MONEY", "USD 5000000"}, {"council", "ORG", ""}, {"3 May 2023", "DATE", "2023-05-03"}}},
		DeskClaim{Text: "Bravo: Acme Corp hired 300 people.", Conf: 0.5, Kind: "quantity",
			Mentions: []DeskMention{{"Acme Corp", "ORG", ""}}},
	))
	save(t, s, Article(t, "https://other.example/b", "Hospital waiting lists",
		DeskClaim{Text: "Charlie: waiting lists fell by 12% in 2021, the minister said.", Conf: 0.7, Kind: "correlation_causation", Source: "the minister",
			Mentions: []DeskMention{{"2021", "DATE", "2021"}}},
		DeskClaim{Text: "Delta: the hospital cost €80 million.", Conf: 0.3, Kind: "quantity",
			Mentions: []DeskMention{{"€80 million", "MONEY", "EUR 80000000"}}},
	))
	// Echo's amounts are read as SQLite's CAST AS REAL reads them: 3e6
	// from "3e6 or so", nothing from a value without a number.
	save(t, s, Article(t, "https://third.example/c", "Elsewhere",
		DeskClaim{Text: "Echo: café owners in Zürich don't pay €3 million, or USD some.", Conf: 0.2, Kind: "quantity",
			Mentions: []DeskMention{{"€3 million", "MONEY", "EUR 3e6 or so"}, {"Zürich", "LOC", ""}, {"USD some", "MONEY", "USD"}}},
	))
	all, err := s.Queue(ctx, claims.QueueFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(queueIDs(all), " "); got != "Alpha: Charlie: Bravo: Delta: Echo:" || all.Next != "" {
		t.Fatalf("queue order %q (next %q): want by confidence, one page", got, all.Next)
	}
	alpha := all.Items[0]
	if alpha.ArticleTitle != "Roads budget" || alpha.ArticleURL != "https://news.example/a" || alpha.Published != "2024-03-01" ||
		alpha.Review.Status != claims.StatusNew || alpha.Review.ClaimID != alpha.ID || len(alpha.Mentions) != 3 || alpha.Source != "Mayor Jones" {
		t.Errorf("item %+v", alpha)
	}
	if _, err := s.Apply(ctx, rita, alpha.ID, claims.Change{Action: claims.ActStart}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(ctx, ed, all.Items[1].ID, claims.Change{Action: claims.ActDismiss, Reason: claims.ReasonNotAClaim}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    claims.QueueFilter
		want string
	}{
		{"status new", claims.QueueFilter{Status: claims.StatusNew}, "Bravo: Delta: Echo:"},
		{"status in review", claims.QueueFilter{Status: claims.StatusInReview}, "Alpha:"},
		{"status dismissed", claims.QueueFilter{Status: claims.StatusDismissed}, "Charlie:"},
		{"assignee", claims.QueueFilter{Assignee: "rita"}, "Alpha:"},
		{"unassigned", claims.QueueFilter{Assignee: "-"}, "Charlie: Bravo: Delta: Echo:"},
		{"kind", claims.QueueFilter{Kind: "correlation_causation"}, "Charlie:"},
		{"article", claims.QueueFilter{ArticleID: alpha.ArticleID}, "Alpha: Bravo:"},
		{"entity prefix, any case", claims.QueueFilter{Entity: "acme"}, "Bravo:"},
		{"entity prefix beyond ASCII", claims.QueueFilter{Entity: "zür"}, "Echo:"},
		{"entity is a prefix, not a substring", claims.QueueFilter{Entity: "corp"}, ""},
		{"entity types only", claims.QueueFilter{Entity: "2021"}, ""},
		{"entity LIKE characters are literal", claims.QueueFilter{Entity: "%"}, ""},
		{"entity underscore is literal", claims.QueueFilter{Entity: "a_me"}, ""},
		{"date range", claims.QueueFilter{DateFrom: "2023-01-01", DateTo: "2023-12-31"}, "Alpha:"},
		{"date from only", claims.QueueFilter{DateFrom: "2021-01-01"}, "Alpha: Charlie:"},
		{"a year overlaps a range inside it", claims.QueueFilter{DateFrom: "2021-06-01", DateTo: "2021-06-30"}, "Charlie:"},
		{"date to only", claims.QueueFilter{DateTo: "2022-01-01"}, "Charlie:"},
		{"amount range", claims.QueueFilter{AmountMin: fptr(1e6), AmountMax: fptr(1e7)}, "Alpha: Echo:"},
		{"amount min", claims.QueueFilter{AmountMin: fptr(1e6)}, "Alpha: Delta: Echo:"},
		{"amount max", claims.QueueFilter{AmountMax: fptr(1e6)}, ""},
		{"source", claims.QueueFilter{Source: "minister"}, "Charlie:"},
		{"source, any case", claims.QueueFilter{Source: "MAYOR"}, "Alpha:"},
		{"source LIKE characters are literal", claims.QueueFilter{Source: "_"}, ""},
		{"published range", claims.QueueFilter{PublishedFrom: "2024-03-01", PublishedTo: "2024-03-01"}, "Alpha: Charlie: Bravo: Delta: Echo:"},
		{"published after", claims.QueueFilter{PublishedFrom: "2024-03-02"}, ""},
		{"published before", claims.QueueFilter{PublishedTo: "2024-02-29"}, ""},
		{"feed by host", claims.QueueFilter{Feed: "other.example"}, "Charlie: Delta:"},
		{"feed by site name", claims.QueueFilter{Feed: "example news"}, "Alpha: Charlie: Bravo: Delta: Echo:"},
		{"verdict", claims.QueueFilter{Verdict: claims.VerdictFalse}, ""},
		{"full text", claims.QueueFilter{Query: "fell"}, "Charlie:"},
		{"full text in the title", claims.QueueFilter{Query: "waiting"}, "Charlie: Delta:"},
		{"full text prefix of last word", claims.QueueFilter{Query: "hosp"}, "Charlie: Delta:"},
		{"full text only the last word is a prefix", claims.QueueFilter{Query: "hosp cost"}, ""},
		{"full text title", claims.QueueFilter{Query: "roads budget"}, "Alpha: Bravo:"},
		{"full text words in any order", claims.QueueFilter{Query: "budget roads"}, "Alpha: Bravo:"},
		{"full text punctuation only", claims.QueueFilter{Query: `"*(`}, "Alpha: Charlie: Bravo: Delta: Echo:"},
		{"full text operators are words", claims.QueueFilter{Query: `roads NEAR( OR`}, ""},
		{"full text without diacritics", claims.QueueFilter{Query: "cafe ZURICH"}, "Echo:"},
		{"full text with diacritics", claims.QueueFilter{Query: "Café"}, "Echo:"},
		{"full text apostrophe is a phrase", claims.QueueFilter{Query: "don't pay"}, "Echo:"},
		{"full text phrase order matters", claims.QueueFilter{Query: "t'don"}, ""},
		{"full text no stemming", claims.QueueFilter{Query: "hospitals"}, ""},
		{"full text a word without tokens is ignored", claims.QueueFilter{Query: "roads —"}, "Alpha: Bravo:"},
		{"full text ... and does not make the one before a prefix", claims.QueueFilter{Query: "road —"}, ""},
		{"full text only words without tokens", claims.QueueFilter{Query: "— –"}, ""},
		{"full text and a filter", claims.QueueFilter{Query: "million", Kind: "quantity", Status: claims.StatusNew}, "Delta: Echo:"},
		{"combined", claims.QueueFilter{Status: claims.StatusNew, Kind: "quantity", AmountMin: fptr(1)}, "Delta: Echo:"},
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
	for _, bad := range []claims.QueueFilter{{Cursor: "!!"}, {Cursor: "e30"}, {DateFrom: "May"}, {DateTo: "2024-13-01"}, {PublishedTo: "2024"}, {PublishedFrom: "x"}} {
		if _, err := s.Queue(ctx, bad); claims.ErrorKind(err) != claims.Invalid {
			t.Errorf("%+v: %v, want invalid", bad, err)
		}
	}
}

// Pages of one size chain to the same order as one big page: confidence
// first, then claim ID in byte order, ties included.
func testQueuePaging(t *testing.T, s Store) {
	ctx := t.Context()
	var specs []DeskClaim
	for i := range 7 {
		conf := 0.5
		if i%3 == 0 {
			conf = 0.8
		}
		specs = append(specs, DeskClaim{Text: fmt.Sprintf("Claim%d: the figure is %d.", i, i), Conf: conf, Kind: "quantity"})
	}
	r := Article(t, "https://a.example/p", "Paging", specs...)
	save(t, s, r)
	want := append([]claims.Claim(nil), r.Claims...)
	sort.Slice(want, func(i, j int) bool {
		if want[i].Confidence != want[j].Confidence {
			return want[i].Confidence > want[j].Confidence
		}
		return want[i].ID < want[j].ID
	})
	var wantIDs []string
	for _, c := range want {
		wantIDs = append(wantIDs, c.ID)
	}
	for _, tc := range []struct {
		name string
		f    claims.QueueFilter
	}{{"all", claims.QueueFilter{}}, {"filtered", claims.QueueFilter{Status: claims.StatusNew, Kind: "quantity"}}, {"searched", claims.QueueFilter{Query: "figure"}}} {
		for _, size := range []int{1, 2, 3, 7, 8} {
			f := tc.f
			f.Limit = size
			var got []string
			pages := 0
			for {
				p, err := s.Queue(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				pages++
				if len(p.Items) > size {
					t.Fatalf("%s: page of %d items, limit %d", tc.name, len(p.Items), size)
				}
				for _, it := range p.Items {
					got = append(got, it.ID)
				}
				if p.Next == "" || pages > 10 {
					break
				}
				f.Cursor = p.Next
			}
			if strings.Join(got, " ") != strings.Join(wantIDs, " ") {
				t.Errorf("%s, pages of %d:\n got %v\nwant %v", tc.name, size, got, wantIDs)
			}
			if wantPages := (len(wantIDs) + size - 1) / size; size < len(wantIDs) && pages != wantPages {
				t.Errorf("%s, pages of %d: %d pages, want %d", tc.name, size, pages, wantPages)
			}
		}
	}
	if p, err := s.Queue(ctx, claims.QueueFilter{}); err != nil || len(p.Items) != 7 || p.Next != "" {
		t.Errorf("default limit: %d items next %q, %v", len(p.Items), p.Next, err)
	}
}

func testClusterAndAlerts(t *testing.T, s Store) {
	ctx := t.Context()
	first := Article(t, "https://a.example/1", "First", DeskClaim{Text: "Unemployment is at 3 million, he said.", Conf: 0.8, Fingerprint: "fp-unemp"})
	other := Article(t, "https://a.example/2", "Unrelated", DeskClaim{Text: "Exports rose by 4% last year.", Conf: 0.6, Fingerprint: "fp-exp"})
	save(t, s, first)
	save(t, s, other)
	id := first.Claims[0].ID
	// A repeat before any verdict raises nothing.
	early := Article(t, "https://b.example/1", "Early repeat", DeskClaim{Text: "Unemployment is at 3 million, she repeated.", Conf: 0.7, Fingerprint: "fp-unemp"})
	save(t, s, early)
	if n, _ := s.UnseenAlerts(ctx); n != 0 {
		t.Fatalf("%d alerts before any verdict", n)
	}
	v0, err := s.VerdictsVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range []claims.Change{{Action: claims.ActStart}, {Action: claims.ActVerdict, Verdict: claims.VerdictFalse}} {
		if _, err := s.Apply(ctx, rita, id, ch); err != nil {
			t.Fatal(err)
		}
	}
	v1, err := s.VerdictsVersion(ctx)
	if err != nil || v1 == v0 {
		t.Errorf("VerdictsVersion %q before a verdict, %q after (%v): want a change", v0, v1, err)
	}
	if again, _ := s.VerdictsVersion(ctx); again != v1 {
		t.Errorf("VerdictsVersion %q then %q with no change", v1, again)
	}
	// A claim of the same article with the same fingerprint is no repeat.
	repeat := Article(t, "https://c.example/9", "Repeat", DeskClaim{Text: "Yet again: unemployment is at 3 million.", Conf: 0.5, Fingerprint: "fp-unemp"},
		DeskClaim{Text: "Exports rose by 4% again.", Conf: 0.5, Fingerprint: "fp-exp"}, DeskClaim{Text: "No fingerprint here.", Conf: 0.5})
	save(t, s, repeat)
	cl, err := s.Cluster(ctx, id, 10)
	if err != nil || len(cl) != 2 || cl[0].ArticleTitle != "Repeat" || cl[1].ArticleTitle != "Early repeat" {
		t.Fatalf("cluster %+v, %v", cl, err)
	}
	if one, _ := s.Cluster(ctx, id, 1); len(one) != 1 || one[0].ArticleTitle != "Repeat" {
		t.Errorf("cluster limit 1: %+v", one)
	}
	back, _ := s.Cluster(ctx, repeat.Claims[0].ID, 10)
	if len(back) != 2 || back[1].Review.Verdict != claims.VerdictFalse || back[1].ID != id {
		t.Errorf("cluster of the repeat should show the earlier verdict: %+v", back)
	}
	for _, lone := range []string{repeat.Claims[2].ID, "nope"} {
		if cl, err := s.Cluster(ctx, lone, 10); err != nil || cl == nil || len(cl) != 0 {
			t.Errorf("cluster of %s: %+v, %v; want empty", lone, cl, err)
		}
	}
	cs, err := s.Claims(ctx, claims.ClaimFilter{Fingerprint: "fp-unemp"})
	if err != nil || len(cs) != 3 || cs[0].ArticleID != repeat.Article.ID {
		t.Errorf("claims of the cluster: %d, %v; want 3, the newest first", len(cs), err)
	}
	al, err := s.PendingAlerts(ctx, 10)
	if err != nil || len(al) != 1 {
		t.Fatalf("pending alerts %+v, %v", al, err)
	}
	a := al[0]
	if a.ClaimID != repeat.Claims[0].ID || a.PriorClaimID != id || a.Verdict != claims.VerdictFalse || a.Fingerprint != "fp-unemp" ||
		a.ArticleID != repeat.Article.ID || a.Text != repeat.Claims[0].Text || a.At.IsZero() || a.Seen || a.Similarity != 1 {
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
	// A cluster judged twice: the next repeat names the latest verdict.
	exp, expAgain := other.Claims[0].ID, repeat.Claims[1].ID
	for _, j := range []struct {
		id string
		v  claims.Verdict
	}{{exp, claims.VerdictTrue}, {expAgain, claims.VerdictHalfTrue}} {
		for _, ch := range []claims.Change{{Action: claims.ActStart}, {Action: claims.ActVerdict, Verdict: j.v}} {
			if _, err := s.Apply(ctx, rita, j.id, ch); err != nil {
				t.Fatal(err)
			}
		}
	}
	third := Article(t, "https://d.example/3", "Third", DeskClaim{Text: "Exports rose by 4%, a third time.", Conf: 0.5, Fingerprint: "fp-exp"})
	save(t, s, third)
	all, err := s.Alerts(ctx, 10)
	if err != nil || len(all) != 2 || all[0].ClaimID != third.Claims[0].ID || all[0].PriorClaimID != expAgain || all[0].Verdict != claims.VerdictHalfTrue || all[1].ID != a.ID {
		t.Fatalf("alerts newest first: %+v, %v", all, err)
	}
	if err := s.MarkAlertsSeen(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.UnseenAlerts(ctx); n != 1 {
		t.Errorf("unseen %d after marking the first seen, want 1", n)
	}
	if all, _ := s.Alerts(ctx, 1); len(all) != 1 || all[0].Seen {
		t.Errorf("alerts limit 1: %+v", all)
	}
	if err := s.MarkAlertsSeen(ctx, all[0].ID); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.UnseenAlerts(ctx); n != 0 {
		t.Errorf("unseen %d after marking all", n)
	}
	// Saving the same article again raises nothing new.
	save(t, s, repeat)
	if all, _ := s.Alerts(ctx, 10); len(all) != 2 {
		t.Errorf("alerts %d after a resave", len(all))
	}

	// A repeat in other words, found outside the store, is raised once per
	// claim, and never over an alert the claim has already.
	para := Article(t, "https://e.example/5", "Other words", DeskClaim{Text: "Three million are out of work, the figures show.", Conf: 0.6, Fingerprint: "fp-other"})
	save(t, s, para)
	words := claims.Alert{ClaimID: para.Claims[0].ID, Fingerprint: "fp-other", PriorClaimID: id, Verdict: claims.VerdictFalse, Similarity: 0.62}
	for i, want := range []bool{true, false} {
		if raised, err := s.RaiseAlert(ctx, words); err != nil || raised != want {
			t.Fatalf("RaiseAlert #%d: raised %v, %v; want %v", i+1, raised, err, want)
		}
	}
	if raised, err := s.RaiseAlert(ctx, claims.Alert{ClaimID: third.Claims[0].ID, PriorClaimID: id, Verdict: claims.VerdictFalse, Similarity: 0.5}); err != nil || raised {
		t.Errorf("RaiseAlert over the claim's fingerprint alert: raised %v, %v", raised, err)
	}
	if _, err := s.RaiseAlert(ctx, claims.Alert{ClaimID: "nope", PriorClaimID: id, Verdict: claims.VerdictFalse, Similarity: 0.5}); claims.ErrorKind(err) != claims.NotFound {
		t.Errorf("RaiseAlert on no claim: %v, want NotFound", err)
	}
	pend, err := s.PendingAlerts(ctx, 10)
	if err != nil || len(pend) != 2 {
		t.Fatalf("pending after RaiseAlert: %+v, %v", pend, err)
	}
	if w := pend[1]; w.ClaimID != words.ClaimID || w.ArticleID != para.Article.ID || w.PriorClaimID != id || w.Verdict != claims.VerdictFalse ||
		w.Similarity != 0.62 || w.Fingerprint != "fp-other" || w.Text != para.Claims[0].Text || w.At.IsZero() || w.Seen {
		t.Errorf("raised alert %+v", w)
	}
	if n, _ := s.UnseenAlerts(ctx); n != 1 {
		t.Errorf("unseen %d after RaiseAlert, want 1", n)
	}
}

func testUsersTokensSessions(t *testing.T, s Store) {
	ctx := t.Context()
	admin, err := s.AddUser(ctx, "ada", "a long passphrase", claims.RoleAdmin)
	if err != nil || admin.ID == 0 || admin.CreatedAt.IsZero() || admin.Role != claims.RoleAdmin {
		t.Fatalf("add user: %+v, %v", admin, err)
	}
	if _, err := s.AddUser(ctx, "ada", "another passphrase", claims.RoleViewer); claims.ErrorKind(err) != claims.Conflict {
		t.Errorf("duplicate user: %v", err)
	}
	for _, bad := range []struct{ name, pw, role string }{{"", "a long passphrase", "viewer"}, {"a b", "a long passphrase", "viewer"},
		{"x", "short", "viewer"}, {"x", "a long passphrase", "god"}, {"<x>", "a long passphrase", "viewer"}, {strings.Repeat("n", 65), "a long passphrase", "viewer"}} {
		if _, err := s.AddUser(ctx, bad.name, bad.pw, claims.Role(bad.role)); claims.ErrorKind(err) != claims.Invalid {
			t.Errorf("AddUser%v: %v", bad, err)
		}
	}
	for _, u := range []struct {
		name string
		role claims.Role
	}{{"vera", claims.RoleViewer}, {"Zed", claims.RoleEditor}} {
		if _, err := s.AddUser(ctx, u.name, u.name+" passphrase", u.role); err != nil {
			t.Fatal(err)
		}
	}
	us, _ := s.Users(ctx)
	var names []string
	for _, u := range us {
		names = append(names, u.Name+":"+string(u.Role))
	}
	if got := strings.Join(names, " "); got != "Zed:editor ada:admin vera:viewer" { // byte order
		t.Errorf("users %s", got)
	}
	if u, err := s.Login(ctx, "ada", "a long passphrase"); err != nil || u.ID != admin.ID || u.Role != claims.RoleAdmin {
		t.Errorf("login %+v %v", u, err)
	}
	for _, bad := range [][2]string{{"ada", "a long passphrasE"}, {"nobody", "a long passphrase"}, {"ADA", "a long passphrase"}, {"ada", ""}} {
		if _, err := s.Login(ctx, bad[0], bad[1]); claims.ErrorKind(err) != claims.Unauthorized {
			t.Errorf("login %v: %v", bad, err)
		}
	}
	secret, tok, err := s.CreateToken(ctx, "ada", "ci", claims.RoleReviewer)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(secret, "cpt_") || tok.ID == 0 || tok.User != "ada" || tok.UserID != admin.ID || tok.Name != "ci" || tok.Role != claims.RoleReviewer {
		t.Errorf("token %q %+v", secret, tok)
	}
	p, err := s.TokenPrincipal(ctx, secret)
	if err != nil || p.Name != "ada" || p.UserID != admin.ID || p.Role != claims.RoleReviewer || p.CSRF != "" {
		t.Errorf("token principal %+v %v", p, err)
	}
	if _, err := s.TokenPrincipal(ctx, secret+"x"); claims.ErrorKind(err) != claims.Unauthorized {
		t.Errorf("unknown token: %v", err)
	}
	_, own, err := s.CreateToken(ctx, "vera", "", "")
	if err != nil || own.Role != claims.RoleViewer {
		t.Errorf("token with the user's own role: %+v %v", own, err)
	}
	if _, _, err := s.CreateToken(ctx, "vera", "", claims.RoleAdmin); claims.ErrorKind(err) != claims.Forbidden {
		t.Errorf("viewer with an admin token: %v", err)
	}
	if _, _, err := s.CreateToken(ctx, "nobody", "", claims.RoleViewer); claims.ErrorKind(err) != claims.NotFound {
		t.Errorf("token of an unknown user: %v", err)
	}
	if _, _, err := s.CreateToken(ctx, "ada", "", "god"); claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("token with an unknown role: %v", err)
	}
	if err := s.RevokeToken(ctx, tok.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.TokenPrincipal(ctx, secret); claims.ErrorKind(err) != claims.Unauthorized {
		t.Errorf("revoked token still works: %v", err)
	}
	if err := s.RevokeToken(ctx, tok.ID); err != nil {
		t.Errorf("revoking twice: %v", err)
	}
	if err := s.RevokeToken(ctx, 999999); claims.ErrorKind(err) != claims.NotFound {
		t.Errorf("revoke unknown: %v", err)
	}
	ts, _ := s.Tokens(ctx, "ada")
	if len(ts) != 1 || ts[0].RevokedAt.IsZero() || ts[0].ID != tok.ID || ts[0].User != "ada" {
		t.Errorf("tokens of ada %+v", ts)
	}
	if ts, _ := s.Tokens(ctx, ""); len(ts) != 2 || ts[0].ID != tok.ID || !ts[1].RevokedAt.IsZero() {
		t.Errorf("everyone's tokens %+v", ts)
	}
	if ts, err := s.Tokens(ctx, "nobody"); err != nil || ts == nil || len(ts) != 0 {
		t.Errorf("tokens of nobody: %+v %v", ts, err)
	}
	sess, sp, err := s.CreateSession(ctx, admin.ID, time.Hour)
	if err != nil || sp.Name != "ada" || sp.Role != claims.RoleAdmin || sp.CSRF == "" || !strings.HasPrefix(sess, "cps_") {
		t.Fatalf("session %q %+v %v", sess, sp, err)
	}
	if p, err := s.SessionPrincipal(ctx, sess); err != nil || p.CSRF != sp.CSRF || p.UserID != admin.ID {
		t.Errorf("session principal %+v %v", p, err)
	}
	other, op, err := s.CreateSession(ctx, admin.ID, time.Hour)
	if err != nil || other == sess || op.CSRF == sp.CSRF {
		t.Errorf("a second session must have its own secrets: %v", err)
	}
	if err := s.EndSession(ctx, sess); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SessionPrincipal(ctx, sess); claims.ErrorKind(err) != claims.Unauthorized {
		t.Errorf("ended session: %v", err)
	}
	if _, err := s.SessionPrincipal(ctx, other); err != nil {
		t.Errorf("ending one session ended another: %v", err)
	}
	expired, _, _ := s.CreateSession(ctx, admin.ID, -time.Second)
	if _, err := s.SessionPrincipal(ctx, expired); claims.ErrorKind(err) != claims.Unauthorized {
		t.Errorf("expired session: %v", err)
	}
	if err := s.EndSession(ctx, "cps_unknown"); err != nil {
		t.Errorf("ending an unknown session: %v", err)
	}
}

// testDeskRowsOnEverySave: every stored claim gets its review row and is in
// the queue, however it was saved; a failed save leaves none behind.
func testDeskRowsOnEverySave(t *testing.T, s Store) {
	ctx := t.Context()
	a := Article(t, "https://a.example/s", "Saved", DeskClaim{Text: "Saved plainly for 5 dollars.", Conf: 0.4, Fingerprint: "fp-s"})
	b := Article(t, "https://b.example/s", "Submitted", DeskClaim{Text: "Saved with its submission.", Conf: 0.6})
	save(t, s, a)
	if _, err := s.RecordSubmission(ctx, &claims.Submission{ID: "sub", URL: b.Article.URL}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveSubmissionResult(ctx, "sub", b); err != nil {
		t.Fatal(err)
	}
	bad := Article(t, "https://c.example/s", "Broken", DeskClaim{Text: "Never stored.", Conf: 0.9})
	bad.Claims[0].End++
	if _, err := s.SaveResult(ctx, bad); claims.ErrorKind(err) != claims.Invalid {
		t.Fatalf("invalid save: %v", err)
	}
	p, err := s.Queue(ctx, claims.QueueFilter{})
	if err != nil || strings.Join(queueIDs(p), " ") != "Saved Saved" || p.Items[0].ID != b.Claims[0].ID {
		t.Fatalf("queue after saves: %v, %v", queueIDs(p), err)
	}
	for _, c := range []claims.Claim{a.Claims[0], b.Claims[0]} {
		if rv, err := s.Review(ctx, c.ID); err != nil || rv.Status != claims.StatusNew {
			t.Errorf("review of %s: %+v, %v", c.ID, rv, err)
		}
	}
	if p, _ := s.Queue(ctx, claims.QueueFilter{Query: "submission"}); len(p.Items) != 1 {
		t.Errorf("the submitted claim is not searchable: %d", len(p.Items))
	}
}

// A cancelled context is Transient, whatever the store.
func testCancelledContext(t *testing.T, s Store) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := s.Queue(ctx, claims.QueueFilter{}); claims.ErrorKind(err) != claims.Transient {
		t.Errorf("queue with a cancelled context: %v (kind %s), want transient", err, claims.ErrorKind(err))
	}
}
