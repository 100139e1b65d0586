package desk

import (
	"encoding/json"
	"net/http"

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
}

// failPage shows err as an HTML page with the status its kind maps to.
func (s *Server) failPage(w http.ResponseWriter, r *http.Request, err error) {
	kind := claims.ErrorKind(err)
	code := status(kind)
	if code >= 500 {
		s.log.Error("page failed", zap.String("method", r.Method), zap.String("path", r.URL.Path), zap.Error(err))
	}
	s.renderStatus(w, r, code, "error.html", http.StatusText(code), errorPage{Status: code, Title: http.StatusText(code), Detail: claims.ErrorMessage(err)})
}
