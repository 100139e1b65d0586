package desk

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

// saveArticle stores an article whose one claim is its whole text, with a
// money mention when the text has a $ amount, and returns the claim.
func saveArticle(t *testing.T, st claims.Store, url, title, text, fingerprint string, conf float64) claims.Claim {
	t.Helper()
	id := claims.ArticleID(text)
	var ms []claims.Mention
	if i := strings.Index(text, "$"); i >= 0 {
		j := strings.IndexByte(text[i:], ' ')
		if k := strings.Index(text[i:], " million"); k > 0 {
			j = k + len(" million")
		}
		ms = append(ms, claims.Mention{Start: i, End: i + j, Type: claims.TypeMoney, Text: text[i : i+j], Value: "USD 1"})
	}
	c := claims.Claim{ID: claims.ClaimID(id, 0, len(text)), ArticleID: id, Start: 0, End: len(text), Text: text,
		Confidence: conf, Kind: claims.KindQuantity, Mentions: ms, Fingerprint: fingerprint, Source: "the mayor"}
	r := &claims.Result{Article: claims.Article{ID: id, URL: url, Title: title, Published: "2024-05-01", Text: text}, Mentions: ms, Claims: []claims.Claim{c}}
	if _, err := st.SaveResult(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	return c
}

func decode[T any](t *testing.T, w *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		t.Fatalf("decode %s: %v", w.Body, err)
	}
	return v
}

func TestWorkflowAPI(t *testing.T) { onEachStore(t, testWorkflowAPI) }

func testWorkflowAPI(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	c := saveArticle(t, d.st, "https://a.example/1", "Roads", "The city spent $5 million on roads.", "fp-roads", 0.9)
	base := "/api/claims/" + c.ID
	steps := []struct {
		role   claims.Role
		body   string
		status int
	}{
		{claims.RoleReviewer, `{"action":"assign","assignee":"me"}`, 200},
		{claims.RoleReviewer, `{"action":"verdict","verdict":"false"}`, 409},
		{claims.RoleReviewer, `{"action":"start"}`, 200},
		{claims.RoleEditor, `{"action":"assign","assignee":"reviewer"}`, 200},
		{claims.RoleReviewer, `{"action":"verdict","verdict":"pants_on_fire"}`, 400},
		{claims.RoleReviewer, `{"action":"verdict","verdict":"mostly_false","note":"Audited: $4.1m","sources":["https://audit.example/2024"]}`, 200},
		{claims.RoleReviewer, `{"action":"reopen"}`, 403},
		{claims.RoleReviewer, `not json`, 400},
	}
	for i, st := range steps {
		w := d.do("POST", base+"/actions", st.role, st.body)
		if w.Code != st.status {
			t.Fatalf("step %d %s: %d %s, want %d", i, st.body, w.Code, w.Body, st.status)
		}
		if w.Code >= 400 && !strings.HasPrefix(w.Header().Get("Content-Type"), "application/problem+json") {
			t.Errorf("step %d: error not problem+json", i)
		}
	}
	rv := decode[claims.Review](t, d.do("GET", base+"/review", claims.RoleViewer, ""))
	if rv.Status != claims.StatusVerdict || rv.Verdict != claims.VerdictMostlyFalse || rv.Assignee != "reviewer" || len(rv.Sources) != 1 {
		t.Errorf("review %+v", rv)
	}
	if w := d.do("POST", base+"/notes", claims.RoleEditor, `{"text":"Second look agrees."}`); w.Code != 201 {
		t.Errorf("note: %d %s", w.Code, w.Body)
	}
	notes := decode[[]claims.Note](t, d.do("GET", base+"/notes", claims.RoleViewer, ""))
	if len(notes) != 2 || notes[1].Author != "editor" {
		t.Errorf("notes %+v", notes)
	}
	// The editor's later note makes them the last to change the claim, not
	// the one who gave its verdict.
	rv = decode[claims.Review](t, d.do("GET", base+"/review", claims.RoleViewer, ""))
	if rv.VerdictBy != "reviewer" || rv.UpdatedBy != "editor" {
		t.Errorf("after the editor's note: verdict_by %q, updated_by %q; want reviewer, editor", rv.VerdictBy, rv.UpdatedBy)
	}
	hist := decode[[]claims.Event](t, d.do("GET", base+"/history", claims.RoleViewer, ""))
	var fields []string
	for _, e := range hist {
		fields = append(fields, e.Who+":"+e.Field)
	}
	// The editor's assignment to the current assignee changed nothing and left no entry.
	want := "reviewer:assignee reviewer:status reviewer:status reviewer:verdict reviewer:sources reviewer:note editor:note"
	if got := strings.Join(fields, " "); got != want {
		t.Errorf("history %s\nwant    %s", got, want)
	}
	for _, p := range []string{"/api/claims/nope/review", "/api/claims/nope/history", "/api/claims/nope/notes", "/api/claims/nope/cluster"} {
		if w := d.do("GET", p, claims.RoleViewer, ""); w.Code != 404 {
			t.Errorf("GET %s: %d", p, w.Code)
		}
	}
	// The same claim elsewhere shows up in the cluster with the verdict.
	rep := saveArticle(t, d.st, "https://b.example/2", "Roads again", "Again: the city spent $5 million on roads.", "fp-roads", 0.8)
	cl := decode[[]claims.QueueItem](t, d.do("GET", "/api/claims/"+rep.ID+"/cluster", claims.RoleViewer, ""))
	if len(cl) != 1 || cl[0].ID != c.ID || cl[0].Review.Verdict != claims.VerdictMostlyFalse {
		t.Errorf("cluster %+v", cl)
	}
	page := d.do("GET", "/claims/"+rep.ID, claims.RoleViewer, "").Body.String()
	for _, want := range []string{"Judged before", "Mostly false", "Roads</a>", "” by reviewer</p>"} {
		if !strings.Contains(page, want) {
			t.Errorf("claim page of the repeat lacks %q", want)
		}
	}
	al := decode[struct {
		Unseen int
		Alerts []claims.Alert
	}](t, d.do("GET", "/api/alerts", claims.RoleViewer, ""))
	if al.Unseen != 1 || len(al.Alerts) != 1 || al.Alerts[0].PriorClaimID != c.ID {
		t.Errorf("alerts %+v", al)
	}
	if !strings.Contains(d.do("GET", "/", claims.RoleViewer, "").Body.String(), `<b class="badge">1</b>`) {
		t.Error("no alert badge on the queue page")
	}
	if w := d.do("POST", "/api/alerts/seen", claims.RoleReviewer, fmt.Sprintf(`{"up_to":%d}`, al.Alerts[0].ID)); w.Code != 204 {
		t.Errorf("alerts seen: %d", w.Code)
	}
	if strings.Contains(d.do("GET", "/", claims.RoleViewer, "").Body.String(), `class="badge"`) {
		t.Error("badge after marking seen")
	}
}

