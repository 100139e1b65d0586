package desk

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"lower":   lower,
	"pct":     func(f float64) string { return strconv.Itoa(int(f*100+0.5)) + "%" },
	"label":   func(v claims.Verdict) string { return v.Label() },
	"words":   func(s string) string { return strings.ReplaceAll(s, "_", " ") },
	"when":    func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") },
	"verdict": func(s string) string { return claims.Verdict(s).Label() },
	"host":    hostOf,
	"atleast": func(p *claims.Principal, min string) bool { return p != nil && p.Role.AtLeast(claims.Role(min)) },
	"clip":    func(s string, n int) string { return clip(s, n) },
	"pctw":    func(f float64) int { return int(f*10+0.5) * 10 },
	"foreign": foreign,
}).ParseFS(templateFS, "templates/*.html"))

// Organization is who publishes the desk's fact checks: the author of the
// ClaimReview export.
type Organization struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// Option configures a Server.
type Option func(*Server)

// WithoutAuth serves everything without a login. Only for tests and for one
// person on a loopback address: the caller checks that.
func WithoutAuth() Option { return func(s *Server) { s.noAuth = true } }

// WithOrganization names the publisher of exported fact checks.
func WithOrganization(o Organization) Option { return func(s *Server) { s.org = o } }

// WithPublicURL is the desk's address as readers reach it (https://desk.example),
// used for the url of exported ClaimReviews; empty means the request's host.
func WithPublicURL(u string) Option {
	return func(s *Server) { s.publicURL = strings.TrimRight(u, "/") }
}

// WithSecureCookies marks cookies Secure even when the desk itself serves
// plain HTTP (behind a TLS-terminating proxy).
func WithSecureCookies() Option { return func(s *Server) { s.secureCookies = true } }

// WithTerms lets a claim's page list the claims with a verdict that say the
// same in other words (another fingerprint, so not its cluster), by the
// Jaccard index of what terms gives of each claim. The desk keeps no model
// of its own; cmd passes the claim builder's terms.
func WithTerms(terms func(claims.Claim) []string) Option {
	return func(s *Server) { s.terms = terms }
}

// Server serves the desk. Create it with New.
type Server struct {
	store  claims.Store
	review claims.ReviewStore // nil: no workflow routes
	users  claims.UserStore   // nil: no logins (everything but health refused unless noAuth)
	submit Submitter
	log    *zap.Logger
	mux    *http.ServeMux

	noAuth        bool
	secureCookies bool
	org           Organization
	publicURL     string
	routes        []Route
	terms         func(claims.Claim) []string // nil: no "judged in other words"
	judged        *judgedCache                // set by New from terms and review
}

// Route is one entry of the desk's mux, as the OpenAPI document and the
// authorisation tests see it.
type Route struct {
	Method  string
	Path    string      // ServeMux pattern path, e.g. /api/claims/{id}
	Role    claims.Role // least role needed; "" for open routes
	API     bool        // JSON (401/403 as problem+json) rather than a page
	handler http.HandlerFunc
}

