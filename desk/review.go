package desk

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
)

// filterKinds are the claim kinds a queue filter may name: every kind a
// claim can have, so a misspelt one is refused rather than matching nothing.
var filterKinds = []string{claims.KindQuantity, claims.KindPrediction, claims.KindCausation, claims.KindLaws,
	claims.KindPersonal, claims.KindOther, claims.KindNone}

// ParamError is a query parameter's value that ParseQueueFilter refuses. It
// comes wrapped in a *claims.Error of kind Invalid; a caller that took the
// value under another name (a command-line flag) finds the parameter here
// instead of reading the message.
type ParamError struct {
	Param string // the query parameter, "amount_min"
	Value string // the value refused
	Want  string // what it takes: "a number"
}

func (e *ParamError) Error() string { return fmt.Sprintf("%s %q: want %s", e.Param, e.Value, e.Want) }

// refuse returns the Invalid error of a parameter's refused value.
func refuse(param, value, want string) error {
	return claims.Errorf(claims.Invalid, "%w", &ParamError{Param: param, Value: value, Want: want})
}

// ParseQueueFilter reads a queue filter from query parameters: status, assignee
// ("me" for the caller, "-" for nobody), kind, entity, date_from, date_to,
// published_from, published_to,
// amount_min, amount_max, source, feed, q, verdict, article, cursor, limit.
func ParseQueueFilter(q url.Values, me string) (claims.QueueFilter, error) {
	f := claims.QueueFilter{
		Status:        claims.Status(q.Get("status")),
		Assignee:      q.Get("assignee"),
		Kind:          q.Get("kind"),
		Entity:        strings.TrimSpace(q.Get("entity")),
		DateFrom:      q.Get("date_from"),
		DateTo:        q.Get("date_to"),
		PublishedFrom: q.Get("published_from"),
		PublishedTo:   q.Get("published_to"),
		Source:        strings.TrimSpace(q.Get("source")),
		Feed:          strings.TrimSpace(q.Get("feed")),
		Query:         q.Get("q"),
		Verdict:       claims.Verdict(q.Get("verdict")),
		ArticleID:     q.Get("article"),
		Cursor:        q.Get("cursor"),
	}
	if f.Assignee == "me" {
		f.Assignee = me
	}
	if f.Status != "" {
		ok := false
		for _, st := range claims.Statuses {
			ok = ok || st == f.Status
		}
		if !ok {
			return f, refuse("status", string(f.Status), fmt.Sprintf("one of %v", claims.Statuses))
		}
	}
	if f.Kind != "" && !slices.Contains(filterKinds, f.Kind) {
		return f, refuse("kind", f.Kind, fmt.Sprintf("one of %v", filterKinds))
	}
	if f.Verdict != "" && !f.Verdict.Valid() {
		return f, refuse("verdict", string(f.Verdict), fmt.Sprintf("one of %v", claims.Verdicts))
	}
	for name, dst := range map[string]**float64{"amount_min": &f.AmountMin, "amount_max": &f.AmountMax} {
		if v := strings.TrimSpace(q.Get(name)); v != "" {
			x, err := strconv.ParseFloat(strings.ReplaceAll(v, ",", ""), 64)
			if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
				return f, refuse(name, v, "a number")
			}
			*dst = &x
		}
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 500 {
			return f, refuse("limit", v, "a whole number from 1 to 500")
		}
		f.Limit = n
	}
	return f, nil
}

func me(r *http.Request) string {
	if p := principal(r.Context()); p != nil {
		return p.Name
	}
	return ""
}

func (s *Server) apiQueue(w http.ResponseWriter, r *http.Request) {
	f, err := ParseQueueFilter(r.URL.Query(), me(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, err := s.review.Queue(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, page)
}

func (s *Server) apiReview(w http.ResponseWriter, r *http.Request) {
	rv, err := s.review.Review(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, rv)
}

// readJSON decodes a small JSON request body into v. A field v does not
// have is refused, naming it: {"action":"assign","to":"me"} must not pass
// as an assignment to nobody.
func readJSON(r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		return claims.Errorf(claims.Invalid, "content type %q: send application/json", ct)
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return claims.Errorf(claims.Invalid, "read body: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if field, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			return claims.Errorf(claims.Invalid, "body has the field %s, which this request does not take; it takes %s", field, strings.Join(jsonFields(v), ", "))
		}
		return claims.Errorf(claims.Invalid, "body is not valid JSON: %w", err)
	}
	if dec.More() {
		return claims.Errorf(claims.Invalid, "body holds more than one JSON value")
	}
	return nil
}

// jsonFields lists the JSON field names of the struct v points to, quoted,
// for an error that tells what a request takes.
func jsonFields(v any) []string {
	t := reflect.TypeOf(v)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	var out []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-" || !f.IsExported():
			continue
		case name == "":
			name = f.Name
		}
		out = append(out, strconv.Quote(name))
	}
	return out
}