func TestQueueAPIPagesAndETags(t *testing.T) { onEachStore(t, testQueueAPIPagesAndETags) }

func testQueueAPIPagesAndETags(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	for i := range 7 {
		saveArticle(t, d.st, fmt.Sprintf("https://n.example/%d", i), fmt.Sprintf("Story %d", i),
			fmt.Sprintf("Claim %d: the agency spent $%d million.", i, i+1), "", float64(i+1)/10)
	}
	var got []float64
	next := ""
	for range 10 {
		w := d.do("GET", "/api/queue?limit=3&cursor="+next, claims.RoleViewer, "")
		if w.Code != 200 {
			t.Fatalf("queue: %d %s", w.Code, w.Body)
		}
		p := decode[claims.QueuePage](t, w)
		for _, it := range p.Items {
			got = append(got, it.Confidence)
		}
		if next = p.Next; next == "" {
			break
		}
	}
	if len(got) != 7 || !sort.SliceIsSorted(got, func(i, j int) bool { return got[i] > got[j] }) {
		t.Errorf("paged confidences %v", got)
	}
	if w := d.do("GET", "/api/queue?cursor=bogus", claims.RoleViewer, ""); w.Code != 400 {
		t.Errorf("bogus cursor: %d", w.Code)
	}
	if w := d.do("GET", "/api/queue?status=maybe", claims.RoleViewer, ""); w.Code != 400 {
		t.Errorf("bad status: %d", w.Code)
	}
	// ETag on reads: the same body gets 304, a change a new tag.
	for _, path := range []string{"/api/queue", "/api/claims", "/api/openapi.json", "/api/export?format=jsonl"} {
		w := d.do("GET", path, claims.RoleViewer, "")
		tag := w.Header().Get("ETag")
		if tag == "" {
			t.Errorf("GET %s: no ETag", path)
			continue
		}
		req := httptest.NewRequest("GET", path, nil)
		req.Header.Set("Authorization", "Bearer "+d.tokens[claims.RoleViewer])
		req.Header.Set("If-None-Match", tag)
		rw := httptest.NewRecorder()
		d.ServeHTTP(rw, req)
		if rw.Code != http.StatusNotModified || rw.Body.Len() != 0 {
			t.Errorf("GET %s If-None-Match: %d", path, rw.Code)
		}
	}
	before := d.do("GET", "/api/queue", claims.RoleViewer, "").Header().Get("ETag")
	first := decode[claims.QueuePage](t, d.do("GET", "/api/queue?limit=1", claims.RoleViewer, "")).Items[0]
	d.do("POST", "/api/claims/"+first.ID+"/actions", claims.RoleReviewer, `{"action":"start"}`)
	if after := d.do("GET", "/api/queue", claims.RoleViewer, "").Header().Get("ETag"); after == before {
		t.Error("ETag unchanged after a change")
	}
}

// TestAssignToUnknownUser: assigning a claim to a user the desk does not
// have is invalid input (400, naming the user) and changes nothing; the
// claim stays open to reviewers.
func TestAssignToUnknownUser(t *testing.T) { onEachStore(t, testAssignToUnknownUser) }

