package claims

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/url"
	"strings"
	"time"
	"unicode"
)

// Status is where a claim stands in the fact-checkers' workflow:
// new -> in_review -> verdict, or new/in_review -> dismissed.
type Status string

const (
	StatusNew       Status = "new"
	StatusInReview  Status = "in_review"
	StatusVerdict   Status = "verdict"
	StatusDismissed Status = "dismissed"
)

// Statuses lists every status in workflow order.
var Statuses = []Status{StatusNew, StatusInReview, StatusVerdict, StatusDismissed}

// Verdict is the rating a fact-checker gives a claim.
type Verdict string

const (
	VerdictTrue         Verdict = "true"
	VerdictMostlyTrue   Verdict = "mostly_true"
	VerdictHalfTrue     Verdict = "half_true"
	VerdictMostlyFalse  Verdict = "mostly_false"
	VerdictFalse        Verdict = "false"
	VerdictUnverifiable Verdict = "unverifiable"
)

// Verdicts lists every verdict, truest first.
var Verdicts = []Verdict{VerdictTrue, VerdictMostlyTrue, VerdictHalfTrue, VerdictMostlyFalse, VerdictFalse, VerdictUnverifiable}

// Label is the verdict as a reader sees it ("Mostly true").
func (v Verdict) Label() string {
	switch v {
	case VerdictTrue:
		return "True"
	case VerdictMostlyTrue:
		return "Mostly true"
	case VerdictHalfTrue:
		return "Half true"
	case VerdictMostlyFalse:
		return "Mostly false"
	case VerdictFalse:
		return "False"
	case VerdictUnverifiable:
		return "Unverifiable"
	}
	return string(v)
}

// Rating places a verdict on ClaimReview's 1 (false) to 5 (true) scale; 0
// for unverifiable, which has no place on it.
func (v Verdict) Rating() int {
	switch v {
	case VerdictTrue:
		return 5
	case VerdictMostlyTrue:
		return 4
	case VerdictHalfTrue:
		return 3
	case VerdictMostlyFalse:
		return 2
	case VerdictFalse:
		return 1
	}
	return 0
}

// Valid reports whether v is one of Verdicts.
func (v Verdict) Valid() bool { return v.Rating() > 0 || v == VerdictUnverifiable }

// Reason says why a claim was dismissed.
type Reason string

const (
	ReasonNotAClaim        Reason = "not_a_claim"
	ReasonNotWorthChecking Reason = "not_worth_checking"
)

// Reasons lists every dismissal reason.
var Reasons = []Reason{ReasonNotAClaim, ReasonNotWorthChecking}

// Valid reports whether r is one of Reasons.
func (r Reason) Valid() bool { return r == ReasonNotAClaim || r == ReasonNotWorthChecking }

// Review is the workflow state of one claim. A claim nobody touched has the
// zero Review with Status new.
type Review struct {
	ClaimID   string    `json:"claim_id"`
	Status    Status    `json:"status"`
	Verdict   Verdict   `json:"verdict,omitempty"`
	Reason    Reason    `json:"reason,omitempty"`
	Assignee  string    `json:"assignee,omitempty"` // a user name
	Sources   []string  `json:"sources"`            // URLs consulted
	UpdatedAt time.Time `json:"updated_at,omitzero"`
	UpdatedBy string    `json:"updated_by,omitempty"`
	// VerdictNote is the note given with the verdict ("" for none),
	// VerdictAt when the verdict was given and VerdictBy who gave it (a
	// user name): what a published fact check (the ClaimReview export)
	// says, its date and who decided. Later notes and assignments are
	// internal and change none of them (UpdatedBy follows every change,
	// so it cannot say who decided); all are empty unless Status is verdict.
	VerdictNote string    `json:"verdict_note,omitempty"`
	VerdictAt   time.Time `json:"verdict_at,omitzero"`
	VerdictBy   string    `json:"verdict_by,omitempty"`
}

// Note is a remark a user left on a claim.
type Note struct {
	ID      int64     `json:"id"`
	ClaimID string    `json:"claim_id"`
	Author  string    `json:"author"`
	Text    string    `json:"text"`
	At      time.Time `json:"at"`
}

// Event is one entry of a claim's audit history: who changed which field
// from what to what, and when.
type Event struct {
	ID      int64     `json:"id"`
	ClaimID string    `json:"claim_id"`
	Who     string    `json:"who"`
	At      time.Time `json:"at"`
	Field   string    `json:"field"` // status, verdict, reason, assignee, note, sources
	From    string    `json:"from"`
	To      string    `json:"to"`
}

// Action is something a user asks to do to a claim.
type Action string

