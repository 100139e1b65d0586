package desk

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

// concrete fills a route pattern's wildcards.
func concrete(path, claimID string) string {
	path = strings.ReplaceAll(path, "{$}", "")
	if strings.HasPrefix(path, "/api/tokens/") {
		return strings.ReplaceAll(path, "{id}", "1")
	}
	return strings.ReplaceAll(path, "{id}", claimID)
}

func TestNoCredentialsNoAccess(t *testing.T) { onEachStore(t, testNoCredentialsNoAccess) }

func testNoCredentialsNoAccess(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	r := saveHostile(t, d.st)
	routes := d.Routes()
	if len(routes) < 30 {
		t.Fatalf("only %d routes", len(routes))
	}
	for _, rt := range routes {
		path := concrete(rt.Path, r.Claims[0].ID)
		w := d.do(rt.Method, path, "", `{}`)
		switch {
		case rt.Role == "":
			if w.Code == http.StatusUnauthorized {
				t.Errorf("%s %s: open route answered 401", rt.Method, path)
			}
		case rt.API:
			var p problem
			if w.Code != http.StatusUnauthorized || !strings.HasPrefix(w.Header().Get("Content-Type"), "application/problem+json") ||
				json.Unmarshal(w.Body.Bytes(), &p) != nil || p.Status != 401 {
				t.Errorf("%s %s without credentials: %d %q %s", rt.Method, path, w.Code, w.Header().Get("Content-Type"), w.Body)
			}
		case rt.Method == "GET":
			if w.Code != http.StatusSeeOther || !strings.HasPrefix(w.Header().Get("Location"), "/login?next=") {
				t.Errorf("page %s without login: %d %q, want a redirect to /login", path, w.Code, w.Header().Get("Location"))
			}
		default:
			if w.Code != http.StatusUnauthorized {
				t.Errorf("form %s %s without login: %d", rt.Method, path, w.Code)
			}
		}
		if strings.Contains(w.Body.String(), "paid") {
			t.Errorf("%s %s leaked article text without credentials", rt.Method, path)
		}
	}
	if w := d.do("GET", "/healthz", "", ""); w.Code != 200 {
		t.Errorf("healthz %d", w.Code)
	}
	// A wrong or malformed token is refused the same way.
	for _, h := range []string{"Bearer cpt_nope", "Basic YWRtaW46YWRtaW4=", "Bearer "} {
		req := httptest.NewRequest("GET", "/api/claims", nil)
		req.Header.Set("Authorization", h)
		w := httptest.NewRecorder()
		d.ServeHTTP(w, req)
		if w.Code != http.StatusUnauthorized {
			t.Errorf("Authorization %q: %d", h, w.Code)
		}
	}
}

func TestViewerCannotChangeAnything(t *testing.T) { onEachStore(t, testViewerCannotChangeAnything) }

func testViewerCannotChangeAnything(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	r := saveHostile(t, d.st)
	id := r.Claims[0].ID
	n := 0
	for _, rt := range d.Routes() {
		if rt.Method == "GET" || rt.Role == "" || rt.Path == "/logout" {
			continue
		}
		n++
		w := d.do(rt.Method, concrete(rt.Path, id), claims.RoleViewer, `{"action":"start","text":"x","name":"x","password":"long enough pw","role":"admin","user":"viewer"}`)
		if w.Code != http.StatusForbidden {
			t.Errorf("viewer %s %s: %d %s, want 403", rt.Method, rt.Path, w.Code, w.Body)
		}
	}
	if n < 8 {
		t.Errorf("only %d writing routes checked", n)
	}
	if rv, _ := d.st.Review(t.Context(), id); rv.Status != claims.StatusNew {
		t.Errorf("a viewer changed the claim: %+v", rv)
	}
	if h, _ := d.st.History(t.Context(), id); len(h) != 0 {
		t.Errorf("a viewer left history: %+v", h)
	}
	// Reviewers work claims but do not manage users.
	if w := d.do("POST", "/api/users", claims.RoleReviewer, `{"name":"x","password":"long enough pw","role":"admin"}`); w.Code != 403 {
		t.Errorf("reviewer adding a user: %d", w.Code)
	}
	if w := d.do("POST", "/api/claims/"+id+"/actions", claims.RoleReviewer, `{"action":"start"}`); w.Code != 200 {
		t.Errorf("reviewer start: %d %s", w.Code, w.Body)
	}
}