func testAssignToUnknownUser(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	c := saveArticle(t, d.st, "https://a.example/1", "Roads", "The city spent $5 million on roads.", "fp", 0.9)
	tests := []struct {
		assignee string
		status   int
	}{
		{"ghost", 400},
		{"Reviewer", 400}, // names are case-sensitive
		{"viewer", 400},   // a viewer cannot work it
		{"editor", 200},
		{"ghost", 400},
		{"", 200},
	}
	assignee := ""
	for _, tt := range tests {
		w := d.do("POST", "/api/claims/"+c.ID+"/actions", claims.RoleEditor, `{"action":"assign","assignee":"`+tt.assignee+`"}`)
		if w.Code != tt.status {
			t.Errorf("assign to %q: %d %s, want %d", tt.assignee, w.Code, w.Body, tt.status)
		}
		if w.Code == 200 {
			assignee = tt.assignee
		} else if p := decode[problem](t, w); !strings.Contains(p.Detail, `"`+tt.assignee+`"`) && !strings.Contains(p.Detail, " "+tt.assignee+":") {
			t.Errorf("assign to %q: %q does not name the user", tt.assignee, p.Detail)
		}
		if rv := decode[claims.Review](t, d.do("GET", "/api/claims/"+c.ID+"/review", claims.RoleViewer, "")); rv.Assignee != assignee {
			t.Errorf("after assigning to %q the assignee is %q, want %q", tt.assignee, rv.Assignee, assignee)
		}
	}
	// A field the request does not take is refused, named: "to" is not
	// "assignee", and must not pass as unassigning the claim.
	if w := d.do("POST", "/api/claims/"+c.ID+"/actions", claims.RoleEditor, `{"action":"assign","to":"me"}`); w.Code != 400 ||
		!strings.Contains(decode[problem](t, w).Detail, `"to"`) {
		t.Errorf(`assign with "to": %d %s, want 400 naming the field`, w.Code, w.Body)
	}
	// It also says which fields the request takes: a note's is "text",
	// where an action's is "note".
	if w := d.do("POST", "/api/claims/"+c.ID+"/notes", claims.RoleEditor, `{"note":"x"}`); w.Code != 400 ||
		!strings.Contains(decode[problem](t, w).Detail, `"note", which this request does not take; it takes "text"`) {
		t.Errorf(`note with "note": %d %s, want 400 naming the field and "text"`, w.Code, w.Body)
	}
	if rv := decode[claims.Review](t, d.do("GET", "/api/claims/"+c.ID+"/review", claims.RoleViewer, "")); rv.Assignee != assignee {
		t.Errorf(`after the refused "to": assignee %q, want %q`, rv.Assignee, assignee)
	}
	// The form on the claim page is refused the same way.
	req := httptest.NewRequest("POST", "/claims/"+c.ID+"/act", strings.NewReader(url.Values{"action": {"assign"}, "assignee": {"ghost"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Authorization", "Bearer "+d.tokens[claims.RoleEditor])
	w := httptest.NewRecorder()
	d.ServeHTTP(w, req)
	if w.Code != 400 || !strings.Contains(w.Body.String(), "ghost") {
		t.Errorf("form assigning to ghost: %d", w.Code)
	}
	// Nobody was stuck with it: a reviewer can still take it.
	if w := d.do("POST", "/api/claims/"+c.ID+"/actions", claims.RoleReviewer, `{"action":"start"}`); w.Code != 200 {
		t.Errorf("reviewer start after the refused assignments: %d %s", w.Code, w.Body)
	}
}

// TestVerdictFormSources: the claim page's sources box takes one URL a
// line, as it says; a line that is no URL is refused, quoted whole.
func TestVerdictFormSources(t *testing.T) { onEachStore(t, testVerdictFormSources) }

func testVerdictFormSources(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	c := saveArticle(t, d.st, "https://a.example/1", "Roads", "The city spent $5 million on roads.", "fp", 0.9)
	form := func(action, sources string) *httptest.ResponseRecorder {
		v := url.Values{"action": {action}}
		if action == "verdict" {
			v.Set("verdict", "false")
			v.Set("sources", sources)
		}
		req := httptest.NewRequest("POST", "/claims/"+c.ID+"/act", strings.NewReader(v.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Authorization", "Bearer "+d.tokens[claims.RoleEditor])
		w := httptest.NewRecorder()
		d.ServeHTTP(w, req)
		return w
	}
	if w := form("start", ""); w.Code != 303 {
		t.Fatalf("start: %d %s", w.Code, w.Body)
	}
	if w := form("verdict", "https://audit.example/1\nnot a url\n"); w.Code != 400 || !strings.Contains(w.Body.String(), "not a url") {
		t.Errorf("a line that is no URL: %d, want 400 quoting the line: %s", w.Code, w.Body)
	}
	if w := form("verdict", " https://audit.example/1 \r\n\r\nhttps://audit.example/2\n"); w.Code != 303 {
		t.Fatalf("two URLs a line each: %d %s", w.Code, w.Body)
	}
	rv := decode[claims.Review](t, d.do("GET", "/api/claims/"+c.ID+"/review", claims.RoleViewer, ""))
	if want := []string{"https://audit.example/1", "https://audit.example/2"}; !slices.Equal(rv.Sources, want) {
		t.Errorf("sources %q, want %q", rv.Sources, want)
	}
}

// TestOpenAPIListsEveryRoute checks the hand-written document against the
// mux: every API route is documented, every documented route is served, and
// an operation is open ("security": []) exactly when its route needs no
// role, and otherwise documents the 401 it answers without credentials.
func TestOpenAPIListsEveryRoute(t *testing.T) {
	d := newDesk(t)
	// The operational routes cmd/claimpipe adds (run.go, worker.go), added
	// here the same way so that their documentation is checked too.
	none := http.HandlerFunc(func(http.ResponseWriter, *http.Request) {})
	d.HandleRole("GET /metrics", claims.RoleViewer, none)
	d.Handle("GET /readyz", none)
	w := d.do("GET", "/api/openapi.json", claims.RoleViewer, "")
	type operation struct {
		Security  *[]json.RawMessage         `json:"security"` // nil: the document's default, credentials
		Responses map[string]json.RawMessage `json:"responses"`
	}
	var doc struct {
		OpenAPI  string                          `json:"openapi"`
		Security []json.RawMessage               `json:"security"`
		Paths    map[string]map[string]operation `json:"paths"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil || !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi.json: %v %q", err, doc.OpenAPI)
	}
	if len(doc.Security) == 0 {
		t.Fatal("openapi.json: no default security: every operation would be open")
	}
	served := map[string]bool{}
	for _, rt := range d.Routes() {
		if !rt.API && rt.Path != "/healthz" {
			continue // pages are not part of the API
		}
		key := strings.ToLower(rt.Method) + " " + rt.Path
		served[key] = true
		op, ok := doc.Paths[rt.Path][strings.ToLower(rt.Method)]
		if !ok {
			t.Errorf("%s %s is served but not in openapi.json", rt.Method, rt.Path)
			continue
		}
		open := op.Security != nil && len(*op.Security) == 0
		if open != (rt.Role == "") {
			t.Errorf("%s %s: openapi.json says open %v; the route needs role %q", rt.Method, rt.Path, open, rt.Role)
		}
		if _, ok := op.Responses["401"]; !open && !ok {
			t.Errorf("%s %s needs credentials but openapi.json lists no 401", rt.Method, rt.Path)
		}
	}
	for p, ops := range doc.Paths {
		for m := range ops {
			if !served[m+" "+p] {
				t.Errorf("openapi.json documents %s %s, which is not served", m, p)
			}
		}
	}
}

// TestOpenAPIListsTheStatusesAnswered: each request that can be refused as
// a conflict is answered 409, and openapi.json says so.
func TestOpenAPIListsTheStatusesAnswered(t *testing.T) {
	d := newDesk(t)
	c := saveArticle(t, d.st, "https://a.example/1", "Roads", "The city spent $5 million on roads.", "fp", 0.9)
	var doc struct {
		Paths map[string]map[string]struct {
			Responses map[string]json.RawMessage `json:"responses"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(d.do("GET", "/api/openapi.json", claims.RoleViewer, "").Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, doc, body string
		role                  claims.Role
		code                  int
	}{
		{"verdict on a new claim", "/api/claims/" + c.ID + "/actions", "/api/claims/{id}/actions", `{"action":"verdict","verdict":"true"}`, claims.RoleReviewer, 409},
		{"a user that exists", "/api/users", "/api/users", `{"name":"reviewer","password":"a long passphrase","role":"viewer"}`, claims.RoleAdmin, 409},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if w := d.do("POST", tt.path, tt.role, tt.body); w.Code != tt.code {
				t.Fatalf("POST %s %s: %d, want %d (%s)", tt.path, tt.body, w.Code, tt.code, w.Body)
			}
			if _, ok := doc.Paths[tt.doc]["post"].Responses[strconv.Itoa(tt.code)]; !ok {
				t.Errorf("openapi.json: POST %s lists no %d", tt.doc, tt.code)
			}
		})
	}
}

// TestActionsAnswerSourcesAsArray: a review's sources are a JSON array, as
// openapi.json says, in the answer to every action (null came back after
// any action but a verdict with sources).
func TestActionsAnswerSourcesAsArray(t *testing.T) {
	d := newDesk(t)
	c := saveArticle(t, d.st, "https://a.example/1", "Roads", "The city spent $5 million on roads.", "fp", 0.9)
	for _, tt := range []struct {
		role claims.Role
		body string
	}{
		{claims.RoleReviewer, `{"action":"assign","assignee":"me"}`},
		{claims.RoleReviewer, `{"action":"start"}`},
		{claims.RoleReviewer, `{"action":"release"}`},
		{claims.RoleReviewer, `{"action":"dismiss","reason":"not_a_claim"}`},
		{claims.RoleEditor, `{"action":"reopen"}`},
		{claims.RoleEditor, `{"action":"verdict","verdict":"true"}`},
	} {
		w := d.do("POST", "/api/claims/"+c.ID+"/actions", tt.role, tt.body)
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", tt.body, w.Code, w.Body)
		}
		var rv map[string]any
		if err := json.Unmarshal(w.Body.Bytes(), &rv); err != nil {
			t.Fatal(err)
		}
		if _, ok := rv["sources"].([]any); !ok {
			t.Errorf("%s: sources %#v, want an array", tt.body, rv["sources"])
		}
	}
}

// TestClaimReviewExport checks every field the ClaimReview field list asks for.
func TestClaimReviewExport(t *testing.T) { onEachStore(t, testClaimReviewExport) }

func testClaimReviewExport(t *testing.T, newDesk deskMaker) {
	d := newDesk(t, WithOrganization(Organization{Name: "Example Fact Check", URL: "https://factcheck.example"}), WithPublicURL("https://desk.example/"))
	c := saveArticle(t, d.st, "https://a.example/1", "Roads", "The city spent $5 million on roads.", "fp", 0.9)
	u := saveArticle(t, d.st, "", "Untitled", "Nobody knows if it cost $2 million.", "fp2", 0.4)
	saveArticle(t, d.st, "https://c.example/3", "Other", "Open claim: $9 million went missing.", "fp3", 0.5)
	for _, ch := range []string{`{"action":"start"}`, `{"action":"verdict","verdict":"mostly_false","note":"It was $4.1m."}`} {
		if w := d.do("POST", "/api/claims/"+c.ID+"/actions", claims.RoleReviewer, ch); w.Code != 200 {
			t.Fatal(w.Body)
		}
	}
	for _, ch := range []string{`{"action":"start"}`, `{"action":"verdict","verdict":"unverifiable"}`} {
		d.do("POST", "/api/claims/"+u.ID+"/actions", claims.RoleReviewer, ch)
	}
	w := d.do("GET", "/api/export?format=claimreview", claims.RoleViewer, "")
	if w.Code != 200 || w.Header().Get("Content-Type") != "application/ld+json" || !strings.Contains(w.Header().Get("Content-Disposition"), "attachment") {
		t.Fatalf("export: %d %q %q", w.Code, w.Header().Get("Content-Type"), w.Header().Get("Content-Disposition"))
	}
	var docs []map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &docs); err != nil {
		t.Fatalf("export is not JSON: %v\n%s", err, w.Body)
	}
	if len(docs) != 2 {
		t.Fatalf("%d ClaimReviews, want the 2 judged claims", len(docs))
	}
	str := func(m map[string]any, path ...string) string {
		var v any = m
		for _, p := range path {
			mm, ok := v.(map[string]any)
			if !ok {
				return ""
			}
			v = mm[p]
		}
		switch x := v.(type) {
		case string:
			return x
		case float64:
			return fmt.Sprint(x)
		}
		return ""
	}
	for _, doc := range docs {
		required := map[string][]string{
			"@context":                        {"@context"},
			"@type":                           {"@type"},
			"url":                             {"url"},
			"claimReviewed":                   {"claimReviewed"},
			"datePublished":                   {"datePublished"},
			"author.@type":                    {"author", "@type"},
			"author.name":                     {"author", "name"},
			"reviewRating.@type":              {"reviewRating", "@type"},
			"reviewRating.alternateName":      {"reviewRating", "alternateName"},
			"itemReviewed.@type":              {"itemReviewed", "@type"},
			"itemReviewed.datePublished":      {"itemReviewed", "datePublished"},
			"itemReviewed.appearance[0].url":  nil,
			"itemReviewed.appearance[0].type": nil,
		}
		for name, path := range required {
			if path != nil && str(doc, path...) == "" {
				t.Errorf("ClaimReview lacks %s: %v", name, doc)
			}
		}
		app, _ := doc["itemReviewed"].(map[string]any)["appearance"].([]any)
		if len(app) != 1 || str(app[0].(map[string]any), "@type") != "CreativeWork" || str(app[0].(map[string]any), "url") == "" {
			t.Errorf("appearance %v", app)
		}
		if str(doc, "@context") != "https://schema.org" || str(doc, "@type") != "ClaimReview" || str(doc, "itemReviewed", "@type") != "Claim" ||
			str(doc, "author", "@type") != "Organization" || str(doc, "author", "name") != "Example Fact Check" {
			t.Errorf("types/author %v", doc)
		}
		if _, err := time.Parse("2006-01-02", str(doc, "datePublished")); err != nil {
			t.Errorf("datePublished %q", str(doc, "datePublished"))
		}
		if !strings.HasPrefix(str(doc, "url"), "https://desk.example/claims/") {
			t.Errorf("url %q", str(doc, "url"))
		}
		switch str(doc, "claimReviewed") {
		case c.Text:
			if str(doc, "reviewRating", "alternateName") != "Mostly false" || str(doc, "reviewRating", "ratingValue") != "2" ||
				str(doc, "reviewRating", "bestRating") != "5" || str(doc, "reviewRating", "worstRating") != "1" ||
				str(app[0].(map[string]any), "url") != "https://a.example/1" || str(doc, "reviewBody") != "It was $4.1m." {
				t.Errorf("mostly false review %v", doc)
			}
		case u.Text:
			if str(doc, "reviewRating", "alternateName") != "Unverifiable" || str(doc, "reviewRating", "ratingValue") != "" {
				t.Errorf("unverifiable review %v", doc)
			}
			if !strings.HasPrefix(str(app[0].(map[string]any), "url"), "https://desk.example/articles/") {
				t.Errorf("an article without a URL appears at its desk page: %v", app)
			}
		default:
			t.Errorf("unexpected claim %q", str(doc, "claimReviewed"))
		}
	}
	// The CSV carries the verdict's own date, author and note beside the
	// last change, which the editor's note after the verdict makes theirs.
	if w := d.do("POST", "/api/claims/"+c.ID+"/notes", claims.RoleEditor, `{"text":"Second look agrees."}`); w.Code != 201 {
		t.Fatalf("note: %d %s", w.Code, w.Body)
	}
	w = d.do("GET", "/api/export?format=csv&status=verdict", claims.RoleViewer, "")
	rows, err := csv.NewReader(bytes.NewReader(w.Body.Bytes())).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("csv of the verdicts: %v %v", rows, err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if at, by := col["verdict_at"], col["verdict_by"]; by != at+1 {
		t.Errorf("csv header %v: want verdict_by right after verdict_at", rows[0])
	}
	for _, r := range rows[1:] {
		at, ok := col["verdict_at"]
		note, ok2 := col["verdict_note"]
		by, ok3 := col["verdict_by"]
		if !ok || !ok2 || !ok3 || !strings.HasPrefix(r[at], time.Now().UTC().Format("2006-")) {
			t.Fatalf("csv header %v, row %v: want verdict_at, verdict_by and verdict_note columns, filled", rows[0], r)
		}
		if want := map[string]string{c.ID: "It was $4.1m.", u.ID: ""}[r[0]]; r[note] != want {
			t.Errorf("claim %s: verdict_note %q, want %q", r[0], r[note], want)
		}
		if want := map[string]string{c.ID: "editor", u.ID: "reviewer"}[r[0]]; r[by] != "reviewer" || r[col["updated_by"]] != want {
			t.Errorf("claim %s: verdict_by %q, updated_by %q; want reviewer, %s", r[0], r[by], r[col["updated_by"]], want)
		}
	}
	// CSV and JSONL of a filtered view.
	w = d.do("GET", "/api/export?format=csv&status=new", claims.RoleViewer, "")
	rows, err = csv.NewReader(bytes.NewReader(w.Body.Bytes())).ReadAll()
	if err != nil || len(rows) != 2 || rows[0][0] != "claim_id" || rows[1][7] != "Open claim: $9 million went missing." {
		t.Errorf("csv %v %v", rows, err)
	}
	w = d.do("GET", "/api/export?format=jsonl&q=roads", claims.RoleViewer, "")
	lines := strings.Split(strings.TrimSpace(w.Body.String()), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], `"mostly_false"`) {
		t.Errorf("jsonl %q", lines)
	}
	if w := d.do("GET", "/api/export?format=xml", claims.RoleViewer, ""); w.Code != 400 {
		t.Errorf("xml export: %d", w.Code)
	}
	if got := csvSafe("=HYPERLINK(\"x\")"); got[0] != '\'' {
		t.Errorf("formula not defused: %q", got)
	}
}

// TestClaimReviewPublishesTheVerdict: a ClaimReview's reviewBody is the
// note given with the verdict and its datePublished the day of the verdict;
// the desk's other notes, before or after it, are never published.
func TestClaimReviewPublishesTheVerdict(t *testing.T) {
	var mu sync.Mutex
	day := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return day }
	on := func(d int) { mu.Lock(); defer mu.Unlock(); day = time.Date(2026, 3, d, 10, 0, 0, 0, time.UTC) }
	type step struct {
		day  int
		role claims.Role
		path string // "actions" or "notes"
		body string
	}
	start := step{1, claims.RoleReviewer, "actions", `{"action":"start"}`}
	tests := []struct {
		name  string
		text  string
		steps []step
		body  string // reviewBody; "" for none
		date  string
	}{
		{"a later note by another user", "The city spent $5 million on roads.", []step{start,
			{1, claims.RoleReviewer, "actions", `{"action":"verdict","verdict":"false","note":"WSJ confirms"}`},
			{3, claims.RoleEditor, "notes", `{"text":"rita was here"}`}}, "WSJ confirms", "2026-03-01"},
		{"notes before the verdict", "The mayor said $2 million went to parks.", []step{start,
			{1, claims.RoleReviewer, "notes", `{"text":"call the mayor's office"}`},
			{2, claims.RoleReviewer, "actions", `{"action":"verdict","verdict":"true","note":"Budget book p. 12"}`}}, "Budget book p. 12", "2026-03-02"},
		{"a verdict without a note, then a note", "Schools got $9 million more.", []step{start,
			{1, claims.RoleReviewer, "actions", `{"action":"verdict","verdict":"half_true"}`},
			{4, claims.RoleReviewer, "notes", `{"text":"internal: ask the editor"}`}}, "", "2026-03-01"},
		{"reopened and judged again", "Bridges cost $7 million each.", []step{start,
			{1, claims.RoleReviewer, "actions", `{"action":"verdict","verdict":"true","note":"first look"}`},
			{2, claims.RoleEditor, "actions", `{"action":"reopen"}`},
			{3, claims.RoleEditor, "actions", `{"action":"verdict","verdict":"mostly_false","note":"second look"}`},
			{5, claims.RoleEditor, "notes", `{"text":"why the change"}`}}, "second look", "2026-03-03"},
	}
	onEachStoreAt(t, clock, func(t *testing.T, d *testDesk) {
		ids := map[string]string{} // claim text -> test name
		for _, tt := range tests {
			c := saveArticle(t, d.st, "https://a.example/"+tt.name, tt.name, tt.text, "fp "+tt.name, 0.5)
			ids[c.Text] = tt.name
			for _, st := range tt.steps {
				on(st.day)
				if w := d.do("POST", "/api/claims/"+c.ID+"/"+st.path, st.role, st.body); w.Code >= 300 {
					t.Fatalf("%s: %s: %d %s", tt.name, st.body, w.Code, w.Body)
				}
			}
		}
		var docs []ClaimReview
		if err := json.Unmarshal(d.do("GET", "/api/export?format=claimreview", claims.RoleViewer, "").Body.Bytes(), &docs); err != nil {
			t.Fatal(err)
		}
		got := map[string]ClaimReview{}
		for _, doc := range docs {
			got[ids[doc.ClaimReviewed]] = doc
		}
		for _, tt := range tests {
			doc, ok := got[tt.name]
			if !ok {
				t.Errorf("%s: not exported", tt.name)
				continue
			}
			if doc.ReviewBody != tt.body || doc.DatePublished != tt.date {
				t.Errorf("%s: reviewBody %q, datePublished %s; want %q, %s", tt.name, doc.ReviewBody, doc.DatePublished, tt.body, tt.date)
			}
		}
	})
}

// TestAlertFiresWithinTwoSeconds: a verdict, then an article repeating the
// claim arrives through the store stage's path (SaveResult): the dispatcher
// publishes the alert to its sinks, the webhook signed, within 2 s.
func TestAlertFiresWithinTwoSeconds(t *testing.T) { onEachStore(t, testAlertFiresWithinTwoSeconds) }

func testAlertFiresWithinTwoSeconds(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	c := saveArticle(t, d.st, "https://a.example/1", "Roads", "The city spent $5 million on roads.", "fp-roads", 0.9)
	for _, ch := range []string{`{"action":"start"}`, `{"action":"verdict","verdict":"false"}`} {
		d.do("POST", "/api/claims/"+c.ID+"/actions", claims.RoleReviewer, ch)
	}
	secret := []byte("hook secret")
	var mu sync.Mutex
	got := make(chan claims.Alert, 4)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		var buf bytes.Buffer
		buf.ReadFrom(r.Body)
		if !VerifySignature(secret, buf.Bytes(), r.Header.Get(SignatureHeader)) {
			t.Errorf("bad signature %q", r.Header.Get(SignatureHeader))
			w.WriteHeader(400)
			return
		}
		var a claims.Alert
		json.Unmarshal(buf.Bytes(), &a)
		got <- a
	}))
	defer hook.Close()
	mem := &memorySink{}
	disp := &Dispatcher{Store: d.st, Sinks: []AlertSink{mem, &Webhook{URL: hook.URL, Secret: secret}}, Interval: 50 * time.Millisecond}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go disp.Run(ctx)

	start := time.Now()
	rep := saveArticle(t, d.st, "https://b.example/2", "Roads again", "Again, the city spent $5 million on roads.", "fp-roads", 0.7)
	select {
	case a := <-got:
		took := time.Since(start)
		t.Logf("alert delivered %v after the repeat was stored", took)
		if a.ClaimID != rep.ID || a.PriorClaimID != c.ID || a.Verdict != claims.VerdictFalse {
			t.Errorf("alert %+v", a)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("no alert within 2 s")
	}
	if mem.count() != 1 {
		t.Errorf("memory sink got %d", mem.count())
	}
	for i := 0; ; i++ {
		p, _ := d.st.PendingAlerts(ctx, 10)
		if len(p) == 0 {
			break
		}
		if i == 50 {
			t.Fatal("delivered alert still pending")
		}
		time.Sleep(20 * time.Millisecond)
	}
	// A signature over another body does not verify.
	if VerifySignature(secret, []byte(`{"x":1}`), Sign(secret, []byte(`{"x":2}`))) {
		t.Error("signature verified another body")
	}
}