const (
	ActStart   Action = "start"   // new -> in_review, assigning the actor when unassigned
	ActRelease Action = "release" // in_review -> new
	ActVerdict Action = "verdict" // in_review -> verdict
	ActDismiss Action = "dismiss" // new or in_review -> dismissed
	ActReopen  Action = "reopen"  // verdict or dismissed -> in_review (editors)
	ActAssign  Action = "assign"  // set or clear the assignee
	ActNote    Action = "note"    // add a note
)

// Change is a request to act on a claim.
type Change struct {
	Action   Action   `json:"action"`
	Assignee string   `json:"assignee,omitempty"` // ActAssign; "" unassigns
	Verdict  Verdict  `json:"verdict,omitempty"`  // ActVerdict
	Reason   Reason   `json:"reason,omitempty"`   // ActDismiss
	Note     string   `json:"note,omitempty"`     // ActNote; optional with verdict, dismiss
	Sources  []string `json:"sources,omitempty"`  // ActVerdict: URLs consulted
}

// MaxNoteBytes bounds a note.
const MaxNoteBytes = 16 << 10

// Decide applies the workflow rules: it returns the review after ch by p at
// time now, the history entries to record and the note to add (nil for
// none), or an error of kind Forbidden (p may not do this), Conflict (not
// from the claim's current status) or Invalid (a malformed change). It is a
// pure function; stores call it inside the transaction that reads cur.
func Decide(p Principal, cur Review, ch Change, now time.Time) (Review, []Event, *Note, error) {
	if cur.Status == "" {
		cur.Status = StatusNew
	}
	next := cur
	next.Sources = append([]string{}, cur.Sources...) // [] in JSON, never null
	if !p.Role.AtLeast(RoleReviewer) {
		return cur, nil, nil, Errorf(Forbidden, "%s (%s) may not change claims", p.Name, p.Role)
	}
	// A reviewer works on claims that are theirs or nobody's; editors on any.
	mine := cur.Assignee == "" || cur.Assignee == p.Name
	if !mine && !p.Role.AtLeast(RoleEditor) && ch.Action != ActNote {
		return cur, nil, nil, Errorf(Forbidden, "claim %s is assigned to %s; only an editor may %s it", cur.ClaimID, cur.Assignee, ch.Action)
	}
	note := strings.TrimSpace(ch.Note)
	if len(note) > MaxNoteBytes {
		return cur, nil, nil, Errorf(Invalid, "note of %d bytes: at most %d", len(note), MaxNoteBytes)
	}
	conflict := func() error {
		// Say what would make the action possible.
		hint := ""
		switch {
		case cur.Status == StatusNew && (ch.Action == ActVerdict || ch.Action == ActRelease):
			hint = `; start its review first (action "start")`
		case (cur.Status == StatusVerdict || cur.Status == StatusDismissed) && ch.Action != ActReopen:
			hint = `; an editor may reopen it (action "reopen")`
		}
		return Errorf(Conflict, "cannot %s claim %s: it is %s%s", ch.Action, cur.ClaimID, cur.Status, hint)
	}
	switch ch.Action {
	case ActStart:
		if cur.Status != StatusNew {
			return cur, nil, nil, conflict()
		}
		next.Status = StatusInReview
		if next.Assignee == "" {
			next.Assignee = p.Name
		}
	case ActRelease:
		if cur.Status != StatusInReview {
			return cur, nil, nil, conflict()
		}
		next.Status = StatusNew
	case ActVerdict:
		if cur.Status != StatusInReview {
			return cur, nil, nil, conflict()
		}
		if !ch.Verdict.Valid() {
			return cur, nil, nil, Errorf(Invalid, "verdict %q: want one of %v", ch.Verdict, Verdicts)
		}
		srcs, err := cleanSources(ch.Sources)
		if err != nil {
			return cur, nil, nil, err
		}
		next.Status, next.Verdict, next.Sources = StatusVerdict, ch.Verdict, srcs
		next.VerdictNote, next.VerdictAt, next.VerdictBy = note, now, p.Name
	case ActDismiss:
		if cur.Status != StatusNew && cur.Status != StatusInReview {
			return cur, nil, nil, conflict()
		}
		if !ch.Reason.Valid() {
			return cur, nil, nil, Errorf(Invalid, "dismissal reason %q: want one of %v", ch.Reason, Reasons)
		}
		next.Status, next.Reason = StatusDismissed, ch.Reason
	case ActReopen:
		if !p.Role.AtLeast(RoleEditor) {
			return cur, nil, nil, Errorf(Forbidden, "only an editor may reopen a claim; %s is %s", p.Name, p.Role.WithArticle())
		}
		if cur.Status != StatusVerdict && cur.Status != StatusDismissed {
			return cur, nil, nil, conflict()
		}
		next.Status, next.Verdict, next.Reason = StatusInReview, "", ""
		next.VerdictNote, next.VerdictAt, next.VerdictBy = "", time.Time{}, ""
	case ActAssign:
		if ch.Assignee != p.Name && ch.Assignee != "" && !p.Role.AtLeast(RoleEditor) {
			return cur, nil, nil, Errorf(Forbidden, "a reviewer assigns claims to themself only; %s asked for %s", p.Name, ch.Assignee)
		}
		if cur.Status == StatusVerdict || cur.Status == StatusDismissed {
			return cur, nil, nil, conflict()
		}
		next.Assignee = ch.Assignee
	case ActNote:
		if note == "" {
			return cur, nil, nil, Errorf(Invalid, "empty note")
		}
	default:
		return cur, nil, nil, Errorf(Invalid, "unknown action %q", ch.Action)
	}
	var evs []Event
	add := func(field, from, to string) {
		if from != to {
			evs = append(evs, Event{ClaimID: cur.ClaimID, Who: p.Name, At: now, Field: field, From: from, To: to})
		}
	}
	add("status", string(cur.Status), string(next.Status))
	add("verdict", string(cur.Verdict), string(next.Verdict))
	add("reason", string(cur.Reason), string(next.Reason))
	add("assignee", cur.Assignee, next.Assignee)
	add("sources", strings.Join(cur.Sources, " "), strings.Join(next.Sources, " "))
	var n *Note
	if note != "" {
		n = &Note{ClaimID: cur.ClaimID, Author: p.Name, Text: note, At: now}
		evs = append(evs, Event{ClaimID: cur.ClaimID, Who: p.Name, At: now, Field: "note", To: note})
	}
	if len(evs) == 0 {
		return cur, nil, nil, nil
	}
	next.UpdatedAt, next.UpdatedBy = now, p.Name
	return next, evs, n, nil
}

