package desk

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

// queueKinds are the claim kinds the type filter offers.
var queueKinds = []string{claims.KindQuantity, claims.KindPrediction, claims.KindCausation, claims.KindLaws,
	claims.KindPersonal, claims.KindOther}

// queueFields are the filter parameters the queue page keeps across pages.
var queueFields = []string{"q", "status", "assignee", "kind", "entity", "date_from", "date_to", "published_from", "published_to", "amount_min", "amount_max",
	"source", "feed", "verdict", "article"}

type queuePage struct {
	Items    []claims.QueueItem
	F        map[string]string
	Query    string // the filters as a query string, for export links
	NextURL  string
	Error    string
	Statuses []claims.Status
	Kinds    []string
}

func (s *Server) pageQueue(w http.ResponseWriter, r *http.Request) {
	if s.review == nil {
		s.pageIndex(w, r)
		return
	}
	q := r.URL.Query()
	data := queuePage{F: map[string]string{}, Statuses: claims.Statuses, Kinds: queueKinds}
	keep := url.Values{}
	for _, k := range queueFields {
		if v := q.Get(k); v != "" {
			data.F[k] = v
			keep.Set(k, v)
		}
	}
	data.Query = keep.Encode()
	f, err := ParseQueueFilter(q, me(r))
	if err == nil {
		var page *claims.QueuePage
		if page, err = s.review.Queue(r.Context(), f); err == nil {
			data.Items = page.Items
			if page.Next != "" {
				next := url.Values{}
				for k, v := range keep {
					next[k] = v
				}
				next.Set("cursor", page.Next)
				data.NextURL = "/?" + next.Encode()
			}
		}
	}
	code := http.StatusOK
	if err != nil {
		if claims.ErrorKind(err) != claims.Invalid {
			s.failPage(w, r, err)
			return
		}
		// The form comes back with the message, as a bad request.
		data.Error, code = claims.ErrorMessage(err), status(claims.Invalid)
	}
	s.renderStatus(w, r, code, "queue.html", "Queue", data)
}

type claimPage struct {
	Claim    claims.Claim
	Article  claims.Article
	Review   claims.Review
	Pieces   []Piece
	Notes    []claims.Note
	History  []claims.Event
	Cluster  []claims.QueueItem
	Prior    *claims.QueueItem // the latest judged claim of the cluster
	Judged   []judgedMatch     // judged claims outside the cluster that say about the same
	Verdicts []claims.Verdict
	Reasons  []claims.Reason
}

// skipLink: on a claim's page the review comes after the article, whose
// text links every other claim in it (some thirty on a long page).
func (claimPage) skipLink() skipLink { return skipLink{ID: "review", Text: "Skip to review"} }

func (s *Server) pageClaim(w http.ResponseWriter, r *http.Request) {
	ctx, id := r.Context(), r.PathValue("id")
	c, err := s.store.Claim(ctx, id)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	a, err := s.store.Article(ctx, c.ArticleID)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	data := claimPage{Claim: *c, Article: *a, Verdicts: claims.Verdicts, Reasons: claims.Reasons}
	rv, err := s.review.Review(ctx, id)
	if err == nil {
		data.Review = *rv
		data.Notes, err = s.review.Notes(ctx, id)
	}
	if err == nil {
		data.History, err = s.review.History(ctx, id)
	}
	if err == nil {
		data.Cluster, err = s.review.Cluster(ctx, id, 50)
	}
	var others []claims.Claim
	if err == nil {
		others, err = s.store.Claims(ctx, claims.ClaimFilter{ArticleID: a.ID, Limit: 1000})
	}
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	// The cluster's latest verdict: by when it was given, not by the last
	// change to its review, which a later note moves.
	verdictAt := func(it *claims.QueueItem) time.Time {
		if !it.Review.VerdictAt.IsZero() {
			return it.Review.VerdictAt
		}
		return it.Review.UpdatedAt // a verdict set without Apply, as by hand in SQL
	}
	for i := range data.Cluster {
		if it := &data.Cluster[i]; it.Review.Status == claims.StatusVerdict && (data.Prior == nil || verdictAt(it).After(verdictAt(data.Prior))) {
			data.Prior = it
		}
	}
	if data.Judged, err = s.judgedLike(ctx, *c); err != nil {
		s.failPage(w, r, err)
		return
	}
	// Highlight every claim of the article; only this one's mentions.
	data.Pieces = Highlight(a.Text, others, c.Mentions)
	s.render(w, r, "claim.html", clip(c.Text, 60), data)
}

// How the claim page finds judged claims said in other words: the
// judgedShown most similar at or above judgedMin (the default of "claimpipe
// claims similar") among the judgedScan most confident.
const (
	judgedShown = 5
	judgedMin   = 0.3
)

// judgedLike returns the claims with a verdict, outside c's cluster, most
// similar to c: a repeat in other words of a claim already checked, which a
// fingerprint cannot catch. Nothing without WithTerms or a review store.
func (s *Server) judgedLike(ctx context.Context, c claims.Claim) ([]judgedMatch, error) {
	if s.judged == nil {
		return nil, nil
	}
	ix, err := s.judged.index(ctx)
	if err != nil {
		return nil, err
	}
	return ix.near(s.judged.terms(c), judgedMin, judgedShown, func(it *claims.QueueItem) bool {
		return it.ID == c.ID || c.Fingerprint != "" && it.Fingerprint == c.Fingerprint
	}), nil
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

// postAct applies a form's change and returns to the claim page.
func (s *Server) postAct(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	ch := claims.Change{
		Action:   claims.Action(r.PostFormValue("action")),
		Assignee: r.PostFormValue("assignee"),
		Verdict:  claims.Verdict(r.PostFormValue("verdict")),
		Reason:   claims.Reason(r.PostFormValue("reason")),
		Note:     r.PostFormValue("note"),
		Sources:  strings.Split(r.PostFormValue("sources"), "\n"), // one URL a line, as the form asks; blank lines go in cleanSources
	}
	if ch.Assignee == "me" {
		ch.Assignee = me(r)
	}
	if _, err := s.review.Apply(r.Context(), *principal(r.Context()), id, ch); err != nil {
		s.failPage(w, r, err)
		return
	}
	http.Redirect(w, r, "/claims/"+url.PathEscape(id), http.StatusSeeOther)
}

type alertsPage struct {
	Alerts []claims.Alert
}

func (s *Server) pageAlerts(w http.ResponseWriter, r *http.Request) {
	as, err := s.review.Alerts(r.Context(), 200)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	s.render(w, r, "alerts.html", "Alerts", alertsPage{Alerts: as})
}

func (s *Server) postAlertsSeen(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.ParseInt(r.PostFormValue("up_to"), 10, 64)
	if err != nil {
		s.failPage(w, r, claims.Errorf(claims.Invalid, "up_to %q: want a number", r.PostFormValue("up_to")))
		return
	}
	if err := s.review.MarkAlertsSeen(r.Context(), n); err != nil {
		s.failPage(w, r, err)
		return
	}
	http.Redirect(w, r, "/alerts", http.StatusSeeOther)
}

func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return p.Host
}
