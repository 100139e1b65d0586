package desk

import (
	"context"
	"crypto/subtle"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

const (
	sessionCookie = "claimpipe_session"
	loginCookie   = "claimpipe_login" // double-submit token of the login form
	csrfHeader    = "X-CSRF-Token"
	csrfField     = "csrf"
	// SessionTTL is how long a login lasts.
	SessionTTL = 12 * time.Hour
)

type principalKey struct{}

func principal(ctx context.Context) *claims.Principal {
	p, _ := ctx.Value(principalKey{}).(*claims.Principal)
	return p
}

// noAuthPrincipal is who an unauthenticated request acts as with WithoutAuth.
var noAuthPrincipal = &claims.Principal{Name: "local", Role: claims.RoleAdmin}

// authenticate finds who makes r: a bearer API token, else a session
// cookie. It returns nil and no error when r carries no credentials.
func (s *Server) authenticate(r *http.Request) (*claims.Principal, error) {
	if h := r.Header.Get("Authorization"); h != "" {
		tok, ok := strings.CutPrefix(h, "Bearer ")
		if !ok || s.users == nil {
			return nil, claims.Errorf(claims.Unauthorized, "Authorization: want Bearer and an API token")
		}
		return s.users.TokenPrincipal(r.Context(), strings.TrimSpace(tok))
	}
	if c, err := r.Cookie(sessionCookie); err == nil && s.users != nil {
		p, err := s.users.SessionPrincipal(r.Context(), c.Value)
		if claims.ErrorKind(err) == claims.Unauthorized {
			return nil, nil // an expired cookie is no credential
		}
		return p, err
	}
	return nil, nil
}

// guard enforces a route's role: 401 without credentials (pages redirect to
// the login), 403 with too few rights, and the CSRF token on every unsafe
// request made with a session cookie.
func (s *Server) guard(rt Route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, err := s.authenticate(r)
		if err != nil && claims.ErrorKind(err) != claims.Unauthorized {
			s.failAs(w, r, rt.API, err)
			return
		}
		if p == nil && err == nil && s.noAuth {
			p = noAuthPrincipal
		}
		if rt.Role == "" {
			if p != nil {
				r = r.WithContext(context.WithValue(r.Context(), principalKey{}, p))
			}
			rt.handler(w, r)
			return
		}
		if p == nil {
			if err == nil {
				err = claims.Errorf(claims.Unauthorized, "log in or send an API token (Authorization: Bearer ...)")
			}
			if !rt.API && r.Method == http.MethodGet {
				http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
				return
			}
			s.failAs(w, r, rt.API, err)
			return
		}
		if !p.Role.AtLeast(rt.Role) {
			s.failAs(w, r, rt.API, claims.Errorf(claims.Forbidden, "%s is %s; this needs %s", p.Name, p.Role.WithArticle(), rt.Role.WithArticle()))
			return
		}
		unsafe := r.Method != http.MethodGet && r.Method != http.MethodHead
		if p == noAuthPrincipal && unsafe && !sameOrigin(r) {
			// Without logins there is no CSRF token: refuse writes that a
			// browser sends from another site.
			s.failAs(w, r, rt.API, claims.Errorf(claims.Forbidden, "cross-site request refused"))
			return
		}
		if p.CSRF != "" && unsafe {
			got := r.Header.Get(csrfHeader)
			if got == "" {
				got = r.PostFormValue(csrfField)
			}
			if subtle.ConstantTimeCompare([]byte(got), []byte(p.CSRF)) != 1 {
				s.failAs(w, r, rt.API, claims.Errorf(claims.Forbidden, "missing or wrong CSRF token: reload the page and try again"))
				return
			}
		}
		rt.handler(w, r.WithContext(context.WithValue(r.Context(), principalKey{}, p)))
	})
}

// sameOrigin reports whether r comes from this site or from no browser
// page at all (no Origin header, as curl and the CLI send).
func sameOrigin(r *http.Request) bool {
	o := r.Header.Get("Origin")
	if o == "" {
		return r.Header.Get("Sec-Fetch-Site") == "" || r.Header.Get("Sec-Fetch-Site") == "same-origin" || r.Header.Get("Sec-Fetch-Site") == "none"
	}
	u, err := url.Parse(o)
	return err == nil && u.Host == r.Host
}

func (s *Server) failAs(w http.ResponseWriter, r *http.Request, api bool, err error) {
	if api {
		s.fail(w, r, err)
	} else {
		s.failPage(w, r, err)
	}
}

// secure reports whether cookies must be Secure: served over TLS, or told so.
func (s *Server) secure(r *http.Request) bool { return s.secureCookies || r.TLS != nil }

type loginPage struct {
	Token string
	Next  string
	Error string
}

// safeNext keeps a post-login redirect on this site.
func safeNext(n string) string {
	if !strings.HasPrefix(n, "/") || strings.HasPrefix(n, "//") || strings.HasPrefix(n, "/\\") {
		return "/"
	}
	return n
}

func (s *Server) pageLogin(w http.ResponseWriter, r *http.Request) {
	s.showLogin(w, r, http.StatusOK, "")
}

func (s *Server) showLogin(w http.ResponseWriter, r *http.Request, code int, msg string) {
	tok, err := claims.NewSecret("")
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: loginCookie, Value: tok, Path: "/login", HttpOnly: true, Secure: s.secure(r),
		SameSite: http.SameSiteStrictMode, MaxAge: 3600})
	next := safeNext(r.URL.Query().Get("next"))
	if r.Method == http.MethodPost {
		next = safeNext(r.PostFormValue("next"))
	}
	s.renderStatus(w, r, code, "login.html", "Log in", loginPage{Token: tok, Next: next, Error: msg})
}

func (s *Server) postLogin(w http.ResponseWriter, r *http.Request) {
	if s.users == nil {
		s.failPage(w, r, claims.Errorf(claims.NotFound, "this desk has no user accounts"))
		return
	}
	c, err := r.Cookie(loginCookie)
	if err != nil || c.Value == "" || subtle.ConstantTimeCompare([]byte(c.Value), []byte(r.PostFormValue(csrfField))) != 1 {
		s.showLogin(w, r, http.StatusForbidden, "The login form expired. Please try again.")
		return
	}
	u, err := s.users.Login(r.Context(), r.PostFormValue("name"), r.PostFormValue("password"))
	if err != nil {
		if claims.ErrorKind(err) == claims.Unauthorized {
			s.showLogin(w, r, http.StatusUnauthorized, "Wrong user name or password.")
			return
		}
		s.failPage(w, r, err)
		return
	}
	secret, _, err := s.users.CreateSession(r.Context(), u.ID, SessionTTL)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: secret, Path: "/", HttpOnly: true, Secure: s.secure(r),
		SameSite: http.SameSiteLaxMode, MaxAge: int(SessionTTL.Seconds())})
	http.SetCookie(w, &http.Cookie{Name: loginCookie, Value: "", Path: "/login", MaxAge: -1})
	http.Redirect(w, r, safeNext(r.PostFormValue("next")), http.StatusSeeOther)
}

func (s *Server) postLogout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil && s.users != nil {
		_ = s.users.EndSession(r.Context(), c.Value)
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: s.secure(r), SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

func (s *Server) apiMe(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, r, principal(r.Context()))
}