// CheckAssignee reports, as an Invalid error, why claim claimID cannot be
// assigned to the user name, whose role is role ("" when the store has no
// such user): a claim assigned to nobody who can work it is stuck, since
// reviewers may not touch another's claim. Decide cannot tell, having no
// users; stores call this inside Apply's transaction when an assignment
// names someone new.
func CheckAssignee(claimID, name string, role Role) error {
	if role == "" {
		return Errorf(Invalid, "cannot assign claim %s to %q: there is no such user", claimID, name)
	}
	if !role.AtLeast(RoleReviewer) {
		return Errorf(Invalid, "cannot assign claim %s to %s: a %s cannot review claims", claimID, name, role)
	}
	return nil
}

// cleanSources keeps the non-empty entries, each of which must be an http(s)
// URL: one, so "https://a.example/x https://b.example/y" on one line of the
// verdict form is refused, not kept as one source.
func cleanSources(in []string) ([]string, error) {
	out := []string{}
	for _, s := range in {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsFunc(s, unicode.IsSpace) {
			return nil, Errorf(Invalid, "source %q is not an http or https URL", s)
		}
		out = append(out, s)
	}
	return out, nil
}

// QueueFilter selects and pages the desk's queue. Zero fields do not filter.
type QueueFilter struct {
	Status   Status
	Assignee string // a user name; "-" for unassigned
	Kind     string
	Entity   string // a PERSON/ORG/LOC/MISC mention in the claim, by text prefix
	DateFrom string // a DATE mention of the claim on or after YYYY-MM-DD
	DateTo   string // ... on or before YYYY-MM-DD
	// PublishedFrom and PublishedTo bound the article's publication date (YYYY-MM-DD).
	PublishedFrom, PublishedTo string
	AmountMin                  *float64
	AmountMax                  *float64 // a MONEY mention of the claim within [min,max] (any currency)
	Source                     string   // the attributed source, by substring
	Feed                       string   // the article's site name or URL host, by substring
	Query                      string   // full-text search over the claim text and article title
	Verdict                    Verdict
	ArticleID                  string
	Cursor                     string // opaque, from QueuePage.Next
	Limit                      int    // 0 means 50
	NoSnippets                 bool
}

// QueueCursor is the position after the last item of a queue page: the
// queue's sort key (confidence descending, then claim ID). Every store
// encodes it the same way, so a cursor means the same to all of them.
type QueueCursor struct {
	Confidence float64 `json:"c"`
	ClaimID    string  `json:"i"`
}

// String encodes the cursor for QueuePage.Next.
func (c QueueCursor) String() string { return encodeCursor(c) }

// ParseQueueCursor decodes what QueueCursor.String gave out; anything else is
// an Invalid error naming the input.
func ParseQueueCursor(s string) (QueueCursor, error) {
	var c QueueCursor
	err := decodeCursor(s, &c, func() bool { return c.ClaimID != "" })
	return c, err
}