func TestTokensRevocable(t *testing.T) { onEachStore(t, testTokensRevocable) }

func testTokensRevocable(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	w := d.do("POST", "/api/tokens", claims.RoleAdmin, `{"user":"reviewer","name":"bot","role":"reviewer"}`)
	if w.Code != 201 {
		t.Fatalf("create token: %d %s", w.Code, w.Body)
	}
	var tok struct {
		ID     int64  `json:"id"`
		Secret string `json:"secret"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &tok); err != nil || tok.Secret == "" {
		t.Fatalf("token %s: %v", w.Body, err)
	}
	get := func() int {
		req := httptest.NewRequest("GET", "/api/me", nil)
		req.Header.Set("Authorization", "Bearer "+tok.Secret)
		rw := httptest.NewRecorder()
		d.ServeHTTP(rw, req)
		return rw.Code
	}
	if c := get(); c != 200 {
		t.Fatalf("fresh token: %d", c)
	}
	if w := d.do("DELETE", "/api/tokens/"+jsonNum(tok.ID), claims.RoleAdmin, ""); w.Code != 204 {
		t.Fatalf("revoke: %d %s", w.Code, w.Body)
	}
	if c := get(); c != 401 {
		t.Errorf("revoked token: %d, want 401", c)
	}
	if w := d.do("GET", "/api/tokens?user=reviewer", claims.RoleAdmin, ""); !strings.Contains(w.Body.String(), `"revoked_at"`) {
		t.Errorf("token list does not show the revocation: %s", w.Body)
	}
}

func jsonNum(n int64) string { b, _ := json.Marshal(n); return string(b) }

// browser is a minimal cookie-keeping client over the handler.
type formClient struct {
	t       *testing.T
	h       http.Handler
	cookies map[string]*http.Cookie
}

func (b *formClient) req(method, path string, form url.Values) *httptest.ResponseRecorder {
	var req *http.Request
	if form != nil {
		req = httptest.NewRequest(method, path, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	} else {
		req = httptest.NewRequest(method, path, nil)
	}
	for _, c := range b.cookies {
		req.AddCookie(c)
	}
	w := httptest.NewRecorder()
	b.h.ServeHTTP(w, req)
	for _, c := range w.Result().Cookies() {
		if c.MaxAge < 0 {
			delete(b.cookies, c.Name)
		} else {
			b.cookies[c.Name] = c
		}
	}
	return w
}

var hiddenCSRF = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// login logs in through the form and returns the session's CSRF token.
func login(t *testing.T, h http.Handler, name, pw string) (*formClient, string) {
	t.Helper()
	b := &formClient{t: t, h: h, cookies: map[string]*http.Cookie{}}
	w := b.req("GET", "/login?next=/", nil)
	m := hiddenCSRF.FindStringSubmatch(w.Body.String())
	if m == nil {
		t.Fatalf("login form without a token: %s", w.Body)
	}
	w = b.req("POST", "/login", url.Values{"csrf": {m[1]}, "name": {name}, "password": {pw}, "next": {"/"}})
	if w.Code != http.StatusSeeOther || w.Header().Get("Location") != "/" {
		t.Fatalf("login: %d %s", w.Code, w.Body)
	}
	c := b.cookies[sessionCookie]
	if c == nil || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode {
		t.Fatalf("session cookie %+v: want HttpOnly, SameSite=Lax", c)
	}
	w = b.req("GET", "/", nil)
	m = hiddenCSRF.FindStringSubmatch(w.Body.String())
	if w.Code != 200 || m == nil {
		t.Fatalf("queue after login: %d", w.Code)
	}
	return b, m[1]
}

func TestSessionsAndCSRF(t *testing.T) { onEachStore(t, testSessionsAndCSRF) }

func testSessionsAndCSRF(t *testing.T, newDesk deskMaker) {
	d := newDesk(t)
	r := saveHostile(t, d.st)
	id := r.Claims[0].ID
	b, csrf := login(t, d, "reviewer", "reviewer password")
	// A forged form (another site posting with the victim's cookie) lacks the token.
	for _, forged := range []url.Values{{"action": {"start"}}, {"action": {"start"}, "csrf": {"guess"}}} {
		if w := b.req("POST", "/claims/"+id+"/act", forged); w.Code != http.StatusForbidden {
			t.Errorf("forged form %v: %d, want 403", forged, w.Code)
		}
	}
	if rv, _ := d.st.Review(t.Context(), id); rv.Status != claims.StatusNew {
		t.Fatalf("a forged form changed the claim: %+v", rv)
	}
	if w := b.req("POST", "/claims/"+id+"/act", url.Values{"action": {"start"}, "csrf": {csrf}}); w.Code != http.StatusSeeOther {
		t.Fatalf("real form: %d %s", w.Code, w.Body)
	}
	if rv, _ := d.st.Review(t.Context(), id); rv.Status != claims.StatusInReview || rv.Assignee != "reviewer" {
		t.Errorf("after start %+v", rv)
	}
	// The JSON API with a cookie also needs the token, in a header.
	req := httptest.NewRequest("POST", "/api/claims/"+id+"/notes", strings.NewReader(`{"text":"x"}`))
	req.AddCookie(b.cookies[sessionCookie])
	w := httptest.NewRecorder()
	d.ServeHTTP(w, req)
	if w.Code != http.StatusForbidden {
		t.Errorf("cookie API write without X-CSRF-Token: %d", w.Code)
	}
	req = httptest.NewRequest("POST", "/api/claims/"+id+"/notes", strings.NewReader(`{"text":"x"}`))
	req.AddCookie(b.cookies[sessionCookie])
	req.Header.Set(csrfHeader, csrf)
	w = httptest.NewRecorder()
	d.ServeHTTP(w, req)
	if w.Code != http.StatusCreated {
		t.Errorf("cookie API write with the token: %d %s", w.Code, w.Body)
	}
	// A login form posted without its own token is refused too.
	nb := &formClient{t: t, h: d, cookies: map[string]*http.Cookie{}}
	if w := nb.req("POST", "/login", url.Values{"name": {"admin"}, "password": {"admin password"}}); w.Code != http.StatusForbidden || nb.cookies[sessionCookie] != nil {
		t.Errorf("login without its form token: %d", w.Code)
	}
	if w := nb.req("GET", "/login", nil); w.Code != 200 {
		t.Fatal(w.Code)
	}
	m := hiddenCSRF.FindStringSubmatch(nb.req("GET", "/login", nil).Body.String())
	if w := nb.req("POST", "/login", url.Values{"csrf": {m[1]}, "name": {"admin"}, "password": {"wrong password"}}); w.Code != http.StatusUnauthorized {
		t.Errorf("wrong password: %d", w.Code)
	}
	// Open redirects are not followed after login.
	for in, want := range map[string]string{"//evil.example/": "/", "https://evil.example": "/", "/claims/x": "/claims/x", `/\evil`: "/"} {
		if got := safeNext(in); got != want {
			t.Errorf("safeNext(%q) = %q", in, got)
		}
	}
	// Logging out ends the session.
	if w := b.req("POST", "/logout", url.Values{"csrf": {csrf}}); w.Code != http.StatusSeeOther {
		t.Errorf("logout %d", w.Code)
	}
	if w := b.req("GET", "/", nil); w.Code != http.StatusSeeOther {
		t.Errorf("after logout the queue answers %d", w.Code)
	}
}

// TestUnauthorizedSaysHowToGoOn: a 401 from the API names its scheme
// (WWW-Authenticate), and a form posted after the session ended says so and
// links to the login, back to the page the form was on.
func TestUnauthorizedSaysHowToGoOn(t *testing.T) {
	d := newDesk(t)
	id := saveHostile(t, d.st).Claims[0].ID
	tests := []struct {
		name, method, path, ctype, body, cookie string
		wantHeader, wantBody                    string
	}{
		{"API read, no credentials", "GET", "/api/queue", "", "", "", "Bearer", "log in or send an API token"},
		{"API write, ended session", "POST", "/api/claims/" + id + "/actions", "application/json", `{"action":"start"}`, "ended", "Bearer", "log in or send an API token"},
		{"form, ended session", "POST", "/claims/" + id + "/act", "application/x-www-form-urlencoded", "action=start&csrf=x", "ended", "",
			`session has expired`},
		{"form, no session", "POST", "/claims/" + id + "/act", "application/x-www-form-urlencoded", "action=start", "", "",
			`href="/login?next=%2Fclaims%2F` + id + `"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.path, strings.NewReader(tt.body))
			if tt.ctype != "" {
				req.Header.Set("Content-Type", tt.ctype)
			}
			if tt.cookie != "" {
				req.AddCookie(&http.Cookie{Name: sessionCookie, Value: tt.cookie})
			}
			req.Header.Set("Referer", "http://"+req.Host+"/claims/"+id)
			w := httptest.NewRecorder()
			d.ServeHTTP(w, req)
			if w.Code != http.StatusUnauthorized {
				t.Fatalf("%d, want 401", w.Code)
			}
			if got := w.Header().Get("WWW-Authenticate"); !strings.HasPrefix(got, tt.wantHeader) || (tt.wantHeader == "") != (got == "") {
				t.Errorf("WWW-Authenticate %q, want %q", got, tt.wantHeader)
			}
			if !strings.Contains(w.Body.String(), tt.wantBody) {
				t.Errorf("body does not say %s:\n%s", tt.wantBody, w.Body)
			}
		})
	}
}