type memorySink struct {
	mu sync.Mutex
	as []claims.Alert
}

func (m *memorySink) SendAlert(_ context.Context, a claims.Alert) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.as = append(m.as, a)
	return nil
}

func (m *memorySink) count() int { m.mu.Lock(); defer m.mu.Unlock(); return len(m.as) }

// A sink that fails keeps the alert pending for the next round.
func TestAlertRetriedWhenSinkFails(t *testing.T) { onEachStore(t, testAlertRetriedWhenSinkFails) }

func testAlertRetriedWhenSinkFails(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	c := saveArticle(t, d.st, "https://a.example/1", "Roads", "The city spent $5 million on roads.", "fp", 0.9)
	for _, ch := range []string{`{"action":"start"}`, `{"action":"verdict","verdict":"true"}`} {
		d.do("POST", "/api/claims/"+c.ID+"/actions", claims.RoleReviewer, ch)
	}
	saveArticle(t, d.st, "https://b.example/2", "Again", "Again the city spent $5 million on roads.", "fp", 0.9)
	down := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(503) }))
	defer down.Close()
	disp := &Dispatcher{Store: d.st, Sinks: []AlertSink{&Webhook{URL: down.URL, Secret: []byte("s")}}}
	if n, err := disp.Deliver(t.Context()); err == nil || n != 0 {
		t.Errorf("delivered %d, err %v", n, err)
	}
	if p, _ := d.st.PendingAlerts(t.Context(), 10); len(p) != 1 {
		t.Errorf("pending %d after a failed delivery", len(p))
	}
}

