package desk

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

// TestDeskOverHTTP works a claim through a real HTTP server and a client
// with a cookie jar, as a browser or script would, over each store: log in
// with the form, page through the queue, start and judge a claim, add a
// note, export, log out.
func TestDeskOverHTTP(t *testing.T) { onEachStore(t, testDeskOverHTTP) }

func testDeskOverHTTP(t *testing.T, newDesk deskMaker) {
	d := newDesk(t, WithOrganization(Organization{Name: "Example Fact Check", URL: "https://factcheck.example"}))
	judged := saveArticle(t, d.st, "https://a.example/1", "Roads", "The city spent $5 million on roads.", "fp-roads", 0.9)
	other := saveArticle(t, d.st, "https://b.example/2", "Parks", "The city spent $2 million on parks.", "fp-parks", 0.4)
	srv := httptest.NewServer(d)
	defer srv.Close()
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	csrf := ""
	send := func(method, path, contentType, body string, withCSRF bool) (*http.Response, []byte) {
		t.Helper()
		req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		if withCSRF {
			req.Header.Set(csrfHeader, csrf)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	api := func(method, path, body string, want int, out any) http.Header {
		t.Helper()
		ct := ""
		if body != "" {
			ct = "application/json"
		}
		resp, b := send(method, path, ct, body, method != "GET")
		if resp.StatusCode != want {
			t.Fatalf("%s %s: %d %s, want %d", method, path, resp.StatusCode, b, want)
		}
		if out != nil {
			if err := json.Unmarshal(b, out); err != nil {
				t.Fatalf("%s %s: %v in %s", method, path, err, b)
			}
		}
		return resp.Header
	}

	// Nothing without a login; the queue page sends the browser to log in.
	api("GET", "/api/queue", "", http.StatusUnauthorized, nil)
	if resp, _ := send("GET", "/", "", "", false); resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/login") {
		t.Fatalf("queue page without a login: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	// The login form, with its own token.
	_, page := send("GET", "/login?next=/", "", "", false)
	m := hiddenCSRF.FindSubmatch(page)
	if m == nil {
		t.Fatalf("login form without a token: %s", page)
	}
	form := url.Values{"csrf": {string(m[1])}, "name": {"reviewer"}, "password": {"reviewer password"}, "next": {"/"}}
	bad := url.Values{"csrf": {string(m[1])}, "name": {"reviewer"}, "password": {"not the password"}, "next": {"/"}}
	if resp, _ := send("POST", "/login", "application/x-www-form-urlencoded", bad.Encode(), false); resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("wrong password: %d", resp.StatusCode)
	}
	_, page = send("GET", "/login?next=/", "", "", false)
	form.Set("csrf", string(hiddenCSRF.FindSubmatch(page)[1]))
	if resp, b := send("POST", "/login", "application/x-www-form-urlencoded", form.Encode(), false); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/" {
		t.Fatalf("login: %d %s", resp.StatusCode, b)
	}
	resp, page := send("GET", "/", "", "", false)
	if m = hiddenCSRF.FindSubmatch(page); resp.StatusCode != 200 || m == nil {
		t.Fatalf("queue page after login: %d", resp.StatusCode)
	}
	csrf = string(m[1])
	var me claims.Principal
	api("GET", "/api/me", "", 200, &me)
	if me.Name != "reviewer" || me.Role != claims.RoleReviewer {
		t.Errorf("me = %+v", me)
	}

	// The queue, a page at a time, with ETags.
	var p1, p2 claims.QueuePage
	h := api("GET", "/api/queue?limit=1", "", 200, &p1)
	if len(p1.Items) != 1 || p1.Items[0].ID != judged.ID || p1.Next == "" {
		t.Fatalf("first page %+v", p1)
	}
	api("GET", "/api/queue?limit=1&cursor="+url.QueryEscape(p1.Next), "", 200, &p2)
	if len(p2.Items) != 1 || p2.Items[0].ID != other.ID || p2.Next != "" {
		t.Fatalf("second page %+v", p2)
	}
	req, _ := http.NewRequest("GET", srv.URL+"/api/queue?limit=1", nil)
	req.Header.Set("If-None-Match", h.Get("ETag"))
	if resp, err := client.Do(req); err != nil || resp.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: %v %v", resp.StatusCode, err)
	} else {
		resp.Body.Close()
	}

	// Start and judge the claim; a write without the session's token is refused.
	base := "/api/claims/" + judged.ID
	if resp, _ := send("POST", base+"/actions", "application/json", `{"action":"start"}`, false); resp.StatusCode != http.StatusForbidden {
		t.Errorf("write without the CSRF token: %d", resp.StatusCode)
	}
	var rv claims.Review
	api("POST", base+"/actions", `{"action":"start"}`, 200, &rv)
	if rv.Status != claims.StatusInReview || rv.Assignee != "reviewer" {
		t.Errorf("after start %+v", rv)
	}
	api("POST", base+"/actions", `{"action":"verdict","verdict":"mostly_false","note":"Audited: $4.1m","sources":["https://audit.example/2024"]}`, 200, &rv)
	if rv.Status != claims.StatusVerdict || rv.Verdict != claims.VerdictMostlyFalse || len(rv.Sources) != 1 {
		t.Errorf("after verdict %+v", rv)
	}
	api("POST", base+"/actions", `{"action":"reopen"}`, http.StatusForbidden, nil) // editors only
	var notes []claims.Note
	api("POST", base+"/notes", `{"text":"Checked the audit twice."}`, http.StatusCreated, nil)
	api("GET", base+"/notes", "", 200, &notes)
	if len(notes) != 2 || notes[0].Text != "Audited: $4.1m" || notes[1].Text != "Checked the audit twice." || notes[1].Author != "reviewer" {
		t.Errorf("notes %+v", notes)
	}
	var hist []claims.Event
	api("GET", base+"/history", "", 200, &hist)
	if len(hist) != 7 {
		t.Errorf("history of %d entries: %+v", len(hist), hist)
	}
	var verdicts claims.QueuePage
	api("GET", "/api/queue?status=verdict", "", 200, &verdicts)
	if len(verdicts.Items) != 1 || verdicts.Items[0].ID != judged.ID || verdicts.Items[0].Review.Verdict != claims.VerdictMostlyFalse {
		t.Errorf("verdict filter %+v", verdicts.Items)
	}

	// Exports: ClaimReview of the judged claim, CSV and JSONL of any view.
	var crs []map[string]any
	api("GET", "/api/export?format=claimreview", "", 200, &crs)
	if len(crs) != 1 || crs[0]["@type"] != "ClaimReview" || crs[0]["claimReviewed"] != judged.Text {
		t.Fatalf("ClaimReview export %+v", crs)
	}
	if rating, _ := crs[0]["reviewRating"].(map[string]any); rating["ratingValue"] != float64(2) || rating["alternateName"] != "Mostly false" {
		t.Errorf("rating %+v", crs[0]["reviewRating"])
	}
	resp, body := send("GET", "/api/export?format=csv", "", "", false)
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if resp.StatusCode != 200 || err != nil || len(rows) != 3 || rows[0][0] != "claim_id" || rows[1][0] != judged.ID || rows[1][2] != "mostly_false" {
		t.Errorf("CSV export: %d %v %q", resp.StatusCode, err, rows)
	}
	resp, body = send("GET", "/api/export?format=jsonl&status=new", "", "", false)
	if lines := strings.Split(strings.TrimSpace(string(body)), "\n"); resp.StatusCode != 200 || len(lines) != 1 || !strings.Contains(lines[0], other.ID) {
		t.Errorf("JSONL export of the new claims: %d %q", resp.StatusCode, lines)
	}

	// Log out: the session ends in the store, not only in the browser.
	u, _ := url.Parse(srv.URL + "/")
	session := ""
	for _, c := range jar.Cookies(u) {
		if c.Name == sessionCookie {
			session = c.Value
		}
	}
	if _, err := d.st.SessionPrincipal(t.Context(), session); err != nil {
		t.Fatalf("the session before logout: %v", err)
	}
	logout := url.Values{"csrf": {csrf}}
	if resp, _ := send("POST", "/logout", "application/x-www-form-urlencoded", logout.Encode(), false); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("logout: %d", resp.StatusCode)
	}
	api("GET", "/api/queue", "", http.StatusUnauthorized, nil)
	if _, err := d.st.SessionPrincipal(t.Context(), session); claims.ErrorKind(err) != claims.Unauthorized {
		t.Errorf("the session after logout: %v", err)
	}
}