func (s *Server) apiAction(w http.ResponseWriter, r *http.Request) {
	var ch claims.Change
	if err := readJSON(r, &ch); err != nil {
		s.fail(w, r, err)
		return
	}
	if ch.Action == claims.ActAssign && ch.Assignee == "me" {
		ch.Assignee = me(r)
	}
	rv, err := s.review.Apply(r.Context(), *principal(r.Context()), r.PathValue("id"), ch)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, rv)
}

func (s *Server) apiNotes(w http.ResponseWriter, r *http.Request) {
	if _, err := s.review.Review(r.Context(), r.PathValue("id")); err != nil {
		s.fail(w, r, err)
		return
	}
	ns, err := s.review.Notes(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, ns)
}

func (s *Server) apiAddNote(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Text string `json:"text"`
	}
	if err := readJSON(r, &body); err != nil {
		s.fail(w, r, err)
		return
	}
	if _, err := s.review.Apply(r.Context(), *principal(r.Context()), r.PathValue("id"), claims.Change{Action: claims.ActNote, Note: body.Text}); err != nil {
		s.fail(w, r, err)
		return
	}
	ns, err := s.review.Notes(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSONCode(w, r, http.StatusCreated, ns[len(ns)-1])
}

func (s *Server) apiHistory(w http.ResponseWriter, r *http.Request) {
	if _, err := s.review.Review(r.Context(), r.PathValue("id")); err != nil {
		s.fail(w, r, err)
		return
	}
	h, err := s.review.History(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, h)
}

func (s *Server) apiCluster(w http.ResponseWriter, r *http.Request) {
	if _, err := s.review.Review(r.Context(), r.PathValue("id")); err != nil {
		s.fail(w, r, err)
		return
	}
	n, err := limit(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	cl, err := s.review.Cluster(r.Context(), r.PathValue("id"), n)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, cl)
}

func (s *Server) apiAlerts(w http.ResponseWriter, r *http.Request) {
	n, err := limit(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	as, err := s.review.Alerts(r.Context(), n)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	unseen, err := s.review.UnseenAlerts(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, struct {
		Unseen int            `json:"unseen"`
		Alerts []claims.Alert `json:"alerts"`
	}{unseen, as})
}

func (s *Server) apiAlertsSeen(w http.ResponseWriter, r *http.Request) {
	var body struct {
		UpTo int64 `json:"up_to"`
	}
	if err := readJSON(r, &body); err != nil {
		s.fail(w, r, err)
		return
	}
	if err := s.review.MarkAlertsSeen(r.Context(), body.UpTo); err != nil {
		s.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) apiUsers(w http.ResponseWriter, r *http.Request) {
	us, err := s.users.Users(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, us)
}

func (s *Server) apiAddUser(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Name     string      `json:"name"`
		Password string      `json:"password"`
		Role     claims.Role `json:"role"`
	}
	if err := readJSON(r, &body); err != nil {
		s.fail(w, r, err)
		return
	}
	u, err := s.users.AddUser(r.Context(), body.Name, body.Password, body.Role)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSONCode(w, r, http.StatusCreated, u)
}

func (s *Server) apiTokens(w http.ResponseWriter, r *http.Request) {
	ts, err := s.users.Tokens(r.Context(), r.URL.Query().Get("user"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, ts)
}

func (s *Server) apiCreateToken(w http.ResponseWriter, r *http.Request) {
	var body struct {
		User string      `json:"user"`
		Name string      `json:"name"`
		Role claims.Role `json:"role"`
	}
	if err := readJSON(r, &body); err != nil {
		s.fail(w, r, err)
		return
	}
	secret, t, err := s.users.CreateToken(r.Context(), body.User, body.Name, body.Role)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSONCode(w, r, http.StatusCreated, struct {
		*claims.Token
		Secret string `json:"secret"`
	}{t, secret})
}

func (s *Server) apiRevokeToken(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.fail(w, r, claims.Errorf(claims.Invalid, "token id %q: want a number", r.PathValue("id")))
		return
	}
	if err := s.users.RevokeToken(r.Context(), id); err != nil {
		s.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