// The claim page offers each role only what it may do.
func TestClaimPageActionsByRole(t *testing.T) { onEachStore(t, testClaimPageActionsByRole) }

func testClaimPageActionsByRole(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	c := saveArticle(t, d.st, "https://a.example/1", "Roads", "The city spent $5 million on roads.", "fp", 0.9)
	page := func(role claims.Role) string { return d.do("GET", "/claims/"+c.ID, role, "").Body.String() }
	if p := page(claims.RoleViewer); strings.Contains(p, `/act"`) || !strings.Contains(p, "You can read this claim") {
		t.Error("a viewer is offered actions")
	}
	if p := page(claims.RoleReviewer); !strings.Contains(p, `id="f-start"`) || strings.Contains(p, `value="reopen"`) {
		t.Error("a reviewer should be offered start, not reopen")
	}
	for _, ch := range []string{`{"action":"start"}`, `{"action":"verdict","verdict":"true"}`} {
		d.do("POST", "/api/claims/"+c.ID+"/actions", claims.RoleReviewer, ch)
	}
	if p := page(claims.RoleReviewer); strings.Contains(p, `value="reopen"`) || strings.Contains(p, `id="f-verdict"`) {
		t.Error("a reviewer is offered reopen or a second verdict")
	}
	if p := page(claims.RoleEditor); !strings.Contains(p, `value="reopen"`) {
		t.Error("an editor is not offered reopen")
	}
}

