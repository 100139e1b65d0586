package desk

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

// MaxSubmissionBytes bounds one submission's JSON body: an article of up to
// 10 MiB, base64-encoded, with room for its fields.
const MaxSubmissionBytes = 14 << 20

// Submitter hands a submission to the pipeline. The store records it first
// (the system of record), then it is published.
type Submitter interface {
	Submit(ctx context.Context, s *claims.Submission) error
}

// SubmissionRequest is the body of POST /api/submissions: a URL to fetch, or
// the content of a local file with its name.
type SubmissionRequest struct {
	URL         string `json:"url,omitempty"`
	Content     []byte `json:"content,omitempty"` // base64 in JSON
	ContentType string `json:"content_type,omitempty"`
	Name        string `json:"name,omitempty"`
	Published   string `json:"published,omitempty"`
}

// SubmissionResponse answers a submission.
type SubmissionResponse struct {
	ID string `json:"id"`
}

// NewSubmission validates a request and turns it into a submission with its
// deterministic ID: the same URL, or the same content, always gets the same
// ID, so the broker drops a repeat within its duplicate window and the
// store's idempotent writes drop it after.
func NewSubmission(req SubmissionRequest, now time.Time) (*claims.Submission, error) {
	name := req.Name
	if name == "" {
		name = req.URL
	}
	if req.Published != "" {
		if _, err := time.Parse("2006-01-02", req.Published); err != nil {
			if _, err := time.Parse(time.RFC3339, req.Published); err != nil {
				return nil, claims.Errorf(claims.Invalid, "%s: published %q: want YYYY-MM-DD or RFC 3339", name, req.Published)
			}
		}
	}
	h := sha256.New()
	switch {
	case len(req.Content) > 0 || req.Name != "":
		if req.Name == "" {
			return nil, claims.Errorf(claims.Invalid, "a submission with content needs the name of its source")
		}
		h.Write([]byte("content\x00"))
		h.Write(req.Content)
	case req.URL != "":
		u, err := url.Parse(req.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, claims.Errorf(claims.Invalid, "%q is not an http or https URL", req.URL)
		}
		h.Write([]byte("url\x00" + u.String()))
	default:
		return nil, claims.Errorf(claims.Invalid, "a submission needs a url or content")
	}
	h.Write([]byte("\x00" + req.Published))
	return &claims.Submission{
		ID:          hex.EncodeToString(h.Sum(nil)[:16]),
		URL:         req.URL,
		Content:     req.Content,
		ContentType: req.ContentType,
		Name:        req.Name,
		Published:   req.Published,
		SubmittedAt: now.UTC(),
	}, nil
}

func (s *Server) apiSubmit(w http.ResponseWriter, r *http.Request) {
	if s.submit == nil {
		s.fail(w, r, claims.Errorf(claims.Transient, "this server does not accept submissions (no pipeline attached)"))
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		s.fail(w, r, claims.Errorf(claims.Invalid, "content type %q: send application/json", ct))
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxSubmissionBytes+1))
	if err != nil {
		s.fail(w, r, claims.Errorf(claims.Invalid, "read submission: %w", err))
		return
	}
	if len(body) > MaxSubmissionBytes {
		s.fail(w, r, claims.Errorf(claims.Invalid, "submission over %d MiB", MaxSubmissionBytes>>20))
		return
	}
	var req SubmissionRequest
	if err := json.Unmarshal(body, &req); err != nil {
		s.fail(w, r, claims.Errorf(claims.Invalid, "submission is not valid JSON: %w", err))
		return
	}
	sub, err := NewSubmission(req, time.Now())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if err := s.submit.Submit(r.Context(), sub); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/submissions/"+sub.ID)
	writeJSONCode(w, r, http.StatusAccepted, SubmissionResponse{ID: sub.ID})
}