// New returns the desk's HTTP handler over store. submit may be nil: the
// desk then accepts no submissions. When store also implements
// claims.ReviewStore and claims.UserStore (both claims stores do), the
// review workflow is served and every route but /healthz, /login and the
// static assets needs a login or an API token.
func New(store claims.Store, submit Submitter, log *zap.Logger, opts ...Option) *Server {
	if log == nil {
		log = zap.NewNop()
	}
	s := &Server{store: store, submit: submit, log: log, mux: http.NewServeMux(), org: Organization{Name: "claimpipe desk"}}
	s.review, _ = store.(claims.ReviewStore)
	s.users, _ = store.(claims.UserStore)
	for _, o := range opts {
		o(s)
	}
	if s.terms != nil && s.review != nil {
		s.judged = newJudgedCache(s.review, s.terms, judgedScan)
	}
	open, view, work, admin := claims.Role(""), claims.RoleViewer, claims.RoleReviewer, claims.RoleAdmin
	s.route("GET", "/healthz", open, false, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })
	s.route("GET", "/login", open, false, s.pageLogin)
	s.route("POST", "/login", open, false, s.postLogin)
	s.route("POST", "/logout", view, false, s.postLogout)
	s.route("GET", "/static/", open, false, s.static)
	s.route("GET", "/api/openapi.json", view, true, s.apiOpenAPI)
	s.route("GET", "/api/me", view, true, s.apiMe)
	s.route("GET", "/api/articles", view, true, s.apiArticles)
	s.route("GET", "/api/articles/{id}", view, true, s.apiArticle)
	s.route("GET", "/api/claims", view, true, s.apiClaims)
	s.route("GET", "/api/claims/{id}", view, true, s.apiClaim)
	s.route("GET", "/api/deadletters", view, true, s.apiDeadLetters)
	s.route("POST", "/api/submissions", work, true, s.apiSubmit)
	s.route("GET", "/{$}", view, false, s.pageQueue)
	s.route("GET", "/articles", view, false, s.pageIndex)
	s.route("GET", "/articles/{id}", view, false, s.pageArticle)
	if s.review != nil {
		s.route("GET", "/api/queue", view, true, s.apiQueue)
		s.route("GET", "/api/claims/{id}/review", view, true, s.apiReview)
		s.route("POST", "/api/claims/{id}/actions", work, true, s.apiAction)
		s.route("GET", "/api/claims/{id}/notes", view, true, s.apiNotes)
		s.route("POST", "/api/claims/{id}/notes", work, true, s.apiAddNote)
		s.route("GET", "/api/claims/{id}/history", view, true, s.apiHistory)
		s.route("GET", "/api/claims/{id}/cluster", view, true, s.apiCluster)
		s.route("GET", "/api/export", view, true, s.apiExport)
		s.route("GET", "/api/alerts", view, true, s.apiAlerts)
		s.route("POST", "/api/alerts/seen", work, true, s.apiAlertsSeen)
		s.route("GET", "/claims/{id}", view, false, s.pageClaim)
		s.route("POST", "/claims/{id}/act", work, false, s.postAct)
		s.route("GET", "/alerts", view, false, s.pageAlerts)
		s.route("POST", "/alerts/seen", work, false, s.postAlertsSeen)
		s.route("GET", "/export", view, false, s.apiExport)
	}
	if s.users != nil {
		s.route("GET", "/api/users", admin, true, s.apiUsers)
		s.route("POST", "/api/users", admin, true, s.apiAddUser)
		s.route("GET", "/api/tokens", admin, true, s.apiTokens)
		s.route("POST", "/api/tokens", admin, true, s.apiCreateToken)
		s.route("DELETE", "/api/tokens/{id}", admin, true, s.apiRevokeToken)
	}
	return s
}

func (s *Server) route(method, path string, role claims.Role, api bool, h http.HandlerFunc) {
	rt := Route{Method: method, Path: path, Role: role, API: api, handler: h}
	s.routes = append(s.routes, rt)
	s.mux.Handle(method+" "+path, s.guard(rt))
}

// Routes lists every route the desk serves.
func (s *Server) Routes() []Route { return append([]Route(nil), s.routes...) }

// Handle adds an open handler to the desk's mux, for operational routes
// other packages own (/readyz). Like /healthz, probes reach it without
// credentials, so it must carry no claim or article data.
func (s *Server) Handle(pattern string, h http.Handler) { s.HandleRole(pattern, "", h) }

// HandleRole adds a handler other packages own that needs at least role
// (/metrics: Prometheus scrapes it with an API token as bearer).
func (s *Server) HandleRole(pattern string, role claims.Role, h http.Handler) {
	method, path, _ := strings.Cut(pattern, " ")
	rt := Route{Method: method, Path: path, Role: role, API: true, handler: h.ServeHTTP}
	s.routes = append(s.routes, rt)
	s.mux.Handle(pattern, s.guard(rt))
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "same-origin")
	w.Header().Set("X-Frame-Options", "DENY")
	s.mux.ServeHTTP(w, r)
}