func TestSecureCookieOverTLS(t *testing.T) {
	d := newDesk(t)
	req := httptest.NewRequest("GET", "https://desk.example/login", nil)
	w := httptest.NewRecorder()
	d.ServeHTTP(w, req)
	for _, c := range w.Result().Cookies() {
		if !c.Secure || !c.HttpOnly {
			t.Errorf("cookie %s over TLS: Secure %v HttpOnly %v", c.Name, c.Secure, c.HttpOnly)
		}
	}
}

// Without logins (loopback only) a write from another site is still refused.
func TestNoAuthRefusesCrossSiteWrites(t *testing.T) {
	d := newDesk(t, WithoutAuth())
	r := saveHostile(t, d.st)
	path := "/api/claims/" + r.Claims[0].ID + "/actions"
	for _, tt := range []struct {
		origin, site string
		want         int
	}{
		{"http://evil.example", "", 403},
		{"", "cross-site", 403},
		{"http://example.com", "same-origin", 200}, // httptest's host
		{"", "", 200},                              // curl, the CLI
	} {
		req := httptest.NewRequest("POST", path, strings.NewReader(`{"action":"note","note":"x"}`))
		if tt.origin != "" {
			req.Header.Set("Origin", tt.origin)
		}
		if tt.site != "" {
			req.Header.Set("Sec-Fetch-Site", tt.site)
		}
		w := httptest.NewRecorder()
		d.ServeHTTP(w, req)
		if w.Code != tt.want {
			t.Errorf("origin %q site %q: %d, want %d (%s)", tt.origin, tt.site, w.Code, tt.want, w.Body)
		}
	}
	if w := d.do("GET", "/api/queue", "", ""); w.Code != 200 {
		t.Errorf("no-auth read: %d", w.Code)
	}
}
