package desk

import (
	"encoding/json"
	"net/http"
	"net/url"

	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/claims"
)

// status maps an error kind to its HTTP status, the one place that does.
func status(k claims.Kind) int {
	switch k {
	case claims.Invalid:
		return http.StatusBadRequest
	case claims.NotFound:
		return http.StatusNotFound
	case claims.Conflict:
		return http.StatusConflict
	case claims.Unauthorized:
		return http.StatusUnauthorized
	case claims.Forbidden:
		return http.StatusForbidden
	case claims.Transient:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// problem is an RFC 9457 problem details document.
type problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail"`
	Instance string `json:"instance,omitempty"`
}

// fail writes err as application/problem+json: the user sees the message,
// the log gets the detail.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	kind := claims.ErrorKind(err)
	code := status(kind)
	if code >= 500 {
		s.log.Error("request failed", zap.String("method", r.Method), zap.String("path", r.URL.Path), zap.Error(err))
	} else {
		s.log.Debug("request refused", zap.String("path", r.URL.Path), zap.Error(err))
	}
	if code == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="claimpipe desk"`) // RFC 9110: a 401 names its scheme
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(problem{
		Type:     "about:blank",
		Title:    http.StatusText(code),
		Status:   code,
		Detail:   claims.ErrorMessage(err),
		Instance: r.URL.Path,
	})
}

type errorPage struct {
	Status int
	Title  string
	Detail string
	Login  string // for a 401: the login page, back to where the form was
}

// failPage shows err as an HTML page with the status its kind maps to.
func (s *Server) failPage(w http.ResponseWriter, r *http.Request, err error) {
	kind := claims.ErrorKind(err)
	code := status(kind)
	if code >= 500 {
		s.log.Error("page failed", zap.String("method", r.Method), zap.String("path", r.URL.Path), zap.Error(err))
	}
	page := errorPage{Status: code, Title: http.StatusText(code), Detail: claims.ErrorMessage(err)}
	if code == http.StatusUnauthorized {
		// A form posted after the session ended: no redirect can keep
		// its body, so say what happened and lead back to the login.
		page.Detail = "You are not logged in, or your session has expired. Log in, then do it again: what you sent was not saved."
		next := "/"
		if ref, err := url.Parse(r.Referer()); err == nil && ref.Host == r.Host {
			next = safeNext(ref.RequestURI())
		}
		page.Login = "/login?" + url.Values{"next": {next}}.Encode()
	}
	s.renderStatus(w, r, code, "error.html", http.StatusText(code), page)
}
