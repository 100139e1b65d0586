package desk

import (
	"embed"
	"encoding/json"
	"html/template"
	"net/http"
	"strconv"

	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
)

//go:embed templates/*.html
var templateFS embed.FS

var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"lower": lower,
	"pct":   func(f float64) string { return strconv.Itoa(int(f*100+0.5)) + "%" },
}).ParseFS(templateFS, "templates/*.html"))

// Server serves the desk. Create it with New.
type Server struct {
	store  claims.Store
	submit Submitter
	log    *zap.Logger
	mux    *http.ServeMux
}

// New returns the desk's HTTP handler over store. submit may be nil: the
// desk then serves reads only.
func New(store claims.Store, submit Submitter, log *zap.Logger) *Server {
	if log == nil {
		log = zap.NewNop()
	}
	s := &Server{store: store, submit: submit, log: log, mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })
	s.mux.HandleFunc("GET /api/articles", s.apiArticles)
	s.mux.HandleFunc("GET /api/articles/{id}", s.apiArticle)
	s.mux.HandleFunc("GET /api/claims", s.apiClaims)
	s.mux.HandleFunc("GET /api/claims/{id}", s.apiClaim)
	s.mux.HandleFunc("GET /api/deadletters", s.apiDeadLetters)
	s.mux.HandleFunc("POST /api/submissions", s.apiSubmit)
	s.mux.HandleFunc("GET /{$}", s.pageIndex)
	s.mux.HandleFunc("GET /articles/{id}", s.pageArticle)
	return s
}

// Handle adds a handler to the desk's mux, for routes other packages own
// (metrics, readiness).
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	s.mux.ServeHTTP(w, r)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
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
	as, err := s.store.Articles(r.Context(), claims.ArticleFilter{Limit: n})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if as == nil {
		as = []claims.Article{}
	}
	writeJSON(w, as)
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, a)
}

func (s *Server) apiClaims(w http.ResponseWriter, r *http.Request) {
	n, err := limit(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	cs, err := s.store.Claims(r.Context(), claims.ClaimFilter{ArticleID: r.URL.Query().Get("article"), Limit: n})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if cs == nil {
		cs = []claims.Claim{}
	}
	writeJSON(w, cs)
}

func (s *Server) apiClaim(w http.ResponseWriter, r *http.Request) {
	c, err := s.store.Claim(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, c)
}

func (s *Server) apiDeadLetters(w http.ResponseWriter, r *http.Request) {
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
	for i := range ds {
		ds[i].Data = nil
	}
	if ds == nil {
		ds = []claims.DeadLetter{}
	}
	writeJSON(w, ds)
}

type articleRow struct {
	claims.Article
	Claims []claims.Claim
}

func (s *Server) pageIndex(w http.ResponseWriter, r *http.Request) {
	as, err := s.store.Articles(r.Context(), claims.ArticleFilter{Limit: 200})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	rows := make([]articleRow, 0, len(as))
	for _, a := range as {
		cs, err := s.store.Claims(r.Context(), claims.ClaimFilter{ArticleID: a.ID, Limit: 1000})
		if err != nil {
			s.fail(w, r, err)
			return
		}
		rows = append(rows, articleRow{Article: a, Claims: cs})
	}
	s.render(w, r, "index.html", rows)
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
		s.fail(w, r, err)
		return
	}
	cs, err := s.store.Claims(r.Context(), claims.ClaimFilter{ArticleID: a.ID, Limit: 1000})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ms, err := s.store.Mentions(r.Context(), a.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, "article.html", articlePage{Article: *a, Claims: cs, Pieces: Highlight(a.Text, cs, ms), Focus: r.URL.Query().Get("claim")})
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'")
	if err := pages.ExecuteTemplate(w, name, data); err != nil {
		s.log.Error("render", zap.String("page", name), zap.Error(err))
	}
}