// encodeCursor is how every cursor goes out: its JSON, in URL-safe base64.
func encodeCursor(c any) string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor reads into c what encodeCursor gave out; anything else, or a
// cursor that complete says lacks a part, is an Invalid error naming s.
func decodeCursor(s string, c any, complete func() bool) error {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, c)
	}
	if err != nil || !complete() {
		return Errorf(Invalid, "cursor %q is not one this server gave out", s)
	}
	return nil
}

// QueueItem is a claim in the queue with its review and article.
type QueueItem struct {
	Claim
	Review       Review `json:"review"`
	ArticleTitle string `json:"article_title"`
	ArticleURL   string `json:"article_url"`
	Published    string `json:"published"`
}

// QueuePage is one page of the queue, most check-worthy first.
type QueuePage struct {
	Items []QueueItem `json:"items"`
	Next  string      `json:"next,omitempty"` // cursor of the next page; empty on the last
}

// Alert says that a newly stored claim repeats a claim of another article
// that already has a verdict: with the same fingerprint (Similarity 1, raised
// by the store as it saves the claim), or in other words (Similarity below
// 1, raised by RaiseAlert).
type Alert struct {
	ID           int64   `json:"id"`
	ClaimID      string  `json:"claim_id"`
	ArticleID    string  `json:"article_id"`
	Fingerprint  string  `json:"fingerprint"`
	PriorClaimID string  `json:"prior_claim_id"`
	Verdict      Verdict `json:"verdict"`
	// Similarity of the claim to the judged one, in (0,1]: 1 for the same
	// fingerprint.
	Similarity float64   `json:"similarity"`
	Text       string    `json:"text"`
	At         time.Time `json:"at"`
	Seen       bool      `json:"seen"`
}

// JudgedClaims returns up to n (n <= 0: all) claims of rs with a verdict,
// most confident first: the claims already checked.
func JudgedClaims(ctx context.Context, rs ReviewStore, n int) ([]QueueItem, error) {
	var out []QueueItem
	f := QueueFilter{Status: StatusVerdict, Limit: 200, NoSnippets: true}
	for n <= 0 || len(out) < n {
		page, err := rs.Queue(ctx, f)
		if err != nil {
			return nil, err
		}
		out = append(out, page.Items...)
		if page.Next == "" {
			break
		}
		f.Cursor = page.Next
	}
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// ReviewStore is the workflow side of the claims store: reviews, notes,
// history, the queue, clusters and alerts. It is separate from Store so the
// pipeline's store stays small.
type ReviewStore interface {
	// Queue lists claims with their reviews, highest confidence first.
	Queue(ctx context.Context, f QueueFilter) (*QueuePage, error)
	// Review returns a claim's review (status new when untouched); NotFound
	// when there is no such claim.
	Review(ctx context.Context, claimID string) (*Review, error)
	// Apply checks ch with Decide and records the result and its history
	// atomically. An assignment to a user the store does not have, or to
	// one who cannot review, is Invalid (CheckAssignee) and changes nothing.
	Apply(ctx context.Context, p Principal, claimID string, ch Change) (*Review, error)
	Notes(ctx context.Context, claimID string) ([]Note, error)
	History(ctx context.Context, claimID string) ([]Event, error)
	// Cluster returns the other claims with the same fingerprint, with their
	// reviews, newest first.
	Cluster(ctx context.Context, claimID string, limit int) ([]QueueItem, error)
	// Alerts lists alerts, newest first; Unseen counts them; MarkAlertsSeen
	// marks every alert up to id seen.
	Alerts(ctx context.Context, limit int) ([]Alert, error)
	UnseenAlerts(ctx context.Context) (int, error)
	MarkAlertsSeen(ctx context.Context, upTo int64) error
	// RaiseAlert records a (ClaimID, ArticleID, Fingerprint,
	// PriorClaimID, Verdict, Similarity) alert found outside the store —
	// a repeat in other words — unless the claim has an alert already;
	// it reports whether it raised one. NotFound if the claim is not
	// stored.
	RaiseAlert(ctx context.Context, a Alert) (raised bool, err error)
	// VerdictsVersion returns a token that changes whenever a verdict is
	// given, changed or withdrawn: what a cache of the judged claims
	// checks before it serves.
	VerdictsVersion(ctx context.Context) (string, error)
	// PendingAlerts returns alerts not yet delivered to the sinks, oldest
	// first; MarkAlertDelivered records one delivered.
	PendingAlerts(ctx context.Context, limit int) ([]Alert, error)
	MarkAlertDelivered(ctx context.Context, id int64) error
}