func TestJudgedInOtherWords(t *testing.T) { onEachStore(t, testJudgedInOtherWords) }

// testJudgedInOtherWords: a claim's page lists the judged claims outside its
// cluster that say about the same, with their verdicts, most alike first;
// not unjudged ones, not unrelated ones, not the claim's own cluster.
func testJudgedInOtherWords(t *testing.T, newDesk deskMaker) {
	d := newDesk(t, WithTerms(wordTerms))
	judge := func(c claims.Claim, verdict string) {
		t.Helper()
		for _, ch := range []string{`{"action":"start"}`, `{"action":"verdict","verdict":"` + verdict + `"}`} {
			if w := d.do("POST", "/api/claims/"+c.ID+"/actions", claims.RoleReviewer, ch); w.Code != 200 {
				t.Fatalf("%s on %s: %d %s", ch, c.ID, w.Code, w.Body)
			}
		}
	}
	near := saveArticle(t, d.st, "https://a.example/1", "Road budget", "The city spent $5 million on roads last year.", "fp-a", 0.9)
	nearer := saveArticle(t, d.st, "https://a.example/2", "Roads audit", "The city spent $5 million on its roads last year, the audit says.", "fp-b", 0.7)
	unrelated := saveArticle(t, d.st, "https://a.example/3", "Schools", "The mayor hired 40 new teachers.", "fp-c", 0.8)
	saveArticle(t, d.st, "https://a.example/4", "Roads again", "The city spent $5 million on roads, officials say.", "fp-d", 0.6)
	judge(near, "false")
	judge(nearer, "mostly_false")
	judge(unrelated, "true")
	c := saveArticle(t, d.st, "https://b.example/1", "Council", "Last year the city spent $5 million on roads.", "fp-e", 0.5)
	sameCluster := saveArticle(t, d.st, "https://b.example/2", "Council again", "Last year the city spent $5 million on roads!", "fp-e", 0.5)
	judge(sameCluster, "false")

	page := d.do("GET", "/claims/"+c.ID, claims.RoleViewer, "").Body.String()
	i := strings.Index(page, "Judged before, in other words")
	if i < 0 {
		t.Fatalf("claim page lacks the judged-in-other-words section:\n%s", page)
	}
	section := page[i:]
	section = section[:strings.Index(section, "</section>")]
	a, b := strings.Index(section, "Road budget"), strings.Index(section, "Roads audit")
	if a < 0 || b < 0 || a > b {
		t.Errorf("want Road budget (more alike) then Roads audit in:\n%s", section)
	}
	for _, want := range []string{"False", "Mostly false", "(2)"} {
		if !strings.Contains(section, want) {
			t.Errorf("section lacks %q:\n%s", want, section)
		}
	}
	for _, not := range []string{"Schools", "Roads again", "Council again"} {
		if strings.Contains(section, not) {
			t.Errorf("section lists %q:\n%s", not, section)
		}
	}
	// Without a similarity the desk shows no such section.
	w := httptest.NewRecorder()
	New(d.st, nil, nil, WithoutAuth()).ServeHTTP(w, httptest.NewRequest("GET", "/claims/"+c.ID, nil))
	if w.Code != 200 || strings.Contains(w.Body.String(), "in other words") {
		t.Error("section shown without WithTerms")
	}
}

