package desk

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf16"

	"go.uber.org/zap"

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
	// FeedPublished is the date a feed or sitemap gave the item, used when
	// the page gives none; Source names that feed (claimpipe watch sets both).
	FeedPublished string `json:"feed_published,omitempty"`
	Source        string `json:"source,omitempty"`
}

// SubmissionResponse answers a submission.
type SubmissionResponse struct {
	ID string `json:"id"`
	// Deferred, when not empty, says why the submission, recorded, is not
	// in the pipeline yet (the broker did not answer).
	Deferred string `json:"deferred,omitempty"`
}

// NewSubmission validates a request and turns it into a submission with its
// deterministic ID: the same URL, or the same content, always gets the same
// ID, so the broker drops a repeat within its duplicate window and the
// store's idempotent writes drop it after. Content the fetch stage would
// refuse as no article (claims.CheckText: empty, all blank, binary) is
// refused here, naming the submission, instead of reaching the dead letters
// after the submitter was told it was accepted.
func NewSubmission(req SubmissionRequest, now time.Time) (*claims.Submission, error) {
	name := req.Name
	if name == "" {
		name = req.URL
	}
	for field, v := range map[string]string{"published": req.Published, "feed_published": req.FeedPublished} {
		if v == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", v); err != nil {
			if _, err := time.Parse(time.RFC3339, v); err != nil {
				return nil, claims.Errorf(claims.Invalid, "%s: %s %q: want YYYY-MM-DD or RFC 3339", name, field, v)
			}
		}
	}
	h := sha256.New()
	switch {
	case len(req.Content) > 0 || req.Name != "":
		if req.Name == "" {
			return nil, claims.Errorf(claims.Invalid, "a submission with content needs the name of its source")
		}
		if err := claims.CheckText(contentText(req.Content, req.ContentType)); err != nil {
			return nil, claims.Errorf(claims.Invalid, "%q: %w", req.Name, err)
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
		// Neither is part of the ID: they describe the input, not which.
		FeedPublished: req.FeedPublished,
		Source:        req.Source,
	}, nil
}

// contentText is submitted content as claims.CheckText must see it: in
// UTF-16, where every other byte of ASCII text is NUL, it is decoded, as the
// fetch stage decodes it (a byte-order mark first, then a UTF-16 charset of
// the content type, by its WHATWG labels); anything else is returned as it
// is, since only UTF-16 puts NUL bytes in text.
func contentText(content []byte, contentType string) []byte {
	var order binary.ByteOrder
	switch {
	case bytes.HasPrefix(content, []byte{0xfe, 0xff}):
		order, content = binary.BigEndian, content[2:]
	case bytes.HasPrefix(content, []byte{0xff, 0xfe}):
		order, content = binary.LittleEndian, content[2:]
	default:
		_, params, _ := mime.ParseMediaType(contentType)
		switch strings.ToLower(strings.TrimSpace(params["charset"])) {
		case "utf-16be", "unicodefffe":
			order = binary.BigEndian
		case "utf-16", "utf-16le", "unicode", "unicodefeff", "ucs-2", "csunicode", "iso-10646-ucs-2":
			order = binary.LittleEndian
		default:
			return content
		}
	}
	units := make([]uint16, len(content)/2)
	for i := range units {
		units[i] = order.Uint16(content[2*i:])
	}
	return []byte(string(utf16.Decode(units)))
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
	resp := SubmissionResponse{ID: sub.ID}
	if err := s.submit.Submit(r.Context(), sub); err != nil {
		if !errors.Is(err, claims.ErrPublishDeferred) {
			s.fail(w, r, err)
			return
		}
		// Recorded, so not lost: accepted, and saying why it waits.
		s.log.Warn("submission recorded, publish deferred", zap.String("submission_id", sub.ID), zap.Error(err))
		resp.Deferred = "recorded, but the broker (NATS) did not take it; it is published when the broker answers again"
	}
	w.Header().Set("Location", "/api/submissions/"+sub.ID)
	writeJSONCode(w, r, http.StatusAccepted, resp)
}