func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	sub, _ := fs.Sub(staticFS, "static")
	w.Header().Set("Cache-Control", "public, max-age=300")
	http.StripPrefix("/static/", http.FileServerFS(sub)).ServeHTTP(w, r)
}

// writeJSON answers a read with JSON and a strong ETag over the body; a
// request whose If-None-Match names it gets 304 Not Modified.
func writeJSON(w http.ResponseWriter, r *http.Request, v any) {
	writeJSONCode(w, r, http.StatusOK, v)
}

// writeJSONCode answers with JSON and a status other than 200 (no ETag).
func writeJSONCode(w http.ResponseWriter, r *http.Request, code int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
	if code == http.StatusOK {
		writeBody(w, r, "application/json", buf.Bytes())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_, _ = w.Write(buf.Bytes())
}

func writeBody(w http.ResponseWriter, r *http.Request, ctype string, body []byte) {
	w.Header().Set("Content-Type", ctype)
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		sum := sha256.Sum256(body)
		etag := `"` + hex.EncodeToString(sum[:12]) + `"`
		w.Header().Set("ETag", etag)
		w.Header().Set("Cache-Control", "private, no-cache")
		if matchETag(r.Header.Get("If-None-Match"), etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	_, _ = w.Write(body)
}

func matchETag(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}

func limit(r *http.Request) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return 100, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 1000 {
		return 0, claims.Errorf(claims.Invalid, "limit %q: want a whole number from 1 to 1000", v)
	}
	return n, nil
}

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	n, err := limit(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, err := s.store.Articles(r.Context(), claims.ArticleFilter{Limit: n, Cursor: r.URL.Query().Get("cursor")})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if page.Next != "" {
		// The body stays a plain array, as before paging; the next page
		// is named where RFC 8288 puts it.
		next := url.Values{"cursor": {page.Next}, "limit": {strconv.Itoa(n)}}
		w.Header().Set("Link", "</api/articles?"+next.Encode()+`>; rel="next"`)
	}
	writeJSON(w, r, page.Items)
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, a)
}

// onlyParams refuses a query parameter the request does not take, naming
// it and those it does: a filter silently ignored answers a question that
// was not asked. hint, if not empty, ends the message.
func onlyParams(r *http.Request, hint string, takes ...string) error {
	for k := range r.URL.Query() {
		if !slices.Contains(takes, k) {
			msg := fmt.Sprintf("query parameter %q: this request takes %s", k, strings.Join(takes, ", "))
			if hint != "" {
				msg += "; " + hint
			}
			return claims.Errorf(claims.Invalid, "%s", msg)
		}
	}
	return nil
}