// TestJudgedBeforeIsTheLatestVerdict: a claim page's "Judged before" is the
// cluster's latest verdict, whatever notes came after: with a verdict on
// one copy, a later verdict on another and then a note on the first, it
// showed the first, whose review the note had touched last.
func TestJudgedBeforeIsTheLatestVerdict(t *testing.T) {
	onEachStore(t, testJudgedBeforeIsTheLatestVerdict)
}

func testJudgedBeforeIsTheLatestVerdict(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	first := saveArticle(t, d.st, "https://a.example/1", "Roads", "The city spent $5 million on roads.", "fp-roads", 0.9)
	second := saveArticle(t, d.st, "https://b.example/2", "Roads, again", "Again: the city spent $5 million on roads.", "fp-roads", 0.8)
	repeat := saveArticle(t, d.st, "https://c.example/3", "Roads, third", "Once more: the city spent $5 million on roads.", "fp-roads", 0.7)
	judge := func(c claims.Claim, verdict string) {
		t.Helper()
		for _, body := range []string{`{"action":"start"}`, `{"action":"verdict","verdict":"` + verdict + `"}`} {
			if w := d.do("POST", "/api/claims/"+c.ID+"/actions", claims.RoleReviewer, body); w.Code != 200 {
				t.Fatalf("%s on %s: %d %s", body, c.Text, w.Code, w.Body)
			}
		}
		time.Sleep(5 * time.Millisecond) // the verdicts' times apart
	}
	judge(first, "mostly_false")
	judge(second, "false")
	if w := d.do("POST", "/api/claims/"+first.ID+"/notes", claims.RoleEditor, `{"text":"A late remark."}`); w.Code != 201 {
		t.Fatalf("late note: %d %s", w.Code, w.Body)
	}
	page := d.do("GET", "/claims/"+repeat.ID, claims.RoleViewer, "").Body.String()
	i := strings.Index(page, "Judged before:")
	if i < 0 {
		t.Fatalf("the repeat's page has no Judged before")
	}
	if line := page[i:min(len(page), i+400)]; !strings.Contains(line, "Roads, again") || !strings.Contains(line, "False") {
		t.Errorf("Judged before is not the latest verdict (False, on “Roads, again”): %s", line)
	}
}