func (s *Server) apiClaims(w http.ResponseWriter, r *http.Request) {
	if err := onlyParams(r, "filter by status, kind, entity or date with /api/queue", "article", "fingerprint", "limit"); err != nil {
		s.fail(w, r, err)
		return
	}
	n, err := limit(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	cs, err := s.store.Claims(r.Context(), claims.ClaimFilter{ArticleID: r.URL.Query().Get("article"),
		Fingerprint: r.URL.Query().Get("fingerprint"), Limit: n})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if cs == nil {
		cs = []claims.Claim{}
	}
	writeJSON(w, r, cs)
}

func (s *Server) apiClaim(w http.ResponseWriter, r *http.Request) {
	c, err := s.store.Claim(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, c)
}

func (s *Server) apiDeadLetters(w http.ResponseWriter, r *http.Request) {
	if err := onlyParams(r, "", "limit"); err != nil {
		s.fail(w, r, err)
		return
	}
	n, err := limit(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ds, err := s.store.DeadLetters(r.Context(), n)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := make([]deadLetterRow, len(ds))
	for i, d := range ds {
		out[i].StoredSince = claims.StoredSince(r.Context(), s.store, d)
		d.Data = nil
		out[i].DeadLetter = d
	}
	writeJSON(w, r, out)
}

// deadLetterRow is a dead letter as /api/deadletters lists it.
type deadLetterRow struct {
	claims.DeadLetter
	// StoredSince: a later submission of the same input reached the
	// store (the site fixed, the file ingested again); nothing to replay.
	StoredSince bool `json:"stored_since,omitempty"`
}

// foreign reports whether an article's declared language (its page's
// metadata, as "fr" or "pt-BR") is not English: claimpipe makes no claims of
// a text that is not English, and the desk says why a page has none.
func foreign(lang string) bool {
	return lang != "" && !strings.EqualFold(lang, "en") && !strings.HasPrefix(strings.ToLower(lang), "en-")
}

type articleRow struct {
	claims.Article
	Claims []claims.Claim
}

// articlesPerPage is the length of a page of /articles: each article is
// listed with all its claims, so a page of 50 stays in the low hundreds of
// kilobytes where 200 made a megabyte.
const articlesPerPage = 50

type indexPage struct {
	Rows    []articleRow
	Older   bool   // not the first page
	NextURL string // the page of older articles; "" on the last
}

// pageIndex lists the articles, newest stored first, a page at a time: the
// cursor parameter, from the "Older articles" link, is where a page starts.
func (s *Server) pageIndex(w http.ResponseWriter, r *http.Request) {
	cursor := r.URL.Query().Get("cursor")
	page, err := s.store.Articles(r.Context(), claims.ArticleFilter{Limit: articlesPerPage, Cursor: cursor})
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	data := indexPage{Rows: make([]articleRow, 0, len(page.Items)), Older: cursor != ""}
	for _, a := range page.Items {
		cs, err := s.store.Claims(r.Context(), claims.ClaimFilter{ArticleID: a.ID, Limit: 1000})
		if err != nil {
			s.failPage(w, r, err)
			return
		}
		data.Rows = append(data.Rows, articleRow{Article: a, Claims: cs})
	}
	if page.Next != "" {
		data.NextURL = "/articles?" + url.Values{"cursor": {page.Next}}.Encode()
	}
	s.render(w, r, "index.html", "Articles", data)
}

type articlePage struct {
	Article claims.Article
	Claims  []claims.Claim
	Pieces  []Piece
	Focus   string
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	cs, err := s.store.Claims(r.Context(), claims.ClaimFilter{ArticleID: a.ID, Limit: 1000})
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	ms, err := s.store.Mentions(r.Context(), a.ID)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	s.render(w, r, "article.html", a.Title, articlePage{Article: *a, Claims: cs, Pieces: Highlight(a.Text, cs, ms), Focus: r.URL.Query().Get("claim")})
}

// frame is what every page's layout needs besides its own data.
type frame struct {
	Title  string
	User   *claims.Principal
	CSRF   string
	Alerts int
	Skip   *skipLink // the page's first link, past what a keyboard would tab through
	Page   any
}

// skipLink leads a keyboard user past the header and much of a page to the
// part of it they came for: the element of that ID.
type skipLink struct{ ID, Text string }

// skipper is a page that has a skip link.
type skipper interface{ skipLink() skipLink }

func (s *Server) render(w http.ResponseWriter, r *http.Request, name, title string, data any) {
	s.renderStatus(w, r, http.StatusOK, name, title, data)
}

func (s *Server) renderStatus(w http.ResponseWriter, r *http.Request, code int, name, title string, data any) {
	f := frame{Title: title, Page: data}
	if p, ok := data.(skipper); ok {
		l := p.skipLink()
		f.Skip = &l
	}
	if p := principal(r.Context()); p != nil && p.Name != "" {
		f.User, f.CSRF = p, p.CSRF
	}
	if s.review != nil && f.User != nil {
		f.Alerts, _ = s.review.UnseenAlerts(r.Context())
	}
	var buf bytes.Buffer
	if err := pages.ExecuteTemplate(&buf, name, f); err != nil {
		s.log.Error("render", zap.String("page", name), zap.Error(err))
		http.Error(w, "the page could not be rendered", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_, _ = w.Write(buf.Bytes())
}
